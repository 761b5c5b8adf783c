package cusres_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
)

var sameSegments = cmp.Comparer(func(a, b edifact.Segment) bool { return a.String() == b.String() })

func dt(y int, m time.Month, d, h, mi int) civil.DateTime {
	return civil.DateTime{Date: civil.Date{Year: y, Month: m, Day: d}, Hour: h, Minute: mi}
}

// A received iAPI batch: two passengers on XX100.
const request = "UNB+UNOA:4+AIRLINE+STATE+240301:0800+77'UNG+PAXLST+AIRLINE+STATE+240301:0800+5+UN+D:05B'" +
	"UNH+P1+PAXLST:D:05B:UN:IATA'BGM+745+CP'RFF+TN:BATCH42'NAD+MS+++OPS'" +
	"TDT+20+XX100+++XX'LOC+125+AAA'DTM+189:2403011030:201'LOC+87+BBB'DTM+232:2403011445:201'" +
	"NAD+FL+++ONE:A'RFF+AVF:LOC001'RFF+ABO:PAX001'NAD+FL+++TWO:B'RFF+AVF:LOC001'RFF+ABO:PAX002'CNT+42:2'" +
	"UNT+16+P1'UNE+1+5'UNZ+1+77'"

func received(t *testing.T) *paxlst.Message {
	t.Helper()
	res, err := paxlst.Decode([]byte(request), nil)
	if err != nil {
		t.Fatal(err)
	}
	return res.Messages[0]
}

