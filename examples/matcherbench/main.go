// Matcherbench measures a name matcher of your own against this SDK's
// comparator on labelled pairs, with the harness fuzzymatch/matchtest, as a
// separate module would: the matcher only has to implement
// matchtest.Matcher (Match(a, b string) float64 in [0,1]). It prints, for
// each matcher, precision, recall and F1 at its best threshold (and the
// comparator's at its recommended one) and the time and allocations per
// pair; bench_test.go holds the same matchers as go test benchmarks.
//
// The "third-party" matchers here are two baselines written in the example:
// exact equality of the normalised tokens, and a token-wise Levenshtein
// similarity. The pairs are pairs.csv, synthetic; with PIU_TESTDATA set,
// the public nomenklatura name benchmark under it is used instead.
//
//	go run ./examples/matcherbench
//	go test -run '^$' -bench . -benchmem ./examples/matcherbench
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

//go:embed pairs.csv
var pairsCSV []byte

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// matcher is a matcher under test, with the threshold it is used at: the
// comparator's recommended one, and for the baselines the ones commonly
// used with such metrics.
type matcher struct {
	name      string
	m         matchtest.Matcher
	threshold float64
}

func matchers() []matcher {
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	return []matcher{
		{"exact tokens", matchtest.MatcherFunc(exact), 1},
		{"levenshtein (token-wise)", matchtest.Tokenwise(levenshtein), 0.85},
		{"jaro-winkler (token-wise)", matchtest.Tokenwise(fuzzymatch.JaroWinkler), 0.9},
		{"fuzzymatch comparator", c, c.Threshold()},
	}
}

func run(w io.Writer) error {
	cases, source, err := loadCases()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d labelled pairs (%s)\n", len(cases), source)
	// Best is the matcher tuned on these very pairs (an optimistic figure;
	// a threshold at 0 means nothing beat accepting every pair).
	fmt.Fprintf(w, "%-26s %9s %9s %6s %6s %14s %9s %11s\n",
		"matcher", "threshold", "precision", "recall", "F1", "best F1 (at)", "ns/pair", "allocs/pair")
	for _, m := range matchers() {
		r := matchtest.Evaluate(m.m, cases, matchtest.Options{Threshold: m.threshold})
		fmt.Fprintf(w, "%-26s %9.2f %9.3f %6.3f %6.3f %7.3f (%.2f) %9.0f %11.1f\n", m.name, r.Threshold,
			r.At.Precision, r.At.Recall, r.At.F1, r.Best.F1, r.Best.Threshold, r.NsPerPair, r.AllocsPerPair)
	}
	return nil
}

// loadCases reads the public benchmark when PIU_TESTDATA names the shared
// data, else the built-in pairs.
func loadCases() ([]matchtest.Case, string, error) {
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		path := filepath.Join(dir, "names", "nomenklatura_name_bench_cases.csv")
		f, err := os.Open(path)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		cases, err := matchtest.ReadCases(f)
		return cases, path, err
	}
	cases, err := matchtest.ReadCases(bytes.NewReader(pairsCSV))
	return cases, "built-in synthetic pairs", err
}

// tokens upper-cases a name and cuts it at anything not a letter or digit.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// exact is 1 when both names have the same tokens in any order, else 0.
func exact(a, b string) float64 {
	x, y := tokens(a), tokens(b)
	slices.Sort(x)
	slices.Sort(y)
	if slices.Equal(x, y) {
		return 1
	}
	return 0
}

// levenshtein is 1 - distance / length of the longer token, over runes.
func levenshtein(a, b string) float64 {
	x, y := []rune(a), []rune(b)
	if len(x) == 0 && len(y) == 0 {
		return 1
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(y)])/float64(max(len(x), len(y)))
}
