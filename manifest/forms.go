package manifest

import (
	"unicode"
	"unicode/utf8"

	"github.com/openpiu/piu/internal/pseudonym"
)

// The forms in which LinkPNRs compares identifiers. Most values come
// in their form already, or need their case changed only: each form copies
// the value at once and changes the case in place, and goes byte by byte
// (the slow forms) only from a byte that is white space, punctuation the
// form drops, or not ASCII.

// appendFold appends s upper case without white space.
func appendFold(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	for j := n; j < len(b); j++ {
		switch c := b[j]; {
		case c-'a' < 26:
			b[j] = c - 'a' + 'A'
		case c <= ' ' || c >= utf8.RuneSelf:
			return slowFold(b[:j], s[j-n:])
		}
	}
	return b
}

// appendLower appends s lower case without white space.
func appendLower(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	n := len(b)
	b = append(b, s...)
	for j := n; j < len(b); j++ {
		switch c := b[j]; {
		case c-'A' < 26:
			b[j] = c - 'A' + 'a'
		case c <= ' ' || c >= utf8.RuneSelf:
			return slowLower(b[:j], s[j-n:])
		}
	}
	return b
}

// appendAlnum appends the letters and digits of s, upper case.
func appendAlnum(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	n := len(b)
	b = append(b, s...)
	for j := n; j < len(b); j++ {
		switch c := b[j]; {
		case c-'a' < 26:
			b[j] = c - 'a' + 'A'
		case c-'A' >= 26 && c-'0' >= 10:
			return slowAlnum(b[:j], s[j-n:])
		}
	}
	return b
}

func slowFold(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToUpper, false)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case !isSpace(c):
			b = append(b, c)
		}
	}
	return b
}

func slowLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToLower, false)
		case c >= 'A' && c <= 'Z':
			b = append(b, c-'A'+'a')
		case !isSpace(c):
			b = append(b, c)
		}
	}
	return b
}

func slowAlnum(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], isAlnum, unicode.ToUpper, true)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c >= 'A' && c <= 'Z' || isDigit(c):
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
