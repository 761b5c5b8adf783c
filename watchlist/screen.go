package watchlist

import (
	"cmp"
	"context"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/openpiu/piu/fuzzymatch"
)

// Match is one list entry that a traveller may be. Every match says why:
// which listed name it matched and how (the fuzzymatch explanation), and
// every piece of evidence that moved the score, with its effect.
// Explanations are for officers and their text is not stable.
type Match struct {
	EntryID string `json:"entryId"`
	// Entry points into the index; do not modify it.
	Entry *Entry `json:"-"`
	// Score is the final score in [0,1]; NameScore the name similarity
	// before evidence.
	Score     float64 `json:"score"`
	NameScore float64 `json:"nameScore"`
	// Name is the listed name that matched best; NameIndex its index in
	// Entry.Names (-1 when the entry has no name, as on lost-document lists).
	Name            Name                    `json:"name"`
	NameIndex       int                     `json:"nameIndex"`
	NameExplanation *fuzzymatch.Explanation `json:"nameExplanation,omitempty"`
	Evidence        []Evidence              `json:"evidence"`

	nameID int // index in Index.names, -1 if none
}

// Evidence is one reason a score moved.
type Evidence struct {
	// Kind: "name", "aliasQuality", "birthDate", "gender", "nationality"
	// or "document".
	Kind string `json:"kind"`
	// Grade says how the values relate: for birth dates a DateEvidence name
	// (exact, month, year, inRange, swapped, near, conflict), otherwise
	// "match", "conflict", "weak", "sameCountry", "otherCountry".
	Grade string `json:"grade"`
	// Effect is what it added to the score (negative for penalties); for a
	// document, how far it raised the score.
	Effect float64 `json:"effect"`
	// Listed is the listed value compared (a birth date, a nationality, the
	// document number as listed).
	Listed string `json:"listed,omitempty"`
}

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

// query is a traveller prepared for screening.
type query struct {
	q      *Query
	name   *fuzzymatch.Name
	groups [][]uint32         // key ids per blocking group
	double uint32             // groups that stand for two tokens (joined pairs)
	tokens []*fuzzymatch.Name // the tokens that count, prepared alone (with SecondPair only)
	shapes []shape
	nat    string
}

