package risk_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/risk"
)

// testCatalogue is a small catalogue of attributes registered as a host
// would, so that these tests do not depend on the built-in one.
func testCatalogue(t testing.TB) *risk.Catalogue {
	c := &risk.Catalogue{}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(c.Register(risk.Attribute{Path: "traveler.nationality", Name: "Nationality", Type: risk.TypeCode, Entity: risk.EntityTraveler,
		Get: func(e *risk.Env) risk.Value { return risk.Code(e.Traveler.Nationality) }}))
	must(c.Register(risk.Attribute{Path: "traveler.surname", Name: "Surname", Type: risk.TypeString, Entity: risk.EntityTraveler,
		Identifying: true, Get: func(e *risk.Env) risk.Value { return risk.String(e.Traveler.Surname) }}))
	must(c.Register(risk.Attribute{Path: "traveler.ageYears", Name: "Age", Type: risk.TypeNumber, Entity: risk.EntityTraveler,
		Get: func(e *risk.Env) risk.Value {
			if p := e.Traveler.Features.AgeYears; p != nil {
				return risk.Number(float64(*p))
			}
			return risk.MissingOf(risk.TypeNumber)
		}}))
	must(c.Register(risk.Attribute{Path: "traveler.specialMeals", Name: "Special meals", Type: risk.TypeBool, Entity: risk.EntityTraveler,
		Prohibited: true, Get: func(*risk.Env) risk.Value { return risk.MissingOf(risk.TypeBool) }}))
	must(c.Register(risk.Attribute{Path: "document.issuingCountry", Name: "Issuing country", Type: risk.TypeCode, Entity: risk.EntityDocument,
		Get: func(e *risk.Env) risk.Value { return risk.Code(e.Document.IssuingCountry) }}))
	must(c.Register(risk.Attribute{Path: "document.expiryDate", Name: "Expiry", Type: risk.TypeDate, Entity: risk.EntityDocument,
		Get: func(e *risk.Env) risk.Value { return risk.Date(e.Document.ExpiryDate) }}))
	must(c.RegisterCollection(risk.Collection{Name: "documents", Entity: risk.EntityDocument,
		Len: func(e *risk.Env) (int, bool) { return len(e.Traveler.Documents), true },
		Set: func(e *risk.Env, i int) { e.Document = &e.Traveler.Documents[i] }}))
	return c
}

// flightOf builds a one-leg flight BRU-JFK of persons.
func flightOf(t testing.TB, persons ...paxlst.Person) *manifest.Flight {
	d := civil.DateTime{Date: civil.Date{Year: 2026, Month: 12, Day: 5}, Hour: 10}
	m := &paxlst.Message{ListType: paxlst.ListPassengers, Flights: []paxlst.Leg{{Carrier: "ZZ", FlightNumber: "ZZ100",
		Departure: paxlst.Stop{Airport: "BRU", Time: d}, Arrival: paxlst.Stop{Airport: "JFK", Time: d}}}, Persons: persons}
	b := manifest.NewBuilder()
	b.Country = "BE"
	b.AddPAXLST(m)
	return b.Build()[0]
}

func pax(surname, nationality string, birth civil.Date, docs ...paxlst.Document) paxlst.Person {
	return paxlst.Person{Role: paxlst.RolePassenger, Surname: surname, GivenNames: "A", Nationality: nationality, BirthDate: birth, Documents: docs}
}

var evalNow = time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)

