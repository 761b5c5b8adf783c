// Package civil holds dates and local date-times as airline messages carry them:
// calendar values with no time zone. PAXLST and PNRGOV times are local to the
// airport they belong to, and the message does not say which offset applies, so
// this package never invents one (see ROADMAP: "no invented zones").
package civil

import (
	"errors"
	"fmt"
	"time"
)

// ErrSyntax is returned when a text is not a valid date or date-time.
var ErrSyntax = errors.New("civil: invalid date or time")

// Date is a calendar date with no time zone. The zero Date means "not given".
//
// A Date may be partial: a year alone (Month and Day zero) or a year and a
// month (Day zero), as watchlists give dates of birth. Valid is false for a
// partial date and ValidPartial true; String writes it as YYYY or YYYY-MM and
// ParsePartialDate and UnmarshalText read those forms back. Message models
// carry full dates only.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateTime is a local date and time of day with no time zone.
type DateTime struct {
	Date
	Hour   int
	Minute int
	Second int
}

// DateOf returns the date part of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date (not given).
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real calendar date, in years 1 to 9999.
func (d Date) Valid() bool {
	// Without time.Date: decoders check every date they read.
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Year < 1 || d.Year > 9999 || d.Day > monthDays[d.Month] {
		return false
	}
	if d.Month == 2 && d.Day == 29 {
		return d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0)
	}
	return true
}

// monthDays is the longest month of each number, February of a leap year.
var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// Partial reports whether d is a year alone or a year and a month: it has a
// year and no day.
func (d Date) Partial() bool { return d.Year != 0 && d.Day == 0 }

// ValidPartial reports whether the parts of d that are present form a real
// date: a valid full date, a year and a month, or a year alone.
func (d Date) ValidPartial() bool {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return false
	case d.Month == 0:
		return d.Day == 0
	case d.Day == 0:
		return d.Month >= 1 && d.Month <= 12
	}
	return d.Valid()
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, d.Month, d.Day+n, 0, 0, 0, 0, time.UTC))
}

// String formats d as YYYY-MM-DD, a partial date as YYYY-MM or YYYY, and
// the zero Date as "".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Partial() && d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Partial():
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsZero reports whether t is the zero DateTime (not given).
func (t DateTime) IsZero() bool { return t == DateTime{} }

// Valid reports whether t is a real date with a time of day in range.
func (t DateTime) Valid() bool {
	return t.Date.Valid() && t.Hour >= 0 && t.Hour < 24 && t.Minute >= 0 && t.Minute < 60 &&
		t.Second >= 0 && t.Second < 60
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t DateTime) Compare(u DateTime) int {
	if c := t.Date.Compare(u.Date); c != 0 {
		return c
	}
	if c := sign((t.Hour*60+t.Minute)*60 + t.Second - ((u.Hour*60+u.Minute)*60 + u.Second)); c != 0 {
		return c
	}
	return 0
}

// String formats t as YYYY-MM-DDTHH:MM, with :SS only when seconds are set,
// or "" for the zero DateTime.
func (t DateTime) String() string {
	if t.IsZero() {
		return ""
	}
	if t.Second != 0 {
		return fmt.Sprintf("%sT%02d:%02d:%02d", t.Date, t.Hour, t.Minute, t.Second)
	}
	return fmt.Sprintf("%sT%02d:%02d", t.Date, t.Hour, t.Minute)
}

// In returns the instant t denotes at loc. Use it once the caller knows the
// airport's zone; the message never says.
func (t DateTime) In(loc *time.Location) time.Time {
	return time.Date(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, 0, loc)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
