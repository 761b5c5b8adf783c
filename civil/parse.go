package civil

import (
	"time"

	"github.com/openpiu/piu/internal/decimal"
)

// ParseDate parses YYYY-MM-DD. The empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ErrSyntax
	}
	y, ok1 := decimal.Uint(s[0:4])
	m, ok2 := decimal.Uint(s[5:7])
	d, ok3 := decimal.Uint(s[8:10])
	v := Date{y, time.Month(m), d}
	if !ok1 || !ok2 || !ok3 || !v.Valid() {
		return Date{}, ErrSyntax
	}
	return v, nil
}

// ParsePartialDate parses YYYY-MM-DD, YYYY-MM or YYYY, the forms String
// writes for a full or partial Date. The empty string gives the zero Date.
func ParsePartialDate(s string) (Date, error) {
	switch len(s) {
	case 0:
		return Date{}, nil
	case 10:
		return ParseDate(s)
	case 4, 7:
	default:
		return Date{}, ErrSyntax
	}
	y, ok := decimal.Uint(s[0:4])
	v := Date{Year: y}
	if len(s) == 7 {
		m, okm := decimal.Uint(s[5:7])
		ok = ok && okm && s[4] == '-'
		v.Month = time.Month(m)
		if m == 0 {
			ok = false
		}
	}
	if !ok || !v.ValidPartial() {
		return Date{}, ErrSyntax
	}
	return v, nil
}

// ParseDateTime parses YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS. The empty string
// gives the zero DateTime.
func ParseDateTime(s string) (DateTime, error) {
	if s == "" {
		return DateTime{}, nil
	}
	if len(s) != 16 && len(s) != 19 || s[10] != 'T' || s[13] != ':' {
		return DateTime{}, ErrSyntax
	}
	d, err := ParseDate(s[:10])
	if err != nil {
		return DateTime{}, err
	}
	h, ok1 := decimal.Uint(s[11:13])
	m, ok2 := decimal.Uint(s[14:16])
	sec, ok3 := 0, true
	if len(s) == 19 {
		if s[16] != ':' {
			return DateTime{}, ErrSyntax
		}
		sec, ok3 = decimal.Uint(s[17:19])
	}
	v := DateTime{d, h, m, sec}
	if !ok1 || !ok2 || !ok3 || !v.Valid() {
		return DateTime{}, ErrSyntax
	}
	return v, nil
}

// MarshalText implements encoding.TextMarshaler (YYYY-MM-DD, or YYYY-MM or
// YYYY for a partial date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It reads what
// MarshalText writes: a full date, or a partial one (YYYY-MM, YYYY).
func (d *Date) UnmarshalText(b []byte) (err error) { *d, err = ParsePartialDate(string(b)); return }

// MarshalText implements encoding.TextMarshaler (YYYY-MM-DDTHH:MM).
func (t DateTime) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *DateTime) UnmarshalText(b []byte) (err error) { *t, err = ParseDateTime(string(b)); return }

// PivotYear expands a two-digit year yy (0..99) to the century that puts the
// date on the wanted side of ref: with past set, the latest year not after
// ref's year (birth dates lie before the message); otherwise the year nearest
// to ref, looking at most 50 years back (expiry and travel dates lie near or
// after it). With a zero ref the window is 1950..2049.
func PivotYear(yy int, ref Date, past bool) int {
	if ref.IsZero() {
		if yy < 50 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	century := ref.Year / 100 * 100
	y := century + yy
	if past {
		if y > ref.Year {
			y -= 100
		}
		return y
	}
	switch {
	case y < ref.Year-50:
		y += 100
	case y > ref.Year+49:
		y -= 100
	}
	return y
}

// ExpandDate builds the date yy-m-d with its century chosen by PivotYear; with
// past set, a date that would fall after ref moves back a century, so that a
// birth date never lies after the message that carries it.
func ExpandDate(yy int, m time.Month, d int, ref Date, past bool) Date {
	v := Date{PivotYear(yy, ref, past), m, d}
	if past && !ref.IsZero() && ref.Before(v) {
		v.Year -= 100
	}
	return v
}
