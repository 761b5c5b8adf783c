package fuzzymatch

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadCases(t *testing.T) {
	in := "case_group,schema,name1,name2,is_match,quality,category,notes\n" +
		"g,Person,A B,A C,true,STRONG,typo,\n" +
		"g,Company,X,Y,0,,,note\n"
	got, err := ReadCases(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{
		{Group: "g", Schema: "Person", A: "A B", B: "A C", Match: true, Quality: "STRONG", Category: "typo", Line: 2},
		{Group: "g", Schema: "Company", A: "X", B: "Y", Match: false, Notes: "note", Line: 3},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("ReadCases -want +got:\n%s", d)
	}
}

func TestReadCasesErrors(t *testing.T) {
	tests := []struct {
		in         string
		line       int
		column     string
		wantHeader bool
	}{
		{in: "", wantHeader: true},
		{in: "a,b,c\n1,2,3\n", wantHeader: true},
		{in: "name1,name2,is_match\nA,B,maybe\n", line: 2, column: "is_match"},
		{in: "name1,name2,is_match\nA,B,true\nA,B,\"x\n", line: 3},
		{in: "name1,name2,is_match\nA,B\n", line: 2, column: "is_match"},
	}
	for _, tt := range tests {
		_, err := ReadCases(strings.NewReader(tt.in))
		if tt.wantHeader {
			if !errors.Is(err, ErrCaseHeader) {
				t.Errorf("ReadCases(%q) = %v, want ErrCaseHeader", tt.in, err)
			}
			continue
		}
		var ce *CaseError
		if !errors.As(err, &ce) {
			t.Errorf("ReadCases(%q) = %v, want *CaseError", tt.in, err)
			continue
		}
		if ce.Line != tt.line || (tt.column != "" && ce.Column != tt.column) {
			t.Errorf("ReadCases(%q): line %d column %s, want line %d column %s", tt.in, ce.Line, ce.Column, tt.line, tt.column)
		}
		if strings.Contains(ce.Error(), "A,B") {
			t.Errorf("error text carries names: %v", ce)
		}
	}
}

func TestCurveAndBest(t *testing.T) {
	scored := []Scored{
		{Case: Case{Match: true, Category: "a"}, Score: 0.9},
		{Case: Case{Match: true, Category: "a"}, Score: 0.7},
		{Case: Case{Match: false, Category: "b"}, Score: 0.8},
		{Case: Case{Match: false, Category: "b"}, Score: 0.1},
	}
	curve := Curve(scored)
	got := make([][4]int, len(curve))
	for i, p := range curve {
		got[i] = [4]int{p.TP, p.FP, p.FN, p.TN}
	}
	want := [][4]int{{2, 2, 0, 0}, {2, 1, 0, 1}, {1, 1, 1, 1}, {1, 0, 1, 2}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Curve -want +got:\n%s", d)
	}
	m := MatcherFunc(func(a, b string) float64 {
		for _, s := range scored {
			if s.A == a {
				return s.Score
			}
		}
		return 0
	})
	cases := []Case{{A: "1", Match: true, Category: "a", Schema: "P"}, {A: "2", Match: false, Category: "b", Schema: "P"}}
	scored[0].A, scored[2].A = "1", "2"
	r := Evaluate(m, cases, EvalOptions{})
	if r.Best.F1 != 1 || r.Best.Threshold != 0.9 {
		t.Errorf("Best = %+v, want F1 1 at 0.9", r.Best)
	}
	if p := r.ByCategory["a"]; p.TP != 1 || p.FN != 0 {
		t.Errorf("ByCategory[a] = %+v", p)
	}
	if p := r.BySchema["P"]; p.TP != 1 || p.TN != 1 {
		t.Errorf("BySchema[P] = %+v", p)
	}
	if r.NsPerPair <= 0 {
		t.Errorf("NsPerPair = %v", r.NsPerPair)
	}
}

// The synthetic pairs are the package's own; the comparator must beat the
// baseline on them and classify them well at its threshold.
func TestSyntheticPairs(t *testing.T) {
	cases := syntheticCases(t)
	c := NewComparator(DefaultOptions())
	r := Evaluate(c, cases, EvalOptions{Threshold: c.Threshold()})
	base := Evaluate(TokenJaroWinkler, cases, EvalOptions{})
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
