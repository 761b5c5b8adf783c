package watchlist

import (
	"math/bits"
	"slices"
	"sync"
)

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
			size[g] += len(x.post.list(k))
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
	// part is the piece of a sorted posting list inside [lo, hi).
	whole := lo == 0 && int(hi) >= len(x.names)
	part := func(ids []uint32) []uint32 {
		if whole {
			return ids
		}
		a, _ := slices.BinarySearch(ids, lo<<postingShift)
		b, _ := slices.BinarySearch(ids[a:], hi<<postingShift)
		return ids[a : a+b]
	}
	// A name that a group meets gets its bit; a query token that meets
	// two of the name's tokens joined covers both, and the name gets the
	// spare bit joinedBit too, which counts as one more group. Only the
	// largest group does not make candidates of names of two tokens or
	// more, unless by a joined pair: it comes last, to add its bit to the
	// names the others made.
	G := len(pq.groups)
	for i := range G {
		g := i
		if largest >= 0 {
			g = (largest + 1 + i) % G
		}
		bit := uint32(1) << g
		double := pq.double&bit != 0
		for _, k := range pq.groups[g] {
			for _, p := range part(x.post.list(k)) {
				id, b := p>>postingShift, bit
				if p&postingJoined != 0 && !double {
					b |= joinedBit
				}
				h := &s.hits[id]
				if h.stamp != s.gen {
					if g == largest && b&joinedBit == 0 && p&postingSingle == 0 {
						continue
					}
					h.stamp, h.mask = s.gen, 0
					touched = append(touched, id)
				}
				h.mask |= b
			}
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
	t := x.names[id].text
	for _, v := range x.toks[x.tokOff[t]:x.tokOff[t+1]] {
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
