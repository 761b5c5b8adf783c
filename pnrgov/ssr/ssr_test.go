package ssr_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov/ssr"
)

var msgDate = date(2013, 5, 27)

func date(y int, m time.Month, d int) civil.Date { return civil.Date{Year: y, Month: m, Day: d} }

func TestParseDOCS(t *testing.T) {
	tests := []struct {
		text  string
		want  ssr.Document
		field string // the Error field, "" for none
	}{
		{"/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISAB ELLE RUTH/", ssr.Document{Type: "P", IssuingCountry: "GBR",
			Number: "509229987", Nationality: "GBR", BirthDate: date(1978, 7, 1), Gender: ssr.GenderFemale,
			ExpiryDate: date(2022, 11, 12), Surname: "BELT", Given: "ISAB ELLE RUTH", Source: "DOCS"}, ""},
		{"P/GB/509229987/GB/01JUL78/F/12NOV22/BELT/ISABELLE//H", ssr.Document{Type: "P", IssuingCountry: "GB",
			Number: "509229987", Nationality: "GB", BirthDate: date(1978, 7, 1), Gender: ssr.GenderFemale,
			ExpiryDate: date(2022, 11, 12), Surname: "BELT", Given: "ISABELLE", Holder: "H", Source: "DOCS"}, ""},
		{"/P/GBR/512731999/GBR/20SEP12/FI/25OCT17/BELT/SOPHY/OLIVIA", ssr.Document{Type: "P", IssuingCountry: "GBR",
			Number: "512731999", Nationality: "GBR", BirthDate: date(2012, 9, 20), Gender: ssr.GenderFemaleInfant,
			ExpiryDate: date(2017, 10, 25), Surname: "BELT", Given: "SOPHY", Middle: "OLIVIA", Source: "DOCS"}, ""},
		{"/////////", ssr.Document{Source: "DOCS"}, ""},
		{"", ssr.Document{Source: "DOCS"}, ""},
		{"/P/USA/1/USA/01JAN20/X/01JAN30/DOE", ssr.Document{Type: "P", IssuingCountry: "USA", Number: "1",
			Nationality: "USA", BirthDate: date(1920, 1, 1), Gender: ssr.GenderUnspecified, ExpiryDate: date(2030, 1, 1),
			Surname: "DOE", Source: "DOCS"}, ""},
		// A birth date never lies after the message: 14 is 1914 in 2013.
		{"/P/USA/1/USA/01JAN14/M", ssr.Document{Type: "P", IssuingCountry: "USA", Number: "1", Nationality: "USA",
			BirthDate: date(1914, 1, 1), Gender: ssr.GenderMale, Source: "DOCS"}, ""},
		{"/P/USA/1/USA/1JAN80/M", ssr.Document{Type: "P", IssuingCountry: "USA", Number: "1", Nationality: "USA",
			Gender: ssr.GenderMale, Source: "DOCS"}, "birthDate"},
		{"/P/USA/1/USA/01JAN80/M/32DEC30", ssr.Document{Type: "P", IssuingCountry: "USA", Number: "1",
			Nationality: "USA", BirthDate: date(1980, 1, 1), Gender: ssr.GenderMale, Source: "DOCS"}, "expiryDate"},
		{"/P/USA/1/USA/01JAN80/Q", ssr.Document{Type: "P", IssuingCountry: "USA", Number: "1",
			Nationality: "USA", BirthDate: date(1980, 1, 1), Gender: "Q", Source: "DOCS"}, "gender"},
	}
	for _, tc := range tests {
		got, err := ssr.ParseDOCS(tc.text, msgDate)
		tc.want.Raw = tc.text
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseDOCS(%q) (-want +got):\n%s", tc.text, diff)
		}
		checkSSRErr(t, tc.text, err, tc.field)
	}
}

func checkSSRErr(t *testing.T, text string, err error, field string) {
	t.Helper()
	var se *ssr.Error
	switch {
	case field == "" && err != nil:
		t.Errorf("%q: unexpected error %v", text, err)
	case field != "" && (!errors.As(err, &se) || se.Field != field || !errors.Is(err, ssr.ErrText)):
		t.Errorf("%q: err = %v, want an ssr.Error on %s", text, err, field)
	}
}

