package watchlist

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
	"sync"

	"github.com/openpiu/piu/fuzzymatch"
)

// Index screens travellers against a fixed set of entries. It is built once
// by NewIndex, never changes, and is safe for concurrent use: to update a
// list, build a new Index and swap the pointer (an atomic.Pointer works).
type Index struct {
	opts    Options
	cmp     *fuzzymatch.Comparator
	entries []Entry

	// names are the indexed names of all entries, in entry order.
	names []indexedName
	// ntoks[i] is names[i].tokens, apart so that the blocking filter reads
	// one byte per touched name instead of a cache line.
	ntoks []uint8

	keyset keySet // blocking key → key id
	nkeys  int    // distinct keys (their ids run below keyset.idBound())
	// post lists, under each key id, the names that have the key, in CSR
	// form: a posting is the name's id shifted left by postingShift, plus
	// postingJoined when the key is two adjacent tokens of the name joined
	// (such a key shared with one query token stands for two of the name's
	// tokens: LIANGZUO against LIANG ZUO) and postingSingle when the name
	// has fewer than two tokens that count (so that blocking need not look
	// the name up to know).
	post postings

	docs    *docIndex
	docRefs []docRef // docIndex id → entry and document

	nats [][]string // per entry: nationality codes (alpha-3)

	texts int // distinct name texts

	// minor holds the key ids of particles and single letters (tokens that
	// do not count for blocking but whose keys a query must set aside), so
	// that a query does not prepare them again.
	minor map[string][]uint32

	// vocab holds every distinct token that counts, prepared alone, so that
	// a query can ask cheaply whether a name has a second token the
	// comparator would pair (see screen); tokOff/toks list the vocabulary
	// ids of each name text: toks[tokOff[t]:tokOff[t+1]].
	vocab   []*fuzzymatch.Name
	vocabID map[string]uint32
	// vocabKeys lists, per vocabulary token, the ids of its fuzzymatch
	// keys, in the order of Keys (what a query would look up for it).
	vocabKeys postings
	shapes    []shape
	tokOff    []uint32
	toks      []uint32

	scratch sync.Pool

	parallelNames int // names from which blocking runs on several goroutines (tests lower it)
}

type indexedName struct {
	name   *fuzzymatch.Name
	text   uint32 // distinct text id: names with the same text share the prepared name and its score
	entry  uint32
	which  uint16 // index in Entry.Names
	tokens uint8  // tokens that count for blocking
}

type docRef struct {
	entry uint32
	which uint16
}

// postings maps key ids to postings sorted by name: ids[off[k]:off[k+1]].
type postings struct {
	off []uint32
	ids []uint32
}

func (p *postings) list(k uint32) []uint32 {
	if int(k)+1 >= len(p.off) {
		return nil
	}
	return p.ids[p.off[k]:p.off[k+1]]
}

