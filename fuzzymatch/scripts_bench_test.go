package fuzzymatch

import (
	"testing"

	"github.com/openpiu/piu/internal/benchcpu"
)

// BenchmarkPrepareScripts prepares names in the scripts read by the Korean
// and Han tables and by the fallback. Target: <= 10 µs/op each, as for a
// Cyrillic or Arabic name (issue 15 item 6), in cpu-ns/op.
func BenchmarkPrepareScripts(b *testing.B) {
	for _, raw := range []string{"김정은", "최 성일", "张晓明", "歐陽修", "नरेंद्र मोदी", "ทักษิณ ชินวัตร", "ኃይለ ሥላሴ"} {
		b.Run(raw, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			benchcpu.Report(b, func() { Prepare(raw) })
		})
	}
}
