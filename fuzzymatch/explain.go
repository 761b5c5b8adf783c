package fuzzymatch

import (
	"fmt"
	"sort"
)

// Explanation says why two names scored as they did. Its text is meant for
// people and is not stable across versions.
type Explanation struct {
	Score     float64  `json:"score"`
	Match     bool     `json:"match"` // Score at or above the comparator's threshold
	Pairs     []Pair   `json:"pairs,omitempty"`
	UnpairedA []Part   `json:"unpairedA,omitempty"`
	UnpairedB []Part   `json:"unpairedB,omitempty"`
	Notes     []string `json:"notes,omitempty"`
}

// Pair is one pairing of tokens between the two names.
type Pair struct {
	A          string  `json:"a"`          // token(s) of the first name, primary reading
	B          string  `json:"b"`          // token(s) of the second name
	Similarity float64 `json:"similarity"` // in [0,1]
	Reason     string  `json:"reason"`     // sameSpelling, similarSpelling, equivalentGivenNames, initial, sameSound, sameConsonants, joinedCompound, sameParticle, headOmitted, different
	Weight     float64 `json:"weight"`     // how much the pair counts in the score
}

// Part is a token left unpaired, with what it cost.
type Part struct {
	Token  string  `json:"token"`
	Weight float64 `json:"weight"`
	// Cost is the share of its weight that the token cost the score (see
	// Options.ExtraTokenPenalty, ExtraTokenRarity and ConflictPenalty).
	Cost float64 `json:"cost"`
}

// Explain scores a and b like Score and says which tokens were paired, how
// similar they were and why, and which tokens were left over.
func (c *Comparator) Explain(a, b *Name) Explanation {
	var e Explanation
	if a == nil || b == nil || len(a.toks) == 0 || len(b.toks) == 0 {
		e.Notes = append(e.Notes, "a name is empty")
		return e
	}
	var as assignment
	c.assign(a, b, &as, nil)
	e.Score = float64(as.score)
	e.Match = e.Score >= c.Threshold()
	// Pairs in the order of the first name's tokens.
	ps := as.pairs[:as.n]
	sort.Slice(ps, func(x, y int) bool { return ps[x].a0 < ps[y].a0 })
	for _, p := range ps {
		var wa, wb float32
		for i := p.a0; i < p.a1; i++ {
			wa += c.weight(&a.toks[i])
		}
		for j := p.b0; j < p.b1; j++ {
			wb += c.weight(&b.toks[j])
		}
		e.Pairs = append(e.Pairs, Pair{
			A:          joinTokens(a, int(p.a0), int(p.a1)),
			B:          joinTokens(b, int(p.b0), int(p.b1)),
			Similarity: round3(float64(p.sim)),
			Reason:     p.why.String(),
			Weight:     round3(float64(wa+wb) / 2),
		})
	}
	na, nb := len(a.toks), len(b.toks)
	conflict, org := c.leftOver(a, b, &as)
	weak := as.weak
	lineageLeft := false
	unpaired := func(n *Name, used []bool, o *Name, oUsed []bool) (ps []Part) {
		for i := range n.toks {
			if used[i] {
				continue
			}
			lineageLeft = lineageLeft || lineage(n, i, o)
			ps = append(ps, Part{Token: n.toks[i].forms[0], Weight: round3(float64(c.weight(&n.toks[i]))),
				Cost: round3(float64(c.extraCost(n, i, o, oUsed, conflict, weak, org)))})
		}
		return ps
	}
	e.UnpairedA, e.UnpairedB = unpaired(a, as.usedA[:na], b, as.usedB[:nb]), unpaired(b, as.usedB[:nb], a, as.usedA[:na])
	switch {
	case conflict && (len(e.UnpairedA) == 0 || len(e.UnpairedB) == 0) && c.headStandsIn(a, b, &as):
		e.Notes = append(e.Notes, fmt.Sprintf("a compound head was left out (headOmitted) where the other name has another word: its unpaired tokens disagree and cost %.0f%% of their weight", 100*c.o.ConflictPenalty))
	case conflict && (len(e.UnpairedA) == 0 || len(e.UnpairedB) == 0):
		e.Notes = append(e.Notes, fmt.Sprintf("a Hangul or Han name part paired one syllable of the other name short of its readings: the syllables left over disagree and cost %.0f%% of their weight", 100*c.o.ConflictPenalty))
	case conflict:
		e.Notes = append(e.Notes, fmt.Sprintf("both names have unpaired tokens: they cost %.0f%% of their weight", 100*c.o.ConflictPenalty))
	case len(e.UnpairedA)+len(e.UnpairedB) > 0 && org && !weak:
		e.Notes = append(e.Notes, fmt.Sprintf("one organisation name has extra words (e.g. of a subsidiary or a branch): they cost %.0f%% of their weight", 100*c.o.OrganisationExtraTokenPenalty))
	case len(e.UnpairedA)+len(e.UnpairedB) > 0:
		e.Notes = append(e.Notes, fmt.Sprintf("one name has extra tokens (e.g. a middle name): they cost %.0f%% of their weight", 100*c.o.ExtraTokenPenalty))
		if weak {
			e.Notes = append(e.Notes, fmt.Sprintf("the names agree only on common names: extra tokens cost up to %.0f%% more, the rarer the more", 100*c.o.ExtraTokenRarity))
		}
	}
	if lineageLeft {
		e.Notes = append(e.Notes, fmt.Sprintf("a father's or ancestor's name in a BIN/IBN chain is given by one name only: it costs %.0f%% of its weight", 50*c.o.ExtraTokenPenalty))
	}
	return e
}

func joinTokens(n *Name, from, to int) string {
	s := ""
	for i := from; i < to; i++ {
		if i > from {
			s += " "
		}
		s += n.toks[i].forms[0]
	}
	return s
}

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
