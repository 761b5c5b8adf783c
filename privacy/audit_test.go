package privacy_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/openpiu/piu/privacy"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// TestAudit: the record of an evaluation names the ruleset, lists, flight,
// messages and every hit, and holds no value of any traveller.
func TestAudit(t *testing.T) {
	cfg, err := risktest.Config()
	if err != nil {
		t.Fatal(err)
	}
	e, err := risk.NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f, err := risktest.FlightOf(risktest.Push())
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.EvaluateWith(context.Background(), f, risk.Options{Now: risktest.Now})
	if err != nil {
		t.Fatal(err)
	}
	a := privacy.AuditOf(r, f)
	a.Actor, a.Purpose, a.Time = "officer-17", "pre-arrival screening", time.Date(2026, 11, 26, 6, 0, 0, 0, time.UTC)
	_, removed := filter(t).PNRGOV(risktest.Push())
	a.AddRemovals(removed)
	_, m, err := masker(t, false).PNRGOV(risktest.Push())
	if err != nil {
		t.Fatal(err)
	}
	a.AddMasking(m)
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	hits := 0
	for _, tr := range r.Travelers {
		hits += len(tr.Hits) + len(tr.WatchlistHits)
	}
	if hits == 0 || len(a.Hits) != hits || a.RulesetHash == "" || len(a.Lists) == 0 || len(a.Messages) != 2 || a.Masked["names"] == 0 {
		t.Fatalf("audit %s", js)
	}
	for _, tr := range f.Travelers {
		for _, v := range []string{tr.Surname, tr.GivenNames, tr.BirthDate.String(), risk.TravelerKey(tr)} {
			if len(v) >= 4 && strings.Contains(string(js), v) {
				t.Errorf("the audit record holds a traveller's value (%d bytes)", len(v))
			}
		}
		for _, d := range tr.Documents {
			if strings.Contains(string(js), d.Number) {
				t.Error("the audit record holds a document number")
			}
		}
		if tr.PNR != nil && strings.Contains(string(js), tr.PNR.Locator) {
			t.Error("the audit record holds a record locator")
		}
	}
}
