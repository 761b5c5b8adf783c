package manifest_test

import (
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
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

// listFor is the passenger list of the travellers of push
// (paxlsttest.ListFor).
func listFor(push *pnrgov.Message) *paxlst.Message { return paxlsttest.ListFor(push) }

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
