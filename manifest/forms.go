package manifest

import (
	"unicode"
	"unicode/utf8"

	"github.com/openpiu/piu/internal/pseudonym"
)

// The forms in which LinkPNRs compares identifiers. Most values come
// in their form already, or need their case changed only: a form copies
// the value at once and changes the case in place, and goes byte by byte
// (slowForm) only from a byte that is white space, punctuation the form
// drops, or not ASCII.
type form uint8

const (
	formFold  form = iota // upper case without white space
	formLower             // lower case without white space
	formAlnum             // the letters and digits, upper case
)

// appendFold appends s upper case without white space.
func appendFold(b []byte, s string) []byte { return appendForm(b, s, formFold) }

// appendLower appends s lower case without white space.
func appendLower(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	return appendForm(b, s, formLower)
}

// appendAlnum appends the letters and digits of s, upper case.
func appendAlnum(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	return appendForm(b, s, formAlnum)
}

func appendForm(b []byte, s string, f form) []byte {
	t := &fastForms[f]
	n := len(b)
	b = append(b, s...)
	for j := n; j < len(b); j++ {
		c := t[b[j]]
		if c == 0 {
			return slowForm(b[:j], s[j-n:], f)
		}
		b[j] = c
	}
	return b
}

// fastForms map each byte that a form keeps or changes the case of, in
// place, to what it becomes; 0 for a byte that slowForm must see (white
// space, a byte the form drops, not ASCII).
var fastForms = func() (t [3][256]byte) {
	for c := byte(' ' + 1); c < utf8.RuneSelf; c++ {
		letterOrDigit := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c)
		up, low := c, c
		if c >= 'a' && c <= 'z' {
			up = c - 'a' + 'A'
		} else if c >= 'A' && c <= 'Z' {
			low = c - 'A' + 'a'
		}
		t[formFold][c], t[formLower][c] = up, low
		if letterOrDigit {
			t[formAlnum][c] = up
		}
	}
	return t
}()

// slowForm appends s in the form f byte by byte, and rune by rune from its
// first byte that is not ASCII.
func slowForm(b []byte, s string, f form) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			switch f {
			case formLower:
				return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToLower, false)
			case formAlnum:
				return appendRunes(b, s[i:], isAlnum, unicode.ToUpper, true)
			}
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToUpper, false)
		case f == formLower && c-'A' < 26:
			b = append(b, c-'A'+'a')
		case f != formLower && c-'a' < 26:
			b = append(b, c-'a'+'A')
		case f == formAlnum && c-'A' >= 26 && !isDigit(c), f != formAlnum && isSpace(c):
			// dropped
		default:
			b = append(b, c)
		}
	}
	return b
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// appendRunes appends the runes of s mapped by to: those for which class
// is keep, the others dropped.
func appendRunes(b []byte, s string, class func(rune) bool, to func(rune) rune, keep bool) []byte {
	for _, r := range s {
		if class(r) == keep {
			b = utf8.AppendRune(b, to(r))
		}
	}
	return b
}
