package report_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/openpiu/piu/report"
)

// BenchmarkHTML writes the page of a flight of 301 travellers, 233 of them
// with a hit (short-notice bookings are common in the synthetic pushes): a
// page of 735 KB. Measured: 43 ms, 6.8 MB and 144,000 allocations a page on
// a 2-core Xeon, mostly html/template's escaping; it should stay under
// 100 ms, as a report is written once per flight, for people.
func BenchmarkHTML(b *testing.B) {
	f := synthetic(b, 140, 7)
	res := evaluate(b, engine(b, fmt.Sprintf(rules, "DEU"), listed), f)
	var buf bytes.Buffer
	if err := report.HTML(&buf, f, res, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d travellers, %d bytes", len(f.Travelers), buf.Len())
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := report.HTML(io.Discard, f, res, nil); err != nil {
			b.Fatal(err)
		}
	}
}
