package risk_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/risk"
)

// rulesOf writes n rules: each keyed by a nationality no traveller has
// (so that the index rules them out) and asking for an age and a document.
func rulesOf(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"R%d","title":"t","when":{"all":[{"field":"traveler.nationality","op":"eq","value":"Q%03d"},`+
			`{"field":"traveler.ageYears","op":"ge","value":%d},{"field":"document.issuingCountry","op":"in","value":["XXA","XXB"]}]}}`, i, i%1000, i%80)
	}
	return b.String()
}

func benchFlight(b *testing.B) []paxlst.Person {
	var ps []paxlst.Person
	for i := range 500 {
		ps = append(ps, pax(fmt.Sprintf("P%d", i), "XXA", civil.Date{Year: 1950 + i%50, Month: 1, Day: 1},
			paxlst.Document{Type: "P", Number: fmt.Sprint(i), IssuingCountry: "XXA"}))
	}
	return ps
}

// BenchmarkEvaluateNoHits: a 500-traveller flight against 1,000 and
// 10,000 rules that none hits. Targets: ≤ 10 ms and ≤ 50 ms; no allocation
// per traveller (allocs/op stays at the flight's few).
func BenchmarkEvaluateNoHits(b *testing.B) {
	f := flightOf(b, benchFlight(b)...)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			rs := compile(b, rulesOf(n))
			e, _ := risk.NewEngine(risk.Config{Rules: rs})
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.EvaluateWith(context.Background(), f, risk.Options{Now: evalNow}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEvaluateHits: every traveller hits 10 of 1,000 unindexed rules,
// with full evidence. Target: ≤ 10 ms.
func BenchmarkEvaluateHits(b *testing.B) {
	f := flightOf(b, benchFlight(b)...)
	var r strings.Builder
	for i := range 1000 {
		if i > 0 {
			r.WriteByte(',')
		}
		fmt.Fprintf(&r, `{"id":"R%d","title":"t","when":{"all":[{"field":"traveler.ageYears","op":"between","value":[%d,%d]},`+
			`{"any":"documents","where":{"field":"document.issuingCountry","op":"eq","value":"XXA"}}]}}`, i, i%100, i%100)
	}
	rs := compile(b, r.String())
	e, _ := risk.NewEngine(risk.Config{Rules: rs})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.EvaluateWith(context.Background(), f, risk.Options{Now: evalNow}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile: 1,000 rules. Target: ≤ 10 ms.
func BenchmarkCompile(b *testing.B) {
	data := []byte(`{"rules":[` + rulesOf(1000) + `]}`)
	cat := testCatalogue(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := risk.Compile(data, &risk.CompileOptions{Catalogue: cat}); err != nil {
			b.Fatal(err)
		}
	}
}
