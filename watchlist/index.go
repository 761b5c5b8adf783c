package watchlist

import (
	"fmt"
	"runtime"
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
	// form: a posting is the name's id shifted left once, plus 1 when the
	// key is two adjacent tokens of the name joined (such a key shared
	// with one query token stands for two of the name's tokens: LIANGZUO
	// against LIANG ZUO).
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
	// comparator would pair (see screen); tokOff/toks list each name's
	// vocabulary ids: toks[tokOff[i]:tokOff[i+1]].
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
	var raw []string
	texts := map[string]uint32{}
	for i := range x.entries {
		e := &x.entries[i]
		for j, n := range e.Names {
			if j >= 1<<16 {
				break
			}
			if t := n.Text(); t != "" {
				id, ok := texts[t]
				if !ok {
					id = uint32(len(raw))
					texts[t] = id
					raw = append(raw, t)
				}
				x.names = append(x.names, indexedName{entry: uint32(i), which: uint16(j), text: id})
			}
		}
	}
	x.texts = len(raw)
	// Names and vocabulary share the data of identical tokens, one
	// interner per goroutine (tokens are then held at most once per
	// goroutine).
	interners := make([]*fuzzymatch.Interner, max(1, runtime.GOMAXPROCS(0)))
	for i := range interners {
		interners[i] = fuzzymatch.NewInterner()
	}
	x.prepare(raw, interners)
	x.buildVocab(interners)
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
// parallel.
func (x *Index) prepare(raw []string, in []*fuzzymatch.Interner) {
	prepared := make([]*fuzzymatch.Name, len(raw))
	parallelW(len(raw), len(in), func(w, i int) { prepared[i] = in[w].Intern(fuzzymatch.Prepare(raw[i])) })
	for i := range x.names {
		n := prepared[x.names[i].text]
		x.names[i].name = n
		x.names[i].tokens = uint8(min(255, effectiveTokens(n)))
	}
	x.ntoks = make([]uint8, len(x.names))
	for i := range x.names {
		x.ntoks[i] = x.names[i].tokens
	}
}

// buildVocab collects the distinct tokens that count and prepares each
// alone, in parallel.
func (x *Index) buildVocab(in []*fuzzymatch.Interner) {
	ids := map[string]uint32{}
	var words []string
	x.tokOff = make([]uint32, 1, len(x.names)+1)
	for i := range x.names {
		for _, t := range x.names[i].name.Tokens() {
			if !counts(t) {
				continue
			}
			id, ok := ids[t]
			if !ok {
				id = uint32(len(words))
				ids[t] = id
				words = append(words, t)
			}
			x.toks = append(x.toks, id)
		}
		x.tokOff = append(x.tokOff, uint32(len(x.toks)))
	}
	x.vocabID = ids
	x.vocab = make([]*fuzzymatch.Name, len(words))
	x.shapes = make([]shape, len(words))
	parallelW(len(words), len(in), func(w, i int) {
		x.vocab[i] = in[w].Intern(fuzzymatch.Prepare(words[i]))
		x.shapes[i] = newShape(words[i])
	})
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
