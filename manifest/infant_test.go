package manifest

import (
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
)

// TestInfantOn compares infantOn with the time.Date count it replaces, on
// days around two years of age, leap days, partial and invalid dates.
func TestInfantOn(t *testing.T) {
	ref := func(b, d civil.Date) bool {
		return !b.IsZero() && !d.IsZero() && d.Compare(b.AddDays(2*365+1)) < 0
	}
	births := []civil.Date{{}, {Year: 1980}, {Year: 2024, Month: 2}, {Year: 2024, Month: 2, Day: 30}, {Year: 9999, Month: 12, Day: 31}}
	for d := time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2025; d = d.AddDate(0, 0, 1) {
		births = append(births, civil.DateOf(d))
	}
	dates := []civil.Date{{}, {Year: 2026}, {Year: 2026, Month: 2, Day: 29}, {Year: 2026, Month: 13, Day: 1}}
	for d := time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2027; d = d.AddDate(0, 0, 3) {
		dates = append(dates, civil.DateOf(d))
	}
	for _, b := range births {
		for _, d := range dates {
			if got, want := infantOn(b, d), ref(b, d); got != want {
				t.Fatalf("infantOn(%v, %v) = %v, want %v", b, d, got, want)
			}
		}
	}
}
