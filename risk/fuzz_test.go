package risk_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// FuzzCompile: any rules file compiles or gives an error, never a panic,
// and a ruleset that compiles evaluates a flight without one.
func FuzzCompile(f *testing.F) {
	f.Add([]byte(`{"rules":[{"id":"r","title":"t","when":{"all":[{"field":"traveler.nationality","op":"in","value":["XXA"]},{"any":"documents","where":{"field":"document.expiryDate","op":"within","value":["-30d","0d"]}}]}}]}`))
	f.Add([]byte(`{"rules":[{"id":"r","title":"t","when":{"count":"documents","where":{"not":{"field":"document.issuingCountry","op":"member_of","value":"watch"}},"op":"between","value":[1,3]}}]}`))
	f.Add([]byte(`{"rules":[{"id":"r","title":"t","when":{"field":"traveler.surname","op":"name_like","value":{"name":"DOE","threshold":0.8}}}]}`))
	f.Add([]byte(`{"rules":[{"id":"r","title":"t","when":{"field":"traveler.surname","op":"matches","value":"^D(O|E)+$"}}]}`))
	cat := testCatalogue(f)
	lists := map[string]*risk.RefList{"watch": {Name: "watch", Values: []string{"XXA"}}}
	born := civil.Date{Year: 1990, Month: 1, Day: 1}
	flight := flightOf(f, pax("DOE", "XXA", born), pax("ROE", "", civil.Date{}))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := risk.Compile(data, &risk.CompileOptions{Catalogue: cat, Lists: lists})
		if err != nil {
			return
		}
		e, err := risk.NewEngine(risk.Config{Rules: rs})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.EvaluateWith(context.Background(), flight, risk.Options{Now: evalNow}); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzEvaluate: any traveller data (a PAXLST or PNRGOV interchange, broken
// or not) builds a flight that every built-in attribute and the risktest
// rules evaluate without a panic, and alike twice.
func FuzzEvaluate(f *testing.F) {
	f.Add(risktest.PAXLST())
	f.Add(risktest.PNRGOV())
	cat := risk.NewCatalogue()
	var rules []string
	for i, a := range cat.Attributes() {
		if !a.Prohibited {
			// Hits only where the value is missing: every attribute is read,
			// and few hits keep the fuzzer fast.
			rules = append(rules, fmt.Sprintf(`{"id":"A%d","title":"%s","when":{"not":{"field":%q,"op":"exists"}}}`, i, a.Path, a.Path))
		}
	}
	every, err := risk.Compile([]byte(`{"rules":[`+strings.Join(rules, ",")+`]}`), nil)
	if err != nil {
		f.Fatal(err)
	}
	lists, _ := risk.ReadLists(risktest.Lists())
	scenario, err := risk.Compile(risktest.Rules(), &risk.CompileOptions{Lists: lists})
	if err != nil {
		f.Fatal(err)
	}
	engines := []*risk.Engine{}
	for _, rs := range []*risk.Ruleset{every, scenario} {
		e, err := risk.NewEngine(risk.Config{Rules: rs})
		if err != nil {
			f.Fatal(err)
		}
		engines = append(engines, e)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := manifest.NewBuilder()
		b.Country = risktest.Country
		if _, err := b.Decode(data); err != nil {
			return
		}
		for _, fl := range b.Build() {
			for _, e := range engines {
				r1, err1 := e.EvaluateWith(context.Background(), fl, risk.Options{Now: risktest.Now})
				_, err2 := e.EvaluateWith(context.Background(), fl, risk.Options{Now: risktest.Now, Depersonalised: true})
				r3, _ := e.EvaluateWith(context.Background(), fl, risk.Options{Now: risktest.Now})
				if err1 != nil || err2 != nil {
					t.Fatalf("evaluate: %v, %v", err1, err2)
				}
				if !sameHits(r1, r3) {
					t.Fatal("two evaluations of one flight differ")
				}
			}
		}
	})
}

// sameHits reports whether two results raise the same hits, by fingerprint.
func sameHits(a, b *risk.Result) bool {
	if len(a.Travelers) != len(b.Travelers) {
		return false
	}
	for i := range a.Travelers {
		x, y := a.Travelers[i], b.Travelers[i]
		if len(x.Hits) != len(y.Hits) || len(x.NotEvaluable) != len(y.NotEvaluable) {
			return false
		}
		for k := range x.Hits {
			if x.Hits[k].Fingerprint != y.Hits[k].Fingerprint {
				return false
			}
		}
	}
	return true
}