func (x *Index) prepareQuery(q *Query, s *scratch) *query {
	pq := &query{q: q}
	if q.Nationality != "" {
		pq.nat, _ = countryCode(q.Nationality)
	}
	text := q.nameText()
	if text == "" {
		return pq
	}
	pq.name = fuzzymatch.Prepare(text)
	if pq.name.Empty() {
		return pq
	}
	// Every string a group looks up is hashed first and resolved in one
	// batch (see keySet.findAll), in order.
	ks := &x.keyset
	hs := s.hashes[:0]
	hashBytes := func(b []byte) { hs = append(hs, ks.hashBytes(b)) }
	hashKeys := func(keys ...string) {
		for _, k := range keys {
			hs = append(hs, ks.hash(k))
		}
	}
	resolve := func() []uint32 {
		s.ids = ks.findAll(hs, s.ids[:0])
		hs = hs[:0]
		return s.ids
	}
	defer func() { s.hashes = hs }()
	// covered marks the key ids already in a group (kstamp == gen).
	covered := func(k uint32) bool { return s.kstamp[k] == s.gen }
	cover := func(k uint32) { s.kstamp[k] = s.gen }
	// A key goes to the first group that has it only: a key two tokens
	// share (a phonetic code such as that of ABDELSALAM and ABDELRAHMAN)
	// must not let one listed token count as two.
	add := func(g []uint32, k uint32) []uint32 {
		if !covered(k) {
			g = append(g, k)
		}
		cover(k)
		return g
	}
	for _, t := range pq.name.Tokens() {
		if !counts(t) || len(pq.groups) == maxGroups-1 {
			// A particle's or initial's own keys must not reach the
			// leftover group below either: they are in too many names.
			ids, ok := x.minor[t]
			if !ok {
				ids = x.keyIDs(t)
			}
			for _, id := range ids {
				cover(id)
			}
			continue
		}
		var g []uint32
		var tn *fuzzymatch.Name
		if v, ok := x.vocabID[t]; ok {
			tn = x.vocab[v] // listed tokens are prepared already
		} else {
			tn = fuzzymatch.Prepare(t)
		}
		if x.opts.SecondPair { // only secondPair compares tokens alone
			pq.tokens = append(pq.tokens, tn)
			pq.shapes = append(pq.shapes, newShape(t))
		}
		hashKeys(tn.Keys()...)
		hashKeys(t)
		s.buf = forDeletes(s.buf, t, hashBytes)
		// Two letters dropped from a long token (VAALODAANA and VAALAANA,
		// SHIZHIOVA and SHIZYOVA): the deletions of the deletions, looked up
		// among the listed tokens and their deletions.
		s.buf = forDeletes2(s.buf, t, hashBytes)
		// This token, or it less its last letter, begins a listed token
		// (ABDEL and ABDELQURESHI, SHAMI and SHAMMARI).
		for n := len(t); n >= len(t)-1 && n >= minListedPrefix; n-- {
			s.buf = append(append(s.buf[:0], prefixMark...), t[:n]...)
			hashBytes(s.buf)
		}
		// A listed token that begins this one (ZHAO in ZHAOSAN, CAI in
		// CAIMU): Jaro-Winkler's prefix bonus lets the comparator pair them,
		// and no deletion of one letter reaches them.
		for n := len(t) - 2; n >= minPrefixKey; n-- {
			hashKeys(t[:n])
		}
		for _, id := range resolve() {
			g = add(g, id)
		}
		pq.groups = append(pq.groups, g) // an empty group still counts: the token is there
	}
	// Adjacent tokens joined, against listed names that write them as one
	// token (a match covers two tokens, so the group counts twice).
	toks := pq.name.Tokens()
	for i := 0; i+1 < len(toks) && len(pq.groups) < maxGroups-1; i++ {
		if !counts(toks[i]) || !counts(toks[i+1]) {
			continue
		}
		s.joined = append(append(s.joined[:0], toks[i]...), toks[i+1]...)
		hashBytes(s.joined)
		s.buf = forDeletes(s.buf, s.joined, hashBytes)
		var g []uint32
		for _, id := range resolve() {
			if !slices.Contains(g, id) {
				g = append(g, id)
			}
		}
		if len(g) > 0 {
			pq.double |= 1 << len(pq.groups)
			pq.groups = append(pq.groups, g)
		}
	}
	// Keys of the whole name that no single token gives (particles joined to
	// the next token, readings that depend on context) form one more group.
	hashKeys(pq.name.Keys()...)
	var rest []uint32
	for _, id := range resolve() {
		if !covered(id) {
			rest = append(rest, id)
		}
	}
	if len(rest) > 0 {
		pq.groups = append(pq.groups, rest)
	}
	return pq
}

// largestGroup returns the group whose postings only add bits to names
// that other groups found, or -1. Without SecondPair, names with two
// tokens or more need two groups when the query has two: by the pigeonhole
// principle they share one of the G-1 groups with the shortest lists, so
// the longest list need not create candidates.
func (x *Index) largestGroup(pq *query) int {
	G := len(pq.groups)
	if G-bits.OnesCount32(pq.double) < 2 || x.opts.SecondPair {
		return -1
	}
	largest := 0
	for pq.double&(1<<largest) != 0 {
		largest++
	}
	size := make([]int, G)
	for g := range G {
		if pq.double&(1<<g) != 0 {
			continue // a joined pair alone can make a candidate: never skipped
		}
		for _, k := range pq.groups[g] {
			size[g] += len(x.multi.list(k))
		}
		if size[g] > size[largest] {
			largest = g
		}
	}
	return largest
}

