package paxlst_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/paxlst"
)

// fullEnvelope is an interchange whose UNB, UNG and UNH carry every optional
// element the envelope model holds.
const fullEnvelope = "UNB+UNOA:4:1:X+SND:ZZ:SR:SSUB+RCP:ZZ:RR:RSUB+260301:0800+CTRL1+PWD:AA+APIS+A+1+AGR+1'" +
	"UNG+PAXLST+GSND:ZZ+GRCP:ZZ+260301:0801+G1+UN+D:05B+GPWD'" +
	"UNH+M1+PAXLST:D:05B:UN:IATA:CL1:SF+CAR1+01:F+SUBSET:1:UN+GUIDE:2:IA+SCEN:3:ZZ'BGM+745'NAD+FL+++DOE:JANE'UNT+4+M1'UNE+1+G1'UNZ+1+CTRL1'"

// wantElements are the header elements the re-encoded bytes must carry.
var wantElements = []string{
	"UNB+UNOA:4:1:X+SND:ZZ:SR:SSUB+RCP:ZZ:RR:RSUB+260301:0800+CTRL1+PWD:AA+APIS+A+1+AGR+1'",
	"UNG+PAXLST+GSND:ZZ+GRCP:ZZ+260301:0801+G1+UN+D:05B+GPWD'",
	"UNH+M1+PAXLST:D:05B:UN:IATA:CL1:SF+CAR1+01:F+SUBSET:1:UN+GUIDE:2:IA+SCEN:3:ZZ'",
}

// TestEnvelopeRoundTrip decodes a list whose envelope carries every optional
// element, encodes it and decodes it again: the model is the same and the
// bytes carry every element (S005, 0026, 0029, 0031, 0032, 0035, UNG 0051,
// S008, 0058, UNH S009 0110 and 0113, 0068, S010, S016, S017, S018; the
// v4 internal sub-identification of S002 and S003, S005 0025).
func TestEnvelopeRoundTrip(t *testing.T) {
	m, _ := decode1(t, []byte(fullEnvelope))
	e := m.Envelope.Interchange
	if got := []string{e.RecipientReference, e.AppRef, e.Priority, e.AckRequest, e.Agreement, e.Test,
		m.Envelope.Group.Password, m.Envelope.Header.CommonAccessRef}; !cmp.Equal(got,
		[]string{"PWD", "APIS", "A", "1", "AGR", "1", "GPWD", "CAR1"}) {
		t.Errorf("decoded envelope values %q", got)
	}
	out, err := paxlst.Encode(m, paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wantElements {
		if !strings.Contains(string(out), w) {
			t.Errorf("encoded interchange lacks %s\n%s", w, out)
		}
	}
	back, _ := decode1(t, out)
	if d := cmp.Diff(m, back, cmpopts.EquateEmpty(), ignorePositions); d != "" {
		t.Errorf("round trip (-decoded +re-decoded):\n%s", d)
	}
}

// TestEnvelopeKeepsLoneTransfer: a list with S010 but no 0068 is read as a
// list of its own, and its S010 is written back as received.
func TestEnvelopeKeepsLoneTransfer(t *testing.T) {
	in := strings.Replace(fullEnvelope, "+CAR1+01:F+", "++07:C+", 1)
	m, _ := decode1(t, []byte(in))
	out, err := paxlst.Encode(m, paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "UNH+M1+PAXLST:D:05B:UN:IATA:CL1:SF++07:C+") {
		t.Errorf("S010 not written back:\n%s", out)
	}
	back, _ := decode1(t, out)
	if d := cmp.Diff(m, back, cmpopts.EquateEmpty(), ignorePositions); d != "" {
		t.Errorf("round trip (-decoded +re-decoded):\n%s", d)
	}
}