func TestParseDOCODOCAFOID(t *testing.T) {
	v, err := ssr.ParseDOCO("/CAIRO/V/V9876543/LONDON/10JAN13/DEU/I", msgDate)
	want := ssr.Visa{BirthPlace: "CAIRO", Type: "V", Number: "V9876543", IssuePlace: "LONDON",
		IssueDate: date(2013, 1, 10), Country: "DEU", Infant: true, Raw: "/CAIRO/V/V9876543/LONDON/10JAN13/DEU/I"}
	if diff := cmp.Diff(want, v); diff != "" || err != nil {
		t.Errorf("ParseDOCO (-want +got):\n%s %v", diff, err)
	}
	_, err = ssr.ParseDOCO("//V/1//XX", msgDate)
	checkSSRErr(t, "DOCO", err, "issueDate")

	a, err := ssr.ParseDOCA("/D/USA/1 MAIN ST/NEW YORK/NY/10001")
	wantA := ssr.TravelAddress{Type: "D", Country: "USA", Street: "1 MAIN ST", City: "NEW YORK", State: "NY",
		PostalCode: "10001", Raw: "/D/USA/1 MAIN ST/NEW YORK/NY/10001"}
	if diff := cmp.Diff(wantA, a); diff != "" || err != nil {
		t.Errorf("ParseDOCA (-want +got):\n%s %v", diff, err)
	}
	_, err = ssr.ParseDOCA("/Q/USA")
	checkSSRErr(t, "DOCA", err, "type")

	for _, tc := range []struct{ text, typ, number, field string }{
		{"/PP123456789", "PP", "123456789", ""},
		{"NI 8001011234", "NI", "8001011234", ""},
		{"12", "", "12", "type"},
	} {
		d, err := ssr.ParseFOID(tc.text)
		if d.Type != tc.typ || d.Number != tc.number || d.Source != "FOID" || d.Raw != tc.text {
			t.Errorf("ParseFOID(%q) = %+v", tc.text, d)
		}
		checkSSRErr(t, tc.text, err, tc.field)
	}
}

func TestEmail(t *testing.T) {
	for _, tc := range []struct{ airimp, addr string }{
		{"JOHN.DOE//EXAMPLE.COM", "JOHN.DOE@EXAMPLE.COM"},
		{"/JOHN..DOE//MAIL./BOX.ORG", "JOHN_DOE@MAIL-BOX.ORG"},
		{"/J..DOE./1//EXAMPLE.COM/EN", "J_DOE-1@EXAMPLE.COM"},
		{"", ""},
	} {
		if got := ssr.DecodeEmail(tc.airimp); got != tc.addr {
			t.Errorf("DecodeEmail(%q) = %q, want %q", tc.airimp, got, tc.addr)
		}
	}
	for _, addr := range []string{"JOHN_DOE-1@MAIL-BOX.ORG", "a.b@c.de", "x-y_z@q.io"} {
		if got := ssr.DecodeEmail(ssr.EncodeEmail(addr)); got != strings.ToUpper(addr) {
			t.Errorf("DecodeEmail(EncodeEmail(%q)) = %q", addr, got)
		}
	}
}

func TestSSRDate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		past bool
		want civil.Date
		ok   bool
	}{
		{"01JUL78", true, date(1978, 7, 1), true},
		{"12NOV22", false, date(2022, 11, 12), true},
		{"29FEB13", false, civil.Date{}, false},
		{"01XYZ80", false, civil.Date{}, false},
		{"1JUL78", false, civil.Date{}, false},
	} {
		got, ok := ssr.ParseDate(tc.s, msgDate, tc.past)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseSSRDate(%q) = %v, %v", tc.s, got, ok)
		}
		if ok && ssr.FormatDate(got) != tc.s {
			t.Errorf("FormatSSRDate(%v) = %q", got, ssr.FormatDate(got))
		}
	}
}

func TestParseSSRDateLeapYears(t *testing.T) {
	for _, tc := range []struct {
		s  string
		ok bool
	}{{"29FEB24", true}, {"29FEB23", false}, {"29FEB00", true}, {"31APR24", false}, {"30APR24", true}, {"00JAN24", false}} {
		if _, ok := ssr.ParseDate(tc.s, civil.Date{}, false); ok != tc.ok {
			t.Errorf("ParseSSRDate(%q) ok = %v", tc.s, ok)
		}
	}
}

func TestGender(t *testing.T) {
	if !ssr.GenderFemaleInfant.Infant() || ssr.GenderFemale.Infant() || ssr.Gender("Q").Known() || ssr.Gender("Q").String() != "Q" {
		t.Error("Gender")
	}
}
