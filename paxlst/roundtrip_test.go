package paxlst_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/paxlst/paxlsttest"
)

// TestRoundTripSamples: every shared PAXLST sample and the synthetic ones
// decode, encode with the defaults and decode to the same model, envelope
// included. The one change allowed is a syntax identifier the encoder
// raised because the values broke the declared one (see Encode).
func TestRoundTripSamples(t *testing.T) {
	inputs := map[string][]byte{"paxlsttest.Sample": paxlsttest.Sample()}
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "edifact", "paxlst", "*.edi"))
		if len(files) == 0 {
			t.Fatalf("no PAXLST samples under %s", dir)
		}
		for _, f := range files {
			inputs[filepath.Base(f)] = readSample(t, filepath.Base(f))
		}
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			res, err := paxlst.Decode(data, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Messages {
				out, err := paxlst.Encode(m, paxlst.EncodeOptions{})
				if err != nil {
					t.Fatalf("encode: %v", err)
				}
				back, _ := decode1(t, out)
				want := *m
				want.Envelope.Interchange.Syntax.ID = back.Envelope.Interchange.Syntax.ID
				if d := cmp.Diff(&want, back, cmpopts.EquateEmpty(), ignorePositions); d != "" {
					t.Errorf("round trip (-decoded +re-decoded):\n%s\n%s", d, out)
				}
			}
		})
	}
}

// TestRoundTripCUSRES: the synthetic response decodes, encodes and decodes
// to the same model.
func TestRoundTripCUSRES(t *testing.T) {
	res, err := cusres.Decode(paxlsttest.SampleCUSRES(), nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := cusres.Encode(res.Responses[0], paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	back, err := cusres.Decode(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(res.Responses, back.Responses, cmpopts.EquateEmpty(), ignorePositions); d != "" {
		t.Errorf("round trip (-decoded +re-decoded):\n%s", d)
	}
	if d := cmp.Diff(paxlsttest.Response(), back.Responses[0], cmpopts.EquateEmpty(), ignorePositions,
		cmpopts.IgnoreFields(cusres.Response{}, "Envelope")); d != "" {
		t.Errorf("sample model (-built +decoded):\n%s", d)
	}
}
