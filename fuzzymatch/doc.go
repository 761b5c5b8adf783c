// Package fuzzymatch decides whether two person (or organisation) names denote
// the same party across spellings, scripts, name orders and airline data-entry
// habits, and explains why.
//
// Names are prepared once with [Prepare]: Unicode normalisation and case
// folding (golang.org/x/text), diacritics with both ICAO Doc 9303 readings
// (Ä → A and AE), titles and suffixes removed, titles appended by airline
// systems split off as an alternative reading (JOHNMR → JOHN), name particles
// in their joined and split forms (ABD EL KARIM = ABDELKARIM), and non-Latin
// scripts transliterated into the set of Latin spellings that passports,
// lists and airline systems carry: Cyrillic, Greek, Arabic, Hebrew, Armenian,
// Georgian and Japanese kana by tables of their standards; Korean by Revised
// Romanization, McCune-Reischauer, the DPRK's official forms and common
// usage, with the passport spellings of surnames (이 LEE, YI, RI, RHEE); Han
// by pinyin and Wade-Giles with surname readings (单 SHAN); every other
// script (Devanagari, Bengali, Thai, Ethiopic, ...) letter by letter from
// the sounds their Unicode character names give, so that no word is left
// without a Latin token. Combining marks,
// such as the vowel signs of the Indian scripts, stay inside their word.
// Preparing a name works in pooled memory and allocates four times for
// most names (the name with its tokens, their data, the string headers, one
// block for the rest: ASCII Latin, Cyrillic, Arabic, Hebrew, Armenian or
// Georgian names of up to four tokens), up to a dozen times for names with
// diacritics or particles, in Greek or in the scripts of the Korean, Han
// and fallback tables; an [Interner] lets the names of a large list share the data of
// their identical tokens, and [Name.Keys] gives the blocking keys an index
// files a name under.
//
// A [Comparator] scores two prepared names in [0,1] without allocating:
// tokens are paired independently of their order, missing middle names,
// initials, compound surnames, typos, transliteration drift and given-name
// equivalents (MOHAMMED = MUHAMMAD = MOHD, ALEKSANDR = ALEXANDER, BILL =
// WILLIAM) are tolerated, and very common tokens weigh less than rare ones.
// Weak evidence does not pair tokens on its own: a shared sound code only
// supports the spelling unless the readings differ in vowels alone,
// consonant skeletons count where the script leaves vowels out or
// respells them, a single letter is an initial only where people write
// initials (JC for JEAN CLAUDE too), Hangul, Han and kana tokens pair by
// their readings alone, and extra tokens cost more when the names agree
// only on common ones or are organisations' (a subsidiary, a branch).
// Arabic chains (BIN, IBN, ABU, ABD, -UD-DIN) and hyphens moved by a letter
// (AL-ADANI, A-LADANI) are read as one name; ABDUL X may stand for X.
// [Comparator.Explain] says which parts were paired and why; explanations are
// for people and their text is not stable. A [Scorer] scores one name
// against many (a traveller against a list's candidates) with the same
// results, comparing each distinct pair of tokens once.
//
// The package also exports two metrics of its own, [JaroWinkler] (and
// [Jaro]) and [DoubleMetaphone]; the optimal string alignment distance it
// uses for joined compounds is internal. The harness that evaluates any
// matcher on labelled pairs (precision, recall and F1 at every threshold) is
// the package fuzzymatch/matchtest, in the manner of net/http/httptest.
//
// [Options] and [Explanation] marshal to JSON with camelCase keys
// (minPairSimilarity, unpairedA, ...); a pair's reason is a camelCase word
// (sameSpelling, equivalentGivenNames, sameSound, sameParticle,
// headOmitted, ...).
//
//	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
//	a := fuzzymatch.Prepare("MOKHAMMAD/ALEKSANDR MR")
//	b := fuzzymatch.Prepare("Мухаммад Александр")
//	if c.Score(a, b) >= c.Threshold() {
//		// a possible hit: an officer reviews it, with c.Explain(a, b)
//	}
//
// Licence: this package is Apache-2.0 like the rest of the module and contains
// no GPL code. The nested module fuzzymatch/matchr adapts the GPL-licensed
// github.com/antzucaro/matchr for comparison and is itself GPL-2.0-or-later.
package fuzzymatch
