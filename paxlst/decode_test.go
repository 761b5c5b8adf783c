package paxlst_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// interchange wraps message bodies (segments without UNH/UNT, terminated by
// ') into one interchange dated 2020-05-06 with correct counts. Each body is
// one message; hdr is the UNH after its reference (type and, for parts, the
// common access reference and S010).
func interchange(una string, bodies ...string) []byte {
	var b strings.Builder
	b.WriteString(una)
	b.WriteString("UNB+UNOC:4+SENDER+RECEIVER+200506:1700+REF1'")
	for i, body := range bodies {
		hdr := "PAXLST:D:05B:UN:IATA"
		if strings.HasPrefix(body, "@") { // @hdr@ overrides the UNH after the reference
			end := strings.Index(body[1:], "@") + 1
			hdr, body = body[1:end], body[end+1:]
		}
		n := strings.Count(body, "'") + 2
		fmt.Fprintf(&b, "UNH+M%d+%s'%sUNT+%d+M%d'", i+1, hdr, body, n, i+1)
	}
	fmt.Fprintf(&b, "UNZ+%d+REF1'", len(bodies))
	return []byte(b.String())
}

const header = "BGM+745'NAD+MS+++OPS'TDT+20+XX100+++XX'LOC+125+AAA'DTM+189:2005061200:201'LOC+87+BBB'DTM+232:2005061500:201'"

func decode1(t *testing.T, data []byte) (*paxlst.Message, []edifact.Diagnostic) {
	t.Helper()
	res, err := paxlst.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Messages) != 1 {
		t.Fatalf("%d lists, want 1", len(res.Messages))
	}
	return res.Messages[0], res.Diagnostics
}

func codes(ds []edifact.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		if strings.HasPrefix(string(d.Code), "paxlst-") {
			out = append(out, fmt.Sprintf("%s@%s", d.Code, d.Tag))
		}
	}
	return out
}

// TestDecodePersonSegments covers every segment and qualifier of groups 4
// and 5.
func TestDecodePersonSegments(t *testing.T) {
	body := header +
		"NAD+FL+ID7++DOE:JANE:ANN:X:1+1 HIGH ST:FLAT 2+TOWN+NY:::NEW YORK+10001+USA'" +
		"ATT+2++F'DTM+329:690101'MEA+CT++:2'MEA+WT++KGM:23,5'GEI+4+173'FTX+BAG+++XX1000:2'FTX+BAG+++XX2000'" +
		"LOC+22+BBB'LOC+174+USA'LOC+178+AAA'LOC+179+BBB'LOC+180+:::SPRINGFIELD'COM+1 555 0100:TE+J?@EXAMPLE.ORG:EM'" +
		"EMP+1+CR1:110:111'NAT+2+USA'RFF+AVF:PNR001'RFF+ABO:PAX001'RFF+SEA:12A'RFF+AEA:AG1'RFF+CR:CUST1'RFF+TN:TX1'RFF+ZZZ:OTHER'" +
		"DOC+P:110:111+N123'DTM+36:250101'DTM+182:150101'LOC+91+USA'DOC+V+V9'DTM+36:690101'LOC+91+GBR'" +
		"CNT+42:1'CNT+41:0'"
	m, diags := decode1(t, interchange("", body))
	want := paxlst.Person{
		Role: paxlst.RolePassenger, PartyID: "ID7", Surname: "DOE", GivenNames: "JANE", MiddleName: "ANN", NameExtra: []string{"X", "1"},
		Address: paxlst.Address{Street: []string{"1 HIGH ST", "FLAT 2"}, City: "TOWN", Region: "NY", RegionName: "NEW YORK",
			PostalCode: "10001", Country: "USA"},
		Gender: paxlst.GenderFemale, BirthDate: date(1969, 1, 1), Nationality: "USA", Residence: "USA",
		BirthPlace: paxlst.Place{Name: "SPRINGFIELD"}, Embarkation: "AAA", Debarkation: "BBB", Clearance: "BBB",
		Documents: []paxlst.Document{
			{Type: "P", CodeList: "110", Agency: "111", Number: "N123", IssuingCountry: "USA",
				ExpiryDate: date(2025, 1, 1), IssueDate: date(2015, 1, 1)},
			// An expiry pivots near the message date: 69 is 2069, not 1969.
			{Type: "V", Number: "V9", IssuingCountry: "GBR", ExpiryDate: date(2069, 1, 1)},
		},
		Seat: "12A",
		Bags: paxlst.Bags{Count: 2, Weight: 23.5, WeightUnit: "KGM",
			Tags: []paxlst.BagTag{{First: "XX1000", Count: 2}, {First: "XX2000", Count: 1}}},
		PNR: "PNR001", PassengerRef: "PAX001", AgencyRef: "AG1", CustomerRef: "CUST1", TransactionRef: "TX1",
		OtherRefs:    []paxlst.Reference{{Qualifier: "ZZZ", Value: "OTHER"}},
		Verification: paxlst.VerificationVerified,
		CrewFunction: &paxlst.Employment{Category: "1", Code: "CR1", CodeList: "110", Agency: "111"},
		Contacts:     []paxlst.Contact{{"1 555 0100", "TE"}, {"J@EXAMPLE.ORG", "EM"}},
	}
	if d := cmp.Diff([]paxlst.Person{want}, m.Persons, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("person (-want +got):\n%s", d)
	}
	if d := cmp.Diff(paxlst.Totals{Passengers: intp(1), Crew: intp(0)}, m.Totals); d != "" {
		t.Error(d)
	}
	if d := cmp.Diff([]string{"paxlst-unknown-qualifier@RFF"}, codes(diags)); d != "" {
		t.Errorf("diagnostics (-want +got):\n%s", d)
	}
}

