package risk_test

import (
	"context"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/risk"
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
