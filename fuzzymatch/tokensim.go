package fuzzymatch

import (
	"math/bits"
	"strings"
)

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
	reasonParticle
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
	reasonParticle:   "sameParticle",
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
	if a.kind == kindParticle && b.kind == kindParticle {
		if f := particleFamily(a.forms[0]); f != 0 && f == particleFamily(b.forms[0]) {
			return c.equiv, reasonParticle
		}
	}
	var best float32
	r := reasonNone
	slope := c.slope
	if a.script != b.script && !syllabic(a.script) && !syllabic(b.script) {
		slope = c.scriptSlope
	}
	for _, ga := range a.groups {
		if containsGroup(b.groups, ga) {
			best, r = c.equiv, reasonEquivalent
			break
		}
	}
	// Patronymics share an ending, not necessarily a father, and surnames
	// share their suffixes (-OV, -ENKO, -SON): when the stems before a
	// shared ending differ clearly (VIKTOROVICH and BORISOVICH, PETROV and
	// SIDOROV), the stems decide.
	capped := float32(1)
	if jw, ok := endingStemSim(a, b); ok && (jw < 0.8 && a.script == b.script || jw < 0.6 && !abjad(a.script) && !abjad(b.script)) {
		capped = c.spelling(jw, slope)
	}
	// Compounds of one head (ABDUL HAMID and ABDUL GHANI, ABU ALI and ABU
	// ALA) are as alike as the names after the head when these differ
	// clearly: the shared ABDUL or ABU says nothing.
	// Given-name equivalents (ABDULLAH = ABDALLA) are not capped.
	headCap := float32(1)
	if a.stem && b.stem {
		if jw := stemJW(a, b); jw < 0.9 {
			headCap = c.spelling(jw, slope)
		}
	}

	// A one-letter word that is no initial (an Arabic أ, a Latin letter in
	// the surname's place) pairs only with the same letter, spelled alike.
	if len(a.forms[0]) == 1 || len(b.forms[0]) == 1 {
		return 0, reasonNone
	}
	// A given name against a patronymic made from it (OLEKSANDR and
	// OLEKSANDROVYCH) names the father, not the person.
	if fatherOf(a, b) || fatherOf(b, a) {
		capped = min(capped, 0.5)
	}
	// Spelling similarity over the leading readings.
	// Pairs of readings whose upper bound stays under the floor cannot
	// pair the tokens (nor earn the phonetic or skeleton support that looks
	// at jw): they are skipped without computing Jaro-Winkler.
	floor, skFloor := c.floors[0], c.floors[1]
	if slope != c.slope {
		floor, skFloor = c.floors[2], c.floors[3]
	}
	jw := readingsJW(a, b, floor)
	if s := c.spelling(jw, slope); s > best {
		best, r = s, reasonSpelling
	}
	if best < c.oneEdit && a.script == b.script && typoSlip(a, b) {
		best, r = c.oneEdit, reasonSpelling
	}
	// The same letters with some doubled (ANNA and ANA, MUHAMMAD and
	// MUHAMAD) are the commonest slip of all: scored as given-name
	// equivalents.
	if best < c.equiv && a.script == b.script && doubledOnly(a, b) {
		best, r = c.equiv, reasonSpelling
	}
	// The same sound (Double Metaphone code, when it covers the whole of both
	// tokens) and first letter is supporting evidence, not a match by
	// itself: it halves what the spelling difference costs (the letters the
	// code abstracts, vowels and sound-alike consonants, are what differ),
	// up to PhoneticSimilarity.
	// BASHAR and BUSHRA, MOORE and MARIE share a code but differ in more
	// than spelling: they stay apart. Tokens that differ only in what the
	// code abstracts (soundAlike: AKI and AQI, NEZAM and NIZAM) score
	// PhoneticSimilarity.
	if best < c.phon {
		if s := c.soundSim(a, b, jw, slope); s > best {
			best, r = s, reasonPhonetic
		}
	}
	// Consonant skeletons count only where the transliteration explains
	// how the vowels differ: one token was written in an abjad (Arabic,
	// Hebrew), which leaves short vowels out, or read by the fallback,
	// which leaves inherent vowels out (leavesVowels; see skeletonSim for
	// the consonants), or in another alphabet (Cyrillic, Greek, ...) whose
	// practical transcription respells foreign vowels (HATTIE, ХЭТТИ): then
	// the consonants must be the same, all of them (exact), unless
	// CoarseAll compares them as abjads. Between Latin spellings, the
	// LatinSkeletonFactor (0 by default) allows them.
	// Skeletons sharing fewer than half the consonants of the smaller one
	// (and at least two) cannot be close: skip them.
	common := bits.OnesCount32(a.skMask & b.skMask)
	f := c.latinSkel
	exact := false
	if a.script != b.script {
		f = c.skel
		exact = !leavesVowels(a.script) && !leavesVowels(b.script) && !c.o.CoarseAll
	}
	if f > 0 && best < 0.95 && common >= 2 && 2*common >= min(bits.OnesCount32(a.skMask), bits.OnesCount32(b.skMask)) {
		if s := c.skeletonSim(a, b, f, jw, slope, skFloor, exact); s > best {
			best, r = s, reasonSkeleton
		}
	}
	if best > capped {
		best = capped
	}
	if best > headCap && r != reasonEquivalent {
		best = headCap
	}
	return best, r
}

