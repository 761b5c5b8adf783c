package main

import (
	"strings"
	"testing"
)

// TestRun checks the facts the quick start shows: each kind of hit on the
// traveller the scenario puts it on, with its observed values.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"flight ZZ100 2026-11-25 inbound",
		"t1 RAHIMI KARIM, criteria score 0.76",
		`rule R-1 v2 "One-way cash booking made less than 48 hours before departure" (high)`,
		"lead true: booking.leadHours lt 48, observed 22.33",
		`nat true: traveler.nationality member_of "watch-countries", observed "ZZB"`,
		"t3 SAMPEL ANNA MARIA",
		`watchlist DEMO DEMO-1, score 1.00, listed name "ANA MARIA SAMPEL"`,
		"watchlist DEMO DEMO-DOC-1",
		"expiry true: document.expiresInDays between [0, 30], observed 11",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Travellers without a hit are not printed; R-4 hits no one.
	for _, absent := range []string{"FERREIRA", "R-4"} {
		if strings.Contains(out, absent) {
			t.Errorf("output has %q:\n%s", absent, out)
		}
	}
}