// candidates marks the names with ids in [lo, hi) that share groups with
// the query, and returns touched with those it marked first appended.
// Calls on disjoint id ranges touch disjoint parts of s.hits, so they may
// run at the same time.
func (x *Index) candidates(pq *query, s *scratch, largest int, lo, hi uint32, touched []uint32) []uint32 {
	G := len(pq.groups)
	// part is the piece of a sorted posting list inside [lo, hi).
	whole := lo == 0 && int(hi) >= len(x.names)
	part := func(ids []uint32) []uint32 {
		if whole {
			return ids
		}
		a, _ := slices.BinarySearch(ids, lo)
		b, _ := slices.BinarySearch(ids[a:], hi)
		return ids[a : a+b]
	}
	mark := func(p *postings, g int, bit uint32, create bool) {
		for _, k := range pq.groups[g] {
			for _, id := range part(p.list(k)) {
				h := &s.hits[id]
				if h.stamp != s.gen {
					if !create {
						continue
					}
					h.stamp, h.mask = s.gen, 0
					touched = append(touched, id)
				}
				h.mask |= bit
			}
		}
	}
	for g := range G {
		if g != largest {
			mark(&x.multi, g, 1<<g, true)
		}
	}
	if largest >= 0 {
		mark(&x.multi, largest, 1<<largest, false)
	}
	for g := range G {
		mark(&x.single, g, 1<<g, true)
	}
	// A query token that meets a name's two tokens joined covers both: the
	// name gets the spare bit joinedBit, which counts as one more group.
	for g := range G {
		if pq.double&(1<<g) == 0 {
			mark(&x.joined, g, 1<<g|joinedBit, true)
		}
	}
	return touched
}

// blocked appends to pass the names of touched that share enough groups
// (need[t] for a name of t tokens), leaving skipName out.
func (x *Index) blocked(pq *query, s *scratch, touched []uint32, need *[256]uint8, skipName int, pass []uint32) []uint32 {
	for _, id := range touched {
		if int(id) == skipName {
			continue
		}
		m := s.hits[id].mask
		got := bits.OnesCount32(m) + bits.OnesCount32(m&pq.double)
		if got < int(need[x.ntoks[id]]) && !(x.opts.SecondPair && x.secondPair(pq, s, id)) {
			continue
		}
		pass = append(pass, id)
	}
	return pass
}

// joinedBit is the bit of a name's group mask above any group (maxGroups
// is 31) that says a query token met two of its tokens joined.
const joinedBit = 1 << 31

// secondPair reports whether name id, which shares keys with only one of
// the query's tokens, has at least two tokens the comparator would pair
// with query tokens: the blocking keys find tokens a typing error or a
// transliteration apart, but the comparator also pairs tokens that are
// merely alike (same consonants, similar spelling), and a name with two
// such pairs can score above the threshold. Each vocabulary token is
// compared with the query once per query.
func (x *Index) secondPair(pq *query, s *scratch, id uint32) bool {
	if len(pq.tokens) < 2 {
		return false
	}
	return x.pairable(pq, s, id, 2)
}

// pairable reports whether name id has at least want tokens that the
// comparator would pair with one of the query's tokens.
func (x *Index) pairable(pq *query, s *scratch, id uint32, want int) bool {
	minPair := x.opts.Fuzzy.MinPairSimilarity
	found := 0
	for _, v := range x.toks[x.tokOff[id]:x.tokOff[id+1]] {
		if s.vstamp[v] != s.gen {
			s.vstamp[v] = s.gen
			s.pairable[v] = 2
			for i, t := range pq.tokens {
				if mayPair(&pq.shapes[i], &x.shapes[v]) && x.cmp.Score(t, x.vocab[v]) >= minPair {
					s.pairable[v] = 1
					break
				}
			}
		}
		if s.pairable[v] == 1 {
			if found++; found == want {
				return true
			}
		}
	}
	return false
}

// Screen screens one traveller and returns the matches at or above the
// threshold, best first (ties by entry id), at most Options.MaxResults.
// When a traveller's name has many candidates (common names on a large
// list), their scoring is split across GOMAXPROCS goroutines.
func (x *Index) Screen(ctx context.Context, q Query) ([]Match, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := x.scratch.Get().(*scratch)
	defer x.scratch.Put(s)
	return x.screen(ctx, &q, s, -1, runtime.GOMAXPROCS(0))
}