// TestDecodeHeader covers BGM, RFF+TN, NAD+MS with COM, and flight legs.
func TestDecodeHeader(t *testing.T) {
	body := "BGM+745+CP'RFF+TN:T1:::2'NAD+MS+MSID++OPS:DESK'COM+1:TE+2:FX'" +
		"TDT+20+XX1+++XX'LOC+125+AAA'DTM+189:2005061200:201'LOC+87+BBB'DTM+232:202005061500:203'LOC+130+CCC'" +
		"TDT+34+XX2+++XX:172'LOC+92+BBB'DTM+189:20200506160030:204'LOC+92+CCC'DTM+232:2005061800'" +
		"NAD+FL+++A:B'CNT+42:1'"
	m, diags := decode1(t, interchange("", body))
	got := []any{m.ListType, m.Function, m.TransactionRef, m.Revision, m.ReportingParty}
	want := []any{paxlst.ListPassengers, paxlst.FunctionChangePassenger, "T1", "2",
		paxlst.Party{ID: "MSID", Name: []string{"OPS", "DESK"}, Contacts: []paxlst.Contact{{"1", "TE"}, {"2", "FX"}}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("header (-want +got):\n%s", d)
	}
	legs := []paxlst.Leg{
		{Stage: "20", FlightNumber: "XX1", Carrier: "XX",
			Departure: paxlst.Stop{Qualifier: "125", Airport: "AAA", Time: dt(2020, 5, 6, 12, 0)},
			Arrival:   paxlst.Stop{Qualifier: "87", Airport: "BBB", Time: dt(2020, 5, 6, 15, 0)},
			Places:    []paxlst.Stop{{Qualifier: "130", Airport: "CCC"}}},
		{Stage: "34", FlightNumber: "XX2", Carrier: "XX", CarrierCodeList: "172",
			Departure: paxlst.Stop{Qualifier: "92", Airport: "BBB", Time: dt(2020, 5, 6, 16, 0)},
			Arrival:   paxlst.Stop{Qualifier: "92", Airport: "CCC", Time: dt(2020, 5, 6, 18, 0)}},
	}
	legs[1].Departure.Time.Second = 30
	if d := cmp.Diff(legs, m.Flights, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("legs (-want +got):\n%s", d)
	}
	if !m.Flights[1].Overflight() || m.Flights[0].Overflight() || !m.Flights[1].Progressive() {
		t.Error("overflight or progressive flags wrong")
	}
	if d := cmp.Diff([]string(nil), codes(diags)); d != "" {
		t.Errorf("diagnostics (-want +got):\n%s", d)
	}
}

// TestDecodeQuirks: what real traffic does is decoded, kept and reported.
func TestDecodeQuirks(t *testing.T) {
	for _, c := range []struct {
		name  string
		una   string
		body  string
		check func(t *testing.T, m *paxlst.Message)
		codes []string
	}{
		{
			name: "single name and empty document", body: header + "NAD+FL+++ALONE'DOC++'DTM+36:'LOC+91+'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if p.Surname != "ALONE" || p.Forenames() != "" || len(p.Documents) != 1 || !cmp.Equal(p.Documents[0], paxlst.Document{}) {
					t.Errorf("got %+v", p)
				}
			},
			codes: []string{"paxlst-single-name@NAD", "paxlst-missing-data@DOC", "paxlst-missing-data@DTM"},
		},
		{
			name: "DTM before its LOC", body: "BGM+745'TDT+20+XX1+++XX'DTM+189:2005061200:201'LOC+125+AAA'DTM+232:2005061500:201'LOC+87+BBB'NAD+FL+++A:B'",
			check: func(t *testing.T, m *paxlst.Message) {
				l := m.Flights[0]
				if l.Departure != (paxlst.Stop{Qualifier: "125", Airport: "AAA", Time: dt(2020, 5, 6, 12, 0)}) ||
					l.Arrival != (paxlst.Stop{Qualifier: "87", Airport: "BBB", Time: dt(2020, 5, 6, 15, 0)}) {
					t.Errorf("leg %+v", l)
				}
			},
		},
		{
			name: "unknown gender kept", body: header + "NAD+FL+++A:B'ATT+2++Q'",
			check: func(t *testing.T, m *paxlst.Message) {
				if g := m.Persons[0].Gender; g != "Q" || g.Known() || g.String() != "Q" {
					t.Errorf("gender %q", g)
				}
			},
			codes: []string{"paxlst-unknown-code@ATT"},
		},
		{
			name: "person without surname kept", body: header + "NAD+FL'",
			check: func(t *testing.T, m *paxlst.Message) {
				if len(m.Persons) != 1 || m.Persons[0].Role != paxlst.RolePassenger {
					t.Errorf("persons %+v", m.Persons)
				}
			},
			codes: []string{"paxlst-missing-data@NAD"},
		},
		{
			name: "gender repeated under a version 4 repetition separator", una: "UNA:+.?*'",
			body: header + "NAD+FL+++A:B'ATT+2++M*F'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if p.Gender != "M" || len(p.Unknown) != 1 || p.Unknown[0].Tag != "ATT" {
					t.Errorf("gender %q, unknown %v", p.Gender, p.Unknown)
				}
			},
			codes: []string{"paxlst-duplicate@ATT"},
		},
		{
			name: "value in the unit component", body: header + "NAD+FL+++A:B'MEA+CT++3'",
			check: func(t *testing.T, m *paxlst.Message) {
				if m.Persons[0].Bags.Count != 3 {
					t.Errorf("bags %+v", m.Persons[0].Bags)
				}
			},
			codes: []string{"paxlst-misplaced-value@MEA"},
		},
		{
			name: "padded date and four-digit years", body: header + "NAD+FL+++A:B'DTM+329: 19011231:102'DOC+P+1'DTM+36:20991231'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if p.BirthDate != date(1901, 12, 31) || p.Documents[0].ExpiryDate != date(2099, 12, 31) {
					t.Errorf("dates %v %v", p.BirthDate, p.Documents[0].ExpiryDate)
				}
			},
			codes: []string{"paxlst-padded-value@DTM"},
		},
		{
			name: "format code that does not fit", body: header + "NAD+FL+++A:B'DTM+329:19011231:201'",
			check: func(t *testing.T, m *paxlst.Message) {
				if m.Persons[0].BirthDate != date(1901, 12, 31) {
					t.Errorf("date %v", m.Persons[0].BirthDate)
				}
			},
			codes: []string{"paxlst-misplaced-value@DTM"},
		},
		{
			name: "bad date kept", body: header + "NAD+FL+++A:B'DTM+329:19991340'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if !p.BirthDate.IsZero() || len(p.Unknown) != 1 || p.Unknown[0].Value(0, 1) != "19991340" {
					t.Errorf("birth %v unknown %v", p.BirthDate, p.Unknown)
				}
			},
			codes: []string{"paxlst-bad-date@DTM"},
		},
		{
			name: "second expiry kept as a duplicate", body: header + "NAD+FL+++A:B'DOC+P+1'DTM+36:210101'LOC+91+AAA'DTM+36:220101'",
			check: func(t *testing.T, m *paxlst.Message) {
				d := m.Persons[0].Documents[0]
				if d.ExpiryDate != date(2021, 1, 1) || len(d.Unknown) != 1 {
					t.Errorf("document %+v", d)
				}
			},
			codes: []string{"paxlst-duplicate@DTM"},
		},
		{
			name: "unknown segment kept in order with its position", body: header + "NAD+FL+++A:B'XYZ+1'ABC+2'DOC+P+1'QQQ+3'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if len(p.Unknown) != 2 || p.Unknown[0].Tag != "XYZ" || p.Unknown[1].Tag != "ABC" || p.Unknown[0].Index != 10 {
					t.Errorf("person unknown %v", p.Unknown)
				}
				if u := p.Documents[0].Unknown; len(u) != 1 || u[0].Tag != "QQQ" || u[0].Offset == 0 {
					t.Errorf("document unknown %v", u)
				}
			},
			codes: []string{"paxlst-unknown-segment@XYZ", "paxlst-unknown-segment@ABC", "paxlst-unknown-segment@QQQ"},
		},
		{
			name: "segments out of place", body: "BGM+745'DOC+P+1'ATT+2++M'NAD+ZZ'" + header[len("BGM+745'"):] + "NAD+FL+++A:B'",
			check: func(t *testing.T, m *paxlst.Message) {
				if len(m.Unknown) != 3 || len(m.Persons) != 1 {
					t.Errorf("unknown %v persons %d", m.Unknown, len(m.Persons))
				}
			},
			codes: []string{"paxlst-out-of-place@DOC", "paxlst-out-of-place@ATT", "paxlst-unknown-qualifier@NAD"},
		},
		{
			name: "unknown party after the flight is a person", body: header + "NAD+ZZ+++A:B'DOC+P+1'",
			check: func(t *testing.T, m *paxlst.Message) {
				if len(m.Persons) != 1 || m.Persons[0].Role != "ZZ" || len(m.Persons[0].Documents) != 1 {
					t.Errorf("persons %+v", m.Persons)
				}
			},
			codes: []string{"paxlst-unknown-code@NAD"},
		},
		{
			name: "crew and in-transit roles", body: "BGM+250'" + header[len("BGM+745'"):] + "NAD+FM+++A:B'EMP+1+CR2:110:111'NAD+DDT+++C:D'NAD+DDU+++E:F'NAD+COT+++G:H'CNT+41:2'",
			check: func(t *testing.T, m *paxlst.Message) {
				var roles []string
				for _, p := range m.Persons {
					roles = append(roles, p.Role.String())
				}
				if d := cmp.Diff([]string{"crew", "in-transit crew", "in-transit passenger", "COT (US)"}, roles); d != "" {
					t.Error(d)
				}
			},
		},
		{
			name: "count mismatch is information", body: header + "NAD+FL+++A:B'NAD+FL+++C:D'CNT+42:3'",
			codes: []string{"paxlst-count-mismatch@CNT"},
		},
		{
			name: "bad numbers kept", body: header + "NAD+FL+++A:B'MEA+CT++:X'MEA+WT++KGM:Y'FTX+BAG+++T:Z'CNT+42:N'",
			check: func(t *testing.T, m *paxlst.Message) {
				if len(m.Persons[0].Unknown) != 3 || len(m.Trailing) != 1 || m.Totals.Passengers != nil {
					t.Errorf("person unknown %v, trailing %v", m.Persons[0].Unknown, m.Trailing)
				}
			},
			codes: []string{"paxlst-bad-number@MEA", "paxlst-bad-number@MEA", "paxlst-bad-number@FTX", "paxlst-bad-number@CNT"},
		},
		{
			name: "unknown qualifiers", body: header + "NAD+FL+++A:B'ATT+9++X'GEI+9+1'NAT+9+X'LOC+999+X'DTM+999:200101'MEA+ZZ++KGM:1'CNT+99:1'",
			check: func(t *testing.T, m *paxlst.Message) {
				if len(m.Persons[0].Unknown) != 6 || len(m.Trailing) != 1 {
					t.Errorf("person unknown %v, trailing %v", m.Persons[0].Unknown, m.Trailing)
				}
			},
			codes: []string{"paxlst-unknown-qualifier@ATT", "paxlst-unknown-qualifier@GEI", "paxlst-unknown-qualifier@NAT",
				"paxlst-unknown-qualifier@LOC", "paxlst-unknown-qualifier@DTM", "paxlst-unknown-qualifier@MEA", "paxlst-unknown-qualifier@CNT"},
		},
		{
			name: "missing BGM and unknown codes", body: "NAD+MS+++OPS'TDT+99+X1'LOC+125+AAA'NAD+FL+++A:B'GEI+4+999'DOC+Q+1'COM+1:ZZ'",
			check: func(t *testing.T, m *paxlst.Message) {
				p := m.Persons[0]
				if p.Verification != "999" || p.Documents[0].Type != "Q" || p.Contacts[0].Type != "ZZ" {
					t.Errorf("person %+v", p)
				}
			},
			codes: []string{"paxlst-missing-data@UNH", "paxlst-unknown-qualifier@TDT", "paxlst-unknown-code@GEI",
				"paxlst-unknown-code@DOC", "paxlst-unknown-code@COM"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, diags := decode1(t, interchange(c.una, c.body))
			if c.check != nil {
				c.check(t, m)
			}
			got := codes(diags)
			if d := cmp.Diff(c.codes, got, cmpopts.EquateEmpty(), cmpopts.SortSlices(func(a, b string) bool { return a < b })); d != "" {
				t.Errorf("diagnostics (-want +got):\n%s", d)
			}
		})
	}
}

