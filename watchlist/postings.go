package watchlist

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/openpiu/piu/fuzzymatch"
)

// Building the posting lists. Every indexed name has a few dozen blocking
// keys (see keys.go): its fuzzymatch keys, the deletions and beginnings of
// its tokens, adjacent tokens joined. A million entries give some fifty
// million (name, key) pairs and eight million distinct keys, so the build
// never holds a key as a string beyond the moment it is hashed: keys are
// interned by their 64-bit hash (see keySet for what a collision means),
// and every step runs on GOMAXPROCS goroutines:
//
//  1. per chunk of names, the hashes of each name's keys, sorted and
//     deduplicated per name, with a bit per key that says it is a joined
//     pair of the name;
//  2. at the same time, per shard of the hash space, the distinct hashes
//     of each hashed chunk numbered in order of first appearance, each
//     shard's numbers written over its hashes;
//  3. the key set laid out (a key's id is its cell), and per chunk each
//     shard's number replaced by the key's id;
//  4. per range of key ids, the posting lists counted and filled from the
//     last name back, so that each list is sorted by name id.

// postingChunk is a run of consecutive names and their keys.
type postingChunk struct {
	lo, hi int      // names[lo:hi]
	off    []uint32 // keys of name lo+i: hs[off[i]:off[i+1]], the same in ids
	hs     []uint64 // key hashes; dropped in step 2
	ids    []uint32 // key ids
	joined []uint64 // bit j: the key at ids[j] is a joined pair of its name
}

// maxShards bounds the shards of step 2, and shardShift places a shard's
// tag above its key numbers (at most 2^28 keys per shard).
const (
	maxShards  = 16
	shardShift = 28
)

// The low bits of a posting: the key is a joined pair of the name, the
// name has fewer than two tokens that count; the name's id is above them.
const (
	postingJoined = 1 << 0
	postingSingle = 1 << 1
	postingShift  = 2
)

// postingChunkNames is the number of names per chunk: enough to amortise
// the scheduling, small enough to balance the goroutines.
const postingChunkNames = 4096

// buildPostings computes the key set and the posting lists; it fails only
// when the keys or names are too many to number. It is longer than 80
// lines because its four steps share the chunks, the shards and the key
// ids; each step is a loop of its own.
func (x *Index) buildPostings() error {
	if len(x.names) >= 1<<30 {
		return fmt.Errorf("%w: more than 2^30 names", ErrLimit)
	}
	seed := maphash.MakeSeed()
	ks := keySet{seed: seed}
	chunks := make([]postingChunk, 0, len(x.names)/postingChunkNames+1)
	for lo := 0; lo < len(x.names); lo += postingChunkNames {
		chunks = append(chunks, postingChunk{lo: lo, hi: min(len(x.names), lo+postingChunkNames)})
	}
	workers := max(1, runtime.GOMAXPROCS(0))

	// 1 and 2 run at once: GOMAXPROCS goroutines hash the chunks' keys
	// (each reusing its buffers, so that a chunk keeps exactly what it
	// needs) while one goroutine per shard of the hash space numbers the
	// distinct hashes of each chunk once it is hashed, writing its number
	// of a key, tagged with the shard, over the key's place in ids. The
	// last shard to pass a chunk drops its hashes: at most the chunks
	// between the hashing and the numbering hold theirs (at a million
	// entries all of them would hold some 450 MB).
	shards := min(workers, maxShards)
	shardOf := func(h uint64) uint32 { return uint32((h >> 32) * uint64(shards) >> 32) }
	shardHashes := make([][]uint64, shards)
	passed := make([]atomic.Int32, len(chunks))
	hashed := make([]chan struct{}, len(chunks))
	for c := range hashed {
		hashed[c] = make(chan struct{})
	}
	var wg sync.WaitGroup
	for s := range uint32(shards) {
		wg.Go(func() {
			// Some five distinct keys per name on large lists (more on
			// small ones: the table grows).
			t := newHashTable(len(x.names) * 5 / shards)
			tag := s << shardShift
			for c := range chunks {
				<-hashed[c]
				ch := &chunks[c]
				for i, h := range ch.hs {
					if shardOf(h) == s {
						ch.ids[i] = tag | t.intern(h)
					}
				}
				if passed[c].Add(1) == int32(shards) {
					ch.hs = nil
				}
			}
			shardHashes[s] = t.order
		})
	}
	bufs := make([]hashBufs, workers)
	eachChunkW(len(chunks), workers, func(w, c int) {
		chunks[c].hashKeys(&ks, x.names, &bufs[w])
		close(hashed[c])
	})
	bufs = nil
	wg.Wait()

	// 3. The key set, and the shards' numbers replaced by key ids: shard
	// s numbered the keys ids[base[s]:base[s+1]].
	base := make([]uint32, shards+1)
	for s := range shards {
		if len(shardHashes[s]) >= 1<<shardShift { // some 50 million entries per shard
			return fmt.Errorf("%w: more than 2^28 blocking keys in a shard", ErrLimit)
		}
		base[s+1] = base[s] + uint32(len(shardHashes[s]))
	}
	ks, ids := newKeySetOfHashes(seed, shardHashes)
	shardHashes = nil
	eachChunk(len(chunks), workers, func(c int) {
		for i, id := range chunks[c].ids {
			chunks[c].ids[i] = ids[base[id>>shardShift]+id&(1<<shardShift-1)]
		}
	})
	x.keyset, x.nkeys = ks, int(base[shards])
	ids = nil

	// 4. The posting lists, each goroutine filling those of a range of ids.
	single := make([]uint32, len(x.names)) // postingSingle for names of fewer than two tokens
	for i := range x.names {
		if x.names[i].tokens < 2 {
			single[i] = postingSingle
		}
	}
	x.post = fillPostings(chunks, single, ks.idBound(), workers)
	return nil
}

