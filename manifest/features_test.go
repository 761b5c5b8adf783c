package manifest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/airport"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

func at(y, m, d, hh, mm int) civil.DateTime {
	return civil.DateTime{Date: date(y, timeMonth(m), d), Hour: hh, Minute: mm}
}

// leg is an itinerary flight from a to b at local times dep and arr.
func leg(a string, dep civil.DateTime, b string, arr civil.DateTime) pnrgov.Leg {
	return pnrgov.Leg{Flight: pnrgov.Flight{Carrier: "ZZ", FlightNumber: "1",
		Departure: pnrgov.Point{Airport: a, Time: dep}, Arrival: pnrgov.Point{Airport: b, Time: arr}}}
}

func ptr[T any](v T) *T { return &v }

// tripOf builds the flight of one PNR with itinerary (created at created,
// UTC) and returns its first traveller's trip and booking.
func tripOf(t *testing.T, created civil.DateTime, itinerary ...pnrgov.Leg) (*manifest.Trip, *manifest.Booking) {
	t.Helper()
	p := booking("ABC123", traveler("DOE", "JANE"))
	p.Created, p.Itinerary = created, itinerary
	tr := build1(t, list(), pushOf(p)).Travelers[0]
	return tr.Trip, tr.Booking
}

func TestFeaturesRoutes(t *testing.T) {
	if _, ok := airport.Lookup("QQQ"); ok {
		t.Fatal("QQQ is in the airport table: pick another unknown code")
	}
	cases := []struct {
		name string
		legs []pnrgov.Leg
		want manifest.Trip
	}{
		{"return, lead time across zones",
			// The flight leaves SIN 14:30 local (06:30Z): booked 112 h before.
			[]pnrgov.Leg{leg("SIN", at(2026, 11, 25, 14, 30), "ICN", at(2026, 11, 25, 22, 5)),
				leg("ICN", at(2026, 11, 30, 10, 0), "SIN", at(2026, 11, 30, 15, 30))},
			manifest.Trip{Type: manifest.TripReturn, Hours: ptr(121.0),
				Route: []string{"SIN", "ICN", "SIN"}, RouteCountries: []string{"SG", "KR", "SG"},
				Transits: []manifest.Transit{{Airport: "ICN", Country: "KR", DwellHours: ptr(107.92)}}}},
		{"one way over the date line and midnight",
			// NRT 21:00 JST (12:00Z) to HNL 09:00 HST the same date (19:00Z),
			// on at 23:30 HST (09:30Z next day) to LAX 07:30 PST (15:30Z).
			[]pnrgov.Leg{leg("NRT", at(2026, 11, 25, 21, 0), "HNL", at(2026, 11, 25, 9, 0)),
				leg("HNL", at(2026, 11, 25, 23, 30), "LAX", at(2026, 11, 26, 7, 30))},
			manifest.Trip{Type: manifest.TripOneWay, Hours: ptr(27.5),
				Route: []string{"NRT", "HNL", "LAX"}, RouteCountries: []string{"JP", "US", "US"},
				Transits: []manifest.Transit{{Airport: "HNL", Country: "US", DwellHours: ptr(14.5)}}}},
		{"open jaw: back to another airport of the country",
			[]pnrgov.Leg{leg("LHR", at(2026, 11, 25, 10, 0), "JFK", at(2026, 11, 25, 13, 0)),
				leg("JFK", at(2026, 12, 1, 18, 0), "LGW", at(2026, 12, 2, 6, 0))},
			manifest.Trip{Type: manifest.TripOpenJaw, Hours: ptr(164.0),
				Route: []string{"LHR", "JFK", "LGW"}, RouteCountries: []string{"GB", "US", "GB"},
				Transits: []manifest.Transit{{Airport: "JFK", Country: "US", DwellHours: ptr(149.0)}}}},
		{"open jaw: a surface gap back to the first airport",
			[]pnrgov.Leg{leg("SIN", at(2026, 11, 25, 14, 30), "ICN", at(2026, 11, 25, 22, 5)),
				leg("GMP", at(2026, 11, 30, 10, 0), "SIN", at(2026, 11, 30, 15, 30))},
			manifest.Trip{Type: manifest.TripOpenJaw, Hours: ptr(121.0),
				Route: []string{"SIN", "ICN", "GMP", "SIN"}, RouteCountries: []string{"SG", "KR", "KR", "SG"}}},
		{"an unknown airport: no country, no duration through it",
			[]pnrgov.Leg{leg("SIN", at(2026, 11, 25, 14, 30), "QQQ", at(2026, 11, 25, 20, 0)),
				leg("QQQ", at(2026, 11, 25, 23, 0), "ICN", at(2026, 11, 26, 6, 0))},
			manifest.Trip{Type: manifest.TripOneWay, Hours: ptr(14.5),
				Route: []string{"SIN", "QQQ", "ICN"}, RouteCountries: []string{"SG", "", "KR"},
				Transits: []manifest.Transit{{Airport: "QQQ"}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, b := tripOf(t, at(2026, 11, 20, 14, 30), c.legs...)
			c.want.Legs = got.Legs // compared in TestTripLegs
			if d := cmp.Diff(c.want, *got); d != "" {
				t.Errorf("trip (-want +got):\n%s", d)
			}
			if *b.LeadHours != 112 || *b.LeadDays != 4 || b.PartySize != 1 {
				t.Errorf("lead %.2f h, %d days, party %d; want 112, 4, 1", *b.LeadHours, *b.LeadDays, b.PartySize)
			}
		})
	}
	// Without a creation time there is no lead time.
	if tr, b := tripOf(t, civil.DateTime{}); b.LeadHours != nil || len(tr.Legs) != 1 || tr.Type != manifest.TripOneWay {
		t.Errorf("no creation time: %+v %+v", tr, b)
	}
}

func TestFeaturesPerson(t *testing.T) {
	p := person("DOE", "JANE", "ABC123", paxlst.Document{Type: paxlst.DocumentPassport, Number: "X1", IssuingCountry: "XXA",
		ExpiryDate: date(2026, 12, 1), IssueDate: date(2016, 11, 25)})
	p.BirthDate = date(2000, 11, 26) // 26 on the day after the flight
	p.Bags = paxlst.Bags{Count: 2, Weight: 44, WeightUnit: "LBR"}
	pnr := booking("ABC123", traveler("DOE", "JANE"), traveler("DOE", "JOHN"))
	pnr.Payments = []pnrgov.Payment{{Ticket: -1, Forms: []pnrgov.PaymentForm{{Type: "CA"}, {Type: "CC"}}, Holder: "ROE RICHARD"}}
	tr := build1(t, list(p), pushOf(pnr)).Travelers[0]
	f, b := tr.Features, tr.Booking
	if *f.AgeYears != 25 || f.Bags != 2 || *f.BagWeight != 19.96 || b.PartySize != 2 {
		t.Errorf("age %d, bags %d %.2f kg, party %d; want 25, 2 19.96 kg, 2", *f.AgeYears, f.Bags, *f.BagWeight, b.PartySize)
	}
	want := []manifest.Payment{{Type: "CA", Holder: "ROE RICHARD"}, {Type: "CC", Holder: "ROE RICHARD"}}
	if d := cmp.Diff(want, b.Payments); d != "" || !b.Cash || b.ThirdParty == nil || !*b.ThirdParty {
		t.Errorf("payments %v cash %v third party %v%s", b.Payments, b.Cash, b.ThirdParty, d)
	}
	d := tr.Documents[0]
	if *d.ExpiresInDays != 6 || *d.IssuedDaysAgo != 3652 {
		t.Errorf("document expires in %d days, issued %d days ago; want 6, 3652", *d.ExpiresInDays, *d.IssuedDaysAgo)
	}
	// The payer travelling: not a third party.
	pnr.Payments[0].Holder = "DOE JOHN"
	if b := build1(t, list(p), pushOf(pnr)).Travelers[0].Booking; *b.ThirdParty {
		t.Error("a travelling payer counted as a third party")
	}
}

// TestFeaturesAfterChanges: a changes-only push replaces the PNR, and the
// features follow it.
func TestFeaturesAfterChanges(t *testing.T) {
	p := booking("ABC123", traveler("DOE", "JANE"))
	p.Itinerary = []pnrgov.Leg{leg("SIN", at(2026, 11, 25, 14, 30), "ICN", at(2026, 11, 25, 22, 5))}
	q := booking("ABC123", traveler("DOE", "JANE"))
	q.Itinerary = append(p.Itinerary, leg("ICN", at(2026, 11, 30, 10, 0), "SIN", at(2026, 11, 30, 15, 30)))
	changes := pushOf(q)
	changes.PushType = pnrgov.PushChanges
	b := manifest.NewBuilder()
	b.AddPNRGOV(pushOf(p))
	b.AddPNRGOV(changes)
	f := b.Build()[0]
	if len(f.PNRs) != 1 || f.Travelers[0].Trip.Type != manifest.TripReturn {
		t.Errorf("%d PNRs, trip %q; want 1, return", len(f.PNRs), f.Travelers[0].Trip.Type)
	}
}