// NewIndex builds an index of the entries that Options.Categories screens.
// The entries are copied (shallowly: do not modify their slices afterwards).
// It fails when an entry has no id, no name and no document, or an id that
// another entry has. Names are prepared on up to GOMAXPROCS goroutines.
//
// An index holds some 1.4 KB per entry on large lists (1,000,000
// synthetic entries, 2026-12). While it is built, the Go collector lets
// the heap reach about twice what is live, so the process may peak near
// twice the index and the entries together; a memory limit (GOMEMLIMIT,
// debug.SetMemoryLimit) holds the peak under it at the cost of more
// collections (at 1,000,000 entries, GOMEMLIMIT=3GiB: 3.0 GB instead of
// 3.8 GB, a fifth more CPU time).
func NewIndex(entries []Entry, o Options) (*Index, error) {
	x := &Index{opts: o, cmp: fuzzymatch.NewComparator(o.Fuzzy), parallelNames: parallelNames}
	seen := make(map[string]struct{}, len(entries))
	x.entries = make([]Entry, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		if !o.screens(e.Category) {
			continue
		}
		if field, err := validateEntry(e); err != nil {
			return nil, &ParseError{Input: "entries", Offset: -1, Path: fmt.Sprintf("/%d", i), Field: field, Err: err}
		}
		if _, dup := seen[e.ID]; dup {
			return nil, &ParseError{Input: "entries", Offset: -1, Path: fmt.Sprintf("/%d", i), Field: "id", Err: ErrDuplicate}
		}
		seen[e.ID] = struct{}{}
		x.entries = append(x.entries, *e)
	}
	if len(x.entries) >= 1<<31 {
		return nil, fmt.Errorf("%w: more than 2^31 entries", ErrLimit)
	}
	for i := range x.entries {
		for j := range min(len(x.entries[i].Names), 1<<16) {
			x.names = append(x.names, indexedName{entry: uint32(i), which: uint16(j)})
		}
	}
	all := make([]string, len(x.names))
	parallelW(len(x.names), runtime.GOMAXPROCS(0), func(_, i int) {
		all[i] = x.entries[x.names[i].entry].Names[x.names[i].which].Text()
	})
	// Names without text are not indexed.
	kept := 0
	for i := range x.names {
		if all[i] != "" {
			x.names[kept], all[kept] = x.names[i], all[i]
			kept++
		}
	}
	x.names, all = x.names[:kept:kept], all[:kept]
	ids, raw := numberStrings(all, runtime.GOMAXPROCS(0))
	for i := range x.names {
		x.names[i].text = ids[i]
	}
	all, ids = nil, nil
	x.texts = len(raw)
	// Names and vocabulary share the data of identical tokens through
	// one interner, which the goroutines that prepare take in turn
	// (interning is a few map lookups per name, preparing it ten times
	// more work; an interner per goroutine held a token once per
	// goroutine).
	in := &lockedInterner{in: fuzzymatch.NewInterner()}
	x.buildVocab(x.prepare(raw, in), in)
	if err := x.buildPostings(); err != nil {
		return nil, err
	}
	x.buildVocabKeys()
	x.buildMinor()
	x.buildDocs()
	x.nats = make([][]string, len(x.entries))
	for i := range x.entries {
		for _, n := range x.entries[i].Nationalities {
			if c, ok := countryCode(n); ok {
				x.nats[i] = appendUnique(x.nats[i], c)
			}
		}
	}
	n, v, t, k := len(x.names), len(x.vocab), x.texts, x.keyset.idBound()
	x.scratch.New = func() any { return newScratch(n, v, t, k) }
	return x, nil
}

// prepare runs fuzzymatch.Prepare once per distinct name text, in
// parallel, and lists the tokens that count of each text (see buildVocab).
func (x *Index) prepare(raw []string, in *lockedInterner) [][]string {
	prepared := make([]*fuzzymatch.Name, len(raw))
	words := make([][]string, len(raw))
	parallelW(len(raw), runtime.GOMAXPROCS(0), func(_, i int) {
		n := in.intern(fuzzymatch.Prepare(raw[i]))
		prepared[i] = n
		ts := n.Tokens()
		c := 0
		for _, t := range ts {
			if counts(t) {
				ts[c] = t
				c++
			}
		}
		words[i] = ts[:c:c]
	})
	x.ntoks = make([]uint8, len(x.names))
	for i := range x.names {
		t := x.names[i].text
		x.names[i].name = prepared[t]
		x.names[i].tokens = uint8(min(255, len(words[t])))
		x.ntoks[i] = x.names[i].tokens
	}
	return words
}

// buildVocab numbers the distinct tokens that count (words, per text)
// and prepares each alone, in parallel.
func (x *Index) buildVocab(words [][]string, in *lockedInterner) {
	x.tokOff = make([]uint32, len(words)+1)
	for i, ws := range words {
		x.tokOff[i+1] = x.tokOff[i] + uint32(len(ws))
	}
	flat := make([]string, 0, x.tokOff[len(words)])
	for _, ws := range words {
		flat = append(flat, ws...)
	}
	var all []string
	x.toks, all = numberStrings(flat, runtime.GOMAXPROCS(0))
	x.vocabID = make(map[string]uint32, len(all))
	for i, w := range all {
		x.vocabID[w] = uint32(i)
	}
	x.vocab = make([]*fuzzymatch.Name, len(all))
	x.shapes = make([]shape, len(all))
	parallelW(len(all), runtime.GOMAXPROCS(0), func(_, i int) {
		x.vocab[i] = in.intern(fuzzymatch.Prepare(all[i]))
		x.shapes[i] = newShape(all[i])
	})
}

// lockedInterner is a fuzzymatch.Interner for several goroutines.
type lockedInterner struct {
	mu sync.Mutex
	in *fuzzymatch.Interner
}

func (l *lockedInterner) intern(n *fuzzymatch.Name) *fuzzymatch.Name {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.in.Intern(n)
}

