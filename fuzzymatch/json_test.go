package fuzzymatch

import (
	"encoding/json"
	"regexp"
	"testing"
)

// camelCase is the shape of every JSON key and every enum value of the SDK's
// own that fuzzymatch writes.
var camelCase = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

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

// TestJSONCamelCase marshals every type fuzzymatch writes as JSON, with every
// field filled, and fails on any key that is not camelCase; the reasons of an
// explanation must be camelCase words too.
func TestJSONCamelCase(t *testing.T) {
	c := NewComparator(DefaultOptions())
	e := c.Explain(Prepare("HASSAN/MOHD ALI MR"), Prepare("Muhammad Hassan Omar"))
	if len(e.Pairs) == 0 || len(e.UnpairedA) == 0 || len(e.UnpairedB) == 0 || len(e.Notes) == 0 {
		t.Fatalf("explanation does not fill every field: %+v", e)
	}
	for _, v := range []any{DefaultOptions(), e} {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var tree any
		if err := json.Unmarshal(data, &tree); err != nil {
			t.Fatal(err)
		}
		for _, k := range jsonKeys(tree, nil) {
			if !camelCase.MatchString(k) {
				t.Errorf("%T: key %q is not camelCase", v, k)
			}
		}
	}
	for r := range reasonText {
		if s := reason(r).String(); !camelCase.MatchString(s) {
			t.Errorf("reason %d is %q, not camelCase", r, s)
		}
	}
}
