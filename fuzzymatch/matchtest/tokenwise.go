package matchtest

import (
	"strings"
	"unicode"
)

// Tokenwise builds a baseline Matcher from a token metric in [0,1]: both
// names are upper-cased and cut at anything that is not a letter or digit,
// each token of the shorter name is scored against its best partner in the
// other, and the scores are averaged. Matchers built on different metrics
// this way differ only in the metric, which makes them fair to compare.
func Tokenwise(metric func(a, b string) float64) Matcher {
	return MatcherFunc(func(a, b string) float64 {
		ta, tb := words(a), words(b)
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
				best = max(best, metric(x, y))
			}
			sum += best
		}
		return sum / float64(len(ta))
	})
}

// words upper-cases a name and cuts it at anything that is not a letter or
// digit.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
