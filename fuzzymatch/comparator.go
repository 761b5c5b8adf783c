package fuzzymatch

import (
	"math/bits"
	"strings"
)

// maxSpellForms is how many readings of each token take part in the
// Jaro-Winkler comparison of two tokens.
const maxSpellForms = 4

// maxSkeletons is how many skeletons (and coarse skeletons) of each token
// are compared.
const maxSkeletons = 3

// Comparator scores prepared names. It is safe for concurrent use.
type Comparator struct {
	o Options
	// float32 copies of the options used in the hot path.
	minPair, initial, equiv, phon, skel, latinSkel, extra, conflict, slope, scriptSlope, filiation, support, oneEdit float32
	// floors[0..1]: the Jaro-Winkler values under which readings and
	// skeletons of Latin tokens cannot matter; floors[2..3] the same when a
	// token was transliterated (see tokenSim).
	floors [4]float64
}

// NewComparator returns a comparator with the given options.
func NewComparator(o Options) *Comparator {
	c := &Comparator{
		o:           o,
		minPair:     float32(o.MinPairSimilarity),
		initial:     float32(o.InitialSimilarity),
		equiv:       float32(o.EquivalentSimilarity),
		phon:        float32(o.PhoneticSimilarity),
		skel:        float32(o.SkeletonFactor),
		latinSkel:   float32(o.LatinSkeletonFactor),
		extra:       float32(o.ExtraTokenPenalty),
		conflict:    float32(o.ConflictPenalty),
		slope:       float32(o.SpellingSlope),
		scriptSlope: float32(o.ScriptSpellingSlope),
		filiation:   float32(o.FiliationFactor),
		support:     float32(o.SkeletonSupport),
		oneEdit:     float32(o.OneEditSimilarity),
	}
	return c.initFloors()
}

func (c *Comparator) initFloors() *Comparator {
	for k, slope := range []float64{c.o.SpellingSlope, c.o.ScriptSpellingSlope} {
		if slope <= 0 {
			slope = 1
		}
		skFloor := 1 - (1-c.o.MinPairSimilarity)/slope - 0.01
		c.floors[2*k] = min(skFloor, 0.74)
		c.floors[2*k+1] = skFloor
	}
	return c
}

// Options returns the options the comparator was made with.
func (c *Comparator) Options() Options { return c.o }

// Threshold returns the recommended decision threshold: scores at or above it
// are matches.
func (c *Comparator) Threshold() float64 { return c.o.Threshold }

// Match prepares both names and scores them. It implements matchtest.Matcher
// (package fuzzymatch/matchtest), the harness that evaluates matchers; prefer
// Prepare and Score when a name is compared more than once.
func (c *Comparator) Match(a, b string) float64 {
	return c.Score(Prepare(a), Prepare(b))
}

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

