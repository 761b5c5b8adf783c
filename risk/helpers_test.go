package risk_test

import (
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/risk/risktest"
)

// realistic returns the flight of pnrgovtest's push of n PNRs joined with a
// passenger list of the same travellers, as manifest builds it for the
// receiving state KR. Before it is encoded, the push's first traveller is
// given a vegan meal, a wheelchair and a ticket-number SSR, so that the
// ssrs collection has something to leave out.
func realistic(tb testing.TB, n int, seed uint64) *manifest.Flight {
	tb.Helper()
	m := pnrgovtest.Push(n, seed)
	t0 := &m.PNRs[0].Travelers[0]
	t0.SSRs = append(t0.SSRs,
		pnrgov.SSR{Code: "VGML", Status: "HK", Quantity: "1", Airline: "ZZ"},
		pnrgov.SSR{Code: "WCHR", Status: "HK", Quantity: "1", Airline: "ZZ"},
		pnrgov.SSR{Code: "TKNE", Status: "HK", Quantity: "1", Airline: "ZZ", Text: "9991234567890C1"})
	f, err := risktest.FlightOf(m)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}
