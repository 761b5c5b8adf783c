package fuzzymatch

import (
	"testing"

	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// The synthetic pairs are the package's own; the comparator must beat the
// baseline on them and classify them well at its threshold.
func TestSyntheticPairs(t *testing.T) {
	cases := syntheticCases(t)
	c := NewComparator(DefaultOptions())
	r := matchtest.Evaluate(c, cases, matchtest.Options{Threshold: c.Threshold()})
	base := matchtest.Evaluate(matchtest.Tokenwise(JaroWinkler), cases, matchtest.Options{})
	t.Logf("synthetic: comparator F1 %.3f at %.2f, baseline best F1 %.3f", r.At.F1, c.Threshold(), base.Best.F1)
	for _, s := range r.Cases {
		if (s.Score >= c.Threshold()) != s.Match {
			t.Errorf("%s: %q vs %q scored %.3f, want match=%v", s.Category, s.A, s.B, s.Score, s.Match)
		}
	}
	if r.At.F1 <= base.Best.F1 {
		t.Errorf("comparator F1 %.3f not above baseline %.3f", r.At.F1, base.Best.F1)
	}
}

// Names that should match share a blocking key: every matching synthetic
// pair is checked.
func TestKeysShared(t *testing.T) {
	cases := syntheticCases(t)
	for _, c := range cases {
		if !c.Match {
			continue
		}
		ka := map[string]bool{}
		for _, k := range Prepare(c.A).Keys() {
			ka[k] = true
		}
		shared := false
		for _, k := range Prepare(c.B).Keys() {
			shared = shared || ka[k]
		}
		if !shared {
			t.Errorf("%s: %q and %q share no key", c.Category, c.A, c.B)
		}
	}
}