// hashBufs is one goroutine's working memory for hashKeys.
type hashBufs struct {
	buf    []byte
	hs, js []uint64 // one name's
	allHs  []uint64 // one chunk's
	joined []uint64
}

// hashKeys computes the key hashes of the chunk's names.
func (ch *postingChunk) hashKeys(ks *keySet, names []indexedName, b *hashBufs) {
	n := ch.hi - ch.lo
	ch.off = make([]uint32, 1, n+1)
	b.allHs, b.joined = b.allHs[:0], b.joined[:0]
	for i := ch.lo; i < ch.hi; i++ {
		b.buf, b.hs, b.js = nameKeyHashes(ks, names[i].name, b.buf, b.hs[:0], b.js[:0])
		slices.Sort(b.hs)
		for _, h := range slices.Compact(b.hs) {
			j := len(b.allHs)
			if j%64 == 0 {
				b.joined = append(b.joined, 0)
			}
			if names[i].tokens >= 2 && slices.Contains(b.js, h) {
				b.joined[j/64] |= 1 << (j % 64)
			}
			b.allHs = append(b.allHs, h)
		}
		ch.off = append(ch.off, uint32(len(b.allHs)))
	}
	ch.hs, ch.joined = slices.Clone(b.allHs), slices.Clone(b.joined)
	ch.ids = make([]uint32, len(ch.hs))
}

// nameKeyHashes appends to hs the hashes of the blocking keys of name n,
// and to js those of its joined pairs (which are among its keys too).
func nameKeyHashes(ks *keySet, n *fuzzymatch.Name, buf []byte, hs, js []uint64) ([]byte, []uint64, []uint64) {
	for _, k := range n.Keys() {
		hs = append(hs, ks.hash(k))
	}
	hashBytes := func(b []byte) { hs = append(hs, ks.hashBytes(b)) }
	toks := n.Tokens()
	for j, t := range toks {
		buf = forDeletes(buf, t, hashBytes)
		// The beginnings of a long token, for a traveller's name that
		// stops short (ABDEL for ABDELQURESHI, JOHN for JOHNSON), under a
		// mark of their own so that only such lookups meet them.
		for l := minListedPrefix; l < len(t) && len(t) > minListedPrefix; l++ {
			buf = append(append(buf[:0], prefixMark...), t[:l]...)
			hashBytes(buf)
		}
		// Two adjacent letters dropped (TUDEMUUWA and TUDUUWA).
		buf = forAdjacentDeletes(buf, t, hashBytes)
		// Two adjacent tokens joined: lists and travel documents split and
		// join compound names differently (KOUMTA MADJI, KOUMTAMADJI).
		if j+1 < len(toks) && counts(t) && counts(toks[j+1]) {
			buf = append(append(buf[:0], t...), toks[j+1]...)
			h := ks.hashBytes(buf)
			hs = append(hs, h)
			js = append(js, h)
		}
	}
	return buf, hs, js
}

