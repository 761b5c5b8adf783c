package fuzzymatch

// pairing is one decision of the token assignment: tokens a0..a1-1 of the
// first name paired with b0..b1-1 of the second (two adjacent tokens on one
// side when a compound was written joined on the other).
type pairing struct {
	a0, a1, b0, b1 int8
	sim            float32
	why            reason
}

// assignment is the result of pairing two names' tokens, kept on the stack.
type assignment struct {
	pairs  [maxTokens]pairing
	n      int
	usedA  [maxTokens]bool
	usedB  [maxTokens]bool
	score  float32
	pairW  float32
	extraA float32
	extraB float32
	weak   bool // the names agree only on common tokens (see weakAgreement)
}

// Score returns the similarity of two prepared names in [0,1]. Nil or empty
// names score 0. It allocates nothing.
func (c *Comparator) Score(a, b *Name) float64 { return c.score(a, b, nil) }

// score is Score, with token similarities of a from memo m when not nil.
func (c *Comparator) score(a, b *Name, m *tokenMemo) float64 {
	if a == nil || b == nil || len(a.toks) == 0 || len(b.toks) == 0 {
		return 0
	}
	var as assignment
	c.assign(a, b, &as, m)
	return float64(as.score)
}

// smallTokens bounds the names whose pair tables are small: most names
// have few tokens, and Go zeroes the tables on every call.
const smallTokens = 8

// tables hold assign's similarity of each token pair (sim, why) and of
// each joined pair against a token (joinA, joinB), row-major with n
// columns.
type tables struct {
	n                 int
	sim, joinA, joinB []float32
	why               []reason
}

// assign pairs the tokens of a and b greedily, best pair first, and computes
// the weighted score. A non-nil memo holds token similarities of a.
func (c *Comparator) assign(a, b *Name, as *assignment, m *tokenMemo) {
	if len(a.toks) <= smallTokens && len(b.toks) <= smallTokens {
		var sim, joinA, joinB [smallTokens * smallTokens]float32
		var why [smallTokens * smallTokens]reason
		c.pair(a, b, as, tables{smallTokens, sim[:], joinA[:], joinB[:], why[:]}, m)
		return
	}
	var sim, joinA, joinB [maxTokens * maxTokens]float32
	var why [maxTokens * maxTokens]reason
	c.pair(a, b, as, tables{maxTokens, sim[:], joinA[:], joinB[:], why[:]}, m)
}

// pair is assign with its tables, in four steps: tokens spelled alike pair
// first (pairSame), the similarity of every other pair of tokens and of
// joined compounds is tabled (pairTables), the best remaining pairs are taken
// greedily (pairGreedy), and the score is the weighted mean of the pairs with
// unpaired tokens as a penalty (finishScore).
func (c *Comparator) pair(a, b *Name, as *assignment, t tables, m *tokenMemo) {
	// Filiation: when both names say whose son or daughter, tokens are not
	// freely paired across BIN/IBN.
	fil := a.toks[len(a.toks)-1].seg > 0 && b.toks[len(b.toks)-1].seg > 0
	c.pairSame(a, b, as, fil)
	c.pairTables(a, b, as, t, m, fil)
	c.pairGreedy(a, b, as, t)
	c.finishScore(a, b, as)
}

// pairSame pairs the tokens spelled alike, in order, across the filiation
// segments only when fil.
func (c *Comparator) pairSame(a, b *Name, as *assignment, fil bool) {
	na, nb := len(a.toks), len(b.toks)
	// Tokens spelled alike pair first, in order: the greedy assignment
	// below would take them first anyway (nothing beats 1), so they are
	// settled before any similarity is computed.
	for i := 0; i < na; i++ {
		for j := 0; j < nb; j++ {
			if as.usedB[j] || fil && !aligned(a, i, b, j) || !sameSpelling(&a.toks[i], &b.toks[j]) {
				continue
			}
			as.usedA[i], as.usedB[j] = true, true
			as.pairs[as.n] = pairing{a0: int8(i), a1: int8(i + 1), b0: int8(j), b1: int8(j + 1), sim: 1, why: reasonExact}
			as.n++
			break
		}
	}
}

// aligned reports whether token i of a and token j of b may pair freely
// when both names have filiation chains: they are in the same segment (the
// person's own names, the father's, ...), or each closes its chain. The
// last segment of a chain is the family name (BIN LADIN) or the furthest
// ancestor given, so OSAMA BIN LADEN pairs LADEN with the LADIN of USAMA BIN
// MUHAMMAD BIN AWAD BIN LADIN, a traveller giving fewer parts than the list.
func aligned(a *Name, i int, b *Name, j int) bool {
	sa, sb := a.toks[i].seg, b.toks[j].seg
	return sa == sb || sa == a.toks[len(a.toks)-1].seg && sb == b.toks[len(b.toks)-1].seg
}

