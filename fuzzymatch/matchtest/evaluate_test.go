package matchtest

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
	r := Evaluate(m, cases, Options{})
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

// jsonKeys appends every object key of a decoded JSON value.
func jsonKeys(v any, out []string) []string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			out = append(jsonKeys(x, out), k)
		}
	case []any:
		for _, x := range v {
			out = jsonKeys(x, out)
		}
	}
	return out
}

// TestReportJSONCamelCase fails on any key of a Report (cases, points and
// breakdowns included) that is not camelCase.
func TestReportJSONCamelCase(t *testing.T) {
	cases := []Case{
		{Group: "g", Schema: "Person", A: "A", B: "A", Match: true, Quality: "STRONG", Category: "c", Notes: "n", Line: 2},
		{Group: "g", Schema: "Person", A: "A", B: "B", Match: false, Quality: "STRONG", Category: "c", Notes: "n", Line: 3},
	}
	exact := Tokenwise(func(a, b string) float64 {
		if a == b {
			return 1
		}
		return 0
	})
	data, err := json.Marshal(Evaluate(exact, cases, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		t.Fatal(err)
	}
	camel := regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)
	keys := jsonKeys(tree, nil)
	for _, k := range keys {
		if !camel.MatchString(k) && k != "Person" && k != "c" { // map keys are the data's own
			t.Errorf("key %q is not camelCase", k)
		}
	}
	if len(keys) < 30 {
		t.Errorf("only %d keys: %v", len(keys), keys)
	}
}

func TestTokenwise(t *testing.T) {
	exact := Tokenwise(func(a, b string) float64 {
		if a == b {
			return 1
		}
		return 0
	})
	tests := []struct {
		a, b string
		want float64
	}{
		{"John Smith", "SMITH, John", 1},
		{"John Smith", "Jon Smith", 0.5},
		{"Smith", "John Smith", 1}, // the shorter name's tokens are scored
		{"", "John", 0},
		{"-- ,", "John", 0},
	}
	var got []float64
	var want []float64
	for _, tt := range tests {
		got = append(got, exact.Match(tt.a, tt.b))
		want = append(want, tt.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Tokenwise -want +got:\n%s", d)
	}
}
