package pnrgov_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
)

// push wraps body segments (without terminators) in UNB, UNH, UNT and UNZ
// with correct counts, version 11.1.
func push(body ...string) []byte { return pushVersion("11:1", body...) }

func pushVersion(version string, body ...string) []byte {
	var b strings.Builder
	b.WriteString("UNB+IATA:1+XX+PIU+261125:0630+1'\n")
	b.WriteString("UNH+1+PNRGOV:" + version + ":IA+REF1'\n")
	for _, s := range body {
		b.WriteString(s + "'\n")
	}
	fmt.Fprintf(&b, "UNT+%d+1'\nUNZ+1+1'\n", len(body)+2)
	return []byte(b.String())
}

var header = []string{"MSG+:22", "ORG+XX:LHR", "TVL+251126:0915:251126:1240+LHR+FRA+XX+500", "EQN+1"}

func withHeader(body ...string) []string { return append(append([]string{}, header...), body...) }

func codes(res *pnrgov.Result) map[edifact.Code]int {
	out := map[edifact.Code]int{}
	for _, d := range res.Diagnostics {
		out[d.Code]++
	}
	return out
}

func onlyPNR(t *testing.T, res *pnrgov.Result) *pnrgov.PNR {
	t.Helper()
	if len(res.Messages) != 1 || len(res.Messages[0].PNRs) != 1 {
		t.Fatalf("want one message with one PNR, got %d messages", len(res.Messages))
	}
	return res.Messages[0].PNRs[0]
}

type nameView struct {
	Surname, GivenRaw, Given, Title string
	Inferred                        bool
	Type                            pnrgov.TravelerType
}

func names(p *pnrgov.PNR) []nameView {
	var out []nameView
	for _, t := range p.Travelers {
		out = append(out, nameView{t.Surname, t.GivenRaw, t.Given, t.Title, t.TitleInferred, t.Type})
	}
	return out
}

