// Package textsafe says which characters of text from airlines and lists
// must not reach a terminal or a page as they are: the bidirectional
// controls, with which a name can reorder what is shown around it (the
// "Trojan Source" attack, CVE-2021-42574). The command-line tool strips
// them; the report shows their code.
package textsafe

// Bidi reports a bidirectional formatting character (Unicode UAX #9):
// the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069,
// and the marks U+200E, U+200F and U+061C.
func Bidi(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
