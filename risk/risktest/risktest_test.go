package risktest_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// engine is the scenario's engine (risktest.Config) with plugins added.
func engine(t *testing.T, plugins ...risk.Rule) *risk.Engine {
	t.Helper()
	cfg, err := risktest.Config()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Plugins = append(cfg.Plugins, plugins...)
	e, err := risk.NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// evaluate runs the whole chain on the scenario: bytes, manifest, engine.
func evaluate(t *testing.T) (*manifest.Flight, *risk.Result) {
	t.Helper()
	b := manifest.NewBuilder()
	b.Country = risktest.Country
	for _, data := range [][]byte{risktest.PAXLST(), risktest.PNRGOV()} {
		if _, err := b.Decode(data); err != nil {
			t.Fatal(err)
		}
	}
	flights := b.Build()
	if len(flights) != 1 {
		t.Fatalf("%d flights, want 1", len(flights))
	}
	res, err := engine(t).EvaluateWith(context.Background(), flights[0], risk.Options{Now: risktest.Now})
	if err != nil {
		t.Fatal(err)
	}
	return flights[0], res
}

// TestScenario checks that the scenario shows what its documentation says:
// each kind of result, on the traveller it names, and nothing else.
func TestScenario(t *testing.T) {
	f, res := evaluate(t)
	if f.Direction != manifest.DirectionInbound {
		t.Errorf("direction %q, want inbound", f.Direction)
	}
	got := map[string][]string{} // surname given: what hit
	for i, tr := range res.Travelers {
		tv := f.Travelers[i]
		if tv.ID != tr.Traveler {
			t.Fatalf("result %d is of %s, want %s", i, tr.Traveler, tv.ID)
		}
		if tv.Link == nil {
			t.Errorf("%s: API and PNR not linked", tv.ID)
		}
		name := tv.Surname + " " + tv.GivenNames
		for _, h := range tr.Hits {
			got[name] = append(got[name], h.Rule)
		}
		for _, h := range tr.WatchlistHits {
			got[name] = append(got[name], h.Match.EntryID)
		}
		for _, n := range tr.NotEvaluable {
			got[name] = append(got[name], "?"+n.Rule)
		}
	}
	want := map[string][]string{
		"RAHIMI KARIM":      {"R-1", "R-2"},
		"RAHIMI NOOR":       {"R-1", "?R-2"},
		"LINDQVIST DREW":    {"?R-2"}, // pnrgovtest's: one way, no DOCS
		"LINDQVIST ERIK":    {"R-3"},
		"SAMPEL ANNA MARIA": {"DEMO-1"},
		"OKAFOR DANIEL":     {"DEMO-DOC-1"},
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("%s: %v, want %v", name, got[name], w)
		}
	}
	for name, g := range got {
		if want[name] == nil {
			t.Errorf("%s: unexpected %v", name, g)
		}
	}
	if len(res.Lists) != 2 || res.RulesetHash == "" {
		t.Errorf("lists %v, hash %q: want the reference list and the watchlist, and a hash", res.Lists, res.RulesetHash)
	}
}

// TestEvidence checks that R-1's hit carries the values observed.
func TestEvidence(t *testing.T) {
	_, res := evaluate(t)
	for _, tr := range res.Travelers {
		for _, h := range tr.Hits {
			if h.Rule != "R-1" {
				continue
			}
			if len(h.Conditions) != 1 || len(h.Conditions[0].Conditions) != 3 {
				t.Fatalf("R-1 evidence %+v: want the all group of three", h.Conditions)
			}
			lead := h.Conditions[0].Conditions[0]
			if lead.Condition != "lead" || lead.Observed == nil || lead.Observed.Num <= 0 || lead.Observed.Num >= 48 {
				t.Errorf("lead evidence %+v", lead)
			}
			return
		}
	}
	t.Fatal("no R-1 hit")
}

// TestStable: the data are the same at every call, and the callers own them.
func TestStable(t *testing.T) {
	if !bytes.Equal(risktest.PNRGOV(), risktest.PNRGOV()) || !bytes.Equal(risktest.PAXLST(), risktest.PAXLST()) {
		t.Error("the interchanges differ between calls")
	}
	r := risktest.Rules()
	r[0] = 'x'
	if risktest.Rules()[0] == 'x' {
		t.Error("Rules returns the package's own bytes")
	}
}
