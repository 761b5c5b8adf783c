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

// formatDate writes d as YYMMDD when the decoder, given ref, would read it
// back as d; else as CCYYMMDD with format 102.
func formatDate(d civil.Date, ref civil.Date, past bool) (value, format string) {
	short := twoDigits(d.Year%100) + twoDigits(int(d.Month)) + twoDigits(d.Day)
	if civil.ExpandDate(d.Year%100, d.Month, d.Day, ref, past) == d {
		return short, ""
	}
	return fourDigits(d.Year) + short[2:], format102
}

// formatDateTime writes t as YYMMDDHHMM (format 201) when it reads back the
// same, else as CCYYMMDDHHMM (203), with seconds (204) when set.
func formatDateTime(t civil.DateTime, ref civil.Date) (value, format string) {
	hm := twoDigits(t.Hour) + twoDigits(t.Minute)
	if t.Second != 0 {
		return fourDigits(t.Year) + twoDigits(int(t.Month)) + twoDigits(t.Day) + hm + twoDigits(t.Second), format204
	}
	d, f := formatDate(t.Date, ref, false)
	if f == "" {
		return d + hm, format201
	}
	return d + hm, format203
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

func fourDigits(n int) string { return twoDigits(n/100) + twoDigits(n%100) }
