package privacy_test

import (
	"bytes"
	"testing"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// FuzzFilter: any PNRGOV bytes decode, filter and encode without a panic,
// and no SSR of a sensitive code survives the filter, in the model or in
// the segments kept as sent.
func FuzzFilter(f *testing.F) {
	edi, err := pnrgov.Encode(sensitivePush(), pnrgov.EncodeOptions{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(edi)
	flt := filter(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := pnrgov.Decode(data, nil)
		if err != nil {
			return
		}
		for _, m := range res.Messages {
			clean, _ := flt.PNRGOV(m)
			for _, p := range clean.PNRs {
				for _, s := range p.Segments {
					if s.Tag == "SSR" {
						if _, bad := ssr.Sensitive(s.Value(0, 0)); bad {
							t.Fatalf("segment %s survives", s.Value(0, 0))
						}
					}
				}
				for _, tr := range p.Travelers {
					for _, s := range tr.SSRs {
						if _, bad := ssr.Sensitive(s.Code); bad {
							t.Fatalf("SSR %s survives", s.Code)
						}
					}
				}
			}
			if out, err := pnrgov.Encode(clean, pnrgov.EncodeOptions{}); err == nil && bytes.Contains(out, []byte("SSR+KSML")) {
				t.Fatal("the encoded message holds SSR KSML")
			}
		}
	})
}
