package watchlist

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
)

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY (a partial civil.Date). The
// empty string is the zero Date.
func parseDate(s string) (civil.Date, error) {
	d, err := civil.ParsePartialDate(s)
	if err != nil {
		return civil.Date{}, fmt.Errorf("%w: date is not YYYY, YYYY-MM or YYYY-MM-DD", ErrValue)
	}
	return d, nil
}

// full reports whether d has a year, a month and a day.
func full(d civil.Date) bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// BirthDate is what a list says about a date of birth: an exact date
// (From == To, full), a month or a year (From == To, a partial civil.Date),
// or a range of years or dates (From before To). Approximate marks "circa" and
// "approximately": the tolerance of Options.BirthYearTolerance then applies
// even to exact dates. An entry may carry several.
type BirthDate struct {
	From        civil.Date `json:"from"`
	To          civil.Date `json:"to"`
	Approximate bool       `json:"approximate,omitempty"`
}

// ExactBirthDate returns a full date of birth.
func ExactBirthDate(year int, month time.Month, day int) BirthDate {
	d := civil.Date{Year: year, Month: month, Day: day}
	return BirthDate{From: d, To: d}
}

// BirthYear returns a year-only date of birth.
func BirthYear(year int) BirthDate {
	d := civil.Date{Year: year}
	return BirthDate{From: d, To: d}
}

// BirthYearRange returns a range of years, inclusive.
func BirthYearRange(from, to int) BirthDate {
	return BirthDate{From: civil.Date{Year: from}, To: civil.Date{Year: to}}
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

// bounds returns the day numbers of a full date, or of the first and last
// day of the month or year a partial date denotes.
func bounds(d civil.Date) (lo, hi int) {
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
func (b BirthDate) Compare(q civil.Date, toleranceYears int) DateEvidence {
	if q.IsZero() || b.From.IsZero() {
		return DateUnknown
	}
	to := b.To
	if to.IsZero() {
		to = b.From
	}
	single := to == b.From
	if single && full(q) {
		f := b.From
		switch {
		case full(f) && f == q:
			return DateExact
		case full(f) && f.Year == q.Year && int(f.Month) == q.Day && f.Day == int(q.Month):
			if !b.Approximate {
				return DateSwapped
			}
		case !full(f) && f.Month != 0 && f.Year == q.Year && f.Month == q.Month:
			return DateMonth
		case f.Month == 0 && f.Year == q.Year:
			return DateYear
		}
	}
	lo, _ := bounds(b.From)
	_, hi := bounds(to)
	qlo, qhi := bounds(q)
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
func bestDateEvidence(dates []BirthDate, q civil.Date, tol int) (DateEvidence, int) {
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
	if b.From, err = parseDate(from); err != nil || b.From.IsZero() {
		return BirthDate{}, fmt.Errorf("%w: birth date is not a date or range", ErrValue)
	}
	b.To = b.From
	if isRange {
		if b.To, err = parseDate(to); err != nil || b.To.IsZero() {
			return BirthDate{}, fmt.Errorf("%w: birth date is not a date or range", ErrValue)
		}
		lo, _ := bounds(b.From)
		if _, hi := bounds(b.To); hi < lo {
			return BirthDate{}, fmt.Errorf("%w: birth date range ends before it starts", ErrValue)
		}
	}
	return b, nil
}
