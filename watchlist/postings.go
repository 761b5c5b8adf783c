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
// million (name, key) pairs and ten million distinct keys, so the build
// never holds a key as a string beyond the moment it is hashed: keys are
// interned by their 64-bit hash (see keySet for what a collision means),
// and every step runs on GOMAXPROCS goroutines:
//
//  1. per chunk of names, the hashes of each name's keys, sorted and
//     deduplicated per name (and, apart, those of its joined pairs);
//  2. per shard of the hash space, the distinct hashes numbered in order
//     of first appearance, each shard's numbers written over its hashes;
//  3. per chunk, the shard's base added to make key ids dense over all
//     shards;
//  4. per shard, the posting lists of its key ids counted and filled in
//     name order, so that each list is sorted by name id.

// postingChunk is a run of consecutive names and their keys.
type postingChunk struct {
	lo, hi int      // names[lo:hi]
	off    []uint32 // keys of name lo+i: hs[off[i]:off[i+1]], the same in ids
	hs     []uint64 // key hashes; dropped in step 2
	ids    []uint32 // key ids
	joff   []uint32 // joined-pair keys, as off, hs and ids
	jhs    []uint64
	jids   []uint32
}

// maxShards bounds the shards of step 2, and shardShift places a shard's
// tag above its key numbers (at most 2^28 keys per shard).
const (
	maxShards  = 16
	shardShift = 28
)

// postingChunkNames is the number of names per chunk: enough to amortise
// the scheduling, small enough to balance the goroutines.
const postingChunkNames = 4096

// buildPostings computes the key set and the multi, single and joined
// posting lists; it fails only when the keys are too many to number. It is longer than 80 lines because its four steps share
// the chunks, the shards and the key ids; each step is a loop of its own.
func (x *Index) buildPostings() error {
	seed := maphash.MakeSeed()
	ks := keySet{seed: seed}
	chunks := make([]postingChunk, 0, len(x.names)/postingChunkNames+1)
	for lo := 0; lo < len(x.names); lo += postingChunkNames {
		chunks = append(chunks, postingChunk{lo: lo, hi: min(len(x.names), lo+postingChunkNames)})
	}
	workers := max(1, runtime.GOMAXPROCS(0))

	// 1. Hash every name's keys (each goroutine reusing its buffers, so
	// that a chunk keeps exactly what it needs).
	bufs := make([]hashBufs, workers)
	eachChunkW(len(chunks), workers, func(w, c int) { chunks[c].hashKeys(&ks, x.names, &bufs[w]) })
	bufs = nil

	// 2. Number the distinct hashes, one shard of the hash space per
	// goroutine. A shard writes its number of a key, tagged with the
	// shard, over the key's place in ids; the last shard to pass a chunk
	// drops its hashes, so that they do not all wait for the end.
	shards := min(workers, maxShards)
	shardOf := func(h uint64) uint32 { return uint32((h >> 32) * uint64(shards) >> 32) }
	shardHashes := make([][]uint64, shards)
	passed := make([]atomic.Int32, len(chunks))
	var wg sync.WaitGroup
	for s := range uint32(shards) {
		wg.Go(func() {
			// Some five distinct keys per name on large lists (more on
			// small ones: the table grows).
			t := newHashTable(len(x.names) * 5 / shards)
			tag := s << shardShift
			for c := range chunks {
				ch := &chunks[c]
				for i, h := range ch.hs {
					if shardOf(h) == s {
						ch.ids[i] = tag | t.intern(h)
					}
				}
				for i, h := range ch.jhs {
					if shardOf(h) == s {
						ch.jids[i] = tag | t.intern(h)
					}
				}
				if passed[c].Add(1) == int32(shards) {
					ch.hs, ch.jhs = nil, nil
				}
			}
			shardHashes[s] = t.order
		})
	}
	wg.Wait()

	// 3. Dense ids: shard s has ids base[s] to base[s+1]-1.
	base := make([]uint32, shards+1)
	for s := range shards {
		if len(shardHashes[s]) >= 1<<shardShift { // some 50 million entries per shard
			return fmt.Errorf("%w: more than 2^28 blocking keys in a shard", ErrLimit)
		}
		base[s+1] = base[s] + uint32(len(shardHashes[s]))
	}
	untag := func(ids []uint32) {
		for i, id := range ids {
			ids[i] = base[id>>shardShift] + id&(1<<shardShift-1)
		}
	}
	eachChunk(len(chunks), workers, func(c int) { untag(chunks[c].ids); untag(chunks[c].jids) })
	nk := int(base[shards])
	x.keyset, x.nkeys = newKeySetOfHashes(seed, shardHashes), nk
	shardHashes = nil

	// 4. The posting lists, each shard filling the lists of its ids.
	multi := func(i int) bool { return x.names[i].tokens >= 2 }
	single := func(i int) bool { return x.names[i].tokens < 2 }
	keys := func(ch *postingChunk) ([]uint32, []uint32) { return ch.off, ch.ids }
	joins := func(ch *postingChunk) ([]uint32, []uint32) { return ch.joff, ch.jids }
	x.multi = fillPostings(chunks, nk, base, keys, multi)
	x.single = fillPostings(chunks, nk, base, keys, single)
	x.joined = fillPostings(chunks, nk, base, joins, multi)
	return nil
}