// screen does the work; skipName (>= 0) leaves one indexed name out, as if
// it were not listed (for the leave-one-out recall tests).
func (x *Index) screen(ctx context.Context, q *Query, s *scratch, skipName, par int) ([]Match, error) {
	s.next()
	pq := x.prepareQuery(q, s)
	floor := x.opts.Threshold - x.opts.maxBonus()
	if pq.name != nil && !pq.name.Empty() {
		x.block(pq, s, skipName, par)
		s.work = s.work[:0]
		for _, id := range s.pass {
			if t := x.names[id].text; s.tstamp[t] != s.gen {
				s.tstamp[t] = s.gen
				s.work = append(s.work, id) // the first name with this text is scored for all
			}
		}
		x.scoreWork(pq, s, par)
		for _, id := range s.pass {
			n := &x.names[id]
			if sc := s.tscore[n.text]; sc >= floor {
				s.cands = append(s.cands, candidate{entry: n.entry, name: int32(id), score: sc, doc: -1})
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range q.Documents {
		want := NormalizeDocumentNumber(d.Number)
		if want == "" {
			continue
		}
		s.docs = x.docs.AppendLookup(s.docs[:0], d.Number)
		for _, ref := range s.docs {
			r := x.docRefs[ref]
			if NormalizeDocumentNumber(x.entries[r.entry].Documents[r.which].Number) == want {
				s.cands = append(s.cands, candidate{entry: r.entry, name: -1, doc: int32(ref), score: -1})
			}
		}
	}
	return x.finish(pq, s.cands, skipName), nil
}

// block fills s.pass with the names that pass blocking. On a large index
// the names are split into par ranges of ids, marked and filtered on par
// goroutines (SecondPair's memo is shared, so it runs on one).
func (x *Index) block(pq *query, s *scratch, skipName, par int) {
	G := len(pq.groups) - bits.OnesCount32(pq.double)
	// need[t]: the groups a name of t tokens must share, once per query
	// rather than once per touched name.
	need := &s.need
	for t := range need {
		need[t] = uint8(required(G, t))
	}
	largest := x.largestGroup(pq)
	n := uint32(len(x.names))
	if par < 2 || len(x.names) < x.parallelNames || x.opts.SecondPair || len(pq.groups) == 0 {
		s.touched = x.candidates(pq, s, largest, 0, n, s.touched[:0])
		s.pass = x.blocked(pq, s, s.touched, need, skipName, s.pass[:0])
		return
	}
	for len(s.parts) < par {
		s.parts = append(s.parts, part{})
	}
	var wg sync.WaitGroup
	for k := range par {
		lo, hi := uint32(uint64(n)*uint64(k)/uint64(par)), uint32(uint64(n)*uint64(k+1)/uint64(par))
		work := func() {
			t := x.candidates(pq, s, largest, lo, hi, s.parts[k].touched[:0])
			s.parts[k] = part{touched: t, pass: x.blocked(pq, s, t, need, skipName, s.parts[k].pass[:0])}
		}
		if k == par-1 {
			work()
		} else {
			wg.Go(work)
		}
	}
	wg.Wait()
	s.pass = s.pass[:0]
	for k := range par {
		s.pass = append(s.pass, s.parts[k].pass...)
	}
}

// parallelNames is the default index size from which blocking is split
// across goroutines: below it a query touches too few names to gain.
const parallelNames = 200_000

// parallelMin is the number of names to score from which Screen splits the
// work across goroutines: below it the hand-off costs more than it saves.
const parallelMin = 64

// scoreWork scores each distinct name text of s.work once, on up to par
// goroutines (each writes the scores of its own texts only, with its own
// fuzzymatch.Scorer, whose memory of token similarities serves the
// listed tokens that many candidates share).
func (x *Index) scoreWork(pq *query, s *scratch, par int) {
	work := s.work
	score := func(k int, ids []uint32) {
		w := &s.scorers[k]
		sc := w.sc
		sc.Reset(pq.name)
		bs, out := w.names[:0], w.scores[:0]
		for _, id := range ids {
			bs = append(bs, x.names[id].name)
			out = append(out, 0)
		}
		sc.ScoreAll(bs, out)
		for i, id := range ids {
			s.tscore[x.names[id].text] = out[i]
		}
		// The pooled scratch must not keep the traveller's name alive.
		sc.Reset(nil)
		clear(bs)
		w.names, w.scores = bs, out
	}
	if par < 2 || len(work) < parallelMin {
		par = 1
	} else {
		par = min(par, len(work)/(parallelMin/2))
	}
	for len(s.scorers) < par {
		s.scorers = append(s.scorers, scorer{sc: x.cmp.NewScorer(nil)})
	}
	if par == 1 {
		score(0, work)
		return
	}
	var wg sync.WaitGroup
	chunk := (len(work) + par - 1) / par
	for k, lo := 1, chunk; lo < len(work); k, lo = k+1, lo+chunk {
		part := work[lo:min(len(work), lo+chunk)]
		wg.Go(func() { score(k, part) })
	}
	score(0, work[:min(chunk, len(work))])
	wg.Wait()
}

// finish merges candidates per entry, weighs the evidence, applies the
// threshold, sorts and explains.
func (x *Index) finish(pq *query, cands []candidate, skipName int) []Match {
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Compare(a.entry, b.entry)
	})
	var out []Match
	for i := 0; i < len(cands); {
		j := i
		best := candidate{entry: cands[i].entry, name: -1, doc: -1, score: -1}
		for ; j < len(cands) && cands[j].entry == cands[i].entry; j++ {
			c := cands[j]
			if c.name >= 0 && (c.score > best.score || c.score == best.score && c.name < best.name) {
				best.name, best.score = c.name, c.score
			}
			if c.doc >= 0 && best.doc < 0 {
				best.doc = c.doc
			}
		}
		i = j
		if best.doc >= 0 && best.name < 0 {
			best.name, best.score = x.bestName(pq, best.entry, skipName)
		}
		if m, ok := x.evaluate(pq, best); ok {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.EntryID, b.EntryID)
	})
	if x.opts.MaxResults > 0 && len(out) > x.opts.MaxResults {
		out = out[:x.opts.MaxResults]
	}
	for i := range out {
		if id := out[i].nameID; id >= 0 && pq.name != nil {
			e := x.cmp.Explain(pq.name, x.names[id].name)
			out[i].NameExplanation = &e
		}
	}
	return out
}