// pair is assign with its tables.
func (c *Comparator) pair(a, b *Name, as *assignment, t tables, m *tokenMemo) {
	na, nb := len(a.toks), len(b.toks)
	sim, why, joinA, joinB, n := t.sim, t.why, t.joinA, t.joinB, t.n
	// Filiation: when both names say whose son or daughter, tokens are not
	// freely paired across BIN/IBN.
	fil := a.toks[na-1].seg > 0 && b.toks[nb-1].seg > 0
	// Tokens spelled alike pair first, in order: the greedy assignment
	// below would take them first anyway (nothing beats 1), so they are
	// settled before any similarity is computed.
	for i := 0; i < na; i++ {
		for j := 0; j < nb; j++ {
			if as.usedB[j] || fil && a.toks[i].seg != b.toks[j].seg || !sameSpelling(&a.toks[i], &b.toks[j]) {
				continue
			}
			as.usedA[i], as.usedB[j] = true, true
			as.pairs[as.n] = pairing{a0: int8(i), a1: int8(i + 1), b0: int8(j), b1: int8(j + 1), sim: 1, why: reasonExact}
			as.n++
			break
		}
	}
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
			if fil && a.toks[i].seg != b.toks[j].seg {
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
				joinA[i*n+j] = joinSim(a.joins[i], a.joinSets[i], &b.toks[j])
			}
		}
	}
	for j := 0; j+1 < nb; j++ {
		if b.joins[j] == "" || as.usedB[j] || as.usedB[j+1] {
			continue
		}
		for i := 0; i < na; i++ {
			if !as.usedA[i] {
				joinB[j*n+i] = joinSim(b.joins[j], b.joinSets[j], &a.toks[i])
			}
		}
	}
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
					best = pairing{a0: int8(i), a1: int8(i + 2), b0: int8(j), b1: int8(j + 1), sim: s, why: reasonJoined}
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
					best = pairing{a0: int8(i), a1: int8(i + 1), b0: int8(j), b1: int8(j + 2), sim: s, why: reasonJoined}
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
	var num, pw float32
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
	}
	for i := 0; i < na; i++ {
		if !as.usedA[i] {
			as.extraA += c.weight(&a.toks[i])
		}
	}
	for j := 0; j < nb; j++ {
		if !as.usedB[j] {
			as.extraB += c.weight(&b.toks[j])
		}
	}
	pen := c.extra
	if as.extraA > 0 && as.extraB > 0 {
		pen = c.conflict
	}
	den := pw + pen*(as.extraA+as.extraB)
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
		if s := float32(JaroWinkler(f, joined)); s > best && s >= 0.9 && joinEditsOK(f, joined) {
			best = s
		}
	}
	return best
}

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
		return OSA(f, joined) <= 2
	case n >= 7:
		return OSA(f, joined) <= 1
	}
	return false // equal spellings returned 1 before any Jaro-Winkler
}

// reason says why two tokens were found similar. Its text is the
// Explanation's Pair.Reason, a camelCase word as every enum value the SDK
// writes in JSON.
type reason uint8

const (
	reasonNone reason = iota
	reasonExact
	reasonSpelling
	reasonEquivalent
	reasonInitial
	reasonPhonetic
	reasonSkeleton
	reasonJoined
)

var reasonText = [...]string{
	reasonNone:       "different",
	reasonExact:      "sameSpelling",
	reasonSpelling:   "similarSpelling",
	reasonEquivalent: "equivalentGivenNames",
	reasonInitial:    "initial",
	reasonPhonetic:   "sameSound",
	reasonSkeleton:   "sameConsonants",
	reasonJoined:     "joinedCompound",
}

func (r reason) String() string { return reasonText[r] }

// sameSpelling reports whether two tokens share a reading (a joined reading
// of one may equal a plain reading of the other), or are the same initial.
func sameSpelling(a, b *token) bool {
	if !mayShareSpelling(a, b) {
		return false
	}
	if a.kind == kindInitial || b.kind == kindInitial {
		return a.kind == b.kind && a.forms[0] == b.forms[0]
	}
	for _, fa := range a.forms {
		for _, fb := range b.forms {
			if fa == fb {
				return true
			}
		}
		for _, fb := range b.joined {
			if fa == fb {
				return true
			}
		}
	}
	for _, fa := range a.joined {
		for _, fb := range b.forms {
			if fa == fb {
				return true
			}
		}
	}
	return false
}

// mayShareSpelling is false when no form of a equals a form or joined
// reading of b, nor a joined reading of a a form of b: their spelling bits
// do not meet.
func mayShareSpelling(a, b *token) bool {
	return a.formBits&(b.formBits|b.joinedBits) != 0 || a.joinedBits&b.formBits != 0
}

