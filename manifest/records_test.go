package manifest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// withContacts returns a PNR with a phone, an e-mail address and a postal
// address of the PNR as a whole, and a card payment.
func withContacts(loc, phone, email, street, card string) *pnrgov.PNR {
	p := booking(loc, traveler("DOE", "JANE"))
	p.Contacts = []pnrgov.Contact{
		{Kind: pnrgov.ContactPhone, Value: phone, Traveler: -1, Leg: -1},
		{Kind: pnrgov.ContactEmail, Value: email, Traveler: -1, Leg: -1},
		{Kind: pnrgov.ContactAddress, Address: &pnrgov.Address{Street: street, City: "BRUSSELS", PostalCode: "1000", Country: "BE"},
			Traveler: -1, Leg: -1},
	}
	if card != "" {
		p.Payments = []pnrgov.Payment{{Ticket: -1, Forms: []pnrgov.PaymentForm{{Type: "CC", Vendor: "VI", Account: card, Expiry: "1227"}}}}
	}
	return p
}

func TestPNRLinks(t *testing.T) {
	a := withContacts("AAA111", "+32 2 555 12 34", "Jane.Doe@Example.org", "1 Rue de la Loi", "4111XXXXXXXX1111")
	b := withContacts("BBB222", "0032-2-555-1234", "jane.doe@example.org", "9 Other Street", "4111 XXXX XXXX 1111")
	c := withContacts("CCC333", "+1 212 555 0000", "x@example.com", "1 RUE DE LA LOI", "")
	c.Travelers[0].FrequentFlyers = []pnrgov.FrequentFlyer{{Airline: "ZZ", Number: "123456"}}
	a.Agency = &pnrgov.Org{AgentID: "12345675"}
	c.Agency = &pnrgov.Org{AgentID: "12345675"}
	// Of another flight, in the host's window: the same frequent-flyer
	// number as c. A window PNR with a's locator is a's, and left out.
	other := withContacts("DDD444", "+44 20 7946 0000", "d@example.net", "5 High Street", "")
	other.Travelers[0].FrequentFlyers = []pnrgov.FrequentFlyer{{Airline: "zz", Number: "123 456"}}
	again := withContacts("AAA111", "+32 2 555 12 34", "jane.doe@example.org", "1 Rue de la Loi", "")

	bl := manifest.NewBuilder()
	bl.Window = []*pnrgov.PNR{other, again}
	bl.AddPNRGOV(pushOf(a, b, c))
	f := bl.Build()[0]
	want := []manifest.PNRLink{
		{Kind: manifest.LinkAddress, Value: "1RUEDELALOI 1000 BE", PNRs: []int{0, 2}},
		{Kind: manifest.LinkAgent, Value: "12345675", PNRs: []int{0, 2}},
		{Kind: manifest.LinkCard, Value: "VI 4111XXXXXXXX1111 1227", PNRs: []int{0, 1}},
		{Kind: manifest.LinkEmail, Value: "jane.doe@example.org", PNRs: []int{0, 1}},
		{Kind: manifest.LinkFrequentFlyer, Value: "ZZ 123456", PNRs: []int{2, 3}},
		{Kind: manifest.LinkPhone, Value: "225551234", PNRs: []int{0, 1}},
	}
	if d := cmp.Diff(want, f.Links); d != "" {
		t.Errorf("links (-want +got):\n%s", d)
	}
	// a shares card, e-mail and phone with b and its address with c: two
	// other PNRs (the agent does not count); c is linked to a and, by its
	// frequent-flyer number, to the window's PNR.
	for i, n := range []int{2, 1, 2} {
		if b := f.Travelers[i].Booking; b.LinkedPNRs != n {
			t.Errorf("%s: %d linked PNRs (links %v), want %d", b.Locator, b.LinkedPNRs, b.Links, n)
		}
	}
	if got := manifest.LinkPNRs([]*pnrgov.PNR{c}); got != nil {
		t.Errorf("one PNR links to itself: %v", got)
	}
}

func TestDirection(t *testing.T) {
	cases := []struct {
		state string
		legs  [][2]string
		want  manifest.Direction
	}{
		{"BE", [][2]string{{"JFK", "BRU"}}, manifest.DirectionInbound},
		{"BE", [][2]string{{"BRU", "JFK"}}, manifest.DirectionOutbound},
		{"BE", [][2]string{{"BRU", "LGG"}}, manifest.DirectionDomestic},
		{"BE", [][2]string{{"JFK", "BRU"}, {"BRU", "FRA"}}, manifest.DirectionThrough},
		{"BE", [][2]string{{"JFK", "BRU"}, {"BRU", "LGG"}}, manifest.DirectionInbound},
		{"BE", [][2]string{{"JFK", "FRA"}}, ""},
		{"BE", [][2]string{{"QQQ", "BRU"}}, ""},
		{"", [][2]string{{"JFK", "BRU"}}, ""},
	}
	for _, c := range cases {
		m := &paxlst.Message{ListType: paxlst.ListPassengers}
		for i, l := range c.legs {
			d := civil.DateTime{Date: date(2026, 11, 25), Hour: 8 + 4*i}
			m.Flights = append(m.Flights, paxlst.Leg{Carrier: "ZZ", FlightNumber: "9",
				Departure: paxlst.Stop{Airport: l[0], Time: d}, Arrival: paxlst.Stop{Airport: l[1], Time: d}})
		}
		b := manifest.NewBuilder()
		b.Country = c.state
		b.AddPAXLST(m)
		if got := b.Build()[0].Direction; got != c.want {
			t.Errorf("%s %v: %q, want %q", c.state, c.legs, got, c.want)
		}
	}
}

