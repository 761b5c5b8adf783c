package risk_test

import (
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// realistic returns the flight of pnrgovtest's push of n PNRs joined with a
// passenger list of the same travellers, as manifest builds it for the
// receiving state KR. Before it is encoded, the push's first traveller is
// given a vegan meal, a wheelchair and a ticket-number SSR, so that the
// ssrs collection has something to leave out.
func realistic(tb testing.TB, n int, seed uint64) *manifest.Flight {
	tb.Helper()
	m := pnrgovtest.Push(n, seed)
	t0 := &m.PNRs[0].Travelers[0]
	t0.SSRs = append(t0.SSRs,
		pnrgov.SSR{Code: "VGML", Status: "HK", Quantity: "1", Airline: "ZZ"},
		pnrgov.SSR{Code: "WCHR", Status: "HK", Quantity: "1", Airline: "ZZ"},
		pnrgov.SSR{Code: "TKNE", Status: "HK", Quantity: "1", Airline: "ZZ", Text: "9991234567890C1"})
	b, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := pnrgov.Decode(b, nil)
	if err != nil || len(res.Messages) != 1 {
		tb.Fatalf("decode: %v", err)
	}
	push := res.Messages[0]
	bl := manifest.NewBuilder()
	bl.Country = "KR"
	bl.AddPNRGOV(push)
	bl.AddPAXLST(listFor(push))
	fs := bl.Build()
	if len(fs) != 1 {
		tb.Fatalf("%d flights, want 1", len(fs))
	}
	return fs[0]
}

// listFor returns the passenger list of the push's travellers: their
// names, DOCS data and record locators, as departure control sends them for
// the same flight, half an hour after the push.
func listFor(push *pnrgov.Message) *paxlst.Message {
	fl := push.Flight
	m := &paxlst.Message{
		Envelope: edifact.Envelope{Interchange: edifact.InterchangeHeader{ControlRef: "API1",
			Prepared: civil.DateTime{Date: fl.Departure.Time.Date, Hour: 7}}, Header: edifact.MessageHeader{Reference: "1"}},
		ListType: paxlst.ListPassengers,
		Flights: []paxlst.Leg{{Carrier: fl.Carrier, FlightNumber: fl.Carrier + "0" + fl.FlightNumber,
			Departure: paxlst.Stop{Airport: fl.Departure.Airport, Time: fl.Departure.Time},
			Arrival:   paxlst.Stop{Airport: fl.Arrival.Airport, Time: fl.Arrival.Time}}},
	}
	for _, p := range push.PNRs {
		for _, t := range p.Travelers {
			person := paxlst.Person{Role: paxlst.RolePassenger, Surname: t.Surname, GivenNames: t.Given, PNR: p.Locator(),
				Embarkation: fl.Departure.Airport, Debarkation: fl.Arrival.Airport}
			for _, d := range t.Documents {
				person.BirthDate, person.Nationality = d.BirthDate, d.Nationality
				person.Gender = paxlst.Gender(d.Gender[:1])
				person.Documents = append(person.Documents, paxlst.Document{Type: paxlst.DocumentType(d.Type),
					Number: d.Number, IssuingCountry: d.IssuingCountry, ExpiryDate: d.ExpiryDate})
			}
			m.Persons = append(m.Persons, person)
		}
	}
	return m
}
