// Package paxlsttest builds synthetic PAXLST lists and CUSRES responses for
// tests, benchmarks and quick starts: invented people, documents and flights,
// no real data.
package paxlsttest

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
)

func dt(y int, mo time.Month, d, h, mi int) civil.DateTime {
	return civil.DateTime{Date: civil.Date{Year: y, Month: mo, Day: d}, Hour: h, Minute: mi}
}

// Message returns the synthetic two-passenger list of Sample: flight XX100
// AAA-BBB on 1 March 2026, in a PAXLST group.
func Message() *paxlst.Message {
	n := func(v int) *int { return &v }
	return &paxlst.Message{
		Envelope: edifact.Envelope{
			Interchange: edifact.InterchangeHeader{Sender: edifact.Party{ID: "EXAMPLEAIR"},
				Recipient: edifact.Party{ID: "BORDERAPI"}, Prepared: dt(2026, time.March, 1, 8, 0), ControlRef: "1001"},
			Group: &edifact.GroupHeader{ID: "PAXLST", Sender: edifact.Party{ID: "EXAMPLEAIR"},
				Recipient: edifact.Party{ID: "BORDERAPI"}, Prepared: dt(2026, time.March, 1, 8, 0),
				Reference: "1", Agency: "UN", Version: "D:05B"},
			Header: edifact.MessageHeader{Reference: "PAX1"},
		},
		ListType:       paxlst.ListPassengers,
		TransactionRef: "SAMPLE0001",
		ReportingParty: paxlst.Party{Name: []string{"EXAMPLE", "OPS"},
			Contacts: []paxlst.Contact{{Number: "000 000 0000", Type: paxlst.ContactPhone}}},
		Flights: []paxlst.Leg{{Stage: "20", FlightNumber: "XX100", Carrier: "XX",
			Departure: paxlst.Stop{Qualifier: "125", Airport: "AAA", Time: dt(2026, time.March, 1, 10, 30)},
			Arrival:   paxlst.Stop{Qualifier: "87", Airport: "BBB", Time: dt(2026, time.March, 1, 14, 45)}}},
		Persons: []paxlst.Person{
			{Role: paxlst.RolePassenger, Surname: "SAMPLE", GivenNames: "ANNA", MiddleName: "MARIA",
				Gender: paxlst.GenderFemale, BirthDate: civil.Date{Year: 1985, Month: time.May, Day: 4},
				Nationality: "XXA", Embarkation: "AAA", Debarkation: "BBB", PNR: "ABC123", PassengerRef: "PAX0001", Seat: "12A",
				Documents: []paxlst.Document{{Type: paxlst.DocumentPassport, Number: "X0000001",
					IssuingCountry: "XXA", ExpiryDate: civil.Date{Year: 2031, Month: time.June, Day: 30}}}},
			{Role: paxlst.RolePassenger, Surname: "EXAMPLE", GivenNames: "JOHN",
				Gender: paxlst.GenderMale, BirthDate: civil.Date{Year: 1940, Month: time.December, Day: 24},
				Nationality: "XXB", Embarkation: "AAA", Debarkation: "BBB", PNR: "ABC123", PassengerRef: "PAX0002", Seat: "12B",
				Bags: paxlst.Bags{Count: 1, Weight: 20, WeightUnit: "KGM"},
				Documents: []paxlst.Document{{Type: paxlst.DocumentIdentityCard, Number: "Y0000002",
					IssuingCountry: "XXB", ExpiryDate: civil.Date{Year: 2027, Month: time.January, Day: 15}}}},
		},
		Totals: paxlst.Totals{Passengers: n(2)},
	}
}

// Sample returns Message encoded, with line breaks.
func Sample() []byte {
	b, err := paxlst.Encode(Message(), paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("paxlsttest: the PAXLST sample does not encode: " + err.Error())
	}
	return b
}

// Response returns the state's answer to Message: the first passenger may
// board, the second may not.
func Response() *cusres.Response {
	prepared := dt(2026, time.March, 1, 8, 1)
	r, err := cusres.Respond(Message(), []cusres.Decision{
		{Person: 0, Status: cusres.StatusOKToBoard},
		{Person: 1, Status: cusres.StatusNoBoard, Text: []string{"CONTACT GOVERNMENT"}},
	}, cusres.RespondOptions{Prepared: prepared, ControlRef: "2001", Reference: "RES1"})
	if err != nil {
		panic("paxlsttest: the CUSRES sample: " + err.Error())
	}
	return r
}

// SampleCUSRES returns Response encoded, with line breaks.
func SampleCUSRES() []byte {
	b, err := cusres.Encode(Response(), paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("paxlsttest: the CUSRES sample does not encode: " + err.Error())
	}
	return b
}

// Stream returns a reader of n interchanges, each one list of Message's
// shape with its own references and names, generated as it is read: the
// input of a million lists is never held in memory.
func Stream(n int) io.Reader {
	return &stream{n: n}
}

type stream struct {
	n, i int
	buf  bytes.Buffer
}

func (s *stream) Read(p []byte) (int, error) {
	for s.buf.Len() == 0 {
		if s.i == s.n {
			return 0, io.EOF
		}
		s.i++
		fmt.Fprintf(&s.buf, "UNB+UNOA:4+EXAMPLEAIR+BORDERAPI+260301:0800+%d'UNH+M%d+PAXLST:D:05B:UN:IATA'"+
			"BGM+745'NAD+MS+++EXAMPLE:OPS'TDT+20+XX%d+++XX'LOC+125+AAA'DTM+189:2603011030:201'LOC+87+BBB'"+
			"DTM+232:2603011445:201'NAD+FL+++SAMPLE%d:ANNA'ATT+2++F'DTM+329:850504'NAT+2+XXA'"+
			"DOC+P+X%07d'DTM+36:310630'LOC+91+XXA'NAD+FL+++EXAMPLE%d:JOHN'ATT+2++M'DTM+329:401224'NAT+2+XXB'"+
			"DOC+I+Y%07d'DTM+36:270115'LOC+91+XXB'CNT+42:2'UNT+24+M%d'UNZ+1+%d'\n",
			s.i, s.i, s.i%10000, s.i, s.i, s.i, s.i, s.i, s.i)
	}
	return s.buf.Read(p)
}
