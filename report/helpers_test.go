package report_test

import (
	"context"
	"testing"
	"time"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
	"github.com/openpiu/piu/watchlist"
)

// evalNow is the time of every evaluation here, so that pages are the same
// from run to run.
var evalNow = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

// synthetic returns the flight of pnrgovtest's push of n PNRs joined with a
// passenger list of the same travellers, as manifest builds it for the
// receiving state KR (the flight is inbound), as risk's tests do.
func synthetic(tb testing.TB, n int, seed uint64) *manifest.Flight {
	tb.Helper()
	f, err := risktest.FlightOf(pnrgovtest.Push(n, seed))
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// rules are criteria over the built-in catalogue: a comparison, a lead time
// a quantifier over documents and a count, so that the page shows each kind
// of evidence.
const rules = `{"name": "test criteria", "version": "2026-12", "rules": [
 {"id": "R-NAT", "version": 2, "title": "Nationality of interest", "category": "test", "severity": "medium", "weight": 0.3,
  "when": {"id": "nat", "field": "traveler.nationality", "op": "in", "value": ["%s"]}},
 {"id": "R-LEAD", "version": 1, "title": "Booked at short notice", "severity": "high", "weight": 0.5,
  "when": {"all": [
   {"id": "lead", "field": "booking.leadHours", "op": "lt", "value": 1280},
   {"id": "doc", "any": "documents", "where": {"all": [
     {"id": "ptype", "field": "document.type", "op": "eq", "value": "P"},
     {"id": "exp", "field": "document.expiresInDays", "op": "gt", "value": 0}]}}]}},
 {"id": "R-DOCS", "version": 1, "title": "A document issued by EGY", "severity": "low", "weight": 0.1,
  "when": {"id": "n", "count": "documents", "where": {"field": "document.issuingCountry", "op": "eq", "value": "EGY"}, "op": "ge", "value": 1}},
 {"id": "R-RES", "version": 1, "title": "Residence on a list", "severity": "low", "weight": 0.1,
  "when": {"field": "traveler.residence", "op": "member_of", "value": "countries"}}
]}`

// engine compiles the rules (nationality picks the nationality R-NAT hits)
// and an index of the entries.
func engine(tb testing.TB, rulesJSON string, entries []watchlist.Entry) *risk.Engine {
	tb.Helper()
	rs, err := risk.Compile([]byte(rulesJSON), &risk.CompileOptions{Lists: map[string]*risk.RefList{
		"countries": {Name: "countries", Version: "7", Values: []string{"XXA"}}}})
	if err != nil {
		tb.Fatal(err)
	}
	idx, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		tb.Fatal(err)
	}
	e, err := risk.NewEngine(risk.Config{Rules: rs, Watchlists: []risk.Watchlist{{Name: "NATIONAL", Version: "2026-11-30", Index: idx}}})
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func evaluate(tb testing.TB, e *risk.Engine, f *manifest.Flight) *risk.Result {
	tb.Helper()
	res, err := e.EvaluateWith(context.Background(), f, risk.Options{Now: evalNow})
	if err != nil {
		tb.Fatal(err)
	}
	return res
}