// tokenSim returns the similarity of two tokens and its reason.
func (c *Comparator) tokenSim(a, b *token) (float32, reason) {
	if a.kind == kindInitial || b.kind == kindInitial {
		return c.initialSim(a, b)
	}
	if sameSpelling(a, b) { // initials returned above
		return 1, reasonExact
	}
	var best float32
	r := reasonNone
	slope := c.slope
	if a.script != b.script {
		slope = c.scriptSlope
	}
	for _, ga := range a.groups {
		if containsGroup(b.groups, ga) {
			best, r = c.equiv, reasonEquivalent
			break
		}
	}
	// Patronymics are compared on their stems: VIKTOROVICH and BORISOVICH
	// share an ending, not a father.
	// Patronymics share an ending, not necessarily a father, and surnames
	// share their suffixes (-OV, -ENKO, -SON): when the stems before a
	// shared ending differ clearly (VIKTOROVICH and BORISOVICH, PETROV and
	// SIDOROV), the stems decide.
	capped := float32(1)
	if jw, ok := endingStemSim(a, b); ok && (jw < 0.8 && a.script == b.script || jw < 0.6 && !abjad(a.script) && !abjad(b.script)) {
		capped = c.spelling(jw, slope)
	}
	// A given name against a patronymic made from it (OLEKSANDR and
	// OLEKSANDROVYCH) names the father, not the person.
	if fatherOf(a, b) || fatherOf(b, a) {
		capped = min(capped, 0.5)
	}
	// Spelling similarity over the leading readings (the schemes are
	// ordered so that the first ones differ most); the others served the
	// exact comparison above.
	fas, fbs := a.forms[:min(len(a.forms), maxSpellForms)], b.forms[:min(len(b.forms), maxSpellForms)]
	// Pairs of readings whose upper bound stays under the floor cannot
	// pair the tokens (nor earn the phonetic or skeleton support that looks
	// at jw): they are skipped without computing Jaro-Winkler.
	floor, skFloor := c.floors[0], c.floors[1]
	if slope != c.slope {
		floor, skFloor = c.floors[2], c.floors[3]
	}
	bounded := a.ascii && b.ascii
	var jw float64
	for ia, fa := range fas {
		for ib, fb := range fbs {
			if bounded && jwUpper(a.sets[ia], len(fa), b.sets[ib], len(fb)) < max(floor, jw) {
				continue
			}
			jw = max(jw, JaroWinkler(fa, fb))
		}
		for _, fb := range b.joined {
			jw = max(jw, JaroWinkler(fa, fb))
		}
	}
	for _, fa := range a.joined {
		for _, fb := range fbs {
			jw = max(jw, JaroWinkler(fa, fb))
		}
	}
	if s := c.spelling(jw, slope); s > best {
		best, r = s, reasonSpelling
	}
	// One typing error (a letter replaced, added, dropped or two swapped) in
	// a name of four letters or more is more likely a typo than another
	// name, whatever Jaro-Winkler makes of it.
	if best < c.oneEdit && a.script == b.script {
		fa, fb := a.forms[0], b.forms[0]
		if min(len(fa), len(fb)) >= 4 && withinOneEdit(fa, fb) {
			best, r = c.oneEdit, reasonSpelling
		}
	}
	// The same letters with some doubled (UUN and UN, MUHAMMAD and
	// MUHAMAD) count as a typing slip.
	if best < c.oneEdit && a.script == b.script {
		sa, sb := a.single, b.single
		if sa == "" {
			sa = a.forms[0]
		}
		if sb == "" {
			sb = b.forms[0]
		}
		if (a.single != "" || b.single != "") && len(sa) >= 2 && sa == sb {
			best, r = c.oneEdit, reasonSpelling
		}
	}
	if a.dm != 0 && a.dm == b.dm && best < c.phon && a.forms[0][0] == b.forms[0][0] && (jw >= 0.75 || a.script != b.script) {
		best, r = c.phon, reasonPhonetic
	}
	// Skeletons sharing fewer than half the consonants of the smaller one
	// (and at least two) cannot be close: skip them.
	common := bits.OnesCount32(a.skMask & b.skMask)
	f := c.latinSkel
	if a.script != b.script {
		f = c.skel
	}
	if f > 0 && best < 0.95 && common >= 2 && 2*common >= min(bits.OnesCount32(a.skMask), bits.OnesCount32(b.skMask)) {
		var sk float64
		// Between Latin spellings, a skeleton of two consonants (JOHN and
		// JANE: JN) says too little.
		minSkel := 2
		if a.script == b.script {
			minSkel = 3
		}
		for ia, sa := range a.skels[:min(len(a.skels), maxSkeletons)] {
			for ib, sb := range b.skels[:min(len(b.skels), maxSkeletons)] {
				if len(sa) >= minSkel && len(sb) >= minSkel &&
					jwUpper(a.skSets[ia], len(sa), b.skSets[ib], len(sb)) >= max(skFloor, sk) {
					sk = max(sk, JaroWinkler(sa, sb))
				}
			}
		}
		if sk < 0.95 && (abjad(a.script) || abjad(b.script) ||
			c.o.CoarseAll && a.script != b.script) {
			for ia, sa := range a.coarse[:min(len(a.coarse), maxSkeletons)] {
				for ib, sb := range b.coarse[:min(len(b.coarse), maxSkeletons)] {
					if jwUpper(a.crSets[ia], len(sa), b.crSets[ib], len(sb)) >= max(skFloor, sk) {
						sk = max(sk, JaroWinkler(sa, sb))
					}
				}
			}
		}
		support := c.support + (1-c.support)*float32(jw)
		if s := f * support * c.spelling(sk, slope); s > best {
			best, r = s, reasonSkeleton
		}
	}
	if best > capped {
		best = capped
	}
	return best, r
}

