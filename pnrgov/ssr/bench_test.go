package ssr_test

import (
	"testing"

	"github.com/openpiu/piu/pnrgov/ssr"
)

// BenchmarkParseDOCS parses one DOCS free text. Target: under 1 µs, no
// allocation.
func BenchmarkParseDOCS(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ssr.ParseDOCS("/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISABELLE RUTH/", msgDate); err != nil {
			b.Fatal(err)
		}
	}
}