// pairTables fills t with the similarity and reason of every pair of
// unpaired tokens, and of joined compounds against single tokens.
func (c *Comparator) pairTables(a, b *Name, as *assignment, t tables, m *tokenMemo, fil bool) {
	na, nb := len(a.toks), len(b.toks)
	sim, why, joinA, joinB, n := t.sim, t.why, t.joinA, t.joinB, t.n
	for i := 0; i < na; i++ {
		if as.usedA[i] {
			continue
		}
		for j := 0; j < nb; j++ {
			if as.usedB[j] {
				continue
			}
			if m != nil {
				sim[i*n+j], why[i*n+j] = m.sim(c, i, &a.toks[i], &b.toks[j])
			} else {
				sim[i*n+j], why[i*n+j] = c.tokenSim(&a.toks[i], &b.toks[j])
			}
			if fil && !aligned(a, i, b, j) {
				sim[i*n+j] *= c.filiation
			}
		}
	}
	// Joined compounds: one token on one side against two adjacent tokens on
	// the other (MOHAMMADHASNI and MOHAMMAD HASNI, SIEMENSAG and SIEMENS AG).
	// Joined compounds are scored once, before the greedy assignment:
	// joinA[i*n+j] is a's tokens i and i+1 joined against b's token j.
	for i := 0; i+1 < na; i++ {
		if a.joins[i] == "" || as.usedA[i] || as.usedA[i+1] {
			continue
		}
		for j := 0; j < nb; j++ {
			if !as.usedB[j] {
				joinA[i*n+j] = max(joinSim(a.joins[i], a.joinSets[i], &b.toks[j]), c.initialsOf(&b.toks[j], &a.toks[i], &a.toks[i+1], nb > 1 && na > 2 && j < nb-1))
			}
		}
	}
	for j := 0; j+1 < nb; j++ {
		if b.joins[j] == "" || as.usedB[j] || as.usedB[j+1] {
			continue
		}
		for i := 0; i < na; i++ {
			if !as.usedA[i] {
				joinB[j*n+i] = max(joinSim(b.joins[j], b.joinSets[j], &a.toks[i]), c.initialsOf(&a.toks[i], &b.toks[j], &b.toks[j+1], na > 1 && nb > 2 && i < na-1))
			}
		}
	}
}

// pairGreedy takes the most similar remaining pair (single tokens or a
// joined compound) until none reaches the least pair similarity.
func (c *Comparator) pairGreedy(a, b *Name, as *assignment, t tables) {
	na, nb := len(a.toks), len(b.toks)
	sim, why, joinA, joinB, n := t.sim, t.why, t.joinA, t.joinB, t.n
	for {
		best := pairing{sim: -1}
		for i := 0; i < na; i++ {
			if as.usedA[i] {
				continue
			}
			for j := 0; j < nb; j++ {
				if as.usedB[j] || sim[i*n+j] <= best.sim {
					continue
				}
				best = pairing{a0: int8(i), a1: int8(i + 1), b0: int8(j), b1: int8(j + 1), sim: sim[i*n+j], why: why[i*n+j]}
			}
		}
		// A joined pair beats a single pair it overlaps when it is better.
		for i := 0; i+1 < na; i++ {
			if as.usedA[i] || as.usedA[i+1] || a.joins[i] == "" {
				continue
			}
			for j := 0; j < nb; j++ {
				if as.usedB[j] {
					continue
				}
				if s := joinA[i*n+j]; s > best.sim && s >= 0.9 {
					best = pairing{a0: int8(i), a1: int8(i + 2), b0: int8(j), b1: int8(j + 1), sim: s, why: joinedReason(&b.toks[j])}
				}
			}
		}
		for j := 0; j+1 < nb; j++ {
			if as.usedB[j] || as.usedB[j+1] || b.joins[j] == "" {
				continue
			}
			for i := 0; i < na; i++ {
				if as.usedA[i] {
					continue
				}
				if s := joinB[j*n+i]; s > best.sim && s >= 0.9 {
					best = pairing{a0: int8(i), a1: int8(i + 1), b0: int8(j), b1: int8(j + 2), sim: s, why: joinedReason(&a.toks[i])}
				}
			}
		}
		if best.sim < c.minPair {
			break
		}
		for i := best.a0; i < best.a1; i++ {
			as.usedA[i] = true
		}
		for j := best.b0; j < best.b1; j++ {
			as.usedB[j] = true
		}
		as.pairs[as.n] = best
		as.n++
		if as.n == maxTokens {
			break
		}
	}
}

