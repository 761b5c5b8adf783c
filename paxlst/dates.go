package paxlst

import (
	"time"

	"github.com/openpiu/piu/civil"
)

// DTM 2379 formats the decoder reads. A value whose length does not fit its
// format is read by its length, which is what senders mean in practice.
const (
	format101 = "101" // YYMMDD
	format102 = "102" // CCYYMMDD
	format201 = "201" // YYMMDDHHMM
	format203 = "203" // CCYYMMDDHHMM
	format204 = "204" // CCYYMMDDHHMMSS
	format602 = "602" // CCYY: a year alone, as a depersonalised date of birth is written
)

// parseDateTime reads a DTM value by its length: 6 YYMMDD, 8 CCYYMMDD, 10
// YYMMDDHHMM, 12 CCYYMMDDHHMM, 14 CCYYMMDDHHMMSS. Two-digit years take the
// century that puts the date before ref (past) or nearest to it. hasTime is
// false for the date-only forms.
func parseDateTime(v string, ref civil.Date, past bool) (t civil.DateTime, hasTime, ok bool) {
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return t, false, false
		}
	}
	n2 := func(i int) int { return int(v[i]-'0')*10 + int(v[i+1]-'0') }
	var rest string
	switch len(v) {
	case 6, 10:
		t.Date = civil.ExpandDate(n2(0), time.Month(n2(2)), n2(4), ref, past)
		rest = v[6:]
	case 8, 12, 14:
		t.Date = civil.Date{Year: n2(0)*100 + n2(2), Month: time.Month(n2(4)), Day: n2(6)}
		rest = v[8:]
	default:
		return t, false, false
	}
	if len(rest) >= 4 {
		t.Hour, t.Minute = int(rest[0]-'0')*10+int(rest[1]-'0'), int(rest[2]-'0')*10+int(rest[3]-'0')
		hasTime = true
	}
	if len(rest) == 6 {
		t.Second = int(rest[4]-'0')*10 + int(rest[5]-'0')
	}
	return t, hasTime, t.Valid()
}

// appendYear appends the year of a partial date as CCYY (format 602).
func appendYear(dst []byte, d civil.Date) ([]byte, string) {
	return append2(append2(dst, d.Year/100), d.Year%100), format602
}

// appendDate appends d as YYMMDD when the decoder, given ref, reads it back
// as d; else as CCYYMMDD, and returns format 102 then.
func appendDate(dst []byte, d civil.Date, ref civil.Date, past bool) ([]byte, string) {
	if d.Partial() {
		return appendYear(dst, d)
	}
	if civil.ExpandDate(d.Year%100, d.Month, d.Day, ref, past) == d {
		return append2(append2(append2(dst, d.Year%100), int(d.Month)), d.Day), ""
	}
	return append2(append2(append2(append2(dst, d.Year/100), d.Year%100), int(d.Month)), d.Day), format102
}

// appendDateTime appends t as YYMMDDHHMM (format 201) when it reads back
// the same, else as CCYYMMDDHHMM (203), with seconds (204) when set.
func appendDateTime(dst []byte, t civil.DateTime, ref civil.Date) ([]byte, string) {
	if t.Second != 0 {
		dst = append2(append2(append2(append2(dst, t.Year/100), t.Year%100), int(t.Month)), t.Day)
		return append2(append2(append2(dst, t.Hour), t.Minute), t.Second), format204
	}
	dst, f := appendDate(dst, t.Date, ref, false)
	dst = append2(append2(dst, t.Hour), t.Minute)
	if f == "" {
		return dst, format201
	}
	return dst, format203
}

// append2 appends n mod 100 as two digits.
func append2(dst []byte, n int) []byte {
	n %= 100
	if n < 0 {
		n = -n
	}
	return append(dst, byte('0'+n/10), byte('0'+n%10))
}

// yearAlone reads CCYY (format 602).
func yearAlone(v string) (int, bool) {
	if len(v) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		y = y*10 + int(v[i]-'0')
	}
	return y, y > 0
}

// formatFits reports whether a DTM 2379 format code fits a value length.
func formatFits(f string, n int) bool {
	switch f {
	case format101:
		return n == 6
	case format102:
		return n == 8
	case format201:
		return n == 10
	case format203:
		return n == 12
	case format204:
		return n == 14
	case format602:
		return n == 4
	}
	return true
}
