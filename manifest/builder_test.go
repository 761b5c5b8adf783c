package manifest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// TestFlightFromBothFormats: a PAXLST and a PNRGOV of the same travellers,
// encoded and read back through Builder.Decode in either order, and with
// the push split into parts decoded apart, make one flight whose every
// traveller is linked by record locator.
func TestFlightFromBothFormats(t *testing.T) {
	p := push(t, 40, 3)
	api, err := paxlst.Encode(listFor(p), paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := pnrgov.Encode(p, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	split := *p
	split.Parts = 3
	parts, err := pnrgov.Encode(&split, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][][]byte{
		"API first":                    {api, whole},
		"PNR first":                    {whole, api},
		"push in parts, decoded apart": append(interchanges(t, parts), api),
	}
	var first []view
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			b := manifest.NewBuilder()
			for _, data := range in {
				if _, err := b.Decode(data); err != nil {
					t.Fatal(err)
				}
			}
			fs := b.Build()
			if len(fs) != 1 {
				t.Fatalf("%d flights, want 1", len(fs))
			}
			f := fs[0]
			if f.Carrier != "ZZ" || f.Number != "100" || f.Date != date(2026, 11, 25) || len(f.Legs) != 1 || len(f.PNRs) != 40 {
				t.Fatalf("flight %s %s %v, %d legs, %d PNRs", f.Carrier, f.Number, f.Date, len(f.Legs), len(f.PNRs))
			}
			// Every traveller is linked to its own booking, but for
			// namesakes in one PNR that no birth date tells apart (the
			// generator draws given names at random).
			linked := 0
			for _, tr := range f.Travelers {
				switch {
				case tr.Link != nil:
					linked++
					if tr.API.Person.PNR != tr.PNR.Locator || tr.API.Person.Surname != tr.PNR.Traveler.Surname || len(tr.Conflicts) > 0 {
						t.Errorf("traveller %s linked wrongly: %+v", tr.ID, tr)
					}
				case tr.API != nil && !namesake(f, tr):
					t.Errorf("traveller %s %s/%s not linked", tr.ID, tr.Surname, tr.GivenNames)
				}
			}
			if linked < len(f.Travelers)*9/10 {
				t.Errorf("%d of %d travellers linked", linked, len(f.Travelers))
			}
			v := views(f)
			if first == nil {
				first = v
			} else if d := cmp.Diff(first, v); d != "" {
				t.Errorf("travellers differ from another order (-first +this):\n%s", d)
			}
		})
	}
}

// namesake reports another traveller of tr's booking with its names.
func namesake(f *manifest.Flight, tr *manifest.Traveler) bool {
	for _, p := range f.PNRs {
		if p.Locator() != tr.API.Person.PNR {
			continue
		}
		n := 0
		for _, u := range p.Travelers {
			if u.Surname == tr.Surname && u.Given == tr.GivenNames {
				n++
			}
		}
		return n > 1
	}
	return false
}

// interchanges puts each message of data, one interchange, in an
// interchange of its own: the parts of a push sent as separate inputs.
func interchanges(t *testing.T, data []byte) [][]byte {
	s := string(data)
	head := s[:strings.Index(s, "UNH+")]
	var out [][]byte
	for rest := s[len(head):]; strings.HasPrefix(rest, "UNH+"); {
		end := strings.Index(rest, "UNT+")
		end += strings.IndexByte(rest[end:], '\'') + 1
		out = append(out, []byte(head+rest[:end]+"UNZ+1+1'"))
		rest = rest[end:]
	}
	if len(out) < 2 {
		t.Fatalf("%d messages, want the parts apart", len(out))
	}
	return out
}