// finishScore sets the score of an assignment: the weighted mean of its
// pairs' similarities, unpaired tokens costing a share of their weight
// (extraCost).
func (c *Comparator) finishScore(a, b *Name, as *assignment) {
	na, nb := len(a.toks), len(b.toks)
	var num, pw float32
	weak := true
	for k := 0; k < as.n; k++ {
		p := &as.pairs[k]
		var wa, wb float32
		for i := p.a0; i < p.a1; i++ {
			wa += c.weight(&a.toks[i])
		}
		for j := p.b0; j < p.b1; j++ {
			wb += c.weight(&b.toks[j])
		}
		w := (wa + wb) / 2
		pw += w
		num += w * p.sim
		weak = weak && w < weakAgreement
	}
	weak = weak && pw < weakTotal
	as.weak = weak
	conflict, org := c.leftOver(a, b, as)
	var cost float32
	for i := 0; i < na; i++ {
		if !as.usedA[i] {
			w := c.weight(&a.toks[i])
			as.extraA += w
			cost += w * c.extraCost(a, i, b, as.usedB[:nb], conflict, weak, org)
		}
	}
	for j := 0; j < nb; j++ {
		if !as.usedB[j] {
			w := c.weight(&b.toks[j])
			as.extraB += w
			cost += w * c.extraCost(b, j, a, as.usedA[:na], conflict, weak, org)
		}
	}
	den := pw + cost
	as.pairW = pw
	if den <= 0 || pw == 0 {
		as.score = 0
		return
	}
	s := num / den
	if s > 1 {
		s = 1
	}
	as.score = s
}

func (c *Comparator) weight(t *token) float32 {
	if c.o.Frequency {
		return t.weight
	}
	switch t.kind {
	case kindParticle:
		return 0.2
	case kindInitial:
		return 0.5
	}
	return 1
}

// initialsOf is InitialSimilarity when t is the initials of the adjacent
// words x and y written as one word (JC for JEAN CLAUDE, from J.-C. or JC
// JUNCKER): two Latin consonants, no name by themselves, which are the
// first letters of x and y; 0 otherwise. Vowels are left out: a syllable
// (LI, JO, UN) is a name, not initials. Initials stand for given names
// beside a name written out (given: both names have another token, and t
// is not its name's last, the surname's place: MARY NG is no MARY NANCY
// GRANT): N.N. alone is no NURSULTAN NAZARBAYEV.
func (c *Comparator) initialsOf(t, x, y *token, given bool) float32 {
	f := t.forms[0]
	if !given || t.kind != kindWord || t.script != scriptLatin || len(f) != 2 || isVowel(f[0]) || isVowel(f[1]) ||
		x.script != scriptLatin || y.script != scriptLatin || len(t.groups) > 0 {
		return 0
	}
	if x.forms[0][0] == f[0] && y.forms[0][0] == f[1] {
		return c.initial
	}
	return 0
}

// joinedReason is the reason of a pairing of token t with two adjacent
// tokens: initials when t has two letters (see initialsOf), which no
// joined compound has, else a joined compound.
func joinedReason(t *token) reason {
	if len(t.forms[0]) == 2 {
		return reasonInitial
	}
	return reasonJoined
}

// joinSim compares the joined primary readings of two adjacent tokens with
// the leading readings of one token. Only a similarity of 0.9 or more, with
// few edits (joinEditsOK), counts, so pairs whose upper bound is lower are
// skipped.
func joinSim(joined string, set uint32, t *token) float32 {
	if t.kind != kindWord {
		return 0
	}
	var best float32
	for i, f := range t.forms[:min(len(t.forms), maxSpellForms)] {
		if len(f)*5 < len(joined)*4 || len(joined)*5 < len(f)*4 {
			continue // lengths too far apart to be the compound
		}
		if f == joined {
			return 1
		}
		if t.ascii && jwUpper(t.sets[i], len(f), set, len(joined)) < 0.9 {
			continue
		}
		if s := float32(JaroWinkler(f, joined)); s > best && s >= 0.9 && (joinEditsOK(f, joined) || t.script == scriptKorean && len(joined) >= 8 && osa(f, joined) <= 2) {
			best = s
		}
	}
	return best
}

// Hangul given names pair joined Latin syllables within two edits from
// eight letters (CHEOLSU and CHEOL SOO, SEOKYEOL and SUK YEOL): their
// holders mix schemes syllable by syllable, which no whole-word reading
// follows.
//
// joinEditsOK reports whether a token f is close enough, in edits, to two
// adjacent tokens joined to stand for both. Jaro-Winkler alone pairs short
// tokens with any joined pair that starts alike (TIAN with TIE AN, SANI with
// SAN LI, DINA with DIN MA: one edit erases most of the short part), so the
// joined form must be spelled exactly up to 6 letters, within one edit from
// 7 and within two from 11.
func joinEditsOK(f, joined string) bool {
	n := max(len(f), len(joined))
	switch {
	case n >= 11:
		return osa(f, joined) <= 2
	case n >= 7:
		return osa(f, joined) <= 1
	}
	return false // equal spellings returned 1 before any Jaro-Winkler
}
