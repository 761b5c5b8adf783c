package main

import (
	"strings"
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`t1 RAHIMI KARIM: plugin GO-1 "Seated far from every co-traveller of the booking", weight 0.3, score 0.83`,
		`t2 RAHIMI NOOR: plugin GO-1`,
		`{"condition":"rowGap","truth":"true","op":"ge","value":15,"observed":17}`,
		`t1 RAHIMI KARIM: rules R-1`, // the JSON rules still hit beside it
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "plugin GO-1"); n != 2 {
		t.Errorf("%d plug-in hits, want 2:\n%s", n, out)
	}
}

// TestEvaluate checks the plug-in's three answers on copies of the
// scenario's travellers: near, alone, and a seat not known.
func TestEvaluate(t *testing.T) {
	b := manifest.NewBuilder()
	for _, data := range [][]byte{risktest.PAXLST(), risktest.PNRGOV()} {
		if _, err := b.Decode(data); err != nil {
			t.Fatal(err)
		}
	}
	f := b.Build()[0]
	rule := seatedApart{MinRows: 15}
	eval := func(tr *manifest.Traveler) risk.Truth {
		got, _ := rule.Evaluate(&risk.Env{Flight: f, Traveler: tr})
		return got
	}
	karim := *f.Travelers[0] // RAHIMI KARIM, 17 rows from his co-traveller
	if got := eval(&karim); got != risk.True {
		t.Errorf("apart: %v, want true", got)
	}
	near := karim
	near.Features.Seat = "030A"
	if got := eval(&near); got != risk.False {
		t.Errorf("near: %v, want false", got)
	}
	alone := karim
	alone.CoTravelers = nil
	if got := eval(&alone); got != risk.False {
		t.Errorf("alone: %v, want false", got)
	}
	noSeat := karim
	noSeat.Features.Seat = ""
	if got, ev := rule.Evaluate(&risk.Env{Flight: f, Traveler: &noSeat}); got != risk.Unknown || len(ev) == 0 {
		t.Errorf("no seat: %v %v, want unknown with evidence", got, ev)
	}
}
