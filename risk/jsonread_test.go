package risk

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReader: the reader reads strings and numbers as encoding/json does,
// and stops where JSON goes wrong.
func TestReader(t *testing.T) {
	for _, in := range []string{`"plain"`, `"tab\tand \"quotes\" \\ \/ \b\f\n\r"`, `"\u00e9\u4e2d\ud83d\ude00"`, `"\ud800 lone"`,
		`"Ωμέγα"`, "\"bad \xff utf-8\"", `""`} {
		r := &reader{data: []byte(in)}
		got := r.str()
		r.end()
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil || r.err != nil {
			t.Fatalf("%s: %v, %v", in, err, r.err)
		}
		if got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{`0`, `-1.5e3`, `12.25`, `1E+2`} {
		r := &reader{data: []byte(in)}
		got := r.number()
		r.end()
		var want float64
		if err := json.Unmarshal([]byte(in), &want); err != nil || r.err != nil || got != want {
			t.Errorf("%s: %v (%v), want %v", in, got, r.err, want)
		}
	}
	bad := map[string]string{
		`{"a": 1,}`:                             "want a key",
		`[1 2]`:                                 "want , or ]",
		`"open`:                                 "unterminated",
		"\"ctl\x01\"":                           "control character",
		`"\x"`:                                  "bad escape",
		`01`:                                    "want a number",
		`1.`:                                    "want a number",
		`-`:                                     "want a number",
		`{"a":1} x`:                             "data after",
		`tru`:                                   "want true",
		`{"a" 1}`:                               `want ':'`,
		``:                                      "unexpected end",
		`[` + strings.Repeat("[", maxNesting+1): "nested too deeply",
	}
	r := &reader{data: []byte("1e999")}
	if r.number(); r.err == nil {
		t.Error("1e999 read as a number")
	}
	for in, want := range bad {
		r := &reader{data: []byte(in)}
		r.skip(0)
		r.end()
		if err := r.result(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
}

// TestCanonical: the canonical form of a rule is what encoding/json writes
// for it, and reads back to the same rule.
func TestCanonical(t *testing.T) {
	in := `{"id":"R-<1>","version":3,"title":"a & b \u2028 é\t","rationale":"r","category":"c","severity":"high",` +
		`"weight":0.0000001,"author":"x","status":"draft","effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31",` +
		`"reviewBy":"2026-06-30","scope":{"direction":"inbound","carriers":["ZZ"],"airports":["ICN","SIN"]},"hitCap":5,` +
		`"when":{"id":"w","all":[{"field":"traveler.surname","op":"eq","value": "<A&B>" },{"not":{"any":"documents",` +
		`"where":{"field":"document.expiresInDays","op":"between","value":[ 0, 30 ]}}},{"count":"legs","where":` +
		`{"field":"leg.thisFlight","op":"eq","value":false},"op":"ge","value":2}]}}`
	var s RuleSpec
	if err := json.Unmarshal([]byte(in), &s); err != nil {
		t.Fatal(err)
	}
	type plain RuleSpec // encoding/json's own encoding of the metadata
	want, err := json.Marshal(plain(s))
	if err != nil {
		t.Fatal(err)
	}
	got := appendSpec(nil, &s)
	if string(got) != string(want) {
		t.Errorf("canonical form\n got %s\nwant %s", got, want)
	}
	var back RuleSpec
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if again := appendSpec(nil, &back); string(again) != string(got) {
		t.Errorf("read back, written again\n got %s\nwant %s", again, got)
	}
	if d := cmp.Diff(s.Scope, back.Scope); d != "" || back.EffectiveTo != s.EffectiveTo || back.Weight != s.Weight {
		t.Errorf("read back: %s", d)
	}
	for _, f := range []float64{1, 0.5, 1e21, 1e-7, -2.5e-10, 123456789} {
		b, _ := json.Marshal(f)
		if got := string(appendFloat(nil, f)); got != string(b) {
			t.Errorf("%v: %s, want %s", f, got, b)
		}
	}
}

// FuzzReader: the reader accepts exactly the JSON encoding/json accepts,
// and reads its strings alike.
func FuzzReader(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e3,"x\u00e9",true,false,null,{}]}`, `"\ud83d\ude00"`, `[1,]`, `{"a":1`, "\"\xff\"", "0\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{data: data}
		r.skip(0)
		r.end()
		if ok := r.err == nil; ok != json.Valid(data) {
			t.Fatalf("reader %v, encoding/json %v on %q", r.err, json.Valid(data), data)
		}
		r = &reader{data: data}
		if r.peek() == '"' {
			got := r.str()
			var want string
			if r.end(); r.err == nil && json.Unmarshal(data, &want) == nil && got != want {
				t.Fatalf("%q: %q, want %q", data, got, want)
			}
		}
	})
}
