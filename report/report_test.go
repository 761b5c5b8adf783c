package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/report"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/watchlist"
)

// listed is a national list entry that the synthetic flight's second
// traveller (KOWALCZYK FATIMA, born 1967-11-15, EGY) may be, spelt a
// little differently, and one nobody on the flight is.
var listed = []watchlist.Entry{
	{ID: "NAT:17", Source: "NATIONAL", Category: watchlist.CategoryIndividual, Reference: "N-17",
		Names:         []watchlist.Name{{Full: "KOWALCZYK, FATIMA", Surname: "KOWALCZYK", Given: "FATIMA"}, {Full: "FATIMAH KOWALCZIK", Kind: watchlist.NameAlias}},
		BirthDates:    []watchlist.BirthDate{watchlist.ExactBirthDate(1967, 11, 15)},
		Nationalities: []string{"EGY"}},
	{ID: "NAT:18", Source: "NATIONAL", Category: watchlist.CategoryIndividual,
		Names: []watchlist.Name{{Full: "ZZYZX QUUX", Surname: "QUUX", Given: "ZZYZX"}}},
}

// page evaluates the synthetic flight and returns it with its result and
// page.
func page(t testing.TB) (*manifest.Flight, *risk.Result, string) {
	t.Helper()
	f := synthetic(t, 5, 1)
	e := engine(t, fmt.Sprintf(rules, "DEU"), listed)
	res := evaluate(t, e, f)
	var b bytes.Buffer
	if err := report.HTML(&b, f, res, &report.Options{Ruleset: "test criteria 2026-12"}); err != nil {
		t.Fatal(err)
	}
	return f, res, b.String()
}

func TestPage(t *testing.T) {
	_, res, s := page(t)
	for _, want := range []string{
		`<html lang="en">`, `<meta charset="utf-8">`,
		"ZZ 100", "2026-11-25", "inbound", "SIN", "ICN", "2026-11-25 14:30", "2026-11-25 22:05",
		"R-NAT", "R-LEAD", "R-DOCS", "v2", "Nationality of interest", "traveler.nationality", `[&#34;DEU&#34;]`,
		"observed <bdi class=\"obs obs-known\">DEU</bdi>", "document.expiresInDays", "documents no. 1",
		"KOWALCZYK, FATIMA", "NAT:17", "NATIONAL", "2026-11-30", "birthDate", "exact",
		res.RulesetHash, "test criteria 2026-12", "2026-11-24 09:30:00 UTC",
		"Hits are not decisions",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Watchlist and criteria hits are in sections of their own.
	w, c := strings.Index(s, "Watchlist hits ("), strings.Index(s, "Criteria hits (")
	if w < 0 || c < 0 {
		t.Fatalf("hit sections: watchlist at %d, criteria at %d", w, c)
	}
	if strings.Count(s, `<section class="hits watch">`) != 1 {
		t.Errorf("want one watchlist section")
	}
	// The traveller with the watchlist hit (score near 1) comes first.
	if i, j := strings.Index(s, "KOWALCZYK"), strings.Index(s, "HASSAN"); i > j {
		t.Errorf("KOWALCZYK at %d after HASSAN at %d", i, j)
	}
	if !strings.HasSuffix(s, "</html>\n") {
		t.Errorf("page ends %q", s[len(s)-20:])
	}
}

func TestGolden(t *testing.T) {
	_, _, s := page(t)
	golden.Check(t, "testdata/flight.html", []byte(s))
}

// TestDeterministic: the same inputs give the same bytes.
func TestDeterministic(t *testing.T) {
	_, _, a := page(t)
	for range 5 {
		if _, _, b := page(t); a != b {
			t.Fatal("pages differ")
		}
	}
}

func TestNoResult(t *testing.T) {
	if err := report.HTML(&bytes.Buffer{}, nil, nil, nil); err == nil {
		t.Error("nil result: no error")
	}
	// A result alone: travellers by ID.
	var b bytes.Buffer
	r := &risk.Result{Carrier: "ZZ", Number: "1", Date: civil.Date{Year: 2026, Month: 1, Day: 2}, EvaluatedAt: time.Unix(0, 0),
		Travelers: []risk.TravelerResult{{Traveler: "t1", Score: 0.5, Hits: []risk.Hit{{Rule: "R", Title: "T", Weight: 0.5}}}}}
	if err := report.HTML(&b, nil, r, nil); err != nil || !strings.Contains(b.String(), "traveller-t1") {
		t.Errorf("%v", err)
	}
}
