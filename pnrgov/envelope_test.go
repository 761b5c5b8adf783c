package pnrgov_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/pnrgov"
)

// fullEnvelope is a push whose UNB, UNG and UNH carry every optional element
// of ISO 9735 versions 3 and 4.
const fullEnvelope = "UNB+IATA:4:1:X+SND:ZZ:SR:SSUB+RCP:ZZ:RR:RSUB+261125:0630+CTRL1+PWD:AA+PNRGOV+A+1+AGR+1'" +
	"UNG+PNRGOV+GSND:ZZ+GRCP:ZZ+261125:0631+G1+IA+13:1+GPWD'" +
	"UNH+M1+PNRGOV:13:1:IA:ASSOC:CL1:SF+CAR1+01:F+SUBSET:1:UN+GUIDE:2:IA+SCEN:3:ZZ'" +
	"MSG+:22'ORG+XX:LHR'TVL+251126:0915:251126:1240+LHR+FRA+XX+500'EQN+1'" +
	"SRC'RCI+XX:ABC123'TIF+DOE+JANE:A:1'UNT+9+M1'UNE+1+G1'UNZ+1+CTRL1'"

// TestEnvelopeRoundTrip decodes a push whose envelope carries every optional
// element (S002/S003 sub-identification, S005 0022 and 0025, 0026, 0029,
// 0031, 0032, 0035, UNG 0051, S008, 0058, UNH S009 0057, 0110, 0113, 0068,
// S010, S016, S017, S018), encodes it and decodes it again: the model is the
// same and the bytes carry every header as received.
func TestEnvelopeRoundTrip(t *testing.T) {
	m := decodeOne(t, []byte(fullEnvelope))
	e := m.Envelope
	got := []string{e.Interchange.Sender.SubID, e.Interchange.RecipientReferenceQualifier,
		e.Interchange.Agreement, e.Group.Password, e.Header.ID.SubFunction, e.Header.Scenario.ID}
	if want := []string{"SSUB", "AA", "AGR", "GPWD", "SF", "SCEN"}; !cmp.Equal(got, want) {
		t.Errorf("decoded envelope values %q, want %q", got, want)
	}
	out := encode(t, m, pnrgov.EncodeOptions{})
	for _, seg := range strings.SplitAfter(fullEnvelope, "'")[:3] {
		if !strings.Contains(string(out), seg) {
			t.Errorf("encoded push lacks %s\n%s", seg, out)
		}
	}
	if d := cmp.Diff(m, decodeOne(t, out), modelOpts); d != "" {
		t.Errorf("round trip (-decoded +re-decoded):\n%s", d)
	}
}
