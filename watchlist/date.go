package watchlist

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date with no time zone. Month and Day may be zero when a
// list gives only a year (or a year and month); the zero Date means unknown.
type Date struct {
	Year  int        `json:"year,omitempty"`
	Month time.Month `json:"month,omitempty"`
	Day   int        `json:"day,omitempty"`
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Full reports whether d has a year, a month and a day.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// valid reports whether the parts that are present form a real date.
func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Day != 0 && d.Month == 0 {
		return false
	}
	if d.Day != 0 {
		t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

// String formats d as YYYY-MM-DD, YYYY-MM or YYYY.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate parses YYYY-MM-DD, YYYY-MM or YYYY. The empty string is the zero
// Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	var d Date
	bad := fmt.Errorf("%w: date is not YYYY, YYYY-MM or YYYY-MM-DD", ErrValue)
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, bad
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || s[0] == '+' || s[0] == '-' {
		return Date{}, bad
	}
	d.Year = y
	if len(s) >= 7 {
		m, err := strconv.Atoi(s[5:7])
		if s[4] != '-' || err != nil || s[5] == '+' || s[5] == '-' {
			return Date{}, bad
		}
		d.Month = time.Month(m)
	}
	if len(s) == 10 {
		dd, err := strconv.Atoi(s[8:10])
		if s[7] != '-' || err != nil || s[8] == '+' || s[8] == '-' {
			return Date{}, bad
		}
		d.Day = dd
	}
	if !d.valid() || (len(s) >= 7 && d.Month == 0) || (len(s) == 10 && d.Day == 0) {
		return Date{}, bad
	}
	return d, nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// BirthDate is what a list says about a date of birth: an exact date
// (From == To, full), a month or a year (From == To with zero day or month),
// or a range of years or dates (From before To). Approximate marks "circa" and
// "approximately": the tolerance of Options.BirthYearTolerance then applies
// even to exact dates. An entry may carry several.
type BirthDate struct {
	From        Date `json:"from"`
	To          Date `json:"to"`
	Approximate bool `json:"approximate,omitempty"`
}

// ExactBirthDate returns a full date of birth.
func ExactBirthDate(year int, month time.Month, day int) BirthDate {
	d := Date{year, month, day}
	return BirthDate{From: d, To: d}
}

// BirthYear returns a year-only date of birth.
func BirthYear(year int) BirthDate {
	d := Date{Year: year}
	return BirthDate{From: d, To: d}
}

// BirthYearRange returns a range of years, inclusive.
func BirthYearRange(from, to int) BirthDate {
	return BirthDate{From: Date{Year: from}, To: Date{Year: to}}
}

// String formats b as "1971", "1971-05-03", "1955..1958" and adds "~" when
// approximate.
func (b BirthDate) String() string {
	s := b.From.String()
	if b.To != b.From && !b.To.IsZero() {
		s += ".." + b.To.String()
	}
	if b.Approximate {
		s = "~" + s
	}
	return s
}

// DateEvidence grades how a traveller's date of birth relates to one listed
// birth date. The order matters: higher is stronger support.
type DateEvidence uint8

// Birth-date evidence grades, weakest first.
const (
	DateUnknown  DateEvidence = iota // either side has no date: neither supports nor contradicts
	DateConflict                     // the dates are incompatible
	DateNear                         // within the tolerance, not equal
	DateSwapped                      // same year; day and month swapped (a common keying error)
	DateInRange                      // inside a listed range of years or dates
	DateYear                         // the year agrees; the list gives only the year
	DateMonth                        // year and month agree; the list gives no day
	DateExact                        // the full date agrees
)

var dateEvidenceNames = [...]string{"unknown", "conflict", "near", "swapped", "inRange", "year", "month", "exact"}

// String returns the camelCase name used in evidence and explanations.
func (e DateEvidence) String() string {
	if int(e) < len(dateEvidenceNames) {
		return dateEvidenceNames[e]
	}
	return "date(" + strconv.Itoa(int(e)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (e DateEvidence) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// ordinal returns the day number of a full date, or of the first or last day
// of the month or year a partial date denotes.
func (d Date) bounds() (lo, hi int) {
	m1, m2 := d.Month, d.Month
	if d.Month == 0 {
		m1, m2 = 1, 12
	}
	d1, d2 := d.Day, d.Day
	if d.Day == 0 {
		d1 = 1
		d2 = daysIn(d.Year, m2)
	}
	return dayNumber(d.Year, m1, d1), dayNumber(d.Year, m2, d2)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayNumber counts days from a fixed origin, without allocating.
func dayNumber(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Compare grades the traveller's date q against b. toleranceYears widens
// every listed date by that many years for DateNear (and doubles for
// approximate dates, which lists use when they do not know better).
func (b BirthDate) Compare(q Date, toleranceYears int) DateEvidence {
	if q.IsZero() || b.From.IsZero() {
		return DateUnknown
	}
	to := b.To
	if to.IsZero() {
		to = b.From
	}
	single := to == b.From
	if single && q.Full() {
		f := b.From
		switch {
		case f.Full() && f == q:
			return DateExact
		case f.Full() && f.Year == q.Year && int(f.Month) == q.Day && f.Day == int(q.Month):
			if !b.Approximate {
				return DateSwapped
			}
		case !f.Full() && f.Month != 0 && f.Year == q.Year && f.Month == q.Month:
			return DateMonth
		case f.Month == 0 && f.Year == q.Year:
			return DateYear
		}
	}
	lo, _ := b.From.bounds()
	_, hi := to.bounds()
	qlo, qhi := q.bounds()
	if qlo <= hi && qhi >= lo {
		if single {
			if q.Year == b.From.Year {
				if b.From.Month == 0 {
					return DateYear
				}
				if b.From.Day == 0 || q.Day == 0 {
					return DateMonth
				}
			}
			return DateInRange
		}
		return DateInRange
	}
	tol := toleranceYears
	if b.Approximate {
		tol *= 2
	}
	if tol > 0 {
		pad := tol * 366
		if qlo <= hi+pad && qhi >= lo-pad {
			return DateNear
		}
	}
	return DateConflict
}

// bestDateEvidence compares q with every listed birth date and keeps the
// strongest grade, with the index of the birth date that gave it (-1 if none).
func bestDateEvidence(dates []BirthDate, q Date, tol int) (DateEvidence, int) {
	best, at := DateUnknown, -1
	for i, b := range dates {
		if e := b.Compare(q, tol); e > best {
			best, at = e, i
		}
	}
	return best, at
}

// ParseBirthDate parses the form String writes: "1971-05-03", "1971-05",
// "1971", a range "1955..1958" (either side any of those forms), each
// optionally preceded by "~" for approximate.
func ParseBirthDate(s string) (BirthDate, error) {
	var b BirthDate
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "~"); ok {
		b.Approximate, s = true, rest
	}
	from, to, isRange := strings.Cut(s, "..")
	var err error
	if b.From, err = ParseDate(from); err != nil || b.From.IsZero() {
		return BirthDate{}, fmt.Errorf("%w: birth date is not a date or range", ErrValue)
	}
	b.To = b.From
	if isRange {
		if b.To, err = ParseDate(to); err != nil || b.To.IsZero() {
			return BirthDate{}, fmt.Errorf("%w: birth date is not a date or range", ErrValue)
		}
		lo, _ := b.From.bounds()
		if _, hi := b.To.bounds(); hi < lo {
			return BirthDate{}, fmt.Errorf("%w: birth date range ends before it starts", ErrValue)
		}
	}
	return b, nil
}
