package paxlst_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// The shared samples are read through PIU_TESTDATA and never copied into the
// repository. Each must give exactly the facts of data/edifact/FACTS.md, in
// its original bytes and in every variant an airline's system could produce.

func sampleDir(t testing.TB) string {
	t.Helper()
	root := os.Getenv("PIU_TESTDATA")
	if root == "" {
		t.Skip("PIU_TESTDATA is not set; set it to the shared data folder (../shared/data) to run the conformance tests")
	}
	return filepath.Join(root, "edifact", "paxlst")
}

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sampleDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func date(y int, m time.Month, d int) civil.Date { return civil.Date{Year: y, Month: m, Day: d} }

func dt(y int, m time.Month, d, h, mi int) civil.DateTime {
	return civil.DateTime{Date: date(y, m, d), Hour: h, Minute: mi}
}

func intp(n int) *int { return &n }

// ignorePositions compares kept segments by their content: re-encoding
// legitimately changes where they sit, and drops trailing empty elements,
// which ISO 9735 says carry nothing.
var ignorePositions = cmp.Comparer(func(a, b edifact.Segment) bool { return a.String() == b.String() })

type factCase struct {
	file  string
	check func(t *testing.T, m *paxlst.Message)
	// original checks what only the original bytes show (defects, envelope).
	original func(t *testing.T, res *paxlst.Result, m *paxlst.Message)
}

func diff(t *testing.T, what string, got, want any) {
	t.Helper()
	if d := cmp.Diff(want, got, ignorePositions, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("%s (-want +got):\n%s", what, d)
	}
}

func hasCode(ds []edifact.Diagnostic, code edifact.Code, tag string) bool {
	return slices.ContainsFunc(ds, func(d edifact.Diagnostic) bool { return d.Code == code && (tag == "" || d.Tag == tag) })
}

var ex51Legs = []paxlst.Leg{{Stage: "20", FlightNumber: "ZZ123", Carrier: "ZZ",
	Departure: paxlst.Stop{Qualifier: "125", Airport: "SYD", Time: dt(2013, 6, 21, 9, 0)},
	Arrival:   paxlst.Stop{Qualifier: "87", Airport: "HNL", Time: dt(2013, 6, 21, 22, 0)}}}

