package manifest_test

import (
	"testing"

	"github.com/openpiu/piu/manifest"
)

// BenchmarkBuild builds the manifest of a 500-passenger flight from a
// 500-person PAXLST and the push of 300 PNRs of the same travellers
// (pnrgovtest's, decoding excluded). Target: ≤ 1 ms and ≤ 2,000
// allocations per flight on a 2-core machine.
func BenchmarkBuild(b *testing.B) {
	l, p := benchInput(b)
	b.ReportAllocs()
	var linked int
	for b.Loop() {
		bl := manifest.NewBuilder()
		bl.AddPAXLST(l)
		bl.AddPNRGOV(p)
		f := bl.Build()[0]
		linked = 0
		for _, t := range f.Travelers {
			if t.Link != nil {
				linked++
			}
		}
	}
	b.ReportMetric(float64(linked), "linked")
}