func TestDecodeQuirks(t *testing.T) {
	tests := []struct {
		name  string
		data  []byte
		diags map[edifact.Code]int // diagnostics of this package that must be reported
		check func(t *testing.T, res *pnrgov.Result)
	}{{
		name:  "travellers without DOCS are kept",
		data:  push(withHeader("SRC", "RCI+XX:AAA111", "TIF+NOWAK:I+PIOTR:A:1", "TIF+KOWAL:I+ANNA MS:A:2")...),
		diags: map[edifact.Code]int{pnrgov.CodeNoDocuments: 2},
		check: func(t *testing.T, res *pnrgov.Result) {
			want := []nameView{{"NOWAK", "PIOTR", "PIOTR", "", false, pnrgov.TravelerAdult}, {"KOWAL", "ANNA MS", "ANNA", "MS", false, pnrgov.TravelerAdult}}
			if diff := cmp.Diff(want, names(onlyPNR(t, res))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name:  "a TIF naming two travellers of one surname gives two",
		data:  push(withHeader("SRC", "TIF+NOWAK:I+PIOTR MR:A:1+ANNA MRS:A:2", "SSR+DOCS:HK:1:XX:::::/P/POL/EA1/POL/09DEC85/F/10JAN32/NOWAK/ANNA/")...),
		diags: map[edifact.Code]int{pnrgov.CodeNoDocuments: 1},
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			want := []nameView{{"NOWAK", "PIOTR MR", "PIOTR", "MR", false, pnrgov.TravelerAdult}, {"NOWAK", "ANNA MRS", "ANNA", "MRS", false, pnrgov.TravelerAdult}}
			if diff := cmp.Diff(want, names(p)); diff != "" || len(p.Travelers[1].Documents) != 1 {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "single-name traveller",
		data: push(withHeader("SRC", "TIF+SUKARNO:I", "SSR+DOCS:HK:1:XX:::::/P/IDN/B1234567/IDN/06JUN61/M/01JAN30/SUKARNO//")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			if diff := cmp.Diff([]nameView{{Surname: "SUKARNO"}}, names(p)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if n := len(p.Travelers[0].Documents); n != 1 {
				t.Errorf("%d documents", n)
			}
		},
	}, {
		name: "appended titles split only as marked guesses",
		data: push(withHeader("SRC",
			"TIF+SMITH:I+MOLLYMRS:A:1", "TIF+HASSAN:I+AMR:A:2", "TIF+AL FARSI:I+YASIR:A:3",
			"TIF+PARK:I+DREW:A:4", "TIF+JONES:I+KEVINMICHAELMR:A:5", "TIF+HADDAD:I+NASR:A:6",
			"TIF+OMAR:I+AMR MR:A:7", "TIF+LEE:I+ANNA:MRS:8")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			want := []nameView{
				{"SMITH", "MOLLYMRS", "MOLLY", "MRS", true, pnrgov.TravelerAdult},
				{"HASSAN", "AMR", "AMR", "", false, pnrgov.TravelerAdult},
				{"AL FARSI", "YASIR", "YASIR", "", false, pnrgov.TravelerAdult},
				{"PARK", "DREW", "DREW", "", false, pnrgov.TravelerAdult},
				{"JONES", "KEVINMICHAELMR", "KEVINMICHAEL", "MR", true, pnrgov.TravelerAdult},
				{"HADDAD", "NASR", "NASR", "", false, pnrgov.TravelerAdult},
				{"OMAR", "AMR MR", "AMR", "MR", false, pnrgov.TravelerAdult},
				{"LEE", "ANNA", "ANNA", "MRS", false, "MRS"},
			}
			if diff := cmp.Diff(want, names(onlyPNR(t, res))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "a document naming the whole word undoes a guessed split",
		data: push(withHeader("SRC", "TIF+OBI:I+CHIAMAKAMS:A:1",
			"SSR+DOCS:HK:1:XX:::::/P/NGA/A0001/NGA/01JAN90/F/01JAN30/OBI/CHIAMAKAMS/")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			want := []nameView{{"OBI", "CHIAMAKAMS", "CHIAMAKAMS", "", false, pnrgov.TravelerAdult}}
			if diff := cmp.Diff(want, names(onlyPNR(t, res))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "changes-only push decodes to the same model",
		data: push("MSG+:141", "ORG+XX:LHR", "TVL+251126:0915:251126:1240+LHR+FRA+XX+500", "EQN+1", "SRC", "RCI+XX:CHG001", "TIF+DOE:I+JANE:A:1"),
		check: func(t *testing.T, res *pnrgov.Result) {
			m := res.Messages[0]
			if m.PushType != pnrgov.PushChanges || m.PushType.String() != "changes" || onlyPNR(t, res).Locator() != "CHG001" {
				t.Errorf("push type %q, locator %q", m.PushType, onlyPNR(t, res).Locator())
			}
		},
	}, {
		name:  "PNR data before SRC opens a PNR",
		data:  push(withHeader("RCI+XX:NOSRC1", "TIF+DOE:I+JOHN:A:1")...),
		diags: map[edifact.Code]int{pnrgov.CodeMissingSRC: 1},
		check: func(t *testing.T, res *pnrgov.Result) {
			if p := onlyPNR(t, res); p.Locator() != "NOSRC1" || len(p.Travelers) != 1 {
				t.Errorf("PNR %q with %d travellers", p.Locator(), len(p.Travelers))
			}
		},
	}, {
		name: "order drift: a traveller after the itinerary, SSR inside Gr3, IFT inside Gr3",
		data: push(withHeader("SRC", "RCI+XX:DRIFT1", "TIF+DOE:I+JOHN:A:1", "TKT+9990000000001:T:1",
			"IFT+4:10+ENDORSEMENT", "SSR+DOCS:HK:1:XX:::::/P/USA/P1/USA/01JAN80/M/01JAN30/DOE/JOHN/",
			"TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y", "TIF+DOE:I+JANE:A:2")...),
		diags: map[edifact.Code]int{pnrgov.CodeSegmentOrder: 3},
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			if len(p.Travelers) != 2 || len(p.Travelers[0].Documents) != 1 || len(p.Tickets[0].Remarks) != 1 {
				t.Errorf("travellers %d, documents %d, ticket remarks %d", len(p.Travelers),
					len(p.Travelers[0].Documents), len(p.Tickets[0].Remarks))
			}
		},
	}, {
		name: "check-in without TRI",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y",
			"DAT+2:251126:0800", "TIF+DOE:I+JOHN:A:1", "SSD+014C++++Y", "TBD++1:20:700")...),
		diags: map[edifact.Code]int{pnrgov.CodeMissingTRI: 1},
		check: func(t *testing.T, res *pnrgov.Result) {
			bs := onlyPNR(t, res).Itinerary[0].CheckIns[0].Boardings
			if len(bs) != 1 || bs[0].Seat != "014C" || bs[0].Bags.Count != 1 || bs[0].Traveler.Surname != "DOE" {
				t.Errorf("boardings = %+v", bs)
			}
		},
	}, {
		name: "bags and seats stay per leg, never summed",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1",
			"TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y", "DAT+2:251126:0800", "TRI++LHR-1:::1", "SSD+014C++++Y", "TBD++2:40:700+++999:0000000001:2:MUC",
			"TVL+251126:1400:251126:1500+FRA+MUC+XX+501:Y", "DAT+2:251126:1300", "TRI++FRA-7:::1", "SSD+003A++++Y", "TBD++2:40:700+++999:0000000001:2:MUC")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			var got []string
			for _, l := range p.Itinerary {
				b := l.CheckIns[0].Boardings[0]
				got = append(got, fmt.Sprintf("%s %s %d %d%s", l.Departure.Airport, b.Seat, b.Bags.Count, b.Bags.Weight, b.Bags.Unit))
			}
			if diff := cmp.Diff([]string{"LHR 014C 2 40kg", "FRA 003A 2 40kg"}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "codeshare both ways: TVL marketing:operating and TRA",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1",
			"TVL+251126:0915:251126:1240+LHR+FRA+XX:YY+500:Y",
			"TVL+251126:1400:251126:1500+FRA+MUC+XX+501:Y", "TRA+ZZ+9501:Y",
			"TVL+251126:1800:251126:1900+MUC+VIE+XX+502:Y")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			var got []bool
			for i := range onlyPNR(t, res).Itinerary {
				got = append(got, onlyPNR(t, res).Itinerary[i].Codeshare())
			}
			if diff := cmp.Diff([]bool{true, true, false}, got); diff != "" {
				t.Errorf("codeshare (-want +got):\n%s", diff)
			}
		},
	}, {
		name:  "TVL arrival date left out, both forms",
		data:  push(withHeader("SRC", "TVL+280918:1220:1505+LHR+FRA+XX+500:Y", "TVL+270918:2320::0120+FRA+SIN+XX+501:Y")...),
		diags: map[edifact.Code]int{pnrgov.CodeArrivalDate: 2},
		check: func(t *testing.T, res *pnrgov.Result) {
			it := onlyPNR(t, res).Itinerary
			got := []string{it[0].Arrival.Time.String(), it[1].Arrival.Time.String()}
			if diff := cmp.Diff([]string{"2018-09-28T15:05", "2018-09-28T01:20"}, got); diff != "" || !it[1].Arrival.DateInferred {
				t.Errorf("arrivals (-want +got):\n%s", diff)
			}
		},
	}, {
		name: "AIRIMP e-mails and phones become contacts",
		data: push(withHeader("SRC", "IFT+4:28::XX+CTCE JOHN..DOE//MAIL./BOX.ORG", "TIF+DOE:I+JOHN:A:1",
			"SSR+CTCE:HK:1:XX:::::/J..DOE./1//EXAMPLE.COM/EN", "SSR+CTCM:HK:1:XX:::::/447700900123",
			"ADD++702:1 MAIN ST:LONDON:::GB:E1 1AA:442070000000")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			var got []string
			for _, c := range onlyPNR(t, res).Contacts {
				got = append(got, fmt.Sprintf("%s %s %s %d", c.Kind, c.Value, c.Source, c.Traveler))
			}
			want := []string{"email JOHN_DOE@MAIL-BOX.ORG IFT -1", "address  ADD 0", "phone 442070000000 ADD 0",
				"email J_DOE-1@EXAMPLE.COM SSR CTCE 0", "phone 447700900123 SSR CTCM 0"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "contacts sent with a leg keep the leg and the traveller their reference names",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "TIF+ROE:I+JANE:A:2",
			"TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y", "RPI+2+HK",
			"SSR+CTCM:HK:1:XX:::LHR:FRA:/447700900999+::2", "SSR+CTCH:HK:1:XX:::LHR:FRA:/442070000001",
			"IFT+4:28::XX+CTCE LEG..NOTE//MAIL.COM")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			var got []string
			for _, c := range onlyPNR(t, res).Contacts {
				got = append(got, fmt.Sprintf("%s %s %s %d %d", c.Kind, c.Value, c.Source, c.Traveler, c.Leg))
			}
			want := []string{"phone 447700900999 SSR CTCM 1 0", "phone 442070000001 SSR CTCH -1 0",
				"email LEG_NOTE@MAIL.COM IFT -1 0"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name: "infant linked to its adult, its document moved from the adult's group",
		data: push(withHeader("SRC", "TIF+DOE:I+LIAM:IN:3", "TIF+DOE:I+JOHN:A:1", "TIF+DOE:I+JANE MRS:A:2:1",
			"SSR+DOCS:HK:1:XX:::::/P/GBR/INF1/GBR/01FEB25/MI/01FEB30/DOE/LIAM/")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			ts := onlyPNR(t, res).Travelers
			got := fmt.Sprintf("%s>%s %s<%s docs %d/%d", ts[2].Ref, ts[2].InfantRef, ts[0].Ref, ts[0].AdultRef, len(ts[0].Documents), len(ts[2].Documents))
			if got != "2>3 3<2 docs 1/0" {
				t.Errorf("got %s", got)
			}
		},
	}, {
		name:  "unknown segments are kept in their group",
		data:  push(withHeader("SRC", "ZZZ+AT:PNR", "TIF+DOE:I+JOHN:A:1", "QQQ+AT:TRAVELLER", "TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y", "YYY+AT:LEG")...),
		diags: map[edifact.Code]int{pnrgov.CodeUnknownSegment: 3},
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			got := []string{p.Unknown[0].Tag, p.Travelers[0].Unknown[0].Tag, p.Itinerary[0].Unknown[0].Tag}
			if diff := cmp.Diff([]string{"ZZZ", "QQQ", "YYY"}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		},
	}, {
		name:  "EQN that does not match",
		data:  push(withHeader("SRC", "TIF+A:I+B:A:1", "SRC", "TIF+C:I+D:A:1")...),
		diags: map[edifact.Code]int{pnrgov.CodePNRCount: 1},
		check: func(t *testing.T, res *pnrgov.Result) {
			if n := len(res.Messages[0].PNRs); n != 2 {
				t.Errorf("%d PNRs", n)
			}
		},
	}, {
		name:  "malformed DOCS keeps what parsed and the raw text",
		data:  push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "SSR+DOCS:HK:1:XX:::::/P/GBR/123/GBR/31FEB80/M/01JAN30/DOE/JOHN/")...),
		diags: map[edifact.Code]int{pnrgov.CodeSSRText: 1},
		check: func(t *testing.T, res *pnrgov.Result) {
			d := onlyPNR(t, res).Travelers[0].Documents[0]
			if d.Number != "123" || !d.BirthDate.IsZero() || d.ExpiryDate.Year != 2030 || !strings.Contains(d.Raw, "31FEB80") {
				t.Errorf("document = %+v", d)
			}
		},
	}, {
		name: "wrapped line inside a DOCS, with the space the wrap put in",
		data: []byte(strings.Replace(string(push(withHeader("SRC", "TIF+BELT:I+ISABELLE:A:1",
			"SSR+DOCS:HK:1:XX:::::/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISAB ELLE RUTH/")...)), "ISAB ELLE", "ISAB\r\n ELLE", 1)),
		check: func(t *testing.T, res *pnrgov.Result) {
			d := onlyPNR(t, res).Travelers[0].Documents[0]
			if d.Given != "ISAB ELLE RUTH" || d.Number != "509229987" {
				t.Errorf("document = %+v", d)
			}
		},
	}, {
		name: "versions 10.1 and 21.1 are accepted",
		data: append(pushVersion("10:1", withHeader("SRC")...), pushVersion("21:1", withHeader("SRC")...)...),
		check: func(t *testing.T, res *pnrgov.Result) {
			if len(res.Messages) != 2 || res.Messages[0].Version != "10.1" || res.Messages[1].Version != "21.1" {
				t.Errorf("messages %d", len(res.Messages))
			}
		},
	}, {
		name:  "versions outside 10.1..21.1 are decoded with a diagnostic",
		data:  append(pushVersion("9:1", withHeader("SRC")...), pushVersion("22:1", withHeader("SRC")...)...),
		diags: map[edifact.Code]int{pnrgov.CodeVersion: 2},
	}, {
		name: "malformed UNA: five service characters",
		data: append([]byte("UNA:+.?'"), push(withHeader("SRC", "RCI+XX:UNA001", "TIF+DOE:I+JOHN:A:1")...)...),
		check: func(t *testing.T, res *pnrgov.Result) {
			if p := onlyPNR(t, res); p.Locator() != "UNA001" || len(p.Travelers) != 1 {
				t.Errorf("PNR %q", p.Locator())
			}
		},
	}, {
		name: "history: ABI, DAT, SAC with TIF, SSR, IFT, TBD and TVL, RPI",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "ABI+1+:LHRXX::LHR", "DAT+ZT:011026:1016", "SAC+++X",
			"TIF+DOE:I+JOHN:A:1", "SSR+SEAT:HX:1:XX", "IFT+4:28+SEAT CANCELLED", "TBD++1:20:700",
			"TVL+241126:0915:241126:1240+LHR+FRA+XX+500:Y", "RPI+1+XX", "SAC+++A", "LTS+0/O/NM/DOE/JOHN")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			h := p.History[0]
			if len(h.Changes) != 2 || h.Changes[0].Action != "X" || h.Changes[1].Action != "A" ||
				h.Changes[0].Traveler.Surname != "DOE" || len(h.Changes[0].SSRs) != 1 || h.Changes[0].Bags.Count != 1 ||
				h.Changes[0].Legs[0].Status != "XX" || len(p.HistoryLines) != 1 || len(p.Travelers) != 1 {
				t.Errorf("history = %+v", h)
			}
		},
	}, {
		name: "splits and non-air segments",
		data: push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "EQN+2", "RCI+XX:SPL001+XX:SPL002", "MSG+:8", "TVL+251126+MUC+++HTL")...),
		check: func(t *testing.T, res *pnrgov.Result) {
			p := onlyPNR(t, res)
			if len(p.Splits) != 1 || p.Splits[0].Count != 2 || len(p.Splits[0].Locators) != 2 || len(p.NonAir) != 1 || len(p.NonAir[0].Items) != 1 {
				t.Errorf("splits %+v, non-air %+v", p.Splits, p.NonAir)
			}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := pnrgov.Decode(tc.data, nil)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			got := codes(res)
			for c, n := range tc.diags {
				if got[c] != n {
					t.Errorf("%d diagnostics %s, want %d: %v", got[c], c, n, res.Diagnostics)
				}
			}
			for c := range got {
				if strings.HasPrefix(string(c), "pnrgov-") && tc.diags[c] == 0 && c != pnrgov.CodeNoDocuments && c != pnrgov.CodeArrivalDate {
					t.Errorf("unexpected diagnostic %s: %v", c, res.Diagnostics)
				}
			}
			if tc.check != nil {
				tc.check(t, res)
			}
			// Whatever the quirk, the model survives encoding.
			for _, m := range res.Messages {
				m2 := decodeOne(t, encode(t, m, pnrgov.EncodeOptions{}))
				if diff := cmp.Diff(m, m2, modelOpts); diff != "" {
					t.Errorf("decode(encode(m)) differs (-m +decoded):\n%s", diff)
				}
			}
		})
	}
}