// stemJW is the best Jaro-Winkler similarity of the names after the
// compound heads of two tokens' leading readings (see compoundStem); 1 when
// they differ only in vowels (NEZAM and NIZAM: one consonant skeleton).
func stemJW(a, b *token) float64 {
	var jw float64
	for _, fa := range a.forms[:min(len(a.forms), maxSpellForms)] {
		ia := compoundStem(fa)
		if ia == 0 {
			continue
		}
		for _, fb := range b.forms[:min(len(b.forms), maxSpellForms)] {
			if ib := compoundStem(fb); ib > 0 {
				if sameConsonants(fa[ia:], fb[ib:]) {
					return 1
				}
				jw = max(jw, JaroWinkler(fa[ia:], fb[ib:]))
			}
		}
	}
	return jw
}

// sameConsonants reports whether two readings have one consonant skeleton
// of two letters or more, without allocating.
func sameConsonants(a, b string) bool {
	var ba, bb [64]byte
	sa, sb := skeletonInto(ba[:0], a), skeletonInto(bb[:0], b)
	return len(sa) >= 2 && string(sa) == string(sb)
}

// readingsJW is the best Jaro-Winkler similarity between the leading
// readings of two tokens (the schemes are ordered so that the first ones
// differ most; the others served the exact comparison) and their joined
// readings. Pairs of ASCII readings whose upper bound is under floor (or the
// best so far) are skipped.
func readingsJW(a, b *token, floor float64) float64 {
	fas, fbs := a.forms[:min(len(a.forms), maxSpellForms)], b.forms[:min(len(b.forms), maxSpellForms)]
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
	return jw
}

// typoSlip reports whether two tokens of one script differ by a typing
// slip: one typing error (a letter replaced, added, dropped or two swapped)
// in a name of four letters or more, which is more likely a typo than another
// name whatever Jaro-Winkler makes of it, or the same letters with some
// doubled (UUN and UN, MUHAMMAD and MUHAMAD).
func typoSlip(a, b *token) bool {
	fa, fb := a.forms[0], b.forms[0]
	if min(len(fa), len(fb)) >= 4 && withinOneEdit(fa, fb) {
		return true
	}
	sa, sb := a.single, b.single
	if sa == "" {
		sa = a.forms[0]
	}
	if sb == "" {
		sb = b.forms[0]
	}
	return (a.single != "" || b.single != "") && len(sa) >= 2 && sa == sb
}

// doubledOnly reports whether two tokens of three letters or more differ
// only in doubled letters (singleLetters of their primary readings agree).
func doubledOnly(a, b *token) bool {
	if a.single == "" && b.single == "" {
		return false
	}
	sa, sb := a.single, b.single
	if sa == "" {
		sa = a.forms[0]
	}
	if sb == "" {
		sb = b.forms[0]
	}
	return len(sa) >= 3 && sa == sb
}

// skeletonSim is the similarity of two tokens' consonant skeletons (and
// coarse skeletons, for abjads or with CoarseAll across scripts), or when
// exact 1 for equal skeletons (less for two letters, see
// shortSkeletonSupport) and 0 otherwise, scaled by
// the skeleton factor f, the support of the readings' Jaro-Winkler jw and the
// spelling slope. Skeleton pairs whose upper bound is under
// skFloor are not compared.
func (c *Comparator) skeletonSim(a, b *token, f float32, jw float64, slope float32, skFloor float64, exact bool) float32 {
	var sk float64
	if exact {
		// Two consonants (HATTIE and ХЭТТИ, TARA and DURI) say less than
		// three: the spelling must support them more.
		var s float32
		for _, sa := range a.skels[:min(len(a.skels), maxSkeletons)] {
			for _, sb := range b.skels[:min(len(b.skels), maxSkeletons)] {
				if len(sa) >= 3 && sa == sb {
					return f * (c.support + (1-c.support)*float32(jw))
				}
				if len(sa) == 2 && sa == sb {
					sup := c.support - shortSkeletonSupport
					s = f * (sup + (1-sup)*float32(jw))
				}
			}
		}
		return s
	}
	// Between Latin spellings, a skeleton of two consonants (JOHN and
	// JANE: JN) says too little.
	minSkel := 2
	if a.script == b.script {
		minSkel = 3
	}
	// The skeletons may differ in at most one consonant in length: the
	// vowels an abjad leaves out explain letters missing from the
	// skeleton-less side, not consonants (WILLIAMS and ولی, WLI, share
	// their first consonants only).
	for ia, sa := range a.skels[:min(len(a.skels), maxSkeletons)] {
		for ib, sb := range b.skels[:min(len(b.skels), maxSkeletons)] {
			if len(sa) >= minSkel && len(sb) >= minSkel && lenClose(sa, sb) &&
				jwUpper(a.skSets[ia], len(sa), b.skSets[ib], len(sb)) >= max(skFloor, sk) {
				sk = max(sk, JaroWinkler(sa, sb))
			}
		}
	}
	if sk < 0.95 && (leavesVowels(a.script) || leavesVowels(b.script) || c.o.CoarseAll && a.script != b.script) {
		for ia, sa := range a.coarse[:min(len(a.coarse), maxSkeletons)] {
			for ib, sb := range b.coarse[:min(len(b.coarse), maxSkeletons)] {
				if lenClose(sa, sb) && jwUpper(a.crSets[ia], len(sa), b.crSets[ib], len(sb)) >= max(skFloor, sk) {
					sk = max(sk, JaroWinkler(sa, sb))
				}
			}
		}
	}
	support := c.support + (1-c.support)*float32(jw)
	return f * support * c.spelling(sk, slope)
}