// numberStrings gives each distinct string of ss an id, and returns the
// id of each string and the distinct strings by id. It runs on one
// goroutine per shard of the strings' hashes (the numbering is serial
// work otherwise: a million entries have one and a half million names
// and three million tokens that count).
func numberStrings(ss []string, workers int) ([]uint32, []string) {
	shards := max(1, min(workers, 256))
	seed := maphash.MakeSeed()
	ids := make([]uint32, len(ss))
	shard := make([]uint8, len(ss))
	local := make([][]string, shards) // per shard, its strings in order of first appearance
	var wg sync.WaitGroup
	for s := range shards {
		wg.Go(func() {
			m := map[string]uint32{}
			for i, str := range ss {
				if shards > 1 && int(maphash.String(seed, str)%uint64(shards)) != s {
					continue
				}
				id, ok := m[str]
				if !ok {
					id = uint32(len(local[s]))
					m[str] = id
					local[s] = append(local[s], str)
				}
				ids[i], shard[i] = id, uint8(s)
			}
		})
	}
	wg.Wait()
	base := make([]uint32, shards+1)
	distinct := make([]string, 0, len(ss))
	for s := range shards {
		base[s+1] = base[s] + uint32(len(local[s]))
		distinct = append(distinct, local[s]...)
	}
	parallelW(len(ids), shards, func(_, i int) { ids[i] += base[shard[i]] })
	return ids, slices.Clip(distinct)
}

// parallelW runs fn(w, i) for i in 0..n-1 on up to workers goroutines, w
// being the goroutine's number.
func parallelW(n, workers int, fn func(w, i int)) {
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min(n, (w+1)*chunk)
		if lo >= hi {
			break
		}
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				fn(w, i)
			}
		})
	}
	wg.Wait()
}

// buildVocabKeys fills vocabKeys, in parallel.
func (x *Index) buildVocabKeys() {
	lists := make([][]uint32, len(x.vocab))
	parallelW(len(x.vocab), max(1, runtime.GOMAXPROCS(0)), func(_, v int) {
		for _, k := range x.vocab[v].Keys() {
			if id, ok := x.key(k); ok {
				lists[v] = append(lists[v], id)
			}
		}
	})
	x.vocabKeys.off = make([]uint32, 1, len(lists)+1)
	for _, l := range lists {
		x.vocabKeys.ids = append(x.vocabKeys.ids, l...)
		x.vocabKeys.off = append(x.vocabKeys.off, uint32(len(x.vocabKeys.ids)))
	}
}

// keyIDs returns the ids of the indexed keys of tok prepared alone.
func (x *Index) keyIDs(tok string) []uint32 {
	var ids []uint32
	for _, k := range fuzzymatch.Prepare(tok).Keys() {
		if id, ok := x.key(k); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

func (x *Index) buildMinor() {
	x.minor = make(map[string][]uint32, len(particles)+26)
	for p := range particles {
		x.minor[p] = x.keyIDs(p)
	}
	for c := byte('A'); c <= 'Z'; c++ {
		x.minor[string(c)] = x.keyIDs(string(c))
	}
}

func (x *Index) buildDocs() {
	var b docIndexBuilder
	for i := range x.entries {
		for j, d := range x.entries[i].Documents {
			if j >= 1<<16 {
				break
			}
			if b.Add(d.Number, uint32(len(x.docRefs))) {
				x.docRefs = append(x.docRefs, docRef{entry: uint32(i), which: uint16(j)})
			}
		}
	}
	x.docs = b.Build()
}

// Len returns the number of entries indexed.
func (x *Index) Len() int { return len(x.entries) }

// Entry returns the i-th indexed entry (0 <= i < Len).
func (x *Index) Entry(i int) *Entry { return &x.entries[i] }

// Options returns the options the index was built with.
func (x *Index) Options() Options { return x.opts }

// Stats describes an index's size.
type Stats struct {
	Entries   int `json:"entries"`
	Names     int `json:"names"`
	Keys      int `json:"keys"`
	Postings  int `json:"postings"`
	Documents int `json:"documents"`
	// PostingBytes is the memory of the posting lists and their offsets;
	// DocumentBytes that of the document table. Prepared names and the
	// entries themselves are not counted.
	PostingBytes  int `json:"postingBytes"`
	DocumentBytes int `json:"documentBytes"`
}

// Stats returns the index's size.
func (x *Index) Stats() Stats {
	p := len(x.post.ids)
	return Stats{
		Entries: len(x.entries), Names: len(x.names), Keys: x.nkeys, Postings: p,
		Documents:     x.docs.Len(),
		PostingBytes:  4 * (p + len(x.post.off)),
		DocumentBytes: x.docs.Bytes() + 8*len(x.docRefs),
	}
}
