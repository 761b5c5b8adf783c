package fuzzymatch

// A Scorer scores one name against many, as a screening index does with a
// traveller's name and its candidates. It remembers how each token of the
// name compares with each distinct token it meets, so that a token common
// to many of the other names (a frequent given name on a watchlist) is
// compared once: on the OFAC and UN lists a traveller meets each listed
// token about twice. Its scores are those of Comparator.Score, to the bit,
// unless two distinct tokens it meets share a 64-bit fingerprint (an
// unseeded hash of the token's readings, about 2^-64 per pair of tokens).
//
// A Scorer is not safe for concurrent use; give each goroutine its own, and
// reuse it with Reset. Score allocates nothing.
type Scorer struct {
	c    *Comparator
	a    *Name
	memo tokenMemo

	touch uint64 // the sum of what ScoreAll reads ahead, so that it is read
}

// NewScorer returns a Scorer of name a.
func (c *Comparator) NewScorer(a *Name) *Scorer {
	s := &Scorer{c: c}
	s.Reset(a)
	return s
}

// Reset makes s score name a, forgetting what it remembered of the last.
// Reset(nil) lets go of the last name.
func (s *Scorer) Reset(a *Name) {
	s.a = a
	s.memo.gen++
	if s.memo.gen == 0 { // wrapped: stamps from 2^32 resets ago would match
		clear(s.memo.cells[:])
		s.memo.gen = 1
	}
	s.memo.used = 0
}

// Score returns Comparator.Score of the Scorer's name and b.
func (s *Scorer) Score(b *Name) float64 { return s.c.score(s.a, b, &s.memo) }

// memoCells is the size of a tokenMemo: the distinct tokens one query
// meets are a few hundred at most on national and international lists.
const memoCells = 1024

// tokenMemo holds token similarities by the fingerprint of the other token
// (see token.print), with one slot per token of the Scorer's name. A cell
// belongs to the current name when its stamp is gen; when three quarters
// of the cells are taken, new tokens are compared without being kept.
type tokenMemo struct {
	gen   uint32
	used  int
	cells [memoCells]memoCell
}

type memoCell struct {
	print uint64
	stamp uint32
	have  uint16 // slot i holds a value
	sim   [maxTokens]float32
	why   [maxTokens]reason
}

// sim returns c.tokenSim(a, b) for a, the i-th token of the Scorer's name,
// from the memo when it is there.
func (m *tokenMemo) sim(c *Comparator, i int, a, b *token) (float32, reason) {
	k := int(b.print>>54) & (memoCells - 1)
	for {
		cell := &m.cells[k]
		if cell.stamp != m.gen {
			if 4*m.used >= 3*memoCells {
				return c.tokenSim(a, b)
			}
			m.used++
			cell.stamp, cell.print, cell.have = m.gen, b.print, 0
		}
		if cell.print == b.print {
			if cell.have&(1<<i) == 0 {
				cell.sim[i], cell.why[i] = c.tokenSim(a, b)
				cell.have |= 1 << i
			}
			return cell.sim[i], cell.why[i]
		}
		k = (k + 1) & (memoCells - 1)
	}
}

// ScoreAll sets out[i] to s.Score(bs[i]) for each name of bs (out must be
// at least as long). Names held by a large index are rarely in the cache:
// ScoreAll reads a few of them ahead, their headers and then their tokens'
// leading fields, so that the memory loads of several names overlap
// instead of each name's waiting for the last.
func (s *Scorer) ScoreAll(bs []*Name, out []float64) {
	const ahead = 8
	for lo := 0; lo < len(bs); lo += ahead {
		batch := bs[lo:min(len(bs), lo+ahead)]
		var touch uint64
		for _, b := range batch {
			if b != nil {
				touch += uint64(len(b.toks))
			}
		}
		for _, b := range batch {
			if b != nil {
				for i := range b.toks {
					touch += b.toks[i].print
				}
			}
		}
		s.touch = touch
		for i, b := range batch {
			out[lo+i] = s.Score(b)
		}
	}
}
