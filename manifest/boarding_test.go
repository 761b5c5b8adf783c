package manifest_test

import (
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// A flight of two legs (ZZ 100 SIN-ICN-NRT) that a PNR books whole: an
// API person's boarding is on the leg it embarks on, the first of the
// flight's legs without an embarkation (or one the trip does not leave).
func TestBoardingLeg(t *testing.T) {
	at := func(h int) civil.DateTime { return civil.DateTime{Date: date(2026, 11, 25), Hour: h} }
	first := pnrgov.Flight{Carrier: "ZZ", FlightNumber: "100",
		Departure: pnrgov.Point{Airport: "SIN", Time: at(8)}, Arrival: pnrgov.Point{Airport: "ICN", Time: at(15)}}
	second := pnrgov.Flight{Carrier: "ZZ", FlightNumber: "100",
		Departure: pnrgov.Point{Airport: "ICN", Time: at(17)}, Arrival: pnrgov.Point{Airport: "NRT", Time: at(19)}}
	l := &paxlst.Message{ListType: paxlst.ListPassengers, Flights: []paxlst.Leg{
		{Carrier: "ZZ", FlightNumber: "100", Departure: paxlst.Stop{Airport: "SIN", Time: at(8)}, Arrival: paxlst.Stop{Airport: "ICN", Time: at(15)}},
		{Carrier: "ZZ", FlightNumber: "100", Departure: paxlst.Stop{Airport: "ICN", Time: at(17)}, Arrival: paxlst.Stop{Airport: "NRT", Time: at(19)}},
	}}
	names := []string{"ANA", "BEA", "CARA", "DORA"}
	embark := []string{"ICN", "", "SIN", "FRA"}
	want := []int{1, 0, 0, 0}
	var travelers []pnrgov.Traveler
	for i, n := range names {
		p := person("KIM", n, "ABC123")
		p.Embarkation, p.Seat = embark[i], "01A"
		l.Persons = append(l.Persons, p)
		travelers = append(travelers, traveler("KIM", n))
	}
	pnr := booking("ABC123", travelers...)
	pnr.Itinerary = []pnrgov.Leg{{Flight: first}, {Flight: second}}
	f := build1(t, l, &pnrgov.Message{PushType: pnrgov.PushFull, Flight: first, PNRs: []*pnrgov.PNR{pnr}})
	if len(f.Legs) != 2 || len(f.Travelers) != len(names) {
		t.Fatalf("%d legs, %d travellers; want 2, %d", len(f.Legs), len(f.Travelers), len(names))
	}
	for i, tr := range f.Travelers {
		if tr.Link == nil || tr.Link.Method != manifest.LinkLocator || len(tr.Boardings) != 1 || tr.Boardings[0].Source != "api" {
			t.Fatalf("%s: link %v, boardings %+v; want linked, one API boarding", tr.GivenNames, tr.Link, tr.Boardings)
		}
		if got := tr.Boardings[0].Leg; got != want[i] {
			t.Errorf("%s embarking at %q: boarding on leg %d, want %d", tr.GivenNames, embark[i], got, want[i])
		}
	}
}
