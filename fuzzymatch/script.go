package fuzzymatch

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// script is the writing system of a word, as far as transliteration cares.
type script uint8

const (
	scriptLatin script = iota // Latin letters and digits
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptArmenian
	scriptGeorgian
	scriptKorean
	scriptKana
	scriptHan   // Chinese hanzi, Japanese kanji, Korean hanja: read as Mandarin (translit_han.go)
	scriptOther // a script without a table of its own (Devanagari, Thai, ...): the fallback of translit_other.go
)

var scriptNames = [...]string{"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Armenian", "Georgian", "Korean", "Japanese kana", "Han", "other"}

func (s script) String() string { return scriptNames[s] }

// scriptOf returns the script of the first letter of w that is not Latin, or
// Latin if every letter is.
func scriptOf(w string) script {
	for _, r := range w {
		if sc, ok := runeScript(r); ok {
			return sc
		}
	}
	return scriptLatin
}

// runeScript returns the script r decides for scriptOf, or false when r
// leaves it to the next letter (Latin letters, digits, marks and the
// characters scripts share).
func runeScript(r rune) (script, bool) {
	if r >= 0 && r < runeTableEnd {
		c := runeClasses()[r]
		return script(c >> 2 & 0xf), c&classScript != 0
	}
	return runeScriptOf(r)
}

// runeScriptOf is runeScript computed.
func runeScriptOf(r rune) (script, bool) {
	switch {
	case r < 0x80 || unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		return 0, false
	case unicode.In(r, unicode.Common, unicode.Inherited):
		return 0, false // modifier letters (ʼ ˈ) and marks shared by scripts
	case r == 'ー': // the kana length mark; Common in Unicode, so caught above
		return scriptKana, true
	}
	for _, s := range scriptTables {
		if unicode.In(r, s.tables...) {
			return s.sc, true
		}
	}
	return scriptOther, true
}

// scriptTables are the scripts with tables of their own, in the order
// runeScriptOf tries them.
var scriptTables = []struct {
	sc     script
	tables []*unicode.RangeTable
}{
	{scriptCyrillic, []*unicode.RangeTable{unicode.Cyrillic}},
	{scriptGreek, []*unicode.RangeTable{unicode.Greek}},
	{scriptArabic, []*unicode.RangeTable{unicode.Arabic}},
	{scriptHebrew, []*unicode.RangeTable{unicode.Hebrew}},
	{scriptArmenian, []*unicode.RangeTable{unicode.Armenian}},
	{scriptGeorgian, []*unicode.RangeTable{unicode.Georgian}},
	{scriptKorean, []*unicode.RangeTable{unicode.Hangul}},
	{scriptKana, []*unicode.RangeTable{unicode.Katakana, unicode.Hiragana}},
	{scriptHan, []*unicode.RangeTable{unicode.Han}},
}

// runeTableEnd bounds the code points whose classes runeClasses keeps:
// every alphabet before the CJK blocks (Latin to Georgian, Ethiopic,
// Devanagari, Thai, ...). Han and Hangul syllables are computed.
const runeTableEnd = 0x3000

// A rune class: the script it decides for scriptOf in bits 2-5, whether it
// belongs in a word (splitWords) and whether NFKC leaves it alone.
const (
	classWord   = 1 << 0 // a letter, digit or mark: part of a word
	classScript = 1 << 1 // it decides the script: script(c >> 2 & 0xf)
	classNFKC   = 1 << 7 // see nfkcInert
)

// runeClasses holds the class of each code point below runeTableEnd,
// computed once on first use (a fraction of a millisecond): splitWords and
// scriptOf read each letter of every name, and a table read is a fraction
// of the Unicode range-table searches.
var runeClasses = sync.OnceValue(func() *[runeTableEnd]uint8 {
	var t [runeTableEnd]uint8
	for r := rune(0); r < runeTableEnd; r++ {
		var c uint8
		if isWordRuneOf(r) {
			c |= classWord
		}
		if sc, ok := runeScriptOf(r); ok {
			c |= classScript | uint8(sc)<<2
		}
		if nfkcInert(r) {
			c |= classNFKC
		}
		t[r] = c
	}
	return &t
})

// isWordRune reports whether r is a letter, a digit or a combining mark
// (Mn, Mc, Me): a character that splitWords keeps in its word.
func isWordRune(r rune) bool {
	if r >= 0 && r < runeTableEnd {
		return runeClasses()[r]&classWord != 0
	}
	return isWordRuneOf(r)
}

// nfkcInert reports whether r is in NFKC on its own, has combining class 0
// and cannot combine with a rune before it: its NFKC quick check is Yes
// (a rune whose check is No is not in NFKC even alone; one whose check is
// Maybe combines backwards). A text of such runes is in NFKC (UAX #15's
// quick check): precomposed letters such as Й and Ё included.
func nfkcInert(r rune) bool {
	p := norm.NFKC.PropertiesString(string(r))
	return utf8.ValidRune(r) && p.BoundaryBefore() && p.CCC() == 0 && norm.NFKC.IsNormalString(string(r))
}

// isNFKC reports whether s is in NFKC because every rune of it is inert
// (see nfkcInert), which most names are; false means it may not be.
func isNFKC(s string) bool {
	t := runeClasses()
	for _, r := range s {
		if r >= runeTableEnd || t[r]&classNFKC == 0 {
			return false
		}
	}
	return true
}

func isWordRuneOf(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}
