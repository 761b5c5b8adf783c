package matchr

import (
	"math"
	"strings"
	"testing"

	"github.com/antzucaro/matchr"
)

// symmetric are the token metrics that score (a, b) as (b, a): the edit
// distances and the phonetic codes. The whole-name adapters are not
// symmetric (each token of the shorter name, or of the first one when both
// have as many, looks for its best partner), nor is Smith-Waterman divided
// by the shorter length once it is capped.
var symmetric = []struct {
	name string
	m    metric
}{
	{"levenshtein", distance(matchr.Levenshtein)},
	{"damerau-levenshtein", distance(matchr.DamerauLevenshtein)},
	{"osa", distance(matchr.OSA)},
	{"nysiis", phonetic(matchr.NYSIIS)},
	{"soundex", phonetic(matchr.Soundex)},
	{"phonex", phonetic(matchr.Phonex)},
}

// FuzzMatchers: no adapter panics on any pair of names (invalid UTF-8,
// marks, scripts matchr does not know), every score is a number in [0,1],
// the symmetric token metrics are symmetric, and a name of one letter token
// scores 1 against itself under every edit distance.
func FuzzMatchers(f *testing.F) {
	for _, p := range [][2]string{
		{"John Smith", "SMITH/JOHN MR"}, {"Müller", "MUELLER"}, {"Владимир Путин", "Vladimir Putin"},
		{"", "X"}, {"\xff\xfe", "A\u0301"}, {"O'Brien-Smith", "OBRIEN SMITH"}, {"ČĆŽ", "CCZ"},
		{"محمد", "MOHAMMED"}, {"A B C D E F G", "G F E D C B A"}, {"SCHMIDT", "SMITH"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 256 || len(b) > 256 {
			return // matchr's kernels are quadratic; long inputs only slow the search
		}
		for _, m := range Matchers {
			s := m.Matcher.Match(a, b)
			if math.IsNaN(s) || s < 0 || s > 1 {
				t.Fatalf("%s(%q, %q) = %v, not in [0,1]", m.Name, a, b, s)
			}
		}
		ua, ub := strings.ToUpper(a), strings.ToUpper(b)
		for _, m := range symmetric {
			if x, y := m.m(ua, ub), m.m(ub, ua); x != y {
				t.Fatalf("%s(%q, %q) = %v but (%q, %q) = %v", m.name, ua, ub, x, ub, ua, y)
			}
		}
		if w := strings.Fields(ua); len(w) == 1 {
			for _, m := range symmetric[:3] {
				if s := m.m(w[0], w[0]); s != 1 {
					t.Fatalf("%s(%q, itself) = %v", m.name, w[0], s)
				}
			}
		}
	})
}
