package privacy_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/openpiu/piu/internal/benchcpu"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// BenchmarkMask: depersonalising a decoded 300-PNR push. Target: ≤ 2 ms on
// one core, in place (go test ./privacy -run '^$' -bench Mask -cpu 1; on a
// loaded machine read cpu-ns/op, the CPU time of the masking alone).
// "copy" leaves the message as it was and returns a masked copy; "inPlace"
// masks a message decoded for it (decoding and collecting its garbage not
// timed); "sealed" also seals
// every value for unmasking.
func BenchmarkMask(b *testing.B) {
	msg, edi := push(b, 300)
	for _, bc := range []struct {
		name             string
		inPlace, sealing bool
	}{{"copy", false, false}, {"copy/sealed", false, true}, {"inPlace", true, false}, {"inPlace/sealed", true, true}} {
		b.Run(bc.name, func(b *testing.B) {
			m := masker(b, bc.sealing)
			b.SetBytes(int64(len(edi)))
			b.ReportAllocs()
			var cpu time.Duration // of the masking alone
			n := 0
			for b.Loop() {
				var r *privacy.Masking
				var err error
				if bc.inPlace {
					b.StopTimer()
					res, derr := pnrgov.Decode(edi, nil)
					if derr != nil {
						b.Fatal(derr)
					}
					// The decoder's garbage is collected before the clock
					// starts: its cost is decoding's, not masking's.
					runtime.GC()
					b.StartTimer()
					start := benchcpu.Time()
					r, err = m.MaskPNRGOV(res.Messages[0])
					cpu += benchcpu.Time() - start
				} else {
					start := benchcpu.Time()
					_, r, err = m.PNRGOV(msg)
					cpu += benchcpu.Time() - start
				}
				n++
				if err != nil || len(r.Masked) == 0 {
					b.Fatal(err)
				}
			}
			benchcpu.PerOp(b, cpu, n)
		})
	}
}