// TestTwoDigitYears: birth dates lie before the message, expiries near or
// after it.
func TestTwoDigitYears(t *testing.T) {
	for _, c := range []struct {
		birth, expiry string
		wantB, wantE  int
	}{
		{"321210", "321210", 1932, 2032},
		{"200505", "200505", 2020, 2020},
		{"200507", "200507", 1920, 2020}, // a birth date after the 2020-05-06 message is a century earlier
		{"991231", "991231", 1999, 1999},
		{"690101", "690101", 1969, 2069},
		{"700101", "700101", 1970, 1970}, // the expiry window is 50 years back, 49 ahead
		{"710101", "710101", 1971, 1971},
	} {
		m, _ := decode1(t, interchange("", header+"NAD+FL+++A:B'DTM+329:"+c.birth+"'DOC+P+1'DTM+36:"+c.expiry+"'"))
		p := m.Persons[0]
		if p.BirthDate.Year != c.wantB || p.Documents[0].ExpiryDate.Year != c.wantE {
			t.Errorf("%s/%s: birth %v expiry %v, want years %d and %d", c.birth, c.expiry, p.BirthDate,
				p.Documents[0].ExpiryDate, c.wantB, c.wantE)
		}
	}
}

func part(car string, seq int, marker, persons string, cnt int) string {
	s010 := fmt.Sprintf("%02d", seq)
	if marker != "" {
		s010 += ":" + marker
	}
	return fmt.Sprintf("@PAXLST:D:05B:UN:IATA+%s+%s@%s%sCNT+42:%d'", car, s010, header, persons, cnt)
}

