package fuzzymatch

import "strings"

// WordReadings returns, for one word of a name, the Latin readings of each
// token Prepare makes of it (a Hangul or Han name written as one word gives
// a surname token and a given-name token). Tests outside the package use it
// to tell homonyms from false matches.
func WordReadings(w string) [][]string {
	p := getScratch()
	defer p.release()
	var out [][]string
	for _, wd := range readWords(p, w) {
		// The readings may live in the scratch: copied out.
		fs := make([]string, len(wd.forms))
		for i, f := range wd.forms {
			fs[i] = strings.Clone(f)
		}
		out = append(out, fs)
	}
	return out
}
