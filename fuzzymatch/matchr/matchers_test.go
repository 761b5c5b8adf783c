package matchr

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

func TestMatchersRange(t *testing.T) {
	pairs := [][2]string{
		{"John Smith", "John Smith"}, {"John Smith", "Jane Doe"}, {"", "X"}, {"Müller", "MUELLER"},
		{"Владимир Путин", "Vladimir Putin"}, {"A", "A"},
	}
	for _, m := range Matchers {
		for _, p := range pairs {
			s := m.Matcher.Match(p[0], p[1])
			if s < 0 || s > 1 || math.IsNaN(s) {
				t.Errorf("%s(%q, %q) = %v, out of [0,1]", m.Name, p[0], p[1], s)
			}
		}
		if s := m.Matcher.Match("JOHN SMITH", "Smith John"); s != 1 {
			t.Errorf("%s: identical tokens in another order scored %v, want 1", m.Name, s)
		}
		if s := m.Matcher.Match("", "JOHN"); s != 0 {
			t.Errorf("%s: empty name scored %v, want 0", m.Name, s)
		}
	}
}

// matchr's Jaro-Winkler (without its long-string adjustment) and
// fuzzymatch's implement the same variant and must agree, except where the
// Jaro similarity is exactly 0.7: matchr compares a rounded float with 0.7
// and may add the prefix bonus, fuzzymatch decides exactly and does not.
func TestJaroWinklerAgreesWithFuzzymatch(t *testing.T) {
	words := []string{"MARTHA", "MARHTA", "DWAYNE", "DUANE", "DIXON", "DICKSONX", "MOHAMMED", "MUHAMMAD",
		"ALEKSANDR", "ALEXANDER", "SCHOLZ", "SCHULZE", "JOHN", "JANE", "AB", "BA", "ABDELKARIM", "ABDULKARIM",
		"MOHAMMED ABDELKARIM AL BASHIR", "MUHAMMAD ABD AL KARIM AL BASHIR", "MÜLLER", "MUELLER"}
	for _, a := range words {
		for _, b := range words {
			ours, theirs := fuzzymatch.JaroWinkler(a, b), JaroWinkler(a, b)
			if math.Abs(fuzzymatch.Jaro(a, b)-0.7) < 1e-12 {
				continue
			}
			if math.Abs(ours-theirs) > 1e-9 {
				t.Errorf("JaroWinkler(%q, %q): fuzzymatch %.6f, matchr %.6f", a, b, ours, theirs)
			}
		}
	}
}

// The two Double Metaphone implementations should mostly agree on common
// names; disagreements are reported, and the agreement rate is asserted.
func TestDoubleMetaphoneAgreement(t *testing.T) {
	names := []string{"SMITH", "SCHMIDT", "THOMAS", "XAVIER", "CAESAR", "WRIGHT", "KNIGHT", "PHILIP",
		"MCHUGH", "JOHN", "MUELLER", "GONZALEZ", "TSCHAIKOWSKY", "CHRISTOPHER", "MICHAEL", "MACHIAVELLI",
		"ARNOLD", "PETERSON", "WILLIAMS", "HUGHES", "GEORGE", "JACKSON", "ROGIER", "BACCHUS", "EDGAR"}
	agree := 0
	for _, n := range names {
		p1, a1 := fuzzymatch.DoubleMetaphone(n)
		p2, a2 := DoubleMetaphone(n)
		if p1 == p2 && a1 == a2 {
			agree++
		} else {
			t.Logf("%s: fuzzymatch %s/%s, matchr %s/%s", n, p1, a1, p2, a2)
		}
	}
	if rate := float64(agree) / float64(len(names)); rate < 0.8 {
		t.Errorf("Double Metaphone agreement %.2f < 0.80", rate)
	}
}

func loadCases(tb testing.TB) []matchtest.Case {
	tb.Helper()
	path := filepath.Join("..", "testdata", "synthetic_pairs.csv")
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		path = filepath.Join(dir, "names", "nomenklatura_name_bench_cases.csv")
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cases, err := matchtest.ReadCases(f)
	if err != nil {
		tb.Fatal(err)
	}
	return cases
}

// The fuzzymatch comparator must beat every matchr metric on the same pairs.
func TestComparatorBeatsMatchr(t *testing.T) {
	cases := loadCases(t)
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	ours := matchtest.Evaluate(c, cases, matchtest.Options{Threshold: c.Threshold()})
	t.Logf("%-28s F1 %.3f at %.2f (its own threshold)", "fuzzymatch comparator", ours.At.F1, c.Threshold())
	for _, m := range Matchers {
		r := matchtest.Evaluate(m.Matcher, cases, matchtest.Options{})
		t.Logf("%-28s F1 %.3f at %.3f (best threshold)", m.Name, r.Best.F1, r.Best.Threshold)
		if r.Best.F1 >= ours.At.F1 {
			t.Errorf("%s F1 %.3f >= comparator's %.3f", m.Name, r.Best.F1, ours.At.F1)
		}
	}
}
