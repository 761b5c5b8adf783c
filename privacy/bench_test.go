package privacy_test

import (
	"testing"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// benchPush returns a 300-PNR push as decoded (with its segments as
// received), with a sensitive SSR and a sensitive remark in one PNR in ten,
// and its size in bytes.
func benchPush(t testing.TB) (*pnrgov.Message, int) {
	t.Helper()
	m := pnrgovtest.Push(300, 1)
	for i, p := range m.PNRs {
		if i%10 == 0 {
			p.Travelers[0].SSRs = append(p.Travelers[0].SSRs, pnrgov.SSR{Code: "VGML", Status: "HK", Quantity: "1", Airline: "ZZ"})
			p.Remarks = append(p.Remarks, pnrgov.Remark{Qualifier: "3", Type: "28", Text: []string{"PAX NEEDS WHEELCHAIR"}})
		}
	}
	edi, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res.Messages[0], len(edi)
}

// BenchmarkFilter: a 300-PNR push (1 MB), decoded, with a sensitive SSR and
// a sensitive remark in one PNR in ten. Target: ≤ 2 ms on one core
// (-cpu 1).
func BenchmarkFilter(b *testing.B) {
	m, n := benchPush(b)
	f := filter(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, removed := f.PNRGOV(m); len(removed) == 0 {
			b.Fatal("nothing removed")
		}
	}
}
