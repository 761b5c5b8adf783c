package pnrgov_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
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

// FuzzSSR: the SSR free-text parsers and the name and e-mail helpers never
// panic, and keep the raw text.
func FuzzSSR(f *testing.F) {
	for _, s := range []string{"/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISAB ELLE RUTH/", "MOLLYMRS",
		"/CAIRO/V/V1/LONDON/10JAN13/DEU/I", "/R/GBR/1 A ST/X/Y/Z/I", "/PP1", "A..B//C./D.COM/EN", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := civil.Date{Year: 2024, Month: 2, Day: 29}
		if d, _ := pnrgov.ParseDOCS(s, ref); d.Raw != s || !d.BirthDate.IsZero() && ref.Before(d.BirthDate) {
			t.Fatalf("ParseDOCS(%q) = %+v", s, d)
		}
		pnrgov.ParseDOCO(s, ref)
		pnrgov.ParseDOCA(s)
		pnrgov.ParseFOID(s)
		pnrgov.DecodeEmail(s)
		g, title, _ := pnrgov.SplitTitle(s)
		if title != "" && len(g) >= len(s) {
			t.Fatalf("SplitTitle(%q) = %q, %q", s, g, title)
		}
	})
}
