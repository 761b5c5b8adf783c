package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

func TestRun(t *testing.T) {
	t.Setenv("PIU_TESTDATA", "") // the built-in pairs, whatever CI sets
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "56 labelled pairs (built-in synthetic pairs)\n") {
		t.Errorf("output does not begin with the built-in pairs:\n%s", out)
	}
	for _, m := range matchers() {
		if !strings.Contains(out, "\n"+m.name+" ") {
			t.Errorf("no row for %s:\n%s", m.name, out)
		}
	}
}

// TestComparatorWins: on the built-in pairs, the SDK's comparator at its
// recommended threshold beats every baseline at its own, and accepts every
// labelled match; the baselines cannot read other scripts at all.
func TestComparatorWins(t *testing.T) {
	cases, err := matchtest.ReadCases(bytes.NewReader(pairsCSV))
	if err != nil {
		t.Fatal(err)
	}
	ms := matchers()
	last := ms[len(ms)-1]
	c := matchtest.Evaluate(last.m, cases, matchtest.Options{Threshold: last.threshold})
	if c.At.Recall != 1 {
		t.Errorf("comparator recall %.3f, want 1", c.At.Recall)
	}
	for _, m := range ms[:len(ms)-1] {
		r := matchtest.Evaluate(m.m, cases, matchtest.Options{Threshold: m.threshold})
		if r.At.F1 >= c.At.F1 {
			t.Errorf("%s F1 %.3f, not below the comparator's %.3f", m.name, r.At.F1, c.At.F1)
		}
	}
}

func TestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{{"", "", 1}, {"ANNA", "ANNA", 1}, {"ANNA", "ANA", 0.75}, {"MÜLLER", "MULLER", 5.0 / 6}, {"ABC", "", 0}} {
		if got := levenshtein(tc.a, tc.b); got != tc.want {
			t.Errorf("levenshtein(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
