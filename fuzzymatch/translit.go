package fuzzymatch

import "unicode/utf8"

// transliterate returns the plausible Latin readings of a word written in
// another script, primary first, in uppercase ASCII. Scripts without a table
// keep their upper-cased text as the only reading.
func transliterate(sc script, w string) []string {
	var forms []string
	switch sc {
	case scriptCyrillic:
		forms = cyrillicForms(w)
	default:
		forms = []string{upper.String(w)}
	}
	out := forms[:0]
	for _, f := range forms {
		if f != "" && utf8.ValidString(f) {
			out = append(out, f)
		}
	}
	return dedupe(out)
}
