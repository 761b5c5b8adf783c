package ssr_test

import (
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// FuzzSSR: the SSR free-text parsers and the e-mail decoder never
// panic, and keep the raw text.
func FuzzSSR(f *testing.F) {
	for _, s := range []string{"/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISAB ELLE RUTH/", "MOLLYMRS",
		"/CAIRO/V/V1/LONDON/10JAN13/DEU/I", "/R/GBR/1 A ST/X/Y/Z/I", "/PP1", "A..B//C./D.COM/EN", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := civil.Date{Year: 2024, Month: 2, Day: 29}
		if d, _ := ssr.ParseDOCS(s, ref); d.Raw != s || !d.BirthDate.IsZero() && ref.Before(d.BirthDate) {
			t.Fatalf("ParseDOCS(%q) = %+v", s, d)
		}
		ssr.ParseDOCO(s, ref)
		ssr.ParseDOCA(s)
		ssr.ParseFOID(s)
		ssr.DecodeEmail(s)
	})
}