// bestName scores every name of one entry (for entries found by document).
func (x *Index) bestName(pq *query, entry uint32, skipName int) (int32, float64) {
	if pq.name == nil || pq.name.Empty() {
		return -1, 0
	}
	best, score := int32(-1), -1.0
	lo, _ := slices.BinarySearchFunc(x.names, entry, func(n indexedName, e uint32) int { return cmp.Compare(n.entry, e) })
	for i := lo; i < len(x.names) && x.names[i].entry == entry; i++ {
		if i == skipName {
			continue
		}
		if sc := x.cmp.Score(pq.name, x.names[i].name); sc > score {
			best, score = int32(i), sc
		}
	}
	return best, max(score, 0)
}

// evaluate weighs the evidence for one entry. Most candidates fall below
// the threshold, so the score is weighed first without writing any
// evidence, and only a match is weighed again with its evidence written
// (the same arithmetic in the same order, so the score is the same).
func (x *Index) evaluate(pq *query, c candidate) (Match, bool) {
	if x.weigh(pq, c, nil) < x.opts.Threshold {
		return Match{}, false
	}
	e := &x.entries[c.entry]
	m := Match{EntryID: e.ID, Entry: e, NameIndex: -1, nameID: int(c.name)}
	if c.name >= 0 {
		n := &x.names[c.name]
		m.NameIndex = int(n.which)
		m.Name = e.Names[n.which]
		m.NameScore = c.score
	}
	m.Evidence = make([]Evidence, 0, 4)
	m.Score = x.weigh(pq, c, &m.Evidence)
	return m, m.Score >= x.opts.Threshold
}

