package watchlist

import (
	"slices"

	"github.com/openpiu/piu/fuzzymatch"
)

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

// prepareQuery builds the blocking groups of a traveller's name: one group
// of key ids per counting token, one per pair of adjacent tokens joined, and
// one for the keys only the whole name gives. It runs longer than 80 lines
// on purpose: the three steps share one batch of hashes and the group
// bookkeeping (covered, cover, add) as closures over the scratch, on the hot
// path of every query; split, they would pass those six values around.
func (x *Index) prepareQuery(q *Query, s *scratch) *query {
	// The query and its groups live in the scratch (screen clears them
	// after use, so that the pool keeps no traveller's data).
	pq := &s.pq
	*pq = query{q: q, groups: s.groups[:0], tokens: pq.tokens[:0], shapes: pq.shapes[:0]}
	gbuf := s.gbuf[:0]
	defer func() { s.gbuf, s.groups = gbuf, pq.groups }()
	// group returns the ids appended to gbuf since start, as one group.
	group := func(start int) []uint32 { return gbuf[start:len(gbuf):len(gbuf)] }
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
	add := func(k uint32) {
		if !covered(k) {
			gbuf = append(gbuf, k)
		}
		cover(k)
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
		start := len(gbuf)
		var tn *fuzzymatch.Name
		var known []uint32 // the key ids of a listed token's keys, found at build
		if v, ok := x.vocabID[t]; ok {
			tn = x.vocab[v] // listed tokens are prepared already
			known = x.vocabKeys.list(v)
		} else {
			tn = fuzzymatch.Prepare(t)
			hashKeys(tn.Keys()...)
		}
		if x.opts.SecondPair { // only secondPair compares tokens alone
			pq.tokens = append(pq.tokens, tn)
			pq.shapes = append(pq.shapes, newShape(t))
		}
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
		for _, id := range known { // they come first, as their keys would
			add(id)
		}
		for _, id := range resolve() {
			add(id)
		}
		pq.groups = append(pq.groups, group(start)) // an empty group still counts: the token is there
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
		start := len(gbuf)
		for _, id := range resolve() {
			if !slices.Contains(gbuf[start:], id) {
				gbuf = append(gbuf, id)
			}
		}
		if len(gbuf) > start {
			pq.double |= 1 << len(pq.groups)
			pq.groups = append(pq.groups, group(start))
		}
	}
	// Keys of the whole name that no single token gives (particles joined to
	// the next token, readings that depend on context) form one more group.
	hashKeys(pq.name.Keys()...)
	start := len(gbuf)
	for _, id := range resolve() {
		if !covered(id) {
			gbuf = append(gbuf, id)
		}
	}
	if len(gbuf) > start {
		pq.groups = append(pq.groups, group(start))
	}
	return pq
}
