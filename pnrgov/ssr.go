package pnrgov

import (
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
)

// SSR free text parsers. Each keeps the raw text in the result, returns what
// it could read, and reports the first malformed field as an *SSRError. Two-
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

// ParseSSRDate reads an SSR date DDMMMYY (01JUL78); ok is false when
// malformed. With past set the date is not after ref (birth dates).
func ParseSSRDate(s string, ref civil.Date, past bool) (civil.Date, bool) {
	if len(s) != 7 {
		return civil.Date{}, false
	}
	d, ok1 := digits(s[0:2])
	y, ok2 := digits(s[5:7])
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
	if !validDate(v) {
		return civil.Date{}, false
	}
	return v, true
}

// FormatSSRDate writes a date as DDMMMYY, "" for the zero Date.
func FormatSSRDate(d civil.Date) string {
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
		if doc.BirthDate, ok = ParseSSRDate(v, ref, true); !ok {
			err = &SSRError{Code: "DOCS", Field: "birthDate", Position: 5}
		}
	}
	if v := field(f, 6); v != "" {
		if doc.ExpiryDate, ok = ParseSSRDate(v, ref, false); !ok && err == nil {
			err = &SSRError{Code: "DOCS", Field: "expiryDate", Position: 7}
		}
	}
	if g := doc.Gender; g != "" && !g.Known() && err == nil {
		err = &SSRError{Code: "DOCS", Field: "gender", Position: 6}
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
		if v.IssueDate, ok = ParseSSRDate(s, ref, true); !ok {
			return v, &SSRError{Code: "DOCO", Field: "issueDate", Position: 5}
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
		return a, &SSRError{Code: "DOCA", Field: "type", Position: 1}
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
		return doc, &SSRError{Code: "FOID", Field: "type", Position: 1}
	}
	doc.Type, doc.Number = s[:2], strings.TrimSpace(s[2:])
	return doc, nil
}

// DecodeEmail decodes an e-mail address in AIRIMP encoding (SSR CTCE, OSI):
// "//" is "@", ".." is "_", "./" is "-". A leading slash is dropped, and a
// trailing "/XX" (a language code) is not part of the address.
func DecodeEmail(s string) string {
	s = strings.TrimPrefix(s, "/")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('@')
			i++
		case c == '.' && i+1 < len(s) && s[i+1] == '.':
			b.WriteByte('_')
			i++
		case c == '.' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('-')
			i++
		case c == '/':
			return b.String() // a language or other suffix follows
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// EncodeEmail writes an address in AIRIMP encoding, upper case: the inverse
// of DecodeEmail for addresses without characters AIRIMP cannot carry.
func EncodeEmail(addr string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(addr) {
		switch r {
		case '@':
			b.WriteString("//")
		case '_':
			b.WriteString("..")
		case '-':
			b.WriteString("./")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// phoneText reads the number of SSR CTCM/CTCH free text (/447123456789/EN).
func phoneText(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "/")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
