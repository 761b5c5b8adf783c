package paxlst_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// fuzzSeeds are synthetic inputs; the shared samples are added at run time
// when PIU_TESTDATA is set.
func fuzzSeeds(f *testing.F) {
	rich, err := paxlst.Encode(richMessage(), paxlst.EncodeOptions{PartSize: 2})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(rich)
	f.Add(interchange("", header+"NAD+FL+++ALONE'DOC++'DTM+36:'LOC+91+'ATT+2++Q'MEA+CT++3'CNT+42:1'"))
	f.Add(interchange("UNA:+.?*'", header+"NAD+FL+++A:B'ATT+2++M*F'DTM+329: 19011231:102'XYZ+1'"))
	f.Add(interchange("", part("L", 2, "F", "NAD+FL+++B:X'", 2), part("L", 1, "C", "NAD+FL+++A:X'", 3)))
	f.Add(interchange("", "BGM+745'DOC+P+1'ATT+2++M'NAD+ZZ'"+header[len("BGM+745'"):]+"NAD+ZZ+++A:B'CNT+99:1'"))
	for _, b := range extraCorpus {
		f.Add(b)
	}
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "edifact", "paxlst", "*.edi"))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
}

// FuzzDecode: no input makes the decoder panic, and every list it decodes
// survives encode → decode unchanged (envelope aside, which the encoder
// completes with defaults, and positions of kept segments).
func FuzzDecode(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := paxlst.Decode(data, &paxlst.DecodeOptions{Limits: edifact.Limits{MaxSegmentSize: 4096}})
		if res == nil {
			t.Fatalf("nil result (err %v)", err)
		}
		_, _ = paxlst.Decode(data, &paxlst.DecodeOptions{Strict: true})
		for _, m := range res.Messages {
			_ = paxlst.Validate(m, paxlst.ValidateOptions{Profile: "US"})
			out, err := paxlst.Encode(m, paxlst.EncodeOptions{})
			if err != nil {
				// Repetitions (extra values) need a repetition separator.
				out, err = paxlst.Encode(m, paxlst.EncodeOptions{UNA: true, Separators: edifact.Separators{
					Component: ':', Element: '+', Decimal: '.', Release: '?', Repetition: '*', Terminator: '\''}})
			}
			if err != nil {
				if !errors.Is(err, paxlst.ErrEncode) {
					t.Fatalf("encode error not ErrEncode: %v", err)
				}
				continue // a value the declared character set cannot hold
			}
			back, err := paxlst.Decode(out, nil)
			if err != nil {
				t.Fatalf("decoding the encoder's output: %v\n%s", err, out)
			}
			if len(back.Messages) != 1 {
				t.Fatalf("%d lists after round trip\n%s", len(back.Messages), out)
			}
			if d := cmp.Diff(m, back.Messages[0], cmpopts.EquateEmpty(), ignorePositions,
				ignoreEnvelope); d != "" {
				t.Fatalf("round trip (-decoded +re-decoded):\n%s\n%s", d, out)
			}
		}
	})
}
