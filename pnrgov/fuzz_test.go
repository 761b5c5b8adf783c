package pnrgov_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// FuzzDecode: no panic on any input, and every decoded message survives
// encoding: decode(encode(m)) equals m.
func FuzzDecode(f *testing.F) {
	if data, err := os.ReadFile("testdata/allgroups.edi"); err == nil {
		f.Add(data)
	}
	f.Add(pnrgovtest.Sample())
	mp := pnrgovtest.Push(4, 9)
	mp.Parts = 2
	if b, err := pnrgov.Encode(mp, pnrgov.EncodeOptions{}); err == nil {
		f.Add(b)
	}
	f.Add(push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "TVL+280918:1220:1505+LHR+FRA+XX+500:Y", "DAT", "TRI++X:::1", "TBD++1")...))
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		for _, n := range []string{fixedSample, origSample} {
			if data, err := os.ReadFile(filepath.Join(dir, "edifact", "pnrgov", n)); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := pnrgov.Decode(data, nil)
		if err != nil {
			return
		}
		for _, m := range res.Messages {
			b, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
			if err != nil {
				// Values that no separator set can carry (a NUL byte) cannot
				// be written; that is reported, not a panic.
				continue
			}
			res2, err := pnrgov.Decode(b, nil)
			if err != nil || len(res2.Messages) != 1 {
				t.Fatalf("re-decode: %v (%d messages)\n%q", err, len(res2.Messages), b)
			}
			if diff := cmp.Diff(m, res2.Messages[0], modelOpts); diff != "" {
				t.Fatalf("decode(encode(m)) differs (-m +decoded):\n%s\n%q", diff, b)
			}
		}
	})
}

// FuzzSplitTitle: SplitTitle never panics, and a title it finds is cut from
// the given names.
func FuzzSplitTitle(f *testing.F) {
	for _, s := range []string{"MOLLYMRS", "ISABELLE MRS", "AMR", "KEVINMICHAELMR", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, title, _ := pnrgov.SplitTitle(s)
		if title != "" && len(g) >= len(s) {
			t.Fatalf("SplitTitle(%q) = %q, %q", s, g, title)
		}
	})
}
