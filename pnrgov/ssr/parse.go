package ssr

import (
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/internal/decimal"
)

// The free text parsers. Each keeps the raw text in the result, returns what
// it could read, and reports the first malformed field as an *Error. Two-
// digit years pivot around ref (the message date; zero for 1950..2049): birth
// dates never after ref, other dates near it.

// ssrFields holds the slash-separated fields of SSR free text; fields past
// the last one a parser reads are left in the last.
type ssrFields [12]string

// splitSSR splits slash-separated SSR free text without allocating. The
// leading slash that PNRGOV systems write is dropped.
func splitSSR(text string) (f ssrFields) {
	text = strings.TrimPrefix(text, "/")
	for i := 0; i < len(f)-1 && text != ""; i++ {
		j := strings.IndexByte(text, '/')
		if j < 0 {
			f[i] = text
			return f
		}
		f[i], text = text[:j], text[j+1:]
	}
	f[len(f)-1] = text
	return f
}

var months = [...]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// ParseDate reads an SSR date DDMMMYY (01JUL78); ok is false when
// malformed. With past set the date is not after ref (birth dates).
func ParseDate(s string, ref civil.Date, past bool) (civil.Date, bool) {
	if len(s) != 7 {
		return civil.Date{}, false
	}
	d, ok1 := decimal.Uint(s[0:2])
	y, ok2 := decimal.Uint(s[5:7])
	m := 0
	for i, name := range months {
		if s[2:5] == name {
			m = i + 1
		}
	}
	if !ok1 || !ok2 || m == 0 {
		return civil.Date{}, false
	}
	v := civil.ExpandDate(y, time.Month(m), d, ref, past)
	if !v.Valid() {
		return civil.Date{}, false
	}
	return v, true
}

// FormatDate writes a date as DDMMMYY, "" for the zero Date.
func FormatDate(d civil.Date) string {
	if d.IsZero() || d.Month < 1 || d.Month > 12 {
		return ""
	}
	return two(d.Day) + months[d.Month-1] + two(d.Year%100)
}

func field(f ssrFields, i int) string { return f[i] }

// ParseDOCS reads SSR DOCS free text:
// /type/issuing state/number/nationality/birth date/gender/expiry/surname/given/second given/H.
// Empty fields stay empty; names keep the spaces line wrapping put in them.
func ParseDOCS(text string, ref civil.Date) (Document, error) {
	f := splitSSR(text)
	doc := Document{Type: field(f, 0), IssuingCountry: field(f, 1), Number: field(f, 2),
		Nationality: field(f, 3), Gender: Gender(field(f, 5)), Surname: field(f, 7),
		Given: field(f, 8), Middle: field(f, 9), Holder: field(f, 10), Source: "DOCS", Raw: text}
	var err error
	var ok bool
	if v := field(f, 4); v != "" {
		if doc.BirthDate, ok = ParseDate(v, ref, true); !ok {
			err = &Error{Code: "DOCS", Field: "birthDate", Position: 5}
		}
	}
	if v := field(f, 6); v != "" {
		if doc.ExpiryDate, ok = ParseDate(v, ref, false); !ok && err == nil {
			err = &Error{Code: "DOCS", Field: "expiryDate", Position: 7}
		}
	}
	if g := doc.Gender; g != "" && !g.Known() && err == nil {
		err = &Error{Code: "DOCS", Field: "gender", Position: 6}
	}
	return doc, err
}

// ParseDOCO reads SSR DOCO free text:
// /place of birth/type/number/place of issue/issue date/country valid for/I.
func ParseDOCO(text string, ref civil.Date) (Visa, error) {
	f := splitSSR(text)
	v := Visa{BirthPlace: field(f, 0), Type: field(f, 1), Number: field(f, 2), IssuePlace: field(f, 3),
		Country: field(f, 5), Infant: field(f, 6) == "I", Raw: text}
	if s := field(f, 4); s != "" {
		var ok bool
		if v.IssueDate, ok = ParseDate(s, ref, true); !ok {
			return v, &Error{Code: "DOCO", Field: "issueDate", Position: 5}
		}
	}
	return v, nil
}

// ParseDOCA reads SSR DOCA free text:
// /R or D/country/street/city/state/postal code/I.
func ParseDOCA(text string) (TravelAddress, error) {
	f := splitSSR(text)
	a := TravelAddress{Type: field(f, 0), Country: field(f, 1), Street: field(f, 2), City: field(f, 3),
		State: field(f, 4), PostalCode: field(f, 5), Infant: field(f, 6) == "I", Raw: text}
	if a.Type != "" && a.Type != "R" && a.Type != "D" {
		return a, &Error{Code: "DOCA", Field: "type", Position: 1}
	}
	return a, nil
}

// ParseFOID reads SSR FOID free text: a two-letter form of identification
// (PP passport, NI national identity, DL driving licence, CC card, FF
// frequent flyer, ID, TN ticket) and its number: /PP123456789.
func ParseFOID(text string) (Document, error) {
	s := strings.TrimPrefix(strings.TrimSpace(text), "/")
	doc := Document{Source: "FOID", Raw: text}
	if len(s) < 3 || !letters(s[:2]) {
		doc.Number = s
		return doc, &Error{Code: "FOID", Field: "type", Position: 1}
	}
	doc.Type, doc.Number = s[:2], strings.TrimSpace(s[2:])
	return doc, nil
}

func two(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