func TestRespond(t *testing.T) {
	list := received(t)
	r, err := cusres.Respond(list, []cusres.Decision{
		{Person: 0, Status: cusres.StatusOKToBoard},
		{Person: 1, Status: cusres.StatusNoBoard, Text: []string{"CONTACT GOVERNMENT"}},
		{Person: -1, Status: "9Q"},
	}, cusres.RespondOptions{Prepared: dt(2024, 3, 1, 8, 1), ControlRef: "900", Reference: "R1"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := cusres.Encode(r, paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "UNB+UNOA:4+STATE+AIRLINE+240301:0801+900'UNG+CUSRES+STATE+AIRLINE+240301:0801+900+UN+D:05B'" +
		"UNH+R1+CUSRES:D:05B:UN:IATA'BGM+962'RFF+TN:BATCH42'RFF+AF:XX100'DTM+189:2403011030:201'DTM+232:2403011445:201'" +
		"LOC+125+AAA'LOC+87+BBB'ERP+2'RFF+AVF:LOC001'RFF+ABO:PAX001'ERC+0Z'ERP+2'RFF+AVF:LOC001'RFF+ABO:PAX002'ERC+1Z'" +
		"FTX+AAP+++CONTACT GOVERNMENT'ERP+1'ERC+9Q'UNT+20+R1'UNE+1+900'UNZ+1+900'"
	if string(data) != want {
		t.Errorf("response\n got %s\nwant %s", data, want)
	}
	back, err := cusres.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(r, back.Responses[0], cmpopts.EquateEmpty(), sameSegments); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	if _, err := cusres.Respond(list, []cusres.Decision{{Person: 2}}, cusres.RespondOptions{}); !errors.Is(err, cusres.ErrDecision) {
		t.Errorf("out of range person: %v", err)
	}
}

func TestStatusChangeAndAcknowledgement(t *testing.T) {
	change := "UNA:+.? '\nUNB+UNOA:4+STATE+AIRLINE+240301:0900+901'\nUNH+C1+CUSRES:D:05B:UN:IATA'\nBGM+132'\n" +
		"RFF+TN:BATCH42'\nRFF+AF:XX100'\nDTM+189:2403011030'\nLOC+125+AAA'\nERP+2'\nRFF+ABO:PAX001'\nERC+1Z:ZZZ'\n" +
		"FTX+AAP+++LINE ONE:LINE TWO'\nXYZ+1'\nUNT+12+C1'\nUNZ+1+901'\n"
	res, err := cusres.Decode([]byte(change), nil)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Responses[0]
	want := []cusres.Answer{{Level: cusres.LevelPassenger, PassengerRef: "PAX001", Status: cusres.StatusNoBoard,
		StatusCodeList: "ZZZ", Text: []string{"LINE ONE", "LINE TWO"},
		Unknown: []edifact.Segment{edifact.NewSegment("XYZ", edifact.E("1"))}}}
	if d := cmp.Diff(want, c.Results, sameSegments); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
	if c.Type != cusres.TypeStatusChange || c.Departure.Time != dt(2024, 3, 1, 10, 30) || c.Departure.Airport != "AAA" {
		t.Errorf("header %+v", c)
	}
	if len(res.Diagnostics) == 0 || !strings.Contains(res.Diagnostics[len(res.Diagnostics)-1].String(), "XYZ") {
		t.Errorf("unknown segment not reported: %v", res.Diagnostics)
	}
	ack := cusres.Acknowledge(c, cusres.RespondOptions{ControlRef: "55"})
	data, err := cusres.Encode(ack, paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, seg := range []string{"UNB+UNOA:4+AIRLINE+STATE++55'", "BGM+312'", "RFF+TN:BATCH42'", "ERP+2'", "RFF+ABO:PAX001'"} {
		if !strings.Contains(string(data), seg+"\n") {
			t.Errorf("acknowledgement lacks %s:\n%s", seg, data)
		}
	}
	if strings.Contains(string(data), "ERC") {
		t.Error("acknowledgement carries a status")
	}
}

func TestDecodeErrors(t *testing.T) {
	if _, err := cusres.Decode([]byte(request), nil); !errors.Is(err, cusres.ErrNoMessage) {
		t.Errorf("PAXLST input: %v", err)
	}
	bad := "UNB+UNOA:4+S+R+240301:0900+1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+999'UNT+3+1'UNZ+1+1'"
	_, err := cusres.Decode([]byte(bad), &paxlst.DecodeOptions{Strict: true})
	var de *cusres.DecodeError
	if !errors.As(err, &de) || de.Tag != "BGM" || !errors.Is(err, cusres.ErrValue) {
		t.Errorf("strict unknown BGM code: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(request))
	f.Add([]byte("UNB+UNOA:4+S+R+240301:0900+1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'RFF+TN:X'DTM+189:2403011030'ERP+2'ERC+0Z'FTX+AAP+++A:B'UNT+7+1'UNZ+1+1'"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, _ := cusres.Decode(data, &paxlst.DecodeOptions{Limits: edifact.Limits{MaxSegmentSize: 4096}})
		if res == nil {
			t.Fatal("nil result")
		}
		for _, r := range res.Responses {
			out, err := cusres.Encode(r, paxlst.EncodeOptions{})
			if err != nil {
				continue // a value the declared character set cannot hold
			}
			back, err := cusres.Decode(out, nil)
			if err != nil || len(back.Responses) != 1 {
				t.Fatalf("re-decoding: %v\n%s", err, out)
			}
			if d := cmp.Diff(r, back.Responses[0], cmpopts.EquateEmpty(), sameSegments,
				cmpopts.IgnoreFields(cusres.Response{}, "Envelope")); d != "" {
				t.Fatalf("round trip:\n%s\n%s", d, out)
			}
		}
	})
}

// TestEnvelopeRoundTrip: every optional UNB, UNG and UNH element of a
// response is decoded, written back and decoded the same.
func TestEnvelopeRoundTrip(t *testing.T) {
	in := "UNB+UNOA:4:1:X+SND:ZZ:SR:SSUB+RCP:ZZ:RR:RSUB+260301:0800+CTRL1+PWD:AA+APIS+A+1+AGR+1'" +
		"UNG+CUSRES+GSND:ZZ+GRCP:ZZ+260301:0801+G1+UN+D:05B+GPWD'" +
		"UNH+R1+CUSRES:D:05B:UN:IATA:CL1:SF+CAR1+01:F+SUBSET:1:UN+GUIDE:2:IA+SCEN:3:ZZ'BGM+962'ERP+2'ERC+0Z'UNT+5+R1'UNE+1+G1'UNZ+1+CTRL1'"
	res, err := cusres.Decode([]byte(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := cusres.Encode(res.Responses[0], paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"UNB+UNOA:4:1:X+SND:ZZ:SR:SSUB+RCP:ZZ:RR:RSUB+260301:0800+CTRL1+PWD:AA+APIS+A+1+AGR+1'",
		"UNG+CUSRES+GSND:ZZ+GRCP:ZZ+260301:0801+G1+UN+D:05B+GPWD'",
		"UNH+R1+CUSRES:D:05B:UN:IATA:CL1:SF+CAR1+01:F+SUBSET:1:UN+GUIDE:2:IA+SCEN:3:ZZ'",
	} {
		if !strings.Contains(string(out), w) {
			t.Errorf("encoded interchange lacks %s\n%s", w, out)
		}
	}
	back, err := cusres.Decode(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(res.Responses, back.Responses, cmpopts.EquateEmpty(), sameSegments); d != "" {
		t.Errorf("round trip (-decoded +re-decoded):\n%s", d)
	}
}
