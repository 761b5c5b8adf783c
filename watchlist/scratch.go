package watchlist

import (
	"github.com/openpiu/piu/fuzzymatch"
)

// scratch is per-query working memory, pooled: a generation stamp and a
// bit mask of matched query groups per name, so nothing is cleared between
// queries.
type scratch struct {
	hits    []hit // per indexed name
	gen     uint32
	touched []uint32
	cands   []candidate
	docs    []uint32
	buf     []byte

	// pairable memoises, per vocabulary token, whether the comparator
	// would pair it with one of the query's tokens (1) or not (2), valid
	// when vstamp equals gen.
	vstamp   []uint32
	pairable []uint8

	// tstamp and tscore memoise the name score per distinct name text.
	tstamp []uint32
	tscore []float64

	kstamp []uint32 // per key id: already in a query group

	pq     query      // the query being screened
	groups [][]uint32 // backing of pq.groups
	gbuf   []uint32   // backing of the groups' key ids

	hashes []uint64 // of the strings a query token looks up
	ids    []uint32 // the keys among them
	joined []byte   // two query tokens joined

	scorers []scorer // one per goroutine that scores
	need    [256]uint8

	pass  []uint32 // names that passed blocking
	work  []uint32 // one name per distinct text to score
	parts []part   // per id range, when blocking runs on several goroutines
}

// scorer is one scoring goroutine's fuzzymatch.Scorer, names and scores.
type scorer struct {
	sc     *fuzzymatch.Scorer
	names  []*fuzzymatch.Name
	scores []float64
}

// part is the blocking of one range of name ids.
type part struct {
	touched, pass []uint32
}

// hit is a name's generation stamp and mask of matched query groups, side
// by side so that marking a posting touches one cache line.
type hit struct {
	stamp uint32
	mask  uint32
}

type candidate struct {
	entry uint32
	name  int32 // index in x.names, -1 if none
	score float64
	doc   int32 // index in x.docRefs, -1 if none
}

func newScratch(names, vocab, texts, keys int) any {
	return &scratch{hits: make([]hit, names), kstamp: make([]uint32, keys),
		vstamp: make([]uint32, vocab), pairable: make([]uint8, vocab),
		tstamp: make([]uint32, texts), tscore: make([]float64, texts)}
}

// dropQuery forgets the query prepared in s: the pooled scratch must not
// keep the traveller's data alive.
func (s *scratch) dropQuery() {
	clear(s.pq.tokens[:cap(s.pq.tokens)])
	clear(s.pq.shapes[:cap(s.pq.shapes)]) // the tokens' sound codes
	clear(s.joined[:cap(s.joined)])       // query tokens joined
	clear(s.buf[:cap(s.buf)])             // and their one-letter deletions
	s.pq = query{tokens: s.pq.tokens[:0], shapes: s.pq.shapes[:0]}
}

func (s *scratch) next() {
	s.gen++
	if s.gen == 0 {
		clear(s.hits)
		clear(s.vstamp)
		clear(s.tstamp)
		clear(s.kstamp)
		s.gen = 1
	}
	s.touched = s.touched[:0]
	s.cands = s.cands[:0]
	s.docs = s.docs[:0]
}
