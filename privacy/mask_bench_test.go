package privacy_test

import "testing"

// BenchmarkMask: depersonalising a decoded 300-PNR push. Target: ≤ 2 ms on
// one core (go test ./privacy -run '^$' -bench Mask -cpu 1).
func BenchmarkMask(b *testing.B) {
	msg, edi := push(b, 300)
	for _, sealing := range []bool{false, true} {
		name := "pseudonyms"
		if sealing {
			name = "sealed"
		}
		b.Run(name, func(b *testing.B) {
			m := masker(b, sealing)
			b.SetBytes(int64(len(edi)))
			b.ReportAllocs()
			for b.Loop() {
				if _, r, err := m.PNRGOV(msg); err != nil || len(r.Masked) == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}