// spelling maps a Jaro-Winkler similarity to a token similarity: values
// below 1 fall Slope times faster, since names that differ in a few letters
// are more often different names than typos.
func (c *Comparator) spelling(jw float64, slope float32) float32 {
	s := 1 - slope*float32(1-jw)
	if s < 0 {
		return 0
	}
	return s
}

func (c *Comparator) initialSim(a, b *token) (float32, reason) {
	if a.kind == kindParticle || b.kind == kindParticle {
		return 0, reasonNone
	}
	for _, fa := range a.forms {
		for _, fb := range b.forms {
			if fa[0] == fb[0] {
				if len(fa) == 1 && len(fb) == 1 {
					return 1, reasonExact
				}
				return c.initial, reasonInitial
			}
		}
	}
	return 0, reasonNone
}

// surnameEndings are suffixes that many unrelated surnames share, longest
// first within each family.
var surnameEndings = []string{
	"OVICH", "EVICH", "OVNA", "EVNA", "ICH", "SKAYA", "SKAIA", "SKIY", "SKII", "SKI", "SKY",
	"ENKO", "OVA", "EVA", "INA", "OV", "EV", "IN", "YAN", "IAN", "ESCU", "SSON", "SON", "SEN",
	"SHVILI", "VILI", "DZE", "ZADEH", "OGLU", "ULLAH", "UDDIN", "EZ", "IC", "ELLI", "INI",
}

// endingStemSim returns, when a and b share a listed ending (both
// patronymics, or both primary readings ending alike), the best
// Jaro-Winkler similarity of their readings with that ending removed.
func endingStemSim(a, b *token) (float64, bool) {
	pa, pb := a.forms[0], b.forms[0]
	if a.patLen > 0 && b.patLen > 0 {
		return stemsJW(a, b, pa[len(pa)-int(a.patLen):], pb[len(pb)-int(b.patLen):]), true
	}
	if a.ending > 0 && a.ending == b.ending {
		e := surnameEndings[a.ending-1]
		return stemsJW(a, b, e, e), true
	}
	return 0, false
}

// stemsJW compares every reading of a ending in ea with every reading of b
// ending in eb, endings removed.
func stemsJW(a, b *token, ea, eb string) float64 {
	var best float64
	for _, fa := range a.forms {
		sa, ok := strings.CutSuffix(fa, ea)
		if !ok {
			continue
		}
		for _, fb := range b.forms {
			if sb, ok := strings.CutSuffix(fb, eb); ok {
				best = max(best, JaroWinkler(sa, sb))
			}
		}
	}
	return best
}

// abjad reports whether a script leaves most vowels unwritten, so that its
// readings differ from Latin spellings in vowels and endings.
func abjad(s script) bool { return s == scriptArabic || s == scriptHebrew }

// withinOneEdit reports whether a and b differ by at most one substitution,
// insertion, deletion or transposition of adjacent bytes (ASCII readings).
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:] // insertion
}

// fatherOf reports whether p is a patronymic made from the given name g
// (OLEKSANDROVYCH from OLEKSANDR), not merely a surname with the same ending.
func fatherOf(p, g *token) bool {
	// -ICH alone also ends South Slavic surnames (TOMCHICH = TOMČIĆ).
	if p.patLen < 4 || g.patLen != 0 {
		return false
	}
	stem := p.forms[0][:len(p.forms[0])-int(p.patLen)]
	gf := g.forms[0]
	return len(gf) <= len(stem)+2 && JaroWinkler(stem, gf) >= 0.85
}