func TestStrict(t *testing.T) {
	data := push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "TKT+9990000000001:T:1", "IFT+4:10+ENDORSEMENT DOE JOHN")...)
	res, err := pnrgov.Decode(data, &pnrgov.DecodeOptions{Strict: true})
	var de *pnrgov.DecodeError
	if !errors.As(err, &de) || !errors.Is(err, pnrgov.ErrGrammar) {
		t.Fatalf("err = %v, want a *DecodeError unwrapping to ErrGrammar", err)
	}
	// The IFT is the tenth segment (index 9) of the input.
	if de.Segment != 9 || de.Tag != "IFT" || de.Code != pnrgov.CodeSegmentOrder || de.Offset != int64(strings.Index(string(data), "IFT+")) {
		t.Errorf("error at segment %d %s offset %d code %s", de.Segment, de.Tag, de.Offset, de.Code)
	}
	if strings.Contains(err.Error(), "DOE") || strings.Contains(err.Error(), "JOHN") {
		t.Errorf("error text leaks passenger data: %v", err)
	}
	if res == nil {
		t.Fatal("no partial result")
	}
	// The fixed shared sample holds no defect: strict decoding succeeds.
	if os.Getenv("PIU_TESTDATA") != "" {
		if _, err := pnrgov.Decode(sharedSample(t, fixedSample), &pnrgov.DecodeOptions{Strict: true}); err != nil {
			t.Errorf("fixed sample in strict mode: %v", err)
		}
		_, err := pnrgov.Decode(sharedSample(t, origSample), &pnrgov.DecodeOptions{Strict: true})
		if !errors.Is(err, edifact.ErrControlCount) && !errors.Is(err, edifact.ErrCharacter) {
			t.Errorf("guide-faithful sample in strict mode: err = %v", err)
		}
	}
}

