package main

import (
	"context"
	"strings"
	"testing"

	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk/risktest"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"t6   UPR0006  OKAFOR DANIEL        no board (watchlist DEMO-DOC-1)", "answered 11 passengers", "ERC+1Z'"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}

// TestAnswer checks the answer as the airline reads it: decoded again,
// the request echoed, one answer per passenger, the passengers the scenario
// puts on a watchlist or under a high-severity rule held.
func TestAnswer(t *testing.T) {
	engine, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	push, err := pnrgov.Decode(risktest.PNRGOV(), nil)
	if err != nil {
		t.Fatal(err)
	}
	req, err := request()
	if err != nil {
		t.Fatal(err)
	}
	a, err := answer(context.Background(), engine, push.Messages[0], req)
	if err != nil {
		t.Fatal(err)
	}
	res, err := cusres.Decode(a.cusres, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Responses) != 1 || len(res.Diagnostics) != 0 {
		t.Fatalf("%d responses, diagnostics %v; want 1, none", len(res.Responses), res.Diagnostics)
	}
	r := res.Responses[0]
	if r.Type != cusres.TypeResponse || r.TransactionRef != "IAPI0001" || r.Flight != "ZZ0100" {
		t.Errorf("type %q, transaction %q, flight %q", r.Type, r.TransactionRef, r.Flight)
	}
	held := map[string]bool{"UPR0001": true, "UPR0002": true, "UPR0003": true, "UPR0006": true}
	if len(r.Results) != 11 {
		t.Fatalf("%d answers, want 11", len(r.Results))
	}
	for _, ans := range r.Results {
		want := cusres.StatusOKToBoard
		if held[ans.PassengerRef] {
			want = cusres.StatusNoBoard
		}
		if ans.Status != want {
			t.Errorf("%s: %s, want %s", ans.PassengerRef, ans.Status, want)
		}
	}
}

// TestDeadline: a deadline already passed gives an error, not an answer.
func TestDeadline(t *testing.T) {
	engine, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	push, _ := pnrgov.Decode(risktest.PNRGOV(), nil)
	req, _ := request()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := answer(ctx, engine, push.Messages[0], req); err == nil {
		t.Error("answered after the deadline")
	}
}
