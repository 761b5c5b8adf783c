package paxlsttest

import (
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// ListFor returns the passenger list that departure control would send for
// the travellers of a PNRGOV push: the same flight (its number written with a
// leading zero, as many carriers do), each traveller with the names, DOCS data
// and record locator of the PNR, prepared at 07:00 on the day of departure.
// Joined with the push, it gives a flight whose API and PNR records link.
// Travellers without DOCS have no birth date, nationality or document.
func ListFor(push *pnrgov.Message) *paxlst.Message {
	fl := push.Flight
	m := &paxlst.Message{
		Envelope: edifact.Envelope{
			Interchange: edifact.InterchangeHeader{Sender: edifact.Party{ID: fl.Carrier}, Recipient: edifact.Party{ID: "PIU"},
				ControlRef: "API1", Prepared: civil.DateTime{Date: fl.Departure.Time.Date, Hour: 7}},
			Header: edifact.MessageHeader{Reference: "1"}},
		ListType: paxlst.ListPassengers,
		Flights: []paxlst.Leg{{Carrier: fl.Carrier, FlightNumber: fl.Carrier + "0" + fl.FlightNumber,
			Departure: paxlst.Stop{Airport: fl.Departure.Airport, Time: fl.Departure.Time},
			Arrival:   paxlst.Stop{Airport: fl.Arrival.Airport, Time: fl.Arrival.Time}}},
	}
	for _, p := range push.PNRs {
		for i := range p.Travelers {
			m.Persons = append(m.Persons, personFor(&p.Travelers[i], p.Locator(), fl))
		}
	}
	return m
}

func personFor(t *pnrgov.Traveler, locator string, fl pnrgov.Flight) paxlst.Person {
	p := paxlst.Person{Role: paxlst.RolePassenger, Surname: t.Surname, GivenNames: t.Given, PNR: locator,
		Embarkation: fl.Departure.Airport, Debarkation: fl.Arrival.Airport}
	for _, d := range t.Documents {
		p.BirthDate, p.Nationality = d.BirthDate, d.Nationality
		if d.Gender != "" {
			p.Gender = paxlst.Gender(d.Gender[:1])
		}
		p.Documents = append(p.Documents, paxlst.Document{Type: paxlst.DocumentType(d.Type), Number: d.Number,
			IssuingCountry: d.IssuingCountry, ExpiryDate: d.ExpiryDate})
	}
	return p
}