func surnames(m *paxlst.Message) string {
	var s []string
	for _, p := range m.Persons {
		s = append(s, p.Surname)
	}
	return strings.Join(s, ",")
}

// TestMultiPart: parts are reassembled in sequence order, across
// interchanges and arrival orders; CNT is the flight total; gaps are reported.
func TestMultiPart(t *testing.T) {
	p1 := part("LIST1", 1, "C", "NAD+FL+++A:X'NAD+FL+++B:X'", 5)
	p2 := part("LIST1", 2, "C", "NAD+FL+++C:X'NAD+FL+++D:X'", 5)
	p3 := part("LIST1", 3, "F", "NAD+FL+++E:X'", 5)
	t.Run("reversed across interchanges", func(t *testing.T) {
		data := append(append(interchange("", p3), interchange("", p1)...), interchange("", p2)...)
		m, diags := decode1(t, data)
		if got := surnames(m); got != "A,B,C,D,E" {
			t.Errorf("persons %s", got)
		}
		e := m.Envelope.Header
		if m.Parts != 3 || !m.Complete || e.CommonAccessRef != "LIST1" || *m.Totals.Passengers != 5 || e.Reference != "M1" {
			t.Errorf("envelope %+v totals %v", e, *m.Totals.Passengers)
		}
		if len(codes(diags)) != 0 {
			t.Errorf("diagnostics %v", codes(diags))
		}
	})
	t.Run("missing part", func(t *testing.T) {
		m, diags := decode1(t, interchange("", p1, p3))
		if got := surnames(m); got != "A,B,E" {
			t.Errorf("persons %s", got)
		}
		if e := m; e.Complete || fmt.Sprint(e.Missing) != "[2]" {
			t.Errorf("envelope %+v", e)
		}
		if !hasCode(diags, edifact.CodePartMissing, "UNH") || !hasCode(diags, paxlst.CodePartial, "UNH") {
			t.Errorf("diagnostics %v", diags)
		}
		if hasCode(diags, paxlst.CodeCountMismatch, "") {
			t.Error("count checked on an incomplete list")
		}
	})
	t.Run("count checked once complete", func(t *testing.T) {
		_, diags := decode1(t, interchange("", part("L", 1, "C", "NAD+FL+++A:X'", 3), part("L", 2, "F", "NAD+FL+++B:X'", 3)))
		if !hasCode(diags, paxlst.CodeCountMismatch, "CNT") {
			t.Errorf("no count mismatch: %v", codes(diags))
		}
	})
	t.Run("totals differ between parts", func(t *testing.T) {
		_, diags := decode1(t, interchange("", part("L", 1, "C", "NAD+FL+++A:X'", 2), part("L", 2, "F", "NAD+FL+++B:X'", 3)))
		if !hasCode(diags, paxlst.CodeTotalsDiffer, "UNH") {
			t.Errorf("no totals-differ: %v", codes(diags))
		}
	})
	t.Run("header from a later part", func(t *testing.T) {
		first := "@PAXLST:D:05B:UN:IATA+L+01:C@NAD+FL+++A:X'"
		m, _ := decode1(t, interchange("", first, part("L", 2, "F", "NAD+FL+++B:X'", 2)))
		if m.ListType != paxlst.ListPassengers || len(m.Flights) != 1 || surnames(m) != "A,B" {
			t.Errorf("list type %q flights %d persons %s", m.ListType, len(m.Flights), surnames(m))
		}
	})
	t.Run("two lists interleaved", func(t *testing.T) {
		res, err := paxlst.Decode(interchange("", part("A", 1, "C", "NAD+FL+++A1:X'", 2), part("B", 1, "C", "NAD+FL+++B1:X'", 2),
			part("B", 2, "F", "NAD+FL+++B2:X'", 2), part("A", 2, "F", "NAD+FL+++A2:X'", 2)), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range res.Messages {
			got = append(got, m.Envelope.Header.CommonAccessRef+"="+surnames(m))
		}
		if d := cmp.Diff([]string{"B=B1,B2", "A=A1,A2"}, got); d != "" {
			t.Error(d)
		}
	})
}

func TestStrict(t *testing.T) {
	_, err := paxlst.Decode(interchange("", header+"NAD+FL+++A:B'ATT+2++Q'"), &paxlst.DecodeOptions{Strict: true})
	var de *paxlst.DecodeError
	if !errors.As(err, &de) || !errors.Is(err, paxlst.ErrValue) || de.Tag != "ATT" || de.Code != paxlst.CodeUnknownCode {
		t.Fatalf("error %v", err)
	}
	if !strings.HasPrefix(err.Error(), "paxlst: ") {
		t.Errorf("error text %q", err)
	}
	// Information does not stop strict decoding.
	if _, err := paxlst.Decode(interchange("", header+"NAD+FL+++ALONE'"), &paxlst.DecodeOptions{Strict: true}); err != nil {
		t.Errorf("single name failed strict decoding: %v", err)
	}
}

func TestNoMessage(t *testing.T) {
	data := []byte("UNB+UNOC:4+S+R+200506:1700+1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'UNT+3+1'UNZ+1+1'")
	res, err := paxlst.Decode(data, nil)
	if !errors.Is(err, paxlst.ErrNoMessage) || len(res.Messages) != 0 || !hasCode(res.Diagnostics, paxlst.CodeOtherMessage, "UNH") {
		t.Errorf("err %v result %+v", err, res)
	}
	if _, err := paxlst.Decode([]byte("hello"), nil); !errors.Is(err, edifact.ErrNotEDIFACT) {
		t.Errorf("err %v", err)
	}
	// 64 spaces made the syntax level panic; Decode must not.
	if _, err := paxlst.Decode([]byte(strings.Repeat(" ", 64)), nil); err == nil {
		t.Error("no error for blank input")
	}
}

// TestDiagnosticsHoldNoPassengerData: no name, number or date of the input
// appears in any diagnostic or error text.
func TestDiagnosticsHoldNoPassengerData(t *testing.T) {
	body := header + "NAD+ZZ+++SECRETNAME:HIDDENGIVEN'ATT+2++Q'DTM+329:SECRETDATE'DOC+SECRETTYPE+SECRETNUMBER'" +
		"DTM+36:991399'RFF+SECRETQ:SECRETREF'MEA+CT++:SECRETCOUNT'XYZ+SECRETVALUE'CNT+42:7'"
	res, _ := paxlst.Decode(interchange("", body), nil)
	_, serr := paxlst.Decode(interchange("", body), &paxlst.DecodeOptions{Strict: true})
	texts := []string{serr.Error()}
	for _, d := range res.Diagnostics {
		texts = append(texts, d.String())
	}
	for _, s := range texts {
		for _, secret := range []string{"SECRET", "HIDDEN", "991399"} {
			if strings.Contains(s, secret) {
				t.Errorf("diagnostic leaks data: %s", s)
			}
		}
	}
}

// TestPersonJSON checks the public JSON contract of a person.
func TestPersonJSON(t *testing.T) {
	m, _ := decode1(t, interchange("", header+"NAD+FL+++DOE:JANE:ANN'ATT+2++F'DTM+329:690101'NAT+2+USA'DOC+P+N1'DTM+36:250101'LOC+91+USA'"))
	b, err := json.Marshal(m.Persons[0])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"role":"FL","surname":"DOE","givenNames":"JANE","middleName":"ANN","gender":"F",` +
		`"birthDate":"1969-01-01","nationality":"USA","documents":[{"type":"P","number":"N1","issuingCountry":"USA",` +
		`"expiryDate":"2025-01-01"}]}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var back paxlst.Person
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(m.Persons[0], back, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", d)
	}
}

