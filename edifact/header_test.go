package edifact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/civil"
)

// fullEnvelope carries every element of UNB, UNG and UNH (ISO 9735 v4).
const (
	fullUNB = "UNB+UNOC:4:1:8+SENDER:ZZ:SINT:SSUB+RECIP:4:RINT:RSUB+200101:1200+REF1+PWD:AA+APIS+A+1+AGR+1'"
	fullUNG = "UNG+PAXLST+GSEND:ZZ+GRECP:4+200101:1205+G1+UN+D:05B:IATA+GPWD'"
	fullUNH = "UNH+1+PAXLST:D:05B:UN:IATA:2:SF+CAR1+01:F+SUB1:1:2:UN+MIG1:2::UN+SCN1:3::UN'"
	fullIC  = "UNA:+.?*'" + fullUNB + fullUNG + fullUNH + "BGM+745'UNT+3+1'UNE+1+G1'UNZ+1+REF1'"
)

// TestEnvelopeRoundTrip reads an interchange whose headers carry every
// optional element, checks the typed headers, writes it and reads it again:
// the headers are the same and the written bytes carry each element.
func TestEnvelopeRoundTrip(t *testing.T) {
	want := Envelope{
		Interchange: InterchangeHeader{
			Syntax:    SyntaxIdentifier{ID: "UNOC", Version: "4", CodeListVersion: "1", Encoding: "8"},
			Sender:    Party{ID: "SENDER", Qualifier: "ZZ", Routing: "SINT", SubID: "SSUB"},
			Recipient: Party{ID: "RECIP", Qualifier: "4", Routing: "RINT", SubID: "RSUB"},
			Prepared:  civil.DateTime{Date: civil.Date{Year: 2020, Month: 1, Day: 1}, Hour: 12}, ControlRef: "REF1",
			RecipientReference: "PWD", RecipientReferenceQualifier: "AA", AppRef: "APIS",
			Priority: "A", AckRequest: "1", Agreement: "AGR", Test: "1",
		},
		Group: &GroupHeader{ID: "PAXLST", Sender: Party{ID: "GSEND", Qualifier: "ZZ"},
			Recipient: Party{ID: "GRECP", Qualifier: "4"}, Prepared: civil.DateTime{Date: civil.Date{Year: 2020, Month: 1, Day: 1}, Hour: 12, Minute: 5},
			Reference: "G1", Agency: "UN", Version: "D:05B:IATA", Password: "GPWD"},
		Header: MessageHeader{Reference: "1",
			ID: MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA",
				CodeListVersion: "2", SubFunction: "SF"},
			CommonAccessRef: "CAR1", Transfer: &Transfer{Sequence: 1, Marker: "F"},
			Subset:    &Identification{ID: "SUB1", Version: "1", Release: "2", Agency: "UN"},
			Guideline: &Identification{ID: "MIG1", Version: "2", Agency: "UN"},
			Scenario:  &Identification{ID: "SCN1", Version: "3", Agency: "UN"},
		},
	}
	ignore := cmpopts.IgnoreFields(InterchangeHeader{}, "Segment")
	ignoreG := cmpopts.IgnoreFields(GroupHeader{}, "Segment")
	ignoreH := cmpopts.IgnoreFields(MessageHeader{}, "Segment")
	envelopeOf := func(t *testing.T, data string) (*Interchange, Envelope) {
		t.Helper()
		doc, err := Parse([]byte(data), &ReadOptions{Strict: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Interchanges) != 1 || len(doc.Interchanges[0].Groups) != 1 || len(doc.Interchanges[0].Groups[0].Messages) != 1 {
			t.Fatalf("want one interchange, group and message, got %+v", doc.Interchanges)
		}
		ic := doc.Interchanges[0]
		g := ic.Groups[0]
		return ic, Envelope{Interchange: ic.Header, Group: &g.Header, Header: g.Messages[0].Header}
	}
	ic, got := envelopeOf(t, fullIC)
	if d := cmp.Diff(want, got, ignore, ignoreG, ignoreH); d != "" {
		t.Fatalf("headers read (-want +got):\n%s", d)
	}
	out, err := Marshal(ic, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{fullUNB, fullUNG, fullUNH} {
		if !strings.Contains(string(out), s) {
			t.Errorf("written interchange lacks %s\n%s", s, out)
		}
	}
	_, again := envelopeOf(t, string(out))
	if d := cmp.Diff(want, again, ignore, ignoreG, ignoreH); d != "" {
		t.Errorf("headers after write and read (-want +got):\n%s", d)
	}
}

func TestMessageIDString(t *testing.T) {
	for _, c := range []struct {
		id   MessageID
		want string
	}{
		{MessageID{Type: "PNRGOV", Version: "11", Release: "1", Agency: "IA"}, "PNRGOV:11:1:IA"},
		{MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}, "PAXLST:D:05B:UN:IATA"},
		{MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", SubFunction: "SF"}, "PAXLST:D:05B:UN:::SF"},
	} {
		if got := c.id.String(); got != c.want {
			t.Errorf("%+v: got %q, want %q", c.id, got, c.want)
		}
	}
}
