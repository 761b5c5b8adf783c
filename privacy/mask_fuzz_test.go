package privacy_test

import (
	"maps"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/privacy"
)

// FuzzMask: whatever a PNRGOV or PAXLST decoder makes of the input,
// masking it never panics, leaves no identifying value unmasked (only the
// fields listed as kept survive), still encodes, and unmasking gives the
// message back; masking in place counts the same, leaves nothing either,
// and unmasks to the same message.
func FuzzMask(f *testing.F) {
	f.Add(pnrgovtest.Sample())
	f.Add(paxlsttest.Sample())
	f.Add([]byte("UNA:+.? 'UNB+IATA:1+ZZ+PIU+261125:0630+1'UNH+1+PNRGOV:13:1:IA'MSG+:22'SRC'RCI+1A:=AAAAAAAAAAAAAAAA'TIF+=ZZZZZZZZZZZZZZZZ:I+A'UNT+5+1'UNZ+1+1'"))
	m := privacy.NewMasker(testHost, testUnseal.SealKey())
	u := privacy.NewUnmasker(testUnseal)
	ignore := cmp.Options{
		cmpopts.IgnoreFields(pnrgov.Message{}, "Segments"),
		cmpopts.IgnoreFields(pnrgov.PNR{}, "Segments"),
		cmpopts.EquateEmpty(),
		cmp.Comparer(func(a, b edifact.Segment) bool { return reflect.DeepEqual(a, b) }),
	}
	// inPlace masks own in place as out was masked from msg.
	inPlace := func(t *testing.T, own, msg any, want *privacy.Masking, keep []string) {
		var r *privacy.Masking
		var back any
		var err error
		switch own := own.(type) {
		case *pnrgov.Message:
			if r, err = m.MaskPNRGOV(own); err == nil {
				leaks(t, own, keep)
				back, err = u.PNRGOV(own, r.Sealed)
			}
		case *paxlst.Message:
			if r, err = m.MaskPAXLST(own); err == nil {
				leaks(t, own, keep)
				back, err = u.PAXLST(own, r.Sealed)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(r.Masked, want.Masked) {
			t.Errorf("in place masked %v, a copy %v", r.Masked, want.Masked)
		}
		if d := cmp.Diff(msg, back, ignore); d != "" {
			t.Fatalf("unmasked in place differs (-input +unmasked):\n%s", d)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if res, err := pnrgov.Decode(data, nil); err == nil {
			own, _ := pnrgov.Decode(data, nil)
			for i, msg := range res.Messages {
				out, r, err := m.PNRGOV(msg)
				if err != nil {
					t.Fatal(err)
				}
				leaks(t, out, pnrgovKept)
				if _, err := pnrgov.Encode(out, pnrgov.EncodeOptions{}); err != nil {
					t.Logf("masked message does not encode: %v", err) // nor, often, did the input
				}
				b := manifest.NewBuilder()
				b.AddPNRGOV(msg)
				for _, fl := range b.Build() {
					mf, _, err := m.Flight(fl)
					if err != nil {
						t.Fatal(err)
					}
					for i := range mf.Links {
						if mf.Links[i].Kind == manifest.LinkAgent {
							mf.Links[i].Value = "" // an agency's number: kept
						}
					}
					leaks(t, mf, flightKept())
				}
				back, err := u.PNRGOV(out, r.Sealed)
				if err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(msg, back, ignore); d != "" {
					t.Fatalf("unmasked message differs (-input +unmasked):\n%s", d)
				}
				inPlace(t, own.Messages[i], msg, r, pnrgovKept)
			}
		}
		if res, err := paxlst.Decode(data, nil); err == nil {
			own, _ := paxlst.Decode(data, nil)
			for i, msg := range res.Messages {
				out, r, err := m.PAXLST(msg)
				if err != nil {
					t.Fatal(err)
				}
				leaks(t, out, paxlstKept)
				back, err := u.PAXLST(out, r.Sealed)
				if err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(msg, back, ignore); d != "" {
					t.Fatalf("unmasked message differs (-input +unmasked):\n%s", d)
				}
				inPlace(t, own.Messages[i], msg, r, paxlstKept)
			}
		}
	})
}

// leaks fails for a value that survives masking in a field not listed as
// kept.
func leaks(t *testing.T, masked any, keep []string) {
	t.Helper()
	got := map[string]bool{}
	survivors(reflect.ValueOf(masked), "", got)
	for p := range got {
		if !kept(p, keep) {
			t.Fatalf("%s not masked", p)
		}
	}
}