// TestDecoderStreams: the streaming Decoder over a reader that hands out one
// byte at a time gives the same lists as Decode, so no value aliases the
// reader's buffer, and returns each whole list before reading further.
func TestDecoderStreams(t *testing.T) {
	rich, err := paxlst.Encode(richMessage(), paxlst.EncodeOptions{PartSize: 1, LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	data := append(append(rich, interchange("", header+"NAD+FL+++A:B'XYZ+KEEP'CNT+42:1'")...),
		interchange("", header+"NAD+FL+++C:D'")...)
	want, err := paxlst.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := paxlst.NewDecoder(iotest.OneByteReader(bytes.NewReader(data)), nil)
	var got []*paxlst.Message
	for {
		m, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	if d := cmp.Diff(want.Messages, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("streamed lists differ (-Decode +Decoder):\n%s", d)
	}
	if d := cmp.Diff(want.Diagnostics, d.Diagnostics()); d != "" {
		t.Errorf("diagnostics differ:\n%s", d)
	}
}

// TestDirectories: every directory in use decodes the same way.
func TestDirectories(t *testing.T) {
	for _, dir := range []string{"02B", "03B", "05B", "12B", "15B"} {
		body := "@PAXLST:D:" + dir + ":UN:IATA@" + header + "NAD+FL+++A:B'"
		m, diags := decode1(t, interchange("", body))
		if m.Directory() != "D"+dir || len(m.Persons) != 1 || len(codes(diags)) != 0 {
			t.Errorf("%s: directory %q, %d persons, %v", dir, m.Directory(), len(m.Persons), codes(diags))
		}
	}
}

// TestPersonJSONWithoutDocuments: documents is an array even when empty.
func TestPersonJSONWithoutDocuments(t *testing.T) {
	b, err := json.Marshal(paxlst.Person{Role: paxlst.RoleCrew, Surname: "X"})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"role":"FM","surname":"X","givenNames":"","gender":"","birthDate":"","nationality":"","documents":[]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
