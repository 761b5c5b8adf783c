package manifest

import (
	"hash/maphash"
	"sync"
)

// hashIndex maps the 64-bit hashes of keys to the values added under them,
// as chains in two flat slices without pointers: the collector never scans
// them, and an index costs two allocations. A hash stands for its key:
// callers check each value a lookup gives against the key they look for
// (two keys of one hash, at odds of 1 in 2^64 a pair, must not join records).
type hashIndex struct {
	slots   []int32 // 1 + the entry heading a hash's chain; 0 for a free slot
	used    int     // slots in use
	entries []hashEntry
}

type hashEntry struct {
	hash  uint64
	value int32
	next  int32 // the chain's next entry, -1 at its end
}

// indexPool keeps the indexes of past builds: a flight's indexes are
// scratch (about 100 KB for 500 travellers), and reusing them spares
// allocating and clearing that much garbage per flight.
var indexPool = sync.Pool{New: func() any { return new(hashIndex) }}

// newHashIndex returns an empty index for about n entries (it grows past
// them), from the pool; release gives it back.
func newHashIndex(n int) *hashIndex {
	x := indexPool.Get().(*hashIndex)
	if k := slotsFor(n); cap(x.slots) >= k {
		x.slots = x.slots[:k]
		clear(x.slots)
	} else {
		x.slots = make([]int32, k)
	}
	if cap(x.entries) < n {
		x.entries = make([]hashEntry, 0, n)
	}
	x.entries, x.used = x.entries[:0], 0
	return x
}

// release gives the index back to the pool; it must not be used after.
func (x *hashIndex) release() { indexPool.Put(x) }

// slotsFor is 3/2 n: linear probing stays short while at most 2/3 of the
// slots are used.
func slotsFor(n int) int { return max(n+n/2, 16) }

// slot returns the slot heading the chain of h, or the free slot where it
// goes.
func (x *hashIndex) slot(h uint64) *int32 {
	// The high half of h, scaled to the number of slots, is the first one
	// to try.
	i := int((h >> 32) * uint64(len(x.slots)) >> 32)
	for {
		if s := x.slots[i]; s == 0 || x.entries[s-1].hash == h {
			return &x.slots[i]
		}
		if i++; i == len(x.slots) {
			i = 0
		}
	}
}

// add adds v under h; a v already heading h's chain is not added again.
// It returns the entry that holds v.
func (x *hashIndex) add(h uint64, v int32) int32 {
	if 3*(x.used+1) > 2*len(x.slots) {
		x.grow()
	}
	s := x.slot(h)
	head := *s - 1 // -1 for a new hash
	if head >= 0 && x.entries[head].value == v {
		return head
	}
	if head < 0 {
		x.used++
	}
	x.entries = append(x.entries, hashEntry{h, v, head})
	*s = int32(len(x.entries))
	return *s - 1
}

// lookupOrAdd returns the entry heading h's chain, or adds v under h and
// returns -1: a lookup and an add with one probe.
func (x *hashIndex) lookupOrAdd(h uint64, v int32) int32 {
	if 3*(x.used+1) > 2*len(x.slots) {
		x.grow()
	}
	s := x.slot(h)
	if *s != 0 {
		return *s - 1
	}
	x.used++
	x.entries = append(x.entries, hashEntry{h, v, -1})
	*s = int32(len(x.entries))
	return -1
}

// grow doubles the slots and places the chains' heads anew.
func (x *hashIndex) grow() {
	old := x.slots
	x.slots = make([]int32, 2*len(old))
	for _, s := range old {
		if s != 0 {
			*x.slot(x.entries[s-1].hash) = s
		}
	}
}

// lookup returns the entry heading h's chain (the last added), or -1.
func (x *hashIndex) lookup(h uint64) int32 { return *x.slot(h) - 1 }

// hashKey hashes s for the index, salted by what the key is (a locator, a
// surname, ...), so that the kinds of key can share one index.
func hashKey(seed maphash.Seed, salt uint64, s string) uint64 {
	return maphash.String(seed, s) ^ salt*0x9e3779b97f4a7c15
}