// hashBufs is one goroutine's working memory for hashKeys.
type hashBufs struct {
	buf          []byte
	hs, js       []uint64 // one name's
	allHs, allJs []uint64 // one chunk's
}

// hashKeys computes the key hashes of the chunk's names.
func (ch *postingChunk) hashKeys(ks *keySet, names []indexedName, b *hashBufs) {
	n := ch.hi - ch.lo
	ch.off = make([]uint32, 1, n+1)
	ch.joff = make([]uint32, 1, n+1)
	b.allHs, b.allJs = b.allHs[:0], b.allJs[:0]
	for i := ch.lo; i < ch.hi; i++ {
		b.buf, b.hs, b.js = nameKeyHashes(ks, names[i].name, b.buf, b.hs[:0], b.js[:0])
		slices.Sort(b.hs)
		b.allHs = append(b.allHs, slices.Compact(b.hs)...)
		slices.Sort(b.js)
		b.allJs = append(b.allJs, slices.Compact(b.js)...)
		ch.off = append(ch.off, uint32(len(b.allHs)))
		ch.joff = append(ch.joff, uint32(len(b.allJs)))
	}
	ch.hs, ch.jhs = slices.Clone(b.allHs), slices.Clone(b.allJs)
	ch.ids = make([]uint32, len(ch.hs))
	ch.jids = make([]uint32, len(ch.jhs))
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

// fillPostings lays out the posting lists of the names want accepts, from
// the chunks' key lists (lists gives a chunk's offsets and ids), one
// goroutine per shard of key ids (base).
func fillPostings(chunks []postingChunk, nk int, base []uint32, lists func(*postingChunk) ([]uint32, []uint32), want func(int) bool) postings {
	var p postings
	p.off = make([]uint32, nk+1)
	shards := len(base) - 1
	perShard := func(visit func(k uint32, name uint32)) {
		var wg sync.WaitGroup
		for s := range shards {
			lo, hi := base[s], base[s+1]
			wg.Go(func() {
				for c := range chunks {
					ch := &chunks[c]
					off, ids := lists(ch)
					for i := ch.lo; i < ch.hi; i++ {
						if !want(i) {
							continue
						}
						for _, k := range ids[off[i-ch.lo]:off[i-ch.lo+1]] {
							if k >= lo && k < hi {
								visit(k, uint32(i))
							}
						}
					}
				}
			})
		}
		wg.Wait()
	}
	perShard(func(k, _ uint32) { p.off[k+1]++ })
	for k := 1; k <= nk; k++ {
		p.off[k] += p.off[k-1]
	}
	p.ids = make([]uint32, p.off[nk])
	pos := slices.Clone(p.off[:nk])
	perShard(func(k, name uint32) {
		p.ids[pos[k]] = name
		pos[k]++
	})
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
// half full.
type hashTable struct {
	hs    []uint64 // 0: empty
	ids   []uint32
	mask  uint64
	order []uint64 // hash of each id
}

func newHashTable(expect int) *hashTable {
	size := 1024
	for size < 2*expect {
		size *= 2
	}
	return &hashTable{hs: make([]uint64, size), ids: make([]uint32, size), mask: uint64(size - 1)}
}

// intern returns the id of h, numbering it if new.
func (t *hashTable) intern(h uint64) uint32 {
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		switch t.hs[i] {
		case h:
			return t.ids[i]
		case 0:
			id := uint32(len(t.order))
			t.hs[i], t.ids[i] = h, id
			t.order = append(t.order, h)
			if 2*len(t.order) > len(t.hs) {
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
	old := t.hs
	oldIDs := t.ids
	t.hs = make([]uint64, 2*len(old))
	t.ids = make([]uint32, 2*len(old))
	t.mask = uint64(len(t.hs) - 1)
	for j, h := range old {
		if h == 0 {
			continue
		}
		i := t.slot(h)
		for t.hs[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hs[i], t.ids[i] = h, oldIDs[j]
	}
}
