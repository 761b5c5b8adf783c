package pnrgov_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// modelOpts compare models: the segments as received and their positions
// are not part of what Encode writes.
var modelOpts = cmp.Options{
	cmpopts.IgnoreFields(pnrgov.Message{}, "Segments"),
	cmpopts.IgnoreFields(pnrgov.PNR{}, "Segments"),
	cmpopts.IgnoreFields(edifact.Segment{}, "Offset", "Index"),
}

// segmentOpts compare models with the segments as received (PNR.Segments,
// Message.Segments): for input in the grammar's order decode(Encode(m))
// keeps them too, apart from their positions (allgroups.edi is out of order
// on purpose, and Encode writes the grammar's order).
var segmentOpts = cmp.Options{cmpopts.IgnoreFields(edifact.Segment{}, "Offset", "Index")}

// derivedOpts also ignore the fields the decoder derives, to compare a model
// built by hand with its decoded form.
var derivedOpts = cmp.Options{
	modelOpts,
	cmpopts.IgnoreFields(pnrgov.Name{}, "Given", "Title", "TitleInferred"),
	cmpopts.IgnoreFields(pnrgov.Traveler{}, "InfantRef", "AdultRef", "Documents", "Visas", "TravelAddresses"),
	cmpopts.IgnoreFields(pnrgov.PNR{}, "Created", "LastTransaction", "Contacts"),
	cmpopts.IgnoreFields(pnrgov.Payment{}, "Holder"),
	cmpopts.IgnoreFields(pnrgov.Change{}, "Action"),
}

func decodeOne(t testing.TB, data []byte) *pnrgov.Message {
	t.Helper()
	res, err := pnrgov.Decode(data, nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if len(res.Messages) != 1 {
		t.Fatalf("%d messages, want 1", len(res.Messages))
	}
	return res.Messages[0]
}

func encode(t testing.TB, m *pnrgov.Message, o pnrgov.EncodeOptions) []byte {
	t.Helper()
	b, err := pnrgov.Encode(m, o)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

var encodings = map[string]pnrgov.EncodeOptions{
	"defaults":    {},
	"line breaks": {LineBreaks: true, UNA: true},
	"other separators": {Separators: edifact.Separators{Component: '^', Element: '|', Decimal: ',',
		Release: '!', Terminator: '~'}},
}

func TestRoundTripAllGroups(t *testing.T) {
	data, err := os.ReadFile("testdata/allgroups.edi")
	if err != nil {
		t.Fatal(err)
	}
	m1 := decodeOne(t, data)
	for name, o := range encodings {
		t.Run(name, func(t *testing.T) {
			m2 := decodeOne(t, encode(t, m1, o))
			if diff := cmp.Diff(m1, m2, modelOpts); diff != "" {
				t.Errorf("decode(encode(m)) differs (-m +decoded):\n%s", diff)
			}
		})
	}
}

func TestRoundTripSynthetic(t *testing.T) {
	m0 := pnrgovtest.Push(40, 3)
	m1 := decodeOne(t, encode(t, m0, pnrgov.EncodeOptions{}))
	if diff := cmp.Diff(m0, m1, derivedOpts); diff != "" {
		t.Errorf("decoded push differs from the model written (-written +decoded):\n%s", diff)
	}
	for name, o := range encodings {
		t.Run(name, func(t *testing.T) {
			m2 := decodeOne(t, encode(t, m1, o))
			if diff := cmp.Diff(m1, m2, modelOpts); diff != "" {
				t.Errorf("decode(encode(m)) differs (-m +decoded):\n%s", diff)
			}
		})
	}
}

// TestRoundTripSharedSamples: both shared samples read back the same, the
// segments as received included: the 2020 sample's LTS wrapped with an
// unreleased + keeps its two elements.
func TestRoundTripSharedSamples(t *testing.T) {
	for _, name := range []string{fixedSample, origSample} {
		m1 := decodeOne(t, sharedSample(t, name))
		m2 := decodeOne(t, encode(t, m1, pnrgov.EncodeOptions{LineBreaks: true}))
		if diff := cmp.Diff(m1, m2, segmentOpts); diff != "" {
			t.Errorf("%s: decode(encode(m)) differs (-m +decoded):\n%s", name, diff)
		}
	}
}

// TestWrappedHistoryLine: an LTS wrapped with an unreleased + reads as one
// line and is written back with its two elements; a line built by hand is
// one element, its + released.
func TestWrappedHistoryLine(t *testing.T) {
	in := pnrHead + "SRC'LTS+4/Z/1AINV RM SQLTS+0/5/C/5/AP'UNT+8+1'UNZ+1+1'"
	m := decodeOne(t, []byte(in))
	p := m.PNRs[0]
	if diff := cmp.Diff([]string{"4/Z/1AINV RM SQLTS+0/5/C/5/AP"}, p.HistoryLines); diff != "" {
		t.Errorf("HistoryLines (-want +got):\n%s", diff)
	}
	out := string(encode(t, m, pnrgov.EncodeOptions{}))
	if !strings.Contains(out, "'LTS+4/Z/1AINV RM SQLTS+0/5/C/5/AP'") {
		t.Errorf("wrapped line not written back as received:\n%s", out)
	}
	p.Segments = nil // as built by hand
	out = string(encode(t, m, pnrgov.EncodeOptions{}))
	if !strings.Contains(out, "'LTS+4/Z/1AINV RM SQLTS?+0/5/C/5/AP'") {
		t.Errorf("hand-built line not written as one element:\n%s", out)
	}
}
