package ssr

import "strings"

// DecodeEmail decodes an e-mail address in AIRIMP encoding (SSR CTCE, OSI):
// "//" is "@", ".." is "_", "./" is "-". A leading slash is dropped, and a
// trailing "/XX" (a language code) is not part of the address.
func DecodeEmail(s string) string {
	s = strings.TrimPrefix(s, "/")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('@')
			i++
		case c == '.' && i+1 < len(s) && s[i+1] == '.':
			b.WriteByte('_')
			i++
		case c == '.' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('-')
			i++
		case c == '/':
			return b.String() // a language or other suffix follows
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// EncodeEmail writes an address in AIRIMP encoding, upper case: the inverse
// of DecodeEmail for addresses without characters AIRIMP cannot carry.
func EncodeEmail(addr string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(addr) {
		switch r {
		case '@':
			b.WriteString("//")
		case '_':
			b.WriteString("..")
		case '-':
			b.WriteString("./")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
