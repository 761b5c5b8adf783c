package privacy_test

import (
	"testing"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// BenchmarkFilter: a 300-PNR push, decoded, with a sensitive SSR and a
// sensitive remark in one PNR in ten. Target: ≤ 2 ms on one core.
func BenchmarkFilter(b *testing.B) {
	m := pnrgovtest.Push(300, 1)
	for i, p := range m.PNRs {
		if i%10 == 0 {
			p.Travelers[0].SSRs = append(p.Travelers[0].SSRs, pnrgov.SSR{Code: "VGML", Status: "HK", Quantity: "1", Airline: "ZZ"})
			p.Remarks = append(p.Remarks, pnrgov.Remark{Qualifier: "3", Type: "28", Text: []string{"PAX NEEDS WHEELCHAIR"}})
		}
	}
	edi, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		b.Fatal(err)
	}
	f := filter(b)
	b.SetBytes(int64(len(edi)))
	b.ReportAllocs()
	for b.Loop() {
		if _, removed := f.PNRGOV(res.Messages[0]); len(removed) == 0 {
			b.Fatal("nothing removed")
		}
	}
}
