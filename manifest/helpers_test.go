package manifest_test

import (
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// push returns pnrgovtest's push of n PNRs, encoded and decoded, so that
// the derived fields (documents, titles) are filled.
func push(tb testing.TB, n int, seed uint64) *pnrgov.Message {
	tb.Helper()
	b, err := pnrgov.Encode(pnrgovtest.Push(n, seed), pnrgov.EncodeOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := pnrgov.Decode(b, nil)
	if err != nil || len(res.Messages) != 1 {
		tb.Fatalf("decode: %v", err)
	}
	return res.Messages[0]
}

// listFor returns the passenger list of the travellers of push: their
// names, DOCS data and record locators, as an airline's departure control
// would send them for the same flight, prepared half an hour after the push.
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
			m.Persons = append(m.Persons, personOf(&t, p.Locator()))
		}
	}
	return m
}

func personOf(t *pnrgov.Traveler, locator string) paxlst.Person {
	p := paxlst.Person{Role: paxlst.RolePassenger, Surname: t.Surname, GivenNames: t.Given, PNR: locator}
	for _, d := range t.Documents {
		p.BirthDate, p.Nationality = d.BirthDate, d.Nationality
		p.Gender = paxlst.Gender(d.Gender[:1])
		p.Documents = append(p.Documents, paxlst.Document{Type: paxlst.DocumentType(d.Type), Number: d.Number,
			IssuingCountry: d.IssuingCountry, ExpiryDate: d.ExpiryDate})
	}
	return p
}

func date(y int, m time.Month, d int) civil.Date { return civil.Date{Year: y, Month: m, Day: d} }

func timeMonth(m int) time.Month { return time.Month(m) }

// flight is the one-leg flight ZZ 100 SIN-ICN on 25 November 2026 of the
// hand-built messages.
var flight = pnrgov.Flight{Carrier: "ZZ", FlightNumber: "100",
	Departure: pnrgov.Point{Airport: "SIN", Time: civil.DateTime{Date: date(2026, 11, 25), Hour: 14, Minute: 30}},
	Arrival:   pnrgov.Point{Airport: "ICN", Time: civil.DateTime{Date: date(2026, 11, 25), Hour: 22, Minute: 5}}}

// list returns a passenger list for flight with persons.
func list(persons ...paxlst.Person) *paxlst.Message {
	return &paxlst.Message{ListType: paxlst.ListPassengers,
		Flights: []paxlst.Leg{{Carrier: "ZZ", FlightNumber: "ZZ100",
			Departure: paxlst.Stop{Airport: "SIN", Time: flight.Departure.Time},
			Arrival:   paxlst.Stop{Airport: "ICN", Time: flight.Arrival.Time}}},
		Persons: persons}
}

// pushOf returns a full push for flight with pnrs.
func pushOf(pnrs ...*pnrgov.PNR) *pnrgov.Message {
	return &pnrgov.Message{PushType: pnrgov.PushFull, Flight: flight, PNRs: pnrs}
}

// booking returns a PNR with locator loc and travellers.
func booking(loc string, travelers ...pnrgov.Traveler) *pnrgov.PNR {
	return &pnrgov.PNR{Locators: []pnrgov.RecordLocator{{Airline: "1A", Locator: loc}}, Travelers: travelers}
}
