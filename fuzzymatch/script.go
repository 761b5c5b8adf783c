package fuzzymatch

import "unicode"

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
		switch {
		case r < 0x80 || unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
			continue
		case unicode.In(r, unicode.Common, unicode.Inherited):
			continue // modifier letters (ʼ ˈ) and marks shared by scripts
		case unicode.Is(unicode.Cyrillic, r):
			return scriptCyrillic
		case unicode.Is(unicode.Greek, r):
			return scriptGreek
		case unicode.Is(unicode.Arabic, r):
			return scriptArabic
		case unicode.Is(unicode.Hebrew, r):
			return scriptHebrew
		case unicode.Is(unicode.Armenian, r):
			return scriptArmenian
		case unicode.Is(unicode.Georgian, r):
			return scriptGeorgian
		case unicode.Is(unicode.Hangul, r):
			return scriptKorean
		case unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r) || r == 'ー':
			return scriptKana
		case unicode.Is(unicode.Han, r):
			return scriptHan
		default:
			return scriptOther
		}
	}
	return scriptLatin
}