var factCases = []factCase{
	{
		file: "wco-ig_ex5.1_single-sector_ZZ123_SYD-HNL_D15B_1pax.edi",
		check: func(t *testing.T, m *paxlst.Message) {
			diff(t, "header", []any{m.ListType, m.TransactionRef}, []any{paxlst.ListPassengers, "1234567890"})
			diff(t, "reporting party", m.ReportingParty, paxlst.Party{Name: []string{"DAVIDSON", "ROBERT"},
				Contacts: []paxlst.Contact{{"202 628 9292", "TE"}, {"202 628 4998", "FX"}, {"DAVIDSONR.AT. IATA.ORG", "EM"}}})
			diff(t, "flights", m.Flights, ex51Legs)
			diff(t, "persons", m.Persons, []paxlst.Person{{
				Role: paxlst.RolePassenger, Surname: "WILLIAMS", GivenNames: "JOHN", MiddleName: "DONALD",
				Address: paxlst.Address{Street: []string{"235 WESTERN ROAD SUITE 203"}, City: "SLEAFORD",
					RegionName: "LINCS", PostalCode: "PE224T5", Country: "GBR"},
				Gender: paxlst.GenderMale, BirthDate: date(1972, 9, 7), Nationality: "GBR",
				Residence: "GBR", BirthPlace: paxlst.Place{Name: "AMBER HILL GBR"},
				Embarkation: "SYD", Debarkation: "HNL", Clearance: "HNL",
				Documents: []paxlst.Document{{Type: paxlst.DocumentPassport, Number: "MB140241",
					IssuingCountry: "GBR", ExpiryDate: date(2015, 12, 31)}},
				Bags: paxlst.Bags{Count: 2, Tags: []paxlst.BagTag{{First: "ZZ012345", Count: 3}}},
				PNR:  "TYR123", PassengerRef: "ABC123", Verification: paxlst.VerificationNotVerified,
				Contacts: []paxlst.Contact{{"44 188 84 14151", "TE"}},
			}})
			if got := m.Persons[0].Forenames(); got != "JOHN DONALD" {
				t.Errorf("GivenNames = %q", got)
			}
			diff(t, "totals", m.Totals, paxlst.Totals{Passengers: intp(160)})
		},
		original: func(t *testing.T, res *paxlst.Result, m *paxlst.Message) {
			e, h := m.Envelope.Interchange, m.Envelope.Header
			diff(t, "envelope", []any{e.Syntax.ID, e.Syntax.Version, e.Sender.ID, e.Recipient.ID, e.Prepared, e.ControlRef,
				m.Envelope.Group.ID, m.Envelope.Group.Version, h.Reference, h.ID.String()},
				[]any{"UNOA", "4", "ZZAIRLINE", "CUSTOMS", dt(2013, 6, 20, 9, 0), "000000001", "PAXLST", "D:15B", "PAX001",
					"PAXLST:D:15B:UN:IATA"})
			if hasCode(res.Diagnostics, edifact.CodeSegmentCount, "") {
				t.Error("UNT 30 is correct, yet a segment count diagnostic was given")
			}
			if !hasCode(res.Diagnostics, paxlst.CodePaddedValue, "DTM") {
				t.Error("the leading space in DTM+232 was not reported")
			}
		},
	},
	{
		file: "wco-ig_ex5.2_crew_ZZ123_SYD-HNL_D15B_1crew.edi",
		check: func(t *testing.T, m *paxlst.Message) {
			diff(t, "list type", m.ListType, paxlst.ListCrew)
			diff(t, "flights", m.Flights, ex51Legs)
			if len(m.Persons) != 1 {
				t.Fatalf("%d persons, want 1", len(m.Persons))
			}
			p := m.Persons[0]
			diff(t, "crew member", []any{p.Role, p.Surname, p.GivenNames, p.Forenames(), p.Gender, p.BirthDate, p.Nationality, p.Residence},
				[]any{paxlst.RoleCrew, "CLARK", "MICHAEL", "MICHAEL", paxlst.GenderMale, date(1972, 9, 7), "CAN", "CAN"})
			diff(t, "documents", p.Documents, []paxlst.Document{{Type: "P", Number: "MB140241", IssuingCountry: "CAN",
				ExpiryDate: date(2015, 10, 21)}})
			diff(t, "totals", m.Totals, paxlst.Totals{Crew: intp(8)})
		},
		original: func(t *testing.T, res *paxlst.Result, m *paxlst.Message) {
			n := 0
			for _, d := range res.Diagnostics {
				if d.Code == edifact.CodeSegmentCount {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d segment count diagnostics, want 1", n)
			}
		},
	},
	{
		file: "wco-ig_ex5.3_progressive_XZ877_BCN-IAD-SFO_D15B_2pax.edi",
		check: func(t *testing.T, m *paxlst.Message) {
			diff(t, "transaction", []string{m.TransactionRef, m.Revision}, []string{"BART34567890", "1"})
			diff(t, "flights", m.Flights, []paxlst.Leg{
				{Stage: "20", FlightNumber: "XZ877", Carrier: "XZ",
					Departure: paxlst.Stop{Qualifier: "92", Airport: "BCN", Time: dt(2014, 7, 8, 11, 0)},
					Arrival:   paxlst.Stop{Qualifier: "92", Airport: "IAD", Time: dt(2014, 7, 8, 17, 0)}},
				{Stage: "20", FlightNumber: "ZX877", Carrier: "XZ",
					Departure: paxlst.Stop{Qualifier: "92", Airport: "IAD", Time: dt(2014, 7, 8, 19, 30)},
					Arrival:   paxlst.Stop{Qualifier: "92", Airport: "SFO", Time: dt(2014, 7, 8, 23, 30)}},
			})
			if !m.Flights[0].Progressive() {
				t.Error("leg 0 not progressive")
			}
			common := paxlst.Person{Role: paxlst.RolePassenger, Surname: "MARTINEZ", Nationality: "ESP", Residence: "ESP",
				PNR: "GJO3RT", Clearance: "IAD", Embarkation: "BCN", Debarkation: "SFO"}
			julio, sorina := common, common
			julio.GivenNames, julio.MiddleName, julio.Gender, julio.BirthDate, julio.PassengerRef = "JULIO", "XAVIER", "M", date(1968, 2, 23), "XZ877001"
			julio.Documents = []paxlst.Document{{Type: "P", Number: "YY3478621", IssuingCountry: "ESP", ExpiryDate: date(2018, 12, 30)}}
			sorina.GivenNames, sorina.MiddleName, sorina.Gender, sorina.BirthDate, sorina.PassengerRef = "SORINA", "MARIA", "F", date(1969, 6, 6), "XZ877002"
			sorina.Documents = []paxlst.Document{{Type: "P", Number: "TRQWE9980", IssuingCountry: "ESP", ExpiryDate: date(2017, 9, 16)}}
			diff(t, "persons", m.Persons, []paxlst.Person{julio, sorina})
			diff(t, "totals", m.Totals, paxlst.Totals{Passengers: intp(2)})
		},
	},
	{
		file: "minelytics_sample02_D05B_UA123-UA124_YVR-JFK-ATL_1pax.edi",
		check: func(t *testing.T, m *paxlst.Message) {
			diff(t, "flights", m.Flights, []paxlst.Leg{
				{Stage: "20", FlightNumber: "UA123", Carrier: "UA",
					Departure: paxlst.Stop{Qualifier: "125", Airport: "YVR", Time: dt(2007, 4, 29, 12, 30)},
					Arrival:   paxlst.Stop{Qualifier: "87", Airport: "JFK", Time: dt(2007, 4, 29, 16, 0)}},
				{Stage: "20", FlightNumber: "UA124", Carrier: "UA",
					Departure: paxlst.Stop{Qualifier: "92", Airport: "JFK", Time: dt(2007, 4, 29, 17, 30)},
					Arrival:   paxlst.Stop{Qualifier: "92", Airport: "ATL", Time: dt(2007, 4, 29, 19, 45)}},
			})
			if len(m.Persons) != 1 {
				t.Fatalf("%d persons, want 1", len(m.Persons))
			}
			p := m.Persons[0]
			diff(t, "person", []any{p.Surname, p.GivenNames, p.MiddleName, p.Address, p.Gender, p.BirthDate, p.Bags.Tags,
				p.Clearance, p.Embarkation, p.Debarkation, p.Residence, p.Nationality, p.PNR, p.Seat},
				[]any{"DOE", "JOHN", "WAYNE", paxlst.Address{Street: []string{"20 MAIN ST"}, City: "ANYCITY", Region: "VA",
					PostalCode: "10053", Country: "USA"}, paxlst.GenderMale, date(1957, 1, 21),
					[]paxlst.BagTag{{First: "UA123456", Count: 3}}, "JFK", "YVR", "ATL", "CAN", "CAN", "ABC123", "23C"})
			diff(t, "documents", p.Documents, []paxlst.Document{{Type: "P", CodeList: "110", Agency: "111",
				Number: "MB1402411", IssuingCountry: "CAN", ExpiryDate: date(2008, 10, 21)}})
			diff(t, "totals", m.Totals, paxlst.Totals{Passengers: intp(1)})
		},
		original: func(t *testing.T, res *paxlst.Result, m *paxlst.Message) {
			e := m.Envelope.Interchange
			diff(t, "envelope", []any{e.Sender.ID, e.Recipient.ID, e.Prepared, m.Envelope.Group.Version,
				m.Envelope.Header.CommonAccessRef, m.Parts, m.Complete},
				[]any{"APIS*ABE", "USADHS", dt(2007, 4, 29, 9, 0), "D:05B", "API01", 1, true})
			if !hasCode(res.Diagnostics, edifact.CodeSegmentCount, "UNT") {
				t.Error("UNT 35 for 37 segments not reported")
			}
		},
	},
	{
		file: "minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi",
		check: func(t *testing.T, m *paxlst.Message) {
			if len(m.Persons) != 10 {
				t.Fatalf("%d persons, want 10", len(m.Persons))
			}
			for i, p := range m.Persons {
				if p.Role != paxlst.RolePassenger {
					t.Errorf("persons[%d].role = %q", i, p.Role)
				}
			}
			first := m.Persons[0]
			diff(t, "single name", []string{first.Surname, first.GivenNames, first.MiddleName}, []string{"ALI YYÉ", "", ""})
			diff(t, "empty document", first.Documents, []paxlst.Document{{}})
			if m.Persons[1].BirthDate != date(2013, 4, 14) || m.Persons[2].BirthDate != date(1932, 12, 10) {
				t.Errorf("birth dates %v, %v; want 2013-04-14 and 1932-12-10", m.Persons[1].BirthDate, m.Persons[2].BirthDate)
			}
			diff(t, "flight", []any{m.Flights[0].FlightNumber, m.Flights[0].Departure.Airport, m.Flights[0].Arrival.Airport},
				[]any{"YY123", "IAD", "BRU"})
		},
		original: func(t *testing.T, res *paxlst.Result, m *paxlst.Message) {
			if m.Envelope.Group != nil {
				t.Error("group reported, the file has no UNG")
			}
			if !hasCode(res.Diagnostics, edifact.CodeCharacter, "NAD") {
				t.Error("É under UNOA not reported")
			}
			if !hasCode(res.Diagnostics, edifact.CodeSegmentCount, "UNT") {
				t.Error("UNT 23 for 118 segments not reported")
			}
		},
	},
}

func TestFacts(t *testing.T) {
	for _, c := range factCases {
		t.Run(c.file, func(t *testing.T) {
			data := readSample(t, c.file)
			for _, v := range variants(t, data) {
				t.Run(v.name, func(t *testing.T) {
					res, err := paxlst.Decode(v.data, nil)
					if err != nil {
						t.Fatal(err)
					}
					if len(res.Messages) != 1 {
						t.Fatalf("%d lists, want 1", len(res.Messages))
					}
					m := res.Messages[0]
					if !m.Complete {
						t.Errorf("list incomplete: missing %v", m.Missing)
					}
					c.check(t, m)
					if v.name == "original" && c.original != nil {
						c.original(t, res, m)
					}
				})
			}
		})
	}
}

// TestFactsStrict checks what strict mode makes of the samples: the crew list
// fails at its UNT, É under UNOA is rejected, and the clean example passes.
func TestFactsStrict(t *testing.T) {
	for _, c := range []struct {
		file string
		tag  string // "" when strict decoding succeeds
		err  error
	}{
		{"wco-ig_ex5.1_single-sector_ZZ123_SYD-HNL_D15B_1pax.edi", "", nil},
		{"wco-ig_ex5.3_progressive_XZ877_BCN-IAD-SFO_D15B_2pax.edi", "", nil},
		{"wco-ig_ex5.2_crew_ZZ123_SYD-HNL_D15B_1crew.edi", "UNT", edifact.ErrControlCount},
		{"minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi", "NAD", edifact.ErrCharacter},
		// The first defect is the content one: FTX+AAA, well before the UNT.
		{"minelytics_sample05_D02B_mutated-codes_negative.edi", "FTX", paxlst.ErrGrammar},
	} {
		_, err := paxlst.Decode(readSample(t, c.file), &paxlst.DecodeOptions{Strict: true})
		if c.tag == "" {
			if err != nil {
				t.Errorf("%s: %v", c.file, err)
			}
			continue
		}
		if !errors.Is(err, c.err) {
			t.Errorf("%s: error %v, want %v", c.file, err, c.err)
			continue
		}
		var se *edifact.SyntaxError
		var de *paxlst.DecodeError
		switch {
		case errors.As(err, &se):
			if se.Tag != c.tag {
				t.Errorf("%s: error names %s, want %s", c.file, se.Tag, c.tag)
			}
		case errors.As(err, &de):
			if de.Tag != c.tag {
				t.Errorf("%s: error names %s, want %s", c.file, de.Tag, c.tag)
			}
		}
	}
}

// TestNegativeSample: the mutated codes of sample 05 are kept as sent and
// reported; the passenger is not dropped.
func TestNegativeSample(t *testing.T) {
	res, err := paxlst.Decode(readSample(t, "minelytics_sample05_D02B_mutated-codes_negative.edi"), nil)
	if err != nil {
		t.Fatal(err)
	}
	p := res.Messages[0].Persons[0]
	diff(t, "kept codes", []any{p.Documents[0].Type, p.Seat, p.OtherRefs[0], len(p.Unknown), p.Unknown[0].Tag},
		[]any{paxlst.DocumentType("1"), "", paxlst.Reference{Qualifier: "AAA", Value: "23C"}, 1, "FTX"})
	for _, code := range []edifact.Code{paxlst.CodeUnknownCode, paxlst.CodeUnknownQualifier} {
		if !hasCode(res.Diagnostics, code, "") {
			t.Errorf("no %s diagnostic", code)
		}
	}
}

// TestLandBorderSample: the US ACE land border crew list decodes its person
// (party VW) with every unplaced segment kept.
func TestLandBorderSample(t *testing.T) {
	res, err := paxlst.Decode(readSample(t, "smooks_ace_D03B_crew_repetition-sep_bad.edi"), nil)
	if err != nil {
		t.Fatal(err)
	}
	m := res.Messages[0]
	if len(m.Persons) != 1 {
		t.Fatalf("%d persons", len(m.Persons))
	}
	p := m.Persons[0]
	diff(t, "person", []any{p.Role, p.Surname, p.GivenNames, p.BirthDate, p.Nationality, p.Gender, len(p.Documents)},
		[]any{paxlst.Role("VW"), "AOMAD", "CHRIS", date(1935, 9, 19), "US", paxlst.Gender("M*M*M*M*M"), 2})
	if len(m.Unknown) != 2 || m.Unknown[0].Tag != "RFF" || m.Unknown[0].Index >= m.Unknown[1].Index {
		t.Errorf("header RFF segments not kept in order: %v", m.Unknown)
	}
	if !hasCode(res.Diagnostics, edifact.CodeSegmentCount, "UNT") {
		t.Error("UNT mismatch not reported")
	}
}

type variant struct {
	name string
	data []byte
}

// variants returns data as received and as other systems would send the same
// content: other separators, CR/LF, a Type B envelope with a byte order
// mark, and the list split into one-person parts sent in separate
// interchanges in reverse order.
func variants(t *testing.T, data []byte) []variant {
	t.Helper()
	out := []variant{{"original", data}}
	doc, err := edifact.Parse(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	rewrite := func(w edifact.Writer, crlf bool) []byte {
		var buf bytes.Buffer
		for _, ic := range doc.Interchanges {
			cp := *ic
			if cp.Header.Syntax.ID == "UNOA" {
				cp.Header.Syntax.ID = "UNOC" // sample 01 carries É, which UNOA cannot write
			}
			b, err := edifact.Marshal(&cp, &w)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(b)
		}
		if crlf {
			return bytes.ReplaceAll(buf.Bytes(), []byte("\n"), []byte("\r\n"))
		}
		return buf.Bytes()
	}
	out = append(out,
		variant{"separators-una-paren", rewrite(edifact.Writer{Separators: edifact.Separators{
			Component: ':', Element: '(', Decimal: '.', Release: ')', Terminator: '-'}}, false)},
		variant{"separators-pipe-backslash-crlf", rewrite(edifact.Writer{LineBreaks: true, Separators: edifact.Separators{
			Component: '^', Element: '|', Decimal: ',', Release: '\\', Terminator: '~'}}, true)},
		variant{"typeb-envelope-bom", append([]byte("\xEF\xBB\xBFQU USCSAPIS\r\n.ZZAIRXH 201200\r\n"), rewrite(edifact.Writer{LineBreaks: true}, true)...)},
	)

	// Split into one-person parts, each in its own interchange, reversed.
	res, err := paxlst.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := *res.Messages[0]
	if m.Envelope.Interchange.Syntax.ID == "UNOA" {
		m.Envelope.Interchange.Syntax.ID = "UNOC"
	}
	enc, err := paxlst.Encode(&m, paxlst.EncodeOptions{PartSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	parts, err := edifact.Parse(enc, nil)
	if err != nil {
		t.Fatal(err)
	}
	ic := parts.Interchanges[0]
	msgs := ic.AllMessages()
	var split []byte
	for i := len(msgs) - 1; i >= 0; i-- {
		one := *ic
		one.Groups, one.Messages = nil, []*edifact.Message{msgs[i]}
		b, err := edifact.Marshal(&one, &edifact.Writer{LineBreaks: true})
		if err != nil {
			t.Fatal(err)
		}
		split = append(split, b...)
	}
	if len(msgs) < 2 && len(m.Persons) > 1 {
		t.Fatalf("encoder wrote %d parts for %d persons", len(msgs), len(m.Persons))
	}
	return append(out, variant{"parts-reversed-" + strings.Repeat("p", min(len(msgs), 3)), split})
}

// ignoreEnvelope leaves out what a re-encoded message may legitimately
// change: the envelope's defaults and the part bookkeeping of a split list.
var ignoreEnvelope = cmpopts.IgnoreFields(paxlst.Message{}, "Envelope", "Parts", "Missing", "Complete")