// fillPostings lays out the posting lists of the ids below nk from the
// chunks' key lists, one goroutine per range of key ids. Each posting is
// the name id shifted by postingShift with its flags in the low bits (see
// Index.post); the lists are filled from the last name back, so that each
// stays sorted by name id. The chunks' lists are dropped as the last
// goroutine passes them.
func fillPostings(chunks []postingChunk, single []uint32, nk, workers int) postings {
	var p postings
	p.off = make([]uint32, nk+1)
	// perRange visits the postings of each range in name order, or in
	// reverse (from the last name) when backwards.
	perRange := func(backwards bool, visit func(k uint32, posting uint32)) {
		passed := make([]atomic.Int32, len(chunks))
		var wg sync.WaitGroup
		for r := range workers {
			lo, hi := uint32(uint64(nk)*uint64(r)/uint64(workers)), uint32(uint64(nk)*uint64(r+1)/uint64(workers))
			wg.Go(func() {
				for cc := range chunks {
					c := cc
					if backwards {
						c = len(chunks) - 1 - cc
					}
					ch := &chunks[c]
					for ii := range ch.hi - ch.lo {
						i := ii
						if backwards {
							i = ch.hi - ch.lo - 1 - ii
						}
						for j := ch.off[i]; j < ch.off[i+1]; j++ {
							if k := ch.ids[j]; k >= lo && k < hi {
								visit(k, uint32(ch.lo+i)<<postingShift|single[ch.lo+i]|uint32(ch.joined[j/64]>>(j%64)&1))
							}
						}
					}
					if backwards && passed[c].Add(1) == int32(workers) {
						*ch = postingChunk{}
					}
				}
			})
		}
		wg.Wait()
	}
	perRange(false, func(k, _ uint32) { p.off[k+1]++ })
	for k := 1; k <= nk; k++ {
		p.off[k] += p.off[k-1]
	}
	total := p.off[nk]
	p.ids = make([]uint32, total)
	// Filled from the last name back, each list from its end: off[k+1]
	// ends at the start of list k (no copy of the offsets needed), and
	// the lists stay sorted by name.
	perRange(true, func(k, posting uint32) {
		p.off[k+1]--
		p.ids[p.off[k+1]] = posting
	})
	copy(p.off, p.off[1:])
	p.off[nk] = total
	return p
}

// eachChunk runs fn(0..n-1) on workers goroutines, each taking the next
// index in turn.
func eachChunk(n, workers int, fn func(int)) {
	eachChunkW(n, workers, func(_, i int) { fn(i) })
}

// eachChunkW is eachChunk passing fn the goroutine's number too.
func eachChunkW(n, workers int, fn func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(workers, n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(w, i)
			}
		})
	}
	wg.Wait()
}

// hashTable numbers distinct 64-bit hashes (never 0, see keySet.hash) in
// order of first appearance: open addressing with linear probing, at most
// three quarters full (at fifty million lookups, one cache miss each, the
// table is the build's hot spot: a hash and its id share a cell).
type hashTable struct {
	cells []hashCell
	mask  uint64
	order []uint64 // hash of each id
}

type hashCell struct {
	h  uint64 // 0: empty
	id uint32
}

func newHashTable(expect int) *hashTable {
	size := 1024
	for size < 2*expect {
		size *= 2
	}
	return &hashTable{cells: make([]hashCell, size), mask: uint64(size - 1)}
}

// intern returns the id of h, numbering it if new.
func (t *hashTable) intern(h uint64) uint32 {
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		c := &t.cells[i]
		switch c.h {
		case h:
			return c.id
		case 0:
			id := uint32(len(t.order))
			*c = hashCell{h: h, id: id}
			t.order = append(t.order, h)
			if 4*len(t.order) > 3*len(t.cells) {
				t.grow()
			}
			return id
		}
	}
}

// slot is the home of h: its middle bits (the shard was chosen by the high
// ones).
func (t *hashTable) slot(h uint64) uint64 { return (h >> 7) & t.mask }

func (t *hashTable) grow() {
	old := t.cells
	t.cells = make([]hashCell, 2*len(old))
	t.mask = uint64(len(t.cells) - 1)
	for _, c := range old {
		if c.h == 0 {
			continue
		}
		i := t.slot(c.h)
		for t.cells[i].h != 0 {
			i = (i + 1) & t.mask
		}
		t.cells[i] = c
	}
}
