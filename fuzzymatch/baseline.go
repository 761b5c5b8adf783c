package fuzzymatch

import (
	"strings"
	"unicode"
)

// TokenJaroWinkler is a baseline Matcher: both names are upper-cased and cut
// at anything that is not a letter or digit, each token of the shorter name
// is scored against its best Jaro-Winkler partner in the other, and the
// scores are averaged. It knows nothing of scripts, particles or
// equivalents; it is what the harness compares the Comparator with.
var TokenJaroWinkler Matcher = MatcherFunc(tokenJaroWinkler)

func tokenJaroWinkler(a, b string) float64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
	}
	ta, tb := split(a), split(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	var sum float64
	for _, x := range ta {
		best := 0.0
		for _, y := range tb {
			best = max(best, JaroWinkler(x, y))
		}
		sum += best
	}
	return sum / float64(len(ta))
}
