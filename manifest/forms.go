package manifest

import (
	"unicode"
	"unicode/utf8"

	"github.com/openpiu/piu/internal/pseudonym"
)

// The forms in which LinkPNRs compares identifiers. Most values come
// already in their form (upper case, no white space): each function copies
// the longest prefix that needs no change at once (a table lookup a byte),
// and changes byte by byte only from the first byte that does.

// byteClass says, for each byte, which forms keep it as it is.
var byteClass = func() (t [256]uint8) {
	for c := range 128 {
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		lower, upper, digit := c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9'
		if !space && !lower {
			t[c] |= keptFold
		}
		if !space && !upper {
			t[c] |= keptLower
		}
		if upper || digit {
			t[c] |= keptAlnum
		}
	}
	return t
}()

const (
	keptFold  = 1 << iota // by appendFold
	keptLower             // by appendLower
	keptAlnum             // by appendAlnum
)

// kept is the length of the prefix of s whose bytes the form class keeps.
func kept(s string, class uint8) int {
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]]&class == 0 {
			return i
		}
	}
	return len(s)
}

// appendFold appends s upper case without white space.
func appendFold(b []byte, s string) []byte {
	i := kept(s, keptFold)
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToUpper, false)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			b = append(b, c)
		}
	}
	return b
}

// appendLower appends s lower case without white space.
func appendLower(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	i := kept(s, keptLower)
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToLower, false)
		case c >= 'A' && c <= 'Z':
			b = append(b, c-'A'+'a')
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			b = append(b, c)
		}
	}
	return b
}

// appendAlnum appends the letters and digits of s, upper case.
func appendAlnum(b []byte, s string) []byte {
	if pseudonym.Is(s) {
		return append(b, s...)
	}
	i := kept(s, keptAlnum)
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
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
