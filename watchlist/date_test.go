package watchlist

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
)

func TestBirthDateCompare(t *testing.T) {
	q := civil.Date{Year: 1971, Month: time.May, Day: 3}
	tests := []struct {
		name string
		b    BirthDate
		q    civil.Date
		tol  int
		want DateEvidence
	}{
		{"exact", ExactBirthDate(1971, time.May, 3), q, 1, DateExact},
		{"swapped day and month", ExactBirthDate(1971, time.March, 5), q, 1, DateSwapped},
		{"same year other day is near", ExactBirthDate(1971, time.June, 3), q, 1, DateNear},
		{"same year other day without tolerance", ExactBirthDate(1971, time.June, 3), q, 0, DateConflict},
		{"month only", BirthDate{From: civil.Date{Year: 1971, Month: time.May, Day: 0}, To: civil.Date{Year: 1971, Month: time.May, Day: 0}}, q, 1, DateMonth},
		{"year only", BirthYear(1971), q, 1, DateYear},
		{"year off by one is near", BirthYear(1972), q, 1, DateNear},
		{"year off by three conflicts", BirthYear(1974), q, 1, DateConflict},
		{"approximate doubles the tolerance", BirthDate{From: civil.Date{Year: 1973}, To: civil.Date{Year: 1973}, Approximate: true}, q, 1, DateNear},
		{"inside a range", BirthYearRange(1968, 1972), q, 1, DateInRange},
		{"just outside a range", BirthYearRange(1972, 1974), q, 1, DateNear},
		{"far outside a range", BirthYearRange(1980, 1982), q, 1, DateConflict},
		{"traveller date unknown", BirthYear(1971), civil.Date{}, 1, DateUnknown},
		{"listed date unknown", BirthDate{}, q, 1, DateUnknown},
		{"traveller gives only a year", ExactBirthDate(1971, time.May, 3), civil.Date{Year: 1971}, 1, DateMonth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.Compare(tt.q, tt.tol); got != tt.want {
				t.Errorf("Compare = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBestDateEvidence(t *testing.T) {
	dates := []BirthDate{BirthYear(1960), ExactBirthDate(1971, time.May, 3), BirthYearRange(1970, 1972)}
	got, at := bestDateEvidence(dates, civil.Date{Year: 1971, Month: time.May, Day: 3}, 1)
	if got != DateExact || at != 1 {
		t.Errorf("best = %v at %d, want exact at 1", got, at)
	}
	got, at = bestDateEvidence(dates[:1], civil.Date{Year: 1971, Month: time.May, Day: 3}, 1)
	if got != DateConflict || at != 0 {
		t.Errorf("best = %v at %d, want conflict at 0", got, at)
	}
}

func TestParseBirthDate(t *testing.T) {
	tests := []struct {
		in      string
		want    BirthDate
		wantErr bool
	}{
		{"1971-05-03", ExactBirthDate(1971, time.May, 3), false},
		{"1971", BirthYear(1971), false},
		{"1971-05", BirthDate{From: civil.Date{Year: 1971, Month: 5, Day: 0}, To: civil.Date{Year: 1971, Month: 5, Day: 0}}, false},
		{"~1960..1962", BirthDate{From: civil.Date{Year: 1960}, To: civil.Date{Year: 1962}, Approximate: true}, false},
		{"1962..1960", BirthDate{}, true},
		{"1971-02-30", BirthDate{}, true},
		{"1971-00", BirthDate{}, true},
		{"71", BirthDate{}, true},
		{"", BirthDate{}, true},
		{"+971", BirthDate{}, true},
	}
	for _, tt := range tests {
		got, err := ParseBirthDate(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseBirthDate(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("ParseBirthDate(%q) (-want +got):\n%s", tt.in, d)
		}
		if err == nil {
			if back, _ := ParseBirthDate(got.String()); back != got {
				t.Errorf("round trip of %q through %q gave %v", tt.in, got.String(), back)
			}
		}
	}
}

func TestParseOFACDate(t *testing.T) {
	tests := []struct {
		in   string
		want BirthDate
		ok   bool
	}{
		{"10 Dec 1948", ExactBirthDate(1948, time.December, 10), true},
		{"Dec 1948", BirthDate{From: civil.Date{Year: 1948, Month: 12, Day: 0}, To: civil.Date{Year: 1948, Month: 12, Day: 0}}, true},
		{"1948", BirthYear(1948), true},
		{"circa 1960", BirthDate{From: civil.Date{Year: 1960}, To: civil.Date{Year: 1960}, Approximate: true}, true},
		{"1960 to 1962", BirthYearRange(1960, 1962), true},
		{"01 Jan 1960 to 31 Dec 1962", BirthDate{From: civil.Date{Year: 1960, Month: 1, Day: 1}, To: civil.Date{Year: 1962, Month: 12, Day: 31}}, true},
		{"circa 1955-1958", BirthDate{From: civil.Date{Year: 1955}, To: civil.Date{Year: 1958}, Approximate: true}, true},
		{"31 Feb 1970", BirthDate{}, false},
		{"sometime", BirthDate{}, false},
	}
	for _, tt := range tests {
		got, ok := parseOFACDate(tt.in)
		if ok != tt.ok {
			t.Errorf("parseOFACDate(%q) ok = %v", tt.in, ok)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("parseOFACDate(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

func timeMonth(m int) time.Month { return time.Month(m) }
