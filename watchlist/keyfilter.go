package watchlist

import (
	"hash/maphash"
	"math/bits"
)

// keyFilter is a blocked Bloom filter over the blocking keys. A query looks
// up hundreds of strings (deletions, beginnings, joined pairs), nearly all
// of them absent; the filter answers those from one word of a bit array,
// where the key map costs a cache miss or two per lookup.
type keyFilter struct {
	seed  maphash.Seed
	words []uint64
	mask  uint64 // number of words - 1 (a power of two)
}

// filterBitsPerKey with two bits per key in one word gives about 2 % false
// positives.
const filterBitsPerKey = 16

func newKeyFilter(keys map[string]uint32) keyFilter {
	n := max(16, len(keys)*filterBitsPerKey/64)
	size := uint64(1) << bits.Len(uint(n-1))
	f := keyFilter{seed: maphash.MakeSeed(), words: make([]uint64, size), mask: size - 1}
	for k := range keys {
		h := maphash.String(f.seed, k)
		f.words[h&f.mask] |= filterBits(h)
	}
	return f
}

// filterBits are the two bits of hash h in its word: bits 52-57 and 58-63
// of h, above those that chose the word.
func filterBits(h uint64) uint64 {
	return 1<<(h>>52&63) | 1<<(h>>58)
}

func (f *keyFilter) mayHave(h uint64) bool {
	b := filterBits(h)
	return f.words[h&f.mask]&b == b
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
