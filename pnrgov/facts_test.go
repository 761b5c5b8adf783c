package pnrgov_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

const (
	fixedSample = "iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_fixed-2022.edi"
	origSample  = "iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_orig-2020_guide-faithful.edi"
)

// sharedSample reads a shared PNRGOV sample through PIU_TESTDATA.
func sharedSample(t *testing.T, name string) []byte {
	t.Helper()
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the shared PNRGOV samples (set it to the shared data folder)")
	}
	data, err := os.ReadFile(filepath.Join(dir, "edifact", "pnrgov", name))
	if err != nil {
		t.Fatalf("shared sample: %v", err)
	}
	return data
}

func dt(y int, m time.Month, d, hh, mm int) civil.DateTime {
	return civil.DateTime{Date: civil.Date{Year: y, Month: m, Day: d}, Hour: hh, Minute: mm}
}

func date(y int, m time.Month, d int) civil.Date { return civil.Date{Year: y, Month: m, Day: d} }

// variants returns the sample as sent and as other systems would send the
// same message: other separators, CR/LF line breaks, a Type B envelope, a
// functional group, lines wrapped inside segments.
func variants(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	res, err := pnrgov.Decode(data, nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	m := res.Messages[0]
	enc := func(o pnrgov.EncodeOptions, change func(*pnrgov.Message)) []byte {
		c := *m
		if change != nil {
			change(&c)
		}
		b, err := pnrgov.Encode(&c, o)
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		return b
	}
	out := map[string][]byte{"as sent": data}
	out["default separators"] = enc(pnrgov.EncodeOptions{}, nil)
	out["other separators"] = enc(pnrgov.EncodeOptions{Separators: edifact.Separators{Component: '^', Element: '|',
		Decimal: ',', Release: '!', Terminator: '~'}}, nil)
	out["backslash release, UNA"] = enc(pnrgov.EncodeOptions{UNA: true, LineBreaks: true, Separators: edifact.Separators{
		Component: ':', Element: '+', Decimal: '.', Release: '\\', Repetition: '*', Terminator: '\''}}, nil)
	crlf := bytes.ReplaceAll(out["default separators"], []byte("'"), []byte("'\r\n"))
	out["CR/LF"] = crlf
	out["Type B envelope"] = append([]byte("QK KRCXXXX\r\n.MUCRM1A 270649\r\n\x02"), crlf...)
	out["functional group"] = enc(pnrgov.EncodeOptions{LineBreaks: true}, func(c *pnrgov.Message) {
		c.Envelope.Group = &edifact.GroupHeader{ID: "PNRGOV", Sender: edifact.Party{ID: "1A"},
			Recipient: edifact.Party{ID: "KRC"}, Reference: "9", Agency: "IA", Version: "11:1"}
	})
	// Type B transport wraps long lines at 64 characters.
	var wrapped bytes.Buffer
	for i, line := range bytes.Split(crlf, []byte("\r\n")) {
		for len(line) > 64 && bytes.HasPrefix(line, []byte("LTS")) && i%2 == 0 {
			wrapped.Write(line[:64])
			wrapped.WriteString("\r\n")
			line = line[64:]
		}
		wrapped.Write(line)
		wrapped.WriteString("\r\n")
	}
	out["wrapped lines"] = wrapped.Bytes()
	return out
}

func TestSharedSamplesFacts(t *testing.T) {
	for _, name := range []string{fixedSample, origSample} {
		data := sharedSample(t, name)
		for variant, b := range variants(t, data) {
			t.Run(name+"/"+variant, func(t *testing.T) {
				res, err := pnrgov.Decode(b, nil)
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				checkFacts(t, res, name == fixedSample, variant)
			})
		}
	}
}

// checkFacts checks what data/edifact/FACTS.md says a correct decoder reports.
func checkFacts(t *testing.T, res *pnrgov.Result, fixed bool, variant string) {
	t.Helper()
	if len(res.Messages) != 1 {
		t.Fatalf("%d messages, want 1", len(res.Messages))
	}
	m := res.Messages[0]
	env := m.Envelope
	if variant != "functional group" && env.Group != nil {
		t.Errorf("unexpected functional group")
	}
	ic := env.Interchange
	if ic.Syntax.ID != "IATA" || ic.Syntax.Version != "1" || ic.Sender.ID != "1A" || ic.Recipient.ID != "KRC" ||
		ic.Prepared != dt(2013, 5, 27, 6, 49) || ic.ControlRef != "0003" {
		t.Errorf("interchange header = %+v", ic)
	}
	h := env.Header
	if h.Reference != "1" || h.ID.String() != "PNRGOV:11:1:IA" || h.CommonAccessRef != "270513/0649/SQ/602" || m.Version != "11.1" {
		t.Errorf("message header = %+v, version %q", h, m.Version)
	}
	if m.PushType != pnrgov.PushFull || m.Sender.Airline != "1A" || m.Sender.Location != "MUC" || m.PNRCount != 1 {
		t.Errorf("push %q, sender %+v, EQN %d", m.PushType, m.Sender, m.PNRCount)
	}
	wantFlight := pnrgov.Flight{Carrier: "SQ", FlightNumber: "602",
		Departure: pnrgov.Point{Airport: "SIN", Time: dt(2013, 5, 27, 14, 30)},
		Arrival:   pnrgov.Point{Airport: "ICN", Time: dt(2013, 5, 27, 22, 5)}}
	if diff := cmp.Diff(wantFlight, m.Flight); diff != "" {
		t.Errorf("flight (-want +got):\n%s", diff)
	}
	if len(m.PNRs) != 1 {
		t.Fatalf("%d PNRs, want 1", len(m.PNRs))
	}
	p := m.PNRs[0]
	if p.Locator() != "3PGZOV" || p.Locators[0].Airline != "1A" || p.Created != dt(2013, 3, 19, 13, 54) ||
		p.LastTransaction != dt(2013, 5, 27, 5, 59) {
		t.Errorf("locators %+v, created %v, last transaction %v", p.Locators, p.Created, p.LastTransaction)
	}
	if len(p.Travelers) != 2 {
		t.Fatalf("%d travellers, want 2", len(p.Travelers))
	}
	type person struct {
		Surname, Given, Title string
		Type                  pnrgov.TravelerType
		Ref, InfantRef        string
		AdultRef              string
		FF                    []pnrgov.FrequentFlyer
	}
	var got []person
	for _, tr := range p.Travelers {
		got = append(got, person{tr.Surname, tr.Given, tr.Title, tr.Type, tr.Ref, tr.InfantRef, tr.AdultRef, tr.FrequentFlyers})
	}
	want := []person{
		{"BELT", "ISABELLE", "MRS", pnrgov.TravelerAdult, "2", "3", "", []pnrgov.FrequentFlyer{{Airline: "SQ", Number: "8794285757"}}},
		{"BELT", "SOPHY", "", pnrgov.TravelerInfant, "3", "", "2", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("travellers (-want +got):\n%s", diff)
	}
	type doc struct {
		Type, Number, Issuing string
		Surname, Given        string
		Gender                ssr.Gender
		Birth, Expiry         civil.Date
	}
	docs := func(tr pnrgov.Traveler) (out []doc) {
		for _, d := range tr.Documents {
			out = append(out, doc{d.Type, d.Number, d.IssuingCountry, d.Surname, d.Given + "/" + d.Middle, d.Gender, d.BirthDate, d.ExpiryDate})
		}
		return out
	}
	// The raw text keeps the spaces line wrapping put in: no invented repair.
	if diff := cmp.Diff([]doc{{"P", "509229987", "GBR", "BELT", "ISAB ELLE RUTH/", ssr.GenderFemale, date(1978, 7, 1), date(2022, 11, 12)}},
		docs(p.Travelers[0])); diff != "" {
		t.Errorf("adult documents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]doc{{"P", "512731999", "GBR", "BELT", "SOP HY OLIVIA/", ssr.GenderFemaleInfant, date(2012, 9, 20), date(2017, 10, 25)}},
		docs(p.Travelers[1])); diff != "" {
		t.Errorf("infant documents (-want +got):\n%s", diff)
	}
	if len(p.Itinerary) != 1 {
		t.Fatalf("%d legs, want 1", len(p.Itinerary))
	}
	l := p.Itinerary[0]
	if l.Carrier != "SQ" || l.FlightNumber != "602" || l.Class != "D" || l.Departure.Airport != "SIN" ||
		l.Arrival.Airport != "ICN" || l.Status != "HK" || l.Quantity != "1" || l.Equipment != "333" {
		t.Errorf("leg = %+v", l)
	}
	var inft bool
	for _, s := range l.SSRs {
		if s.Code == "INFT" {
			inft = true
		}
	}
	if !inft {
		t.Errorf("no SSR INFT on the leg")
	}
	type board struct {
		Number, Ref, Seat, Cabin string
		Bags                     *pnrgov.Bags
	}
	var boards []board
	for _, c := range l.CheckIns {
		for _, b := range c.Boardings {
			boards = append(boards, board{b.Number, b.TravelerRef, b.Seat, b.Cabin, b.Bags})
		}
	}
	wantBoards := []board{
		{"SIN-168", "2", "011D", "J", &pnrgov.Bags{Count: 3, Weight: 33, Unit: pnrgov.WeightKilograms,
			Pool: &pnrgov.BagPool{Indicator: "HP", Reference: "SIN- 168"},
			Tags: []pnrgov.BagTag{{Carrier: "618", Number: "0123456789", Count: 2, Destination: "ICN"},
				{Carrier: "618", Number: "0123456788", Count: 3, Destination: "ICN"},
				{Carrier: "618", Number: "0123456787", Count: 722356, Destination: "ICN"}}}},
		{"SIN-169", "3", "011D", "J", nil},
	}
	if diff := cmp.Diff(wantBoards, boards); diff != "" {
		t.Errorf("check-in (-want +got):\n%s", diff)
	}
	lines := 49
	if !fixed {
		lines = 48 // one LTS lacks its terminator: two lines run together
	}
	if len(p.HistoryLines) != lines {
		t.Errorf("%d LTS lines, want %d", len(p.HistoryLines), lines)
	}
	var released bool
	for _, s := range p.HistoryLines {
		if strings.Contains(s, "14:30 ON BSCT") {
			released = true
		}
	}
	if !released {
		t.Errorf("released colons in LTS lines not read as colons")
	}
	if variant != "as sent" {
		return
	}
	codes := map[edifact.Code]int{}
	for _, d := range res.Diagnostics {
		codes[d.Code]++
	}
	if fixed && (codes[edifact.CodeSegmentCount] != 0 || codes[pnrgov.CodeSegmentOrder] != 0) {
		t.Errorf("fixed sample: unexpected diagnostics %v", res.Diagnostics)
	}
	if !fixed && codes[edifact.CodeSegmentCount] != 1 {
		t.Errorf("guide-faithful sample: want one segment-count diagnostic, got %v", res.Diagnostics)
	}
}