// soundSim is the similarity that a shared sound supports: for leading
// readings with one whole Double Metaphone code and first letter,
// PhoneticSimilarity when they differ only in what the code abstracts
// (soundAlike), else the spelling similarity jw at half the slope, up to
// PhoneticSimilarity; 0 without a shared code.
func (c *Comparator) soundSim(a, b *token, jw float64, slope float32) float32 {
	var best float32
	for ia, fa := range a.forms[:min(len(a.forms), maxSpellForms)] {
		da := a.dms[ia]
		for ib, fb := range b.forms[:min(len(b.forms), maxSpellForms)] {
			if fa[0] != fb[0] {
				continue
			}
			// Longer than the code's four sounds, readings that differ
			// only in one inner vowel run (NURISTANI and NOORISTANI) sound
			// alike too; a final vowel often marks another name (MARIO,
			// MARIA).
			if da != 0 && b.dms[ib] == da && soundAlike(fa, fb, true) || soundAlike(fa, fb, false) {
				return c.phon
			}
			if da != 0 && b.dms[ib] == da {
				best = min(c.phon, c.spelling(jw, slope/2))
			}
		}
	}
	return best
}

// soundAlike reports whether two readings differ only in what a sound code
// abstracts: the same consonants after folding (one skeleton), vowels in
// the same places, and at most one run of vowels spelled otherwise (AKI and
// AQI, LADEN and LADIN; not BASHAR and BUSHRA, whose vowels moved, nor
// MOORE and MARIE, two vowels apart). Unless lastVowel, the vowel run that
// differs may not end either reading.
func soundAlike(a, b string, lastVowel bool) bool {
	// The vowels first: they settle most pairs without a skeleton.
	i, j, differ := 0, 0, 0
	for i < len(a) && j < len(b) {
		va, vb := isVowel(a[i]), isVowel(b[j])
		if va != vb {
			return false
		}
		ei, ej := i, j
		for ei < len(a) && isVowel(a[ei]) == va {
			ei++
		}
		for ej < len(b) && isVowel(b[ej]) == vb {
			ej++
		}
		if va && a[i:ei] != b[j:ej] {
			if !lastVowel && (ei == len(a) || ej == len(b)) {
				return false
			}
			differ++
		}
		i, j = ei, ej
	}
	return i == len(a) && j == len(b) && differ <= 1 && sameConsonants(a, b)
}

// shortSkeletonSupport is how much less of the similarity of two equal
// skeletons of two consonants needs no support from the spelling.
const shortSkeletonSupport = 0.25

// lenClose reports whether two skeletons differ in length by at most one
// consonant.
func lenClose(a, b string) bool { return len(a)-len(b) <= 1 && len(b)-len(a) <= 1 }

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

// syllabic reports whether a script is read syllable by syllable from
// tables that list every scheme found on documents and lists (Hangul, Han,
// kana): its readings do not drift as transcriptions of alphabets do, so a
// spelling difference beyond them counts as between Latin spellings.
// (Short syllables spelled loosely made MYUNG pair with YONG and JE with
// CHOE.)
func syllabic(s script) bool { return s == scriptKorean || s == scriptHan || s == scriptKana }

// leavesVowels reports whether readings of a script may lack the vowels of
// the Latin spelling: abjads, and the scripts read by the fallback
// (translit_other.go), whose readings leave inherent vowels out (Khmer ពត
// is read BT for POT).
func leavesVowels(s script) bool { return abjad(s) || s == scriptOther }

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