func TestTravelerRecord(t *testing.T) {
	p := person("DOE", "JANE", "AAA111")
	p.Seat, p.Bags = "12A", paxlst.Bags{Count: 1, Weight: 23, WeightUnit: "KGM"}
	p.Contacts = []paxlst.Contact{{Number: "+65 6123 4567", Type: paxlst.ContactPhone}, {Number: "JANE@EXAMPLE.ORG", Type: paxlst.ContactEmail}}
	p.Address = paxlst.Address{Street: []string{"1 ORCHARD ROAD", "#02-01"}, City: "SINGAPORE", PostalCode: "238823", Country: "SGP"}

	pnr := withContacts("AAA111", "+65 6000 0000", "family@example.org", "1 ORCHARD ROAD", "4111XXXXXXXX1111")
	pnr.Travelers = append(pnr.Travelers, traveler("DOE", "JOHN"))
	pnr.Travelers[0].Ref, pnr.Travelers[1].Ref = "1", "2"
	pnr.Travelers[1].FrequentFlyers = []pnrgov.FrequentFlyer{{Airline: "ZZ", Number: "777"}}
	pnr.Contacts = append(pnr.Contacts, pnrgov.Contact{Kind: pnrgov.ContactEmail, Value: "JOHN@EXAMPLE.ORG", Traveler: 1, Leg: -1})
	pnr.Payments[0].Forms[0].Amount = "1234.50"
	out := leg("SIN", flight.Departure.Time, "ICN", flight.Arrival.Time)
	out.Carrier, out.FlightNumber = "ZZ", "100"
	// John checked in on this leg (named by reference), with a seat and
	// two bags of 40 lb; Jane by name on the next leg only.
	out.CheckIns = []pnrgov.CheckIn{{Boardings: []pnrgov.Boarding{{TravelerRef: "2", Number: "045", Seat: "12B", Cabin: "Y",
		Bags: &pnrgov.Bags{Count: 2, Weight: 40, Unit: pnrgov.WeightPounds}}}}}
	next := leg("ICN", at(2026, 11, 26, 9, 0), "NRT", at(2026, 11, 26, 11, 30))
	next.CheckIns = []pnrgov.CheckIn{{Boardings: []pnrgov.Boarding{{Traveler: &pnrgov.Name{Surname: "DOE", Given: "JANE"}, Seat: "3C"}}}}
	pnr.Itinerary = []pnrgov.Leg{out, next}

	f := build1(t, list(p), pushOf(pnr))
	jane, john := f.Travelers[0], f.Travelers[1]
	if john.API != nil || john.PNR == nil {
		t.Fatalf("john: API %v, PNR %v; want PNR only", john.API, john.PNR)
	}
	wantJane := []manifest.Contact{
		{Kind: pnrgov.ContactPhone, Value: "+65 6123 4567", Source: "api"},
		{Kind: pnrgov.ContactEmail, Value: "JANE@EXAMPLE.ORG", Source: "api"},
		{Kind: pnrgov.ContactAddress, Value: "1 ORCHARD ROAD, #02-01", City: "SINGAPORE", PostalCode: "238823", Country: "SGP", Source: "api"},
	}
	if d := cmp.Diff(wantJane, jane.Contacts); d != "" {
		t.Errorf("jane's contacts (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]manifest.Contact{{Kind: pnrgov.ContactEmail, Value: "JOHN@EXAMPLE.ORG", Source: "pnr"}}, john.Contacts); d != "" {
		t.Errorf("john's contacts (-want +got):\n%s", d)
	}
	if jane.Booking != john.Booking || len(jane.Booking.Contacts) != 3 || jane.Booking.Contacts[2].City != "BRUSSELS" {
		t.Errorf("booking contacts: %+v", jane.Booking.Contacts)
	}
	if d := cmp.Diff(pnr.Travelers[1].FrequentFlyers, john.FrequentFlyers); d != "" || jane.FrequentFlyers != nil {
		t.Errorf("frequent flyers: %v %v", jane.FrequentFlyers, john.FrequentFlyers)
	}
	pay := jane.Booking.Payments
	if len(pay) != 1 || pay[0].Amount == nil || *pay[0].Amount != 1234.5 || pay[0].Account != "4111XXXXXXXX1111" {
		t.Errorf("payments: %+v", pay)
	}
	wantBoard := []manifest.Boarding{{Leg: 0, Seat: "12A", Bags: 1, BagWeight: ptr(23.0), Source: "api"}, {Leg: 1, Seat: "3C", Source: "pnr"}}
	if d := cmp.Diff(wantBoard, jane.Boardings); d != "" {
		t.Errorf("jane's boardings (-want +got):\n%s", d)
	}
	if ft := jane.Features; ft.Seat != "12A" || ft.Bags != 1 || !ft.CheckedIn {
		t.Errorf("jane's features: %+v", ft)
	}
	if ft := john.Features; ft.Seat != "12B" || ft.Bags != 2 || *ft.BagWeight != 18.14 || !ft.CheckedIn {
		t.Errorf("john's features: %+v", ft)
	}
	// Without a check-in and an API record, not checked in.
	pnr.Itinerary[0].CheckIns = nil
	if f := build1(t, list(p), pushOf(pnr)); f.Travelers[1].Features.CheckedIn || f.Travelers[1].Boardings != nil {
		t.Errorf("john with no check-in: %+v %+v", f.Travelers[1].Features, f.Travelers[1].Boardings)
	}
}
