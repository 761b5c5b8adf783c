package fuzzymatch

// WordReadings returns, for one word of a name, the Latin readings of each
// token Prepare makes of it (a Hangul or Han name written as one word gives
// a surname token and a given-name token). Tests outside the package use it
// to tell homonyms from false matches.
func WordReadings(w string) [][]string {
	var out [][]string
	for _, wd := range readWords(w) {
		out = append(out, wd.forms)
	}
	return out
}
