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
	scriptOther // a script without a table here (CJK, Devanagari, ...): kept as written
)

var scriptNames = [...]string{"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Armenian", "Georgian", "Korean", "Japanese kana", "other"}

func (s script) String() string { return scriptNames[s] }

// scriptOf returns the script of the first letter of w that is not Latin, or
// Latin if every letter is.
func scriptOf(w string) script {
	for _, r := range w {
		switch {
		case r < 0x80 || unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			continue
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
		default:
			return scriptOther
		}
	}
	return scriptLatin
}
