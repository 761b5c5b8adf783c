package manifest_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// FuzzBuild: arbitrary inputs, decoded as PAXLST or PNRGOV and built into
// flights twice (the second time with a hand-built list and push of the same
// flight added), never panic, and every traveller has a record.
func FuzzBuild(f *testing.F) {
	f.Add(paxlsttest.Sample())
	f.Add(pnrgovtest.Sample())
	if b, err := paxlst.Encode(listFor(pushFor(f)), paxlst.EncodeOptions{}); err == nil {
		f.Add(b)
	}
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		for _, sub := range []string{"paxlst", "pnrgov"} {
			names, _ := filepath.Glob(filepath.Join(dir, "edifact", sub, "*.edi"))
			for _, n := range names {
				if data, err := os.ReadFile(n); err == nil {
					f.Add(data)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := manifest.NewBuilder()
		b.Decode(data) // errors are the decoders' to test
		check(t, b.Build())
		b.AddPAXLST(list(person("DOE", "JANE", "ABC123")))
		b.AddPNRGOV(pushOf(booking("ABC123", traveler("DOE", "JANE"))))
		check(t, b.Build())
	})
}

func pushFor(f *testing.F) *pnrgov.Message {
	b, _ := pnrgov.Encode(pnrgovtest.Push(3, 7), pnrgov.EncodeOptions{})
	res, err := pnrgov.Decode(b, nil)
	if err != nil {
		f.Fatal(err)
	}
	return res.Messages[0]
}

func check(t *testing.T, fs []*manifest.Flight) {
	for _, f := range fs {
		for _, l := range f.Links {
			if len(l.PNRs) < 2 || !slices.IsSorted(l.PNRs) || l.PNRs[len(l.PNRs)-1] >= len(f.PNRs) {
				t.Fatalf("link %s of PNRs %v (of %d)", l.Kind, l.PNRs, len(f.PNRs))
			}
		}
		for _, tr := range f.Travelers {
			if tr.API == nil && tr.PNR == nil || (tr.Link != nil) != (tr.API != nil && tr.PNR != nil) {
				t.Fatalf("traveller %s: api %v, pnr %v, link %v", tr.ID, tr.API != nil, tr.PNR != nil, tr.Link)
			}
			if tr.Trip == nil || (tr.Booking != nil) != (tr.PNR != nil) {
				t.Fatalf("traveller %s: trip %v, booking %v, pnr %v", tr.ID, tr.Trip != nil, tr.Booking != nil, tr.PNR != nil)
			}
			for _, b := range tr.Boardings {
				if b.Leg < -1 || b.Leg >= len(tr.Trip.Legs) {
					t.Fatalf("traveller %s: boarding on leg %d of %d", tr.ID, b.Leg, len(tr.Trip.Legs))
				}
			}
			_ = tr.Queries()
		}
	}
}