// TestListChanges: a later list replaces a person's record (CP) or marks
// it cancelled (XR); a person sent only once stays as sent.
func TestListChanges(t *testing.T) {
	jane, john := person("DOE", "JANE", "ABC123"), person("ROE", "JOHN", "XYZ789")
	b := manifest.NewBuilder()
	b.AddPAXLST(list(jane, john))
	changed := jane
	changed.Seat = "12C"
	cp := list(changed)
	cp.Function = paxlst.FunctionChangePassenger
	b.AddPAXLST(cp)
	xr := list(john)
	xr.Function = paxlst.FunctionCancelReservation
	b.AddPAXLST(xr)
	f := b.Build()[0]
	if len(f.Travelers) != 2 || len(f.Sources) != 3 {
		t.Fatalf("%d travellers from %d sources, want 2 from 3", len(f.Travelers), len(f.Sources))
	}
	if a := f.Travelers[0].API; a.Person.Seat != "12C" || a.Source != 1 || a.Cancelled {
		t.Errorf("Jane: %+v, want the CP record", a)
	}
	if a := f.Travelers[1].API; !a.Cancelled || a.Source != 2 {
		t.Errorf("John: %+v, want cancelled by the XR list", a)
	}
}

// TestFlightsApart: other flight numbers and dates are other flights, in
// order; "ZZ0100" and "100" of ZZ are one.
func TestFlightsApart(t *testing.T) {
	b := manifest.NewBuilder()
	b.AddPNRGOV(pushOf(booking("A1", traveler("DOE", "JANE"))))
	next := pushOf()
	next.Flight.Departure.Time.Date = date(2026, 11, 26)
	b.AddPNRGOV(next)
	other := pushOf()
	other.Flight.FlightNumber = "0101"
	b.AddPNRGOV(other)
	l := list(person("DOE", "JANE", "A1"))
	l.Flights[0].FlightNumber, l.Flights[0].Carrier = "ZZ0100", ""
	b.AddPAXLST(l)
	var got []string
	for _, f := range b.Build() {
		got = append(got, f.Carrier+f.Number+" "+f.Date.String()+" "+string(rune('0'+len(f.Sources))))
	}
	want := []string{"ZZ100 2026-11-25 2", "ZZ101 2026-11-25 1", "ZZ100 2026-11-26 1"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("flights (-want +got):\n%s", d)
	}
}

func TestDetect(t *testing.T) {
	pax, pnr := paxlsttest.Sample(), pnrgovtest.Sample()
	for _, c := range []struct {
		name string
		in   []byte
		want string
	}{
		{"PAXLST", pax, "PAXLST"},
		{"PNRGOV", pnr, "PNRGOV"},
		{"CUSRES", paxlsttest.SampleCUSRES(), "CUSRES"},
		{"cut inside the UNH", pax[:indexOf(pax, "UNH+")+10], ""},
		{"not EDIFACT", []byte("hello"), ""},
		{"empty", nil, ""},
	} {
		if got := manifest.Detect(c.in); got != c.want {
			t.Errorf("%s: Detect = %q, want %q", c.name, got, c.want)
		}
	}
	if _, err := manifest.NewBuilder().Decode(paxlsttest.SampleCUSRES()); !errors.Is(err, manifest.ErrFormat) {
		t.Errorf("CUSRES: %v, want ErrFormat", err)
	}
}

func indexOf(b []byte, s string) int {
	for i := range b {
		if string(b[i:min(i+len(s), len(b))]) == s {
			return i
		}
	}
	return -1
}

// TestQueries: the API's name first, then the PNR's other forms; a title
// cut from a glued word gives the word as sent too.
func TestQueries(t *testing.T) {
	tr := traveler("DOE", "MOLLY")
	tr.GivenRaw, tr.Title, tr.TitleInferred = "MOLLYMRS", "MRS", true
	f := build1(t, list(person("DOE", "MOLLY ANN", "ABC123")), pushOf(booking("ABC123", tr)))
	var got []string
	for _, q := range f.Travelers[0].Queries() {
		got = append(got, q.Ref+" "+q.Surname+"/"+q.Given)
	}
	want := []string{"t1 DOE/MOLLY ANN", "t1 DOE/MOLLY", "t1 DOE/MOLLYMRS"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("queries (-want +got):\n%s", d)
	}
}
