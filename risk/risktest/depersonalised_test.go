package risktest_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// seen is a plug-in rule that records what its Env tells it about
// depersonalisation.
type seen struct{ depersonalised, masked []bool }

func (s *seen) Spec() risk.RuleSpec {
	return risk.RuleSpec{ID: "P-SEEN", Version: 1, Title: "records its Env", Weight: 0.1}
}

func (s *seen) Evaluate(env *risk.Env) (risk.Truth, []risk.Evidence) {
	s.depersonalised = append(s.depersonalised, env.Depersonalised)
	s.masked = append(s.masked, env.IsMasked(env.Traveler.Surname))
	return risk.False, nil
}

// TestDepersonalisedScenario evaluates the scenario as depersonalised: no
// watchlist is screened, the rules on identifying data are not evaluable,
// and plug-ins learn it from their Env; Options.Masked reaches them too.
func TestDepersonalisedScenario(t *testing.T) {
	f, _ := evaluate(t)
	plug := &seen{}
	e := engine(t, plug)
	// Masked reports every surname beginning with R (RAHIMI) as masked.
	masked := func(s string) bool { return strings.HasPrefix(s, "R") }
	res, err := e.EvaluateWith(context.Background(), f, risk.Options{Now: risktest.Now, Depersonalised: true, Masked: masked})
	if err != nil {
		t.Fatal(err)
	}
	watch, notEvaluable := 0, 0
	for _, tr := range res.Travelers {
		watch += len(tr.WatchlistHits)
		notEvaluable += len(tr.NotEvaluable)
	}
	if watch != 0 || notEvaluable == 0 {
		t.Errorf("depersonalised: %d watchlist hits, %d not evaluable; want none, and some", watch, notEvaluable)
	}
	for i, d := range plug.depersonalised {
		tv := f.Travelers[i]
		if !d || plug.masked[i] != strings.HasPrefix(tv.Surname, "R") {
			t.Errorf("traveller %d: Env.Depersonalised %v, IsMasked %v", i, d, plug.masked[i])
		}
	}
	if len(plug.depersonalised) != len(f.Travelers) {
		t.Errorf("plug-in ran for %d of %d travellers", len(plug.depersonalised), len(f.Travelers))
	}
}

// TestMaskedOption: Options.Masked alone makes the values it reports
// masked, without Depersonalised; watchlists are still screened.
func TestMaskedOption(t *testing.T) {
	f, plain := evaluate(t)
	all := func(string) bool { return true }
	res, err := engine(t).EvaluateWith(context.Background(), f, risk.Options{Now: risktest.Now, Masked: all})
	if err != nil {
		t.Fatal(err)
	}
	hits := func(r *risk.Result) (criteria, watch int) {
		for _, tr := range r.Travelers {
			criteria += len(tr.Hits)
			watch += len(tr.WatchlistHits)
		}
		return
	}
	c0, w0 := hits(plain)
	c1, w1 := hits(res)
	if c1 >= c0 || w1 != w0 {
		t.Errorf("criteria hits %d → %d (want fewer), watchlist hits %d → %d (want the same)", c0, c1, w0, w1)
	}
}

// Results read back from JSON with their truth values.
func TestTruthText(t *testing.T) {
	for _, v := range []risk.Truth{risk.True, risk.False, risk.Unknown} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var back risk.Truth
		if err := json.Unmarshal(b, &back); err != nil || back != v {
			t.Errorf("%s: read back %v, %v", b, back, err)
		}
	}
	var x risk.Truth
	if err := x.UnmarshalText([]byte("maybe")); err == nil {
		t.Error("maybe: no error")
	}
}
