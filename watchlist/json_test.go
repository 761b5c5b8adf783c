package watchlist

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/openpiu/piu/civil"
)

var camelCase = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// walkKeys calls f with the JSON pointer of every object key in v, the
// fuzzymatch options and explanations embedded in watchlist JSON included.
func walkKeys(v any, path string, f func(path, key string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			f(path, k)
			walkKeys(x, path+"/"+k, f)
		}
	case []any:
		for _, x := range v {
			walkKeys(x, path+"/*", f)
		}
	}
}

// TestJSONIsCamelCase marshals every type this package writes as JSON, with
// every field set, and fails on a key or an own enumeration word that is not
// camelCase.
func TestJSONIsCamelCase(t *testing.T) {
	entries := testEntries()
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	q := Query{Ref: "r", Surname: "PETROV", Given: "IVAN", Name: "n", BirthDate: civil.Date{Year: 1965, Month: 7, Day: 1},
		Gender: GenderMale, Nationality: "RUS", Documents: []Document{{Type: "P", Number: "123456789", IssuingCountry: "GBR"}}}
	ms, err := x.Screen(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var wl strings.Builder
	if err := WriteJSON(&wl, entries); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{"entries": json.RawMessage(wl.String()), "query": q, "matches": ms,
		"options": DefaultOptions(), "stats": x.Stats()} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var tree any
		if err := json.Unmarshal(b, &tree); err != nil {
			t.Fatal(err)
		}
		n := 0
		walkKeys(tree, "", func(path, key string) {
			n++
			if !camelCase.MatchString(key) {
				t.Errorf("%s: key %q at %s is not camelCase", name, key, path)
			}
		})
		if n == 0 {
			t.Errorf("%s: no keys", name)
		}
		for _, w := range []string{"_"} {
			if strings.Contains(strings.ReplaceAll(string(b), "\\u", ""), `"`+w) {
				t.Errorf("%s: a value begins with %q", name, w)
			}
		}
	}
	for _, e := range []DateEvidence{DateUnknown, DateConflict, DateNear, DateSwapped, DateInRange, DateYear, DateMonth, DateExact} {
		if !camelCase.MatchString(e.String()) {
			t.Errorf("grade %q is not camelCase", e)
		}
	}
	for k := NamePrimary; k <= NameOriginalScript; k++ {
		if !camelCase.MatchString(k.String()) {
			t.Errorf("name kind %q is not camelCase", k)
		}
	}
}