// weigh returns the final score of one candidate entry and, when ev is not
// nil, appends each piece of evidence that moved it.
func (x *Index) weigh(pq *query, c candidate, ev *[]Evidence) float64 {
	o := &x.opts
	e := &x.entries[c.entry]
	score := 0.0
	if c.name >= 0 {
		name := &e.Names[x.names[c.name].which]
		score = c.score
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "name", Grade: "similar", Effect: c.score, Listed: name.Full})
		}
		if name.Quality == QualityWeak && o.WeakAliasPenalty != 0 {
			score -= o.WeakAliasPenalty
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "aliasQuality", Grade: "weak", Effect: -o.WeakAliasPenalty})
			}
		}
	}
	q := pq.q
	if grade, at := bestDateEvidence(e.BirthDates, q.BirthDate, o.BirthYearTolerance); grade != DateUnknown {
		eff := 0.0
		switch grade {
		case DateExact:
			eff = o.BirthExactBonus
		case DateMonth:
			eff = o.BirthMonthBonus
		case DateYear, DateInRange, DateSwapped:
			eff = o.BirthYearBonus
		case DateConflict:
			eff = -o.BirthConflict
		}
		score += eff
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "birthDate", Grade: grade.String(), Effect: eff, Listed: e.BirthDates[at].String()})
		}
	}
	if q.Gender != GenderUnknown && e.Gender != GenderUnknown && q.Gender != e.Gender {
		score -= o.GenderConflict
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "gender", Grade: "conflict", Effect: -o.GenderConflict, Listed: e.Gender.String()})
		}
	}
	if nats := x.nats[c.entry]; pq.nat != "" && len(nats) > 0 {
		if slices.Contains(nats, pq.nat) {
			score += o.NationalityBonus
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "nationality", Grade: "match", Effect: o.NationalityBonus, Listed: pq.nat})
			}
		} else {
			score -= o.NationalityConflict
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "nationality", Grade: "conflict", Effect: -o.NationalityConflict, Listed: nats[0]})
			}
		}
	}
	score = min(max(score, 0), 1)
	if c.doc >= 0 {
		r := x.docRefs[c.doc]
		d := e.Documents[r.which]
		floor, grade := o.DocumentScore, "sameCountry"
		if qc, lc := x.queryDocCountry(q, d), countryOrEmpty(d.IssuingCountry); qc != "" && lc != "" && qc != lc {
			floor, grade = o.DocumentOtherCountryScore, "otherCountry"
		}
		eff := max(0, floor-score)
		score = max(score, floor)
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "document", Grade: grade, Effect: eff, Listed: d.Number})
		}
	}
	return score
}

func countryOrEmpty(s string) string {
	c, _ := countryCode(s)
	return c
}

// queryDocCountry returns the issuing country of the traveller's document
// whose number equals d's.
func (x *Index) queryDocCountry(q *Query, d Document) string {
	want := NormalizeDocumentNumber(d.Number)
	for _, qd := range q.Documents {
		if NormalizeDocumentNumber(qd.Number) == want {
			return countryOrEmpty(qd.IssuingCountry)
		}
	}
	return ""
}

// ScreenBatch screens travellers (a flight) on up to GOMAXPROCS goroutines.
// results[i] belongs to qs[i]. It stops early and returns ctx's error when
// ctx is cancelled.
func (x *Index) ScreenBatch(ctx context.Context, qs []Query) ([][]Match, error) {
	out := make([][]Match, len(qs))
	workers := min(runtime.GOMAXPROCS(0), len(qs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			s := x.scratch.Get().(*scratch)
			defer x.scratch.Put(s)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(qs) || ctx.Err() != nil {
					return
				}
				out[i], _ = x.screen(ctx, &qs[i], s, -1, 1) // the flight is already spread over the cores
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
