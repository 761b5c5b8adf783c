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
	reasonHeadOmitted
)

var reasonText = [...]string{
	reasonNone:        "different",
	reasonExact:       "sameSpelling",
	reasonSpelling:    "similarSpelling",
	reasonEquivalent:  "equivalentGivenNames",
	reasonInitial:     "initial",
	reasonPhonetic:    "sameSound",
	reasonSkeleton:    "sameConsonants",
	reasonJoined:      "joinedCompound",
	reasonParticle:    "sameParticle",
	reasonHeadOmitted: "headOmitted",
}

// balticSpelling is how alike (Jaro-Winkler) a name with a Baltic ending
// and its equivalent are spelled at least.
const balticSpelling = 0.85

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
	// A Baltic ending must not turn a patronymic English surname into a
	// nickname (WILLIAMS → WILLIAM, BILL): the two are also spelled alike
	// (SERGEJS, SERGEY; ALEKSANDRAS, ALEXANDER).
	if r == reasonNone && a.script == scriptLatin && b.script == scriptLatin &&
		(balticStemGroups(a.forms[0], b.groups) || balticStemGroups(b.forms[0], a.groups)) &&
		JaroWinkler(a.forms[0], b.forms[0]) >= balticSpelling {
		best, r = c.equiv, reasonEquivalent
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

	if a.stem != b.stem && headOmitted(a, b) {
		return headOmittedSimilarity, reasonHeadOmitted
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
	// Hangul, Han and kana readings come from tables of every scheme:
	// a shared sound code beyond them is no evidence (GWANGAE and KWANG,
	// HAEUK and HYOK share codes, not names).
	if best < c.phon && !syllabic(a.script) && !syllabic(b.script) {
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
	// Hangul, Han and kana are read from tables that write every vowel
	// of every scheme: their consonants alone say nothing more, and a
	// two-syllable given name whose second syllable starts with no
	// consonant (광애, GWANGAE) has the consonants of its first alone
	// (KWANG). Only their readings pair them.
	if syllabic(a.script) || syllabic(b.script) {
		f = 0
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

// headOmittedSimilarity scores ABDUL X against X (see headOmitted): the
// same name, less sure than a spelling of it.
const headOmittedSimilarity = 0.9

// headOmitted reports whether one of two tokens is a compound of ABD (ABDUL,
// ABDUR, ABDEL) whose name after the head is spelled as the other token:
// ABDUL MANAN and MANAN, ABDUL HANIF and HANIF. South Asian and Afghan
// usage, and the lists that record it (UN, OFAC aliases), drop the head
// of such compounds; ABU (father of) and UMM (mother of) name another
// person and are never dropped. The name after the head has at least four
// letters (not the LAH of ABDULLAH) and is no common name: ABDUL KHAN and
// KHAN, ABDUL MOHAMMAD and MOHAMMAD say little (see commonTokens).
func headOmitted(a, b *token) bool {
	if !a.stem {
		a, b = b, a
	}
	if b.kind != kindWord || b.weight < 1 {
		return false
	}
	for _, fa := range a.forms[:min(len(a.forms), maxSpellForms)] {
		i := compoundStem(fa)
		if i < 3 || fa[:3] != "ABD" || len(fa)-i < 4 {
			continue
		}
		for _, fb := range b.forms[:min(len(b.forms), maxSpellForms)] {
			if fb == fa[i:] {
				return true
			}
		}
	}
	return false
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
// (translit_other.go), whose readings may leave implicit vowels out (Thai
// สมชาย is read SMCHAAY for SOMCHAI).
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
