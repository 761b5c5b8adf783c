package manifest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// shared reads a file of the shared samples, skipping without them.
func shared(t *testing.T, rel string) []byte {
	t.Helper()
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the shared EDIFACT samples (set it to the shared data folder)")
	}
	data, err := os.ReadFile(filepath.Join(dir, "edifact", rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// summary is one line per flight: designator, date, legs, travellers by role.
func summary(fs []*manifest.Flight) []string {
	var out []string
	for _, f := range fs {
		var legs []string
		for _, l := range f.Legs {
			legs = append(legs, l.Departure.Airport+"-"+l.Arrival.Airport)
		}
		roles := map[manifest.Role]int{}
		for _, t := range f.Travelers {
			roles[t.Role]++
		}
		var rs []string
		for r, n := range roles {
			rs = append(rs, fmt.Sprintf("%d %s", n, r))
		}
		slices.Sort(rs)
		out = append(out, fmt.Sprintf("%s %s %s %s %s", f.Carrier, f.Number, f.Date, strings.Join(legs, ","), strings.Join(rs, ",")))
	}
	return out
}

func TestSharedPAXLST(t *testing.T) {
	cases := map[string][]string{
		"minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi": {"YY 123 2020-05-06 IAD-BRU 10 passenger"},
		// One passenger on two flights: UA 123 then UA 124.
		"minelytics_sample02_D05B_UA123-UA124_YVR-JFK-ATL_1pax.edi": {"UA 123 2007-04-29 YVR-JFK 1 passenger", "UA 124 2007-04-29 JFK-ATL 1 passenger"},
		"wco-ig_ex5.1_single-sector_ZZ123_SYD-HNL_D15B_1pax.edi":    {"ZZ 123 2013-06-21 SYD-HNL 1 passenger"},
		"wco-ig_ex5.2_crew_ZZ123_SYD-HNL_D15B_1crew.edi":            {"ZZ 123 2013-06-21 SYD-HNL 1 crew"},
		// The sample's second leg is ZX877 of carrier XZ (FACTS.md): kept
		// as sent, so a flight of its own.
		"wco-ig_ex5.3_progressive_XZ877_BCN-IAD-SFO_D15B_2pax.edi": {"XZ 877 2014-07-08 BCN-IAD 2 passenger", "XZ ZX877 2014-07-08 IAD-SFO 2 passenger"},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			b := manifest.NewBuilder()
			if _, err := b.Decode(shared(t, filepath.Join("paxlst", name))); err != nil {
				t.Fatal(err)
			}
			fs := b.Build()
			if d := cmp.Diff(want, summary(fs)); d != "" {
				t.Errorf("flights (-want +got):\n%s", d)
			}
			for _, f := range fs {
				for _, tr := range f.Travelers {
					if tr.API == nil || tr.PNR != nil || tr.Trip == nil || tr.Booking != nil || tr.Surname == "" {
						t.Errorf("%s: API %v PNR %v trip %v booking %v surname %q", tr.ID, tr.API != nil, tr.PNR != nil,
							tr.Trip != nil, tr.Booking != nil, tr.Surname)
					}
				}
			}
		})
	}
}

const sharedPush = "pnrgov/iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_fixed-2022.edi"

// TestSharedPNRGOV builds the flight of the IATA guide's push, alone and
// with a passenger list of its travellers sent before or after it.
func TestSharedPNRGOV(t *testing.T) {
	data := shared(t, sharedPush)
	res, err := pnrgov.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	l := listFor(res.Messages[0])
	api, err := paxlst.Encode(l, paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for name, inputs := range map[string][][]byte{"push alone": {data}, "list first": {api, data}, "push first": {data, api}} {
		t.Run(name, func(t *testing.T) {
			b := manifest.NewBuilder()
			b.Country = "KR"
			for _, in := range inputs {
				if _, err := b.Decode(in); err != nil {
					t.Fatal(err)
				}
			}
			fs := b.Build()
			if d := cmp.Diff([]string{"SQ 602 2013-05-27 SIN-ICN 2 passenger"}, summary(fs)); d != "" {
				t.Fatalf("flights (-want +got):\n%s", d)
			}
			f := fs[0]
			if f.Direction != manifest.DirectionInbound {
				t.Errorf("direction %q, want inbound", f.Direction)
			}
			adult, infant := f.Travelers[0], f.Travelers[1]
			if adult.Surname != "BELT" || !infant.Infant || adult.Infant || !slices.Equal(adult.CoTravelers, []string{infant.ID}) {
				t.Errorf("travellers: %s/%s infant %v, %s/%s infant %v, co-travellers %v", adult.Surname, adult.GivenNames,
					adult.Infant, infant.Surname, infant.GivenNames, infant.Infant, adult.CoTravelers)
			}
			// The guide's check-in: seat 011D, 3 bags of 33 kg for the adult.
			if ft := adult.Features; ft.Seat != "011D" || ft.Bags != 3 || ft.BagWeight == nil || *ft.BagWeight != 33 || !ft.CheckedIn {
				t.Errorf("adult's features: %+v", ft)
			}
			if b := adult.Booking; b == nil || b.Locator != "3PGZOV" || b.PartySize != 2 || b.LeadHours == nil {
				t.Errorf("booking: %+v", b)
			}
			linked := 0
			for _, tr := range f.Travelers {
				if tr.Link != nil && tr.Link.Method == manifest.LinkLocator {
					linked++
				}
			}
			if want := min(len(inputs)-1, 1) * 2; linked != want {
				t.Errorf("%d travellers linked by locator, want %d", linked, want)
			}
		})
	}
}