func TestNotPNRGOV(t *testing.T) {
	data := []byte("UNB+UNOA:4+A+B+261125:0900+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'")
	res, err := pnrgov.Decode(data, nil)
	if !errors.Is(err, pnrgov.ErrNoMessage) || codes(res)[pnrgov.CodeOtherMessage] != 1 {
		t.Errorf("err = %v, diagnostics %v", err, res.Diagnostics)
	}
	if _, err := pnrgov.Decode([]byte("hello"), nil); !errors.Is(err, edifact.ErrEnvelope) && err == nil {
		t.Errorf("not EDIFACT: err = %v", err)
	}
}

func TestDecoderStreams(t *testing.T) {
	data := append(push(withHeader("SRC", "RCI+XX:S1", "SRC", "RCI+XX:S2")...), push(withHeader()...)...)
	d := pnrgov.NewDecoder(strings.NewReader(string(data)), nil)
	var got []string
	for {
		m, p, err := d.Next()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatal(err)
			}
			break
		}
		if p == nil {
			got = append(got, "end "+m.Flight.FlightNumber)
		} else {
			got = append(got, p.Locator())
		}
	}
	if diff := cmp.Diff([]string{"S1", "S2", "end 500", "end 500"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestMerge(t *testing.T) {
	full, err := pnrgov.Decode(push(withHeader("SRC", "RCI+XX:AAA111", "TIF+A:I+X:A:1", "SRC", "RCI+XX:BBB222", "TIF+B:I+Y:A:1")...), nil)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := pnrgov.Decode(push("MSG+:141", "ORG+XX:LHR", "TVL+251126:0915:251126:1240+LHR+FRA+XX+500", "EQN+2",
		"SRC", "RCI+XX:BBB222", "TIF+B:I+Y:A:1", "TIF+B:I+Z:C:2", "SRC", "RCI+XX:CCC333", "TIF+C:I+W:A:1"), nil)
	if err != nil {
		t.Fatal(err)
	}
	merged := pnrgov.Merge(full.Messages[0].PNRs, changes.Messages[0])
	var got []string
	for _, p := range merged {
		got = append(got, fmt.Sprintf("%s:%d", p.Locator(), len(p.Travelers)))
	}
	if diff := cmp.Diff([]string{"AAA111:1", "BBB222:2", "CCC333:1"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(full.Messages[0].PNRs[1].Travelers) != 1 {
		t.Error("Merge modified the base push")
	}
}
