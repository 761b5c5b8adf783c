package main

import (
	"encoding"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

var camelCase = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// badKeys walks a JSON value and adds each object key that is not camelCase,
// with the path of its first occurrence (array indexes as []).
func badKeys(v any, path string, bad map[string]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if !camelCase.MatchString(k) {
				if _, ok := bad[k]; !ok {
					bad[k] = path + "/" + k
				}
			}
			badKeys(e, path+"/"+k, bad)
		}
	case []any:
		for _, e := range v {
			badKeys(e, path+"/[]", bad)
		}
	}
}

// TestJSONKeysCamelCase walks every JSON the commands print: decode of each
// built-in sample (and of a generic interchange), screen, demo.
func TestJSONKeysCamelCase(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.json")
	if err := os.WriteFile(list, risktest.Watchlist(), 0o600); err != nil {
		t.Fatal(err)
	}
	rules := writeTemp(t, dir, "rules.json", risktest.Rules())
	lists := writeTemp(t, dir, "lists.json", risktest.Lists())
	type run struct {
		name, stdin string
		args        []string
	}
	runs := []run{
		{"decode generic", brokenInterchange, []string{"decode", "-"}},
		{"demo", "", []string{"demo", "-format", "json"}},
		{"screen -rules", string(samples["api"]()), []string{"screen", "-rules", rules, "-lists", lists, "-list", list, "-country", "KR", "-"}},
		{"screen paxlst", string(samples["paxlst"]()), []string{"screen", "-list", list, "-"}},
		{"screen pnrgov", string(samples["pnrgov"]()), []string{"screen", "-list", list, "-"}},
		{"decode -manifest", string(samples["pnrgov"]()), []string{"decode", "-manifest", "-"}},
	}
	for name, sample := range samples {
		runs = append(runs, run{"decode " + name, string(sample()), []string{"decode", "-"}})
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, r.stdin, r.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			bad := map[string]string{}
			badKeys(v, "", bad)
			var keys []string
			for k, p := range bad {
				keys = append(keys, k+" (at "+p+")")
			}
			sort.Strings(keys)
			if len(keys) > 0 {
				t.Errorf("keys not camelCase:\n%s", strings.Join(keys, "\n"))
			}
		})
	}
}

// tagKeys adds the JSON keys of every field of t and of the types it holds,
// so that keys omitted when empty (omitempty) are checked too.
func tagKeys(t reflect.Type, path string, seen map[reflect.Type]bool, bad map[string]string) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] || marshals(t) {
		return
	}
	seen[t] = true
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			tagKeys(f.Type, path, seen, bad)
			continue
		}
		if name == "" {
			name = f.Name
		}
		if !camelCase.MatchString(name) {
			if _, ok := bad[name]; !ok {
				bad[name] = t.String() + "." + f.Name
			}
		}
		tagKeys(f.Type, path+"/"+name, seen, bad)
	}
}

// marshals reports whether t writes its own JSON (its keys are then checked
// by the output walk of TestJSONKeysCamelCase).
func marshals(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	for _, i := range []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()} {
		if t.Implements(i) || p.Implements(i) {
			return true
		}
	}
	return false
}

// TestJSONTagsCamelCase checks the JSON keys of every type the commands
// print, empty or not.
func TestJSONTagsCamelCase(t *testing.T) {
	bad := map[string]string{}
	seen := map[reflect.Type]bool{}
	for _, v := range []any{demoOutput{}, screenOutput{}, risk.Result{}, paxlst.Message{}, pnrgov.Message{}, cusres.Response{},
		edifact.Interchange{}, edifact.Diagnostic{}, manifest.Flight{}} {
		tagKeys(reflect.TypeOf(v), "", seen, bad)
	}
	var keys []string
	for k, where := range bad {
		keys = append(keys, k+" ("+where+")")
	}
	sort.Strings(keys)
	if len(keys) > 0 {
		t.Errorf("JSON keys not camelCase:\n%s", strings.Join(keys, "\n"))
	}
}
