package watchlist

import (
	"hash/maphash"
	"math/bits"
)

// keyFilter is a Bloom filter over the blocking keys. A query looks up
// hundreds of strings (deletions, beginnings, joined pairs), nearly all of
// them absent; the filter answers those from a bit array that stays in the
// cache, where the key map costs a cache miss or two per lookup.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64
	mask uint64 // number of bits - 1 (a power of two)
}

// filterBitsPerKey with two bits per key gives about 1.4 % false positives.
const filterBitsPerKey = 16

func newKeyFilter(keys map[string]uint32) keyFilter {
	n := max(1024, len(keys)*filterBitsPerKey)
	size := uint64(1) << bits.Len(uint(n-1))
	f := keyFilter{seed: maphash.MakeSeed(), bits: make([]uint64, size/64), mask: size - 1}
	for k := range keys {
		f.add(maphash.String(f.seed, k))
	}
	return f
}

func (f *keyFilter) add(h uint64) {
	a, b := h&f.mask, (h>>32|h<<32)&f.mask
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

func (f *keyFilter) mayHave(h uint64) bool {
	a, b := h&f.mask, (h>>32|h<<32)&f.mask
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// key returns the id of blocking key k.
func (x *Index) key(k string) (uint32, bool) {
	if !x.filter.mayHave(maphash.String(x.filter.seed, k)) {
		return 0, false
	}
	id, ok := x.keys[k]
	return id, ok
}

// keyBytes is key for a key held in a byte slice.
func (x *Index) keyBytes(k []byte) (uint32, bool) {
	if !x.filter.mayHave(maphash.Bytes(x.filter.seed, k)) {
		return 0, false
	}
	id, ok := x.keys[string(k)]
	return id, ok
}
