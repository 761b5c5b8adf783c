package watchlist

import (
	"hash/maphash"
	"math/bits"
	"runtime"
	"slices"
	"sync"
)

// keySet maps blocking keys to key ids by their 64-bit hash alone, without
// keeping the keys. A query looks up hundreds of strings (deletions,
// beginnings, joined pairs), most of them absent; a Go map would hash each
// and, for those present, compare it with the stored key, a cache miss or
// two per lookup. Here a blocked Bloom filter answers most absent keys from
// one word, and a present key costs one probe of an open-addressed table.
//
// A key is its hash: NewIndex interns keys by hash without keeping or
// comparing the strings (see buildPostings), so two keys whose hashes
// collide (a chance of about n²/2^65 for n keys, some 10^-6 for the ten
// million keys of a million entries) share one id and one posting list: the
// query then finds the names of both, more candidates for the comparator
// to score and no match lost. newKeySet, given strings, draws another seed
// until no two share a hash. A string that is not a key is taken for one
// only if its hash equals a key's, a chance of about 2^-64 per probe (some
// 10^-13 per lookup on the largest indexes): the query would then count
// that key for the wrong token, adding candidates and, rarely, taking the
// key from a later token.
type keySet struct {
	seed   maphash.Seed
	filter []uint64 // two bits per key, in one word chosen by the hash
	fmask  uint64   // len(filter) - 1 (a power of two)
	// slots is the table: each key's hash in the cell its id names (0 for
	// an empty cell).
	slots []uint64
}

// filterBitsPerKey with two bits per key in one word gives about 2 % false
// positives.
const filterBitsPerKey = 16

// newKeySet builds the set of keys (distinct strings) and returns it with
// the id of each key.
func newKeySet(keys []string) (keySet, []uint32) {
	for {
		k := keySet{seed: maphash.MakeSeed()}
		hs := make([]uint64, len(keys))
		for i, s := range keys {
			hs[i] = k.hash(s)
		}
		if ids, ok := k.fill([][]uint64{hs}); ok {
			return k, ids
		}
	}
}

// newKeySetOfHashes builds the set of keys whose hashes under seed are
// parts, and returns it with the id of each key, in order across the
// parts; the hashes must be distinct.
func newKeySetOfHashes(seed maphash.Seed, parts [][]uint64) (keySet, []uint32) {
	k := keySet{seed: seed}
	ids, _ := k.fill(parts) // never false: buildPostings interns keys by hash
	return k, ids
}

// fill lays the keys out and returns their ids, in the order of parts, or
// reports false when two share a hash. A key's id is its cell in the
// table: no id is stored, and ids run below idBound. On large sets the
// table is filled on GOMAXPROCS goroutines, each owning a range of cells
// (and of filter words): a key whose run of cells would leave its range is
// placed afterwards, on one goroutine, so that every key still lies after
// its home cell with no empty cell between.
func (k *keySet) fill(parts [][]uint64) ([]uint32, bool) {
	nk := 0
	for _, hs := range parts {
		nk += len(hs)
	}
	n := max(16, nk*filterBitsPerKey/64)
	size := uint64(1) << bits.Len(uint(n-1))
	k.filter, k.fmask = make([]uint64, size), size-1
	// A load of at most two thirds keeps absent lookups to a few probes,
	// nearly always in one cache line.
	k.slots = make([]uint64, max(16, nk*3/2))
	ids := make([]uint32, nk)
	workers := 1
	if nk >= 1<<16 {
		workers = max(1, runtime.GOMAXPROCS(0))
	}
	type lateKey struct {
		h uint64
		j int
	}
	late := make([][]lateKey, workers)
	dup := make([]bool, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			flo, fhi := uint64(w)*size/uint64(workers), uint64(w+1)*size/uint64(workers)
			lo, hi := w*len(k.slots)/workers, (w+1)*len(k.slots)/workers
			j := -1
			for _, hs := range parts {
				for _, h := range hs {
					j++
					if f := h & k.fmask; f >= flo && f < fhi {
						k.filter[f] |= filterBits(h)
					}
					i := k.home(h)
					if i < lo || i >= hi {
						continue
					}
					for ; i < hi && k.slots[i] != 0; i++ {
						if k.slots[i] == h {
							dup[w] = true
							return
						}
					}
					if i == hi {
						late[w] = append(late[w], lateKey{h, j})
						continue
					}
					k.slots[i] = h
					ids[j] = uint32(i)
				}
			}
		})
	}
	wg.Wait()
	if slices.Contains(dup, true) {
		return nil, false
	}
	for _, ls := range late {
		for _, l := range ls {
			h, j := l.h, l.j
			i := k.home(h)
			for k.slots[i] != 0 {
				if k.slots[i] == h {
					return nil, false
				}
				if i++; i == len(k.slots) {
					i = 0
				}
			}
			k.slots[i] = h
			ids[j] = uint32(i)
		}
	}
	return ids, true
}

// idBound is one more than the largest key id.
func (k *keySet) idBound() int { return len(k.slots) }

// hash returns the hash of key s, never 0 (the mark of an empty cell).
func (k *keySet) hash(s string) uint64 {
	return max(1, maphash.String(k.seed, s))
}

// hashBytes is hash for a key held in a byte slice.
func (k *keySet) hashBytes(b []byte) uint64 {
	return max(1, maphash.Bytes(k.seed, b))
}

// home is the first cell of hash h: its high bits scaled to the table
// (the filter uses the low bits and bits 52-63).
func (k *keySet) home(h uint64) int {
	hi, _ := bits.Mul64(h<<12|h>>52, uint64(len(k.slots)))
	return int(hi)
}

// filterBits are the two bits of hash h in its word: bits 52-57 and 58-63
// of h, above those that chose the word.
func filterBits(h uint64) uint64 {
	return 1<<(h>>52&63) | 1<<(h>>58)
}

// mayHave is false when no key has hash h (the filter's answer).
func (k *keySet) mayHave(h uint64) bool {
	b := filterBits(h)
	return k.filter[h&k.fmask]&b == b
}

// find returns the id of the key whose hash is h.
func (k *keySet) find(h uint64) (uint32, bool) {
	if !k.mayHave(h) {
		return 0, false
	}
	return k.probe(h)
}

// probe looks h up in the table.
func (k *keySet) probe(h uint64) (uint32, bool) {
	for i := k.home(h); ; {
		switch k.slots[i] {
		case h:
			return uint32(i), true
		case 0:
			return 0, false
		}
		if i++; i == len(k.slots) {
			i = 0
		}
	}
}

// findAll appends to ids the ids of the keys among hashes hs, in order.
// It runs the filter over all of them first, so that their memory loads
// overlap instead of waiting for one another; hs is overwritten.
func (k *keySet) findAll(hs []uint64, ids []uint32) []uint32 {
	n := 0
	for _, h := range hs {
		hs[n] = h
		if k.mayHave(h) {
			n++
		}
	}
	for _, h := range hs[:n] {
		if id, ok := k.probe(h); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// key returns the id of blocking key s.
func (x *Index) key(s string) (uint32, bool) {
	return x.keyset.find(x.keyset.hash(s))
}