func compile(t testing.TB, rules string) *risk.Ruleset {
	t.Helper()
	rs, err := risk.Compile([]byte(`{"name":"test","version":"1","rules":[`+rules+`]}`), &risk.CompileOptions{Catalogue: testCatalogue(t),
		Lists: map[string]*risk.RefList{"watch": {Name: "watch", Version: "7", Values: []string{"XXA", "XXB"}}}})
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func evaluate(t testing.TB, rs *risk.Ruleset, f *manifest.Flight, o risk.Options) *risk.Result {
	t.Helper()
	e, err := risk.NewEngine(risk.Config{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	o.Now = evalNow
	res, err := e.EvaluateWith(context.Background(), f, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// outcome is a traveller's rules: hit ids, then ?id for not evaluable.
func outcome(tr risk.TravelerResult) string {
	var s []string
	for _, h := range tr.Hits {
		s = append(s, h.Rule)
	}
	for _, n := range tr.NotEvaluable {
		s = append(s, "?"+n.Rule)
	}
	return strings.Join(s, " ")
}

func TestThreeValuedLogic(t *testing.T) {
	born := civil.Date{Year: 1990, Month: 1, Day: 1}
	f := flightOf(t, pax("KNOWN", "XXA", born), pax("NONAT", "", born), pax("NOBIRTH", "XXA", civil.Date{}),
		pax("OTHER", "XXC", civil.Date{}))
	rs := compile(t, `
	 {"id":"and","title":"and","when":{"all":[{"id":"n","field":"traveler.nationality","op":"eq","value":"xxa"},{"id":"a","field":"traveler.ageYears","op":"ge","value":30}]}},
	 {"id":"or","title":"or","when":{"any":[{"field":"traveler.nationality","op":"member_of","value":"watch"},{"field":"traveler.ageYears","op":"lt","value":18}]}},
	 {"id":"not","title":"not","when":{"not":{"field":"traveler.nationality","op":"in","value":["XXA","XXB"]}}},
	 {"id":"missing","title":"missing","when":{"field":"traveler.nationality","op":"is_empty"}}`)
	res := evaluate(t, rs, f, risk.Options{})
	want := []string{
		"and or",                // XXA, 36
		"missing ?and ?or ?not", // nationality unknown
		"or ?and",               // XXA, age unknown: or holds by nationality
		"not ?or",               // XXC: and is false whatever the age; or unknown
	}
	for i, w := range want {
		if got := outcome(res.Travelers[i]); got != w {
			t.Errorf("%s: %q, want %q", f.Travelers[i].Surname, got, w)
		}
	}
	// Depersonalised: the surname is masked, and a rule on it unknown.
	rs2 := compile(t, `{"id":"s","title":"s","when":{"field":"traveler.surname","op":"starts_with","value":"KN"}},
		{"id":"e","title":"e","when":{"field":"traveler.surname","op":"exists"}}`)
	if got := outcome(evaluate(t, rs2, f, risk.Options{}).Travelers[0]); got != "s e" {
		t.Errorf("known surname: %q", got)
	}
	if got := outcome(evaluate(t, rs2, f, risk.Options{Depersonalised: true}).Travelers[0]); got != "e ?s" {
		t.Errorf("masked surname: %q, want e ?s", got)
	}
}

func TestQuantifiers(t *testing.T) {
	doc := func(c string, exp civil.Date) paxlst.Document {
		return paxlst.Document{Type: "P", Number: "N" + c, IssuingCountry: c, ExpiryDate: exp}
	}
	soon, later := civil.Date{Year: 2026, Month: 12, Day: 20}, civil.Date{Year: 2030, Month: 1, Day: 1}
	f := flightOf(t, pax("TWO", "XXA", civil.Date{}, doc("XXA", soon), doc("XXB", later)), pax("NONE", "XXA", civil.Date{}),
		pax("ONE", "XXA", civil.Date{}, doc("XXB", civil.Date{})))
	rs := compile(t, `
	 {"id":"some","title":"t","when":{"any":"documents","where":{"all":[{"field":"document.issuingCountry","op":"eq","value":"XXB"},{"field":"document.expiryDate","op":"lt","value":"2027-01-01"}]}}},
	 {"id":"implicit","title":"t","when":{"field":"document.issuingCountry","op":"eq","value":"XXB"}},
	 {"id":"every","title":"t","when":{"all":"documents","where":{"field":"document.issuingCountry","op":"member_of","value":"watch"}}},
	 {"id":"none","title":"t","when":{"none":"documents","where":{"field":"document.issuingCountry","op":"eq","value":"XXA"}}},
	 {"id":"count","title":"t","when":{"count":"documents","where":{"field":"document.issuingCountry","op":"exists"},"op":"ge","value":2}}`)
	res := evaluate(t, rs, f, risk.Options{})
	want := []string{"implicit every count", "every none", "implicit every none ?some"}
	for i, w := range want {
		if got := outcome(res.Travelers[i]); got != w {
			t.Errorf("%s: %q, want %q", f.Travelers[i].Surname, got, w)
		}
	}
	// The evidence names the element and the value observed.
	h := res.Travelers[0].Hits[0]
	b, _ := json.Marshal(h.Conditions)
	if !strings.Contains(string(b), `"collection":"documents"`) || !strings.Contains(string(b), `"element":1`) ||
		!strings.Contains(string(b), `"observed":"XXB"`) {
		t.Errorf("evidence %s", b)
	}
}

func TestCompileErrors(t *testing.T) {
	cases := map[string]string{
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.nope","op":"eq","value":"X"}}`:                   `rule r, condition c1: unknown field "traveler.nope"`,
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.ageYears","op":"starts_with","value":"1"}}`:      "op starts_with does not apply",
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.specialMeals","op":"eq","value":true}}`:          "prohibited",
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.surname","op":"matches","value":"("}}`:           "bad regular expression",
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.nationality","op":"in","value":[]}}`:             "non-empty list",
		`{"id":"r","title":"t","when":{"id":"c1","all":[]}}`:                                                        "an empty all",
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.nationality","op":"member_of","value":"x"}}`:     `no reference list "x"`,
		`{"id":"r","title":"t","when":{"id":"c1","any":"nope","where":{"field":"traveler.surname","op":"exists"}}}`: `unknown collection "nope"`,
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.surname","op":"exists","extra":1}}`:              `unknown key "extra"`,
		`{"id":"r","title":"t","when":{"id":"c1","field":"traveler.ageYears","op":"between","value":[9,1]}}`:        "low is above high",
		`{"id":"r","when":{"field":"traveler.surname","op":"exists"}}`:                                              "no title",
	}
	for rules, want := range cases {
		_, err := risk.Compile([]byte(`{"rules":[`+rules+`]}`), &risk.CompileOptions{Catalogue: testCatalogue(t)})
		var ce risk.CompileErrors
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\n got %v\nwant %q", rules, err, want)
		}
	}
	// A JSON error gives its line and column.
	_, err := risk.Compile([]byte("{\"rules\": [\n  {\"id\": \"r\",, }]}"), nil)
	var se *risk.SyntaxError
	if !errors.As(err, &se) || se.Line != 2 || se.Column != 14 { // the second comma
		t.Errorf("syntax error: %v", err)
	}
	// Nesting past the limit.
	deep := strings.Repeat(`{"not":`, 40) + `{"field":"traveler.surname","op":"exists"}` + strings.Repeat("}", 40)
	if _, err := risk.Compile([]byte(`{"rules":[{"id":"r","title":"t","when":`+deep+`}]}`), &risk.CompileOptions{Catalogue: testCatalogue(t)}); err == nil ||
		!strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("deep: %v", err)
	}
}

func TestCapsDispositionsAndHash(t *testing.T) {
	born := civil.Date{Year: 1990, Month: 1, Day: 1}
	f := flightOf(t, pax("A", "XXA", born), pax("B", "XXA", born), pax("C", "XXA", born))
	rs := compile(t, `{"id":"r","version":2,"title":"t","weight":0.6,"hitCap":2,"when":{"field":"traveler.nationality","op":"eq","value":"XXA"}}`)
	res := evaluate(t, rs, f, risk.Options{})
	if len(res.Capped) != 1 || res.Capped[0].Dropped != 1 || outcome(res.Travelers[2]) != "" {
		t.Fatalf("capped %+v, third %q", res.Capped, outcome(res.Travelers[2]))
	}
	if res.Travelers[0].Score != 0.6 || !strings.HasPrefix(res.RulesetHash, "sha256:") || res.Lists != nil && len(res.Lists) != 0 {
		t.Errorf("score %v hash %q lists %v", res.Travelers[0].Score, res.RulesetHash, res.Lists)
	}
	h := res.Travelers[0].Hits[0]
	d := risk.Disposition{Traveler: res.Travelers[0].Key, Kind: "criteria", Rule: "r", Version: "2", Fingerprint: h.Fingerprint}
	res2 := evaluate(t, rs, f, risk.Options{Cleared: []risk.Disposition{d}})
	if outcome(res2.Travelers[0]) != "" || len(res2.Travelers[0].Cleared) != 1 || outcome(res2.Travelers[2]) != "r" {
		t.Errorf("after clearing: %q cleared %v, third %q", outcome(res2.Travelers[0]), res2.Travelers[0].Cleared, outcome(res2.Travelers[2]))
	}
	// The same rules written otherwise hash alike; another version not.
	same := compile(t, `{"when":{"value":"XXA","op":"eq","field":"traveler.nationality"},"id":"r","version":2,"title":"t","weight":0.6,"hitCap":2}`)
	other := compile(t, `{"id":"r","version":3,"title":"t","weight":0.6,"hitCap":2,"when":{"field":"traveler.nationality","op":"eq","value":"XXA"}}`)
	if same.Hash() != rs.Hash() || other.Hash() == rs.Hash() {
		t.Errorf("hashes %s %s %s", rs.Hash(), same.Hash(), other.Hash())
	}
}

// TestConcurrent: one engine evaluates many flights at once alike (-race).
func TestConcurrent(t *testing.T) {
	born := civil.Date{Year: 1990, Month: 1, Day: 1}
	f := flightOf(t, pax("A", "XXA", born), pax("B", "XXB", born))
	rs := compile(t, `{"id":"r","title":"t","when":{"field":"traveler.nationality","op":"member_of","value":"watch"}}`)
	want, _ := json.Marshal(evaluate(t, rs, f, risk.Options{}))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, _ := json.Marshal(evaluate(t, rs, f, risk.Options{}))
			if string(got) != string(want) {
				t.Error("results differ")
			}
		}()
	}
	wg.Wait()
}
