package privacy_test

import (
	"testing"

	"github.com/openpiu/piu/edifact"
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
			checkClean(t, clean)
			// Encoded and decoded again, it holds none either (a byte
			// search would be fooled by an envelope value such as a
			// common access reference "KSML0").
			if out, err := pnrgov.Encode(clean, pnrgov.EncodeOptions{}); err == nil {
				if again, err := pnrgov.Decode(out, nil); err == nil {
					for _, m := range again.Messages {
						checkClean(t, m)
					}
				}
			}
		}
	})
}

// checkClean fails when an SSR of a sensitive code is in m, in the model or
// in the segments kept as sent.
func checkClean(t *testing.T, m *pnrgov.Message) {
	t.Helper()
	for _, p := range m.PNRs {
		for _, segs := range [][]edifact.Segment{p.Segments, p.Unknown} {
			for _, s := range segs {
				if _, bad := ssr.Sensitive(s.Value(0, 0)); bad && s.Tag == "SSR" {
					t.Fatalf("segment SSR %s survives", s.Value(0, 0))
				}
			}
		}
		lists := [][]pnrgov.SSR{p.SSRs}
		for _, tr := range p.Travelers {
			lists = append(lists, tr.SSRs)
		}
		for _, l := range p.Itinerary {
			lists = append(lists, l.SSRs)
		}
		for _, l := range lists {
			for _, s := range l {
				if _, bad := ssr.Sensitive(s.Code); bad {
					t.Fatalf("SSR %s survives", s.Code)
				}
			}
		}
	}
}
