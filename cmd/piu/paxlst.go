package main

import (
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
)

func init() {
	samples["paxlst"] = samplePAXLST
	samples["cusres"] = sampleCUSRES
}

// sampleCUSRES is the state's answer to the PAXLST sample: the first
// passenger may board, the second may not.
func sampleCUSRES() []byte {
	res, err := paxlst.Decode(samplePAXLST(), nil)
	if err != nil {
		panic("piu: built-in PAXLST sample does not decode: " + err.Error())
	}
	prepared := civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 1}, Hour: 8, Minute: 1}
	r, err := cusres.Respond(res.Messages[0], []cusres.Decision{
		{Person: 0, Status: cusres.StatusOKToBoard},
		{Person: 1, Status: cusres.StatusNoBoard, Text: []string{"CONTACT GOVERNMENT"}},
	}, cusres.RespondOptions{Prepared: prepared, ControlRef: "2001", Reference: "RES1"})
	if err != nil {
		panic("piu: built-in CUSRES sample: " + err.Error())
	}
	b, err := cusres.Encode(r, paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("piu: built-in CUSRES sample does not encode: " + err.Error())
	}
	return b
}

// samplePAXLST is a synthetic two-passenger list, written by the encoder.
func samplePAXLST() []byte {
	n := func(v int) *int { return &v }
	dt := func(y int, mo time.Month, d, h, mi int) civil.DateTime {
		return civil.DateTime{Date: civil.Date{Year: y, Month: mo, Day: d}, Hour: h, Minute: mi}
	}
	m := &paxlst.Message{
		Envelope: paxlst.Envelope{
			Sender: edifact.Party{ID: "EXAMPLEAIR"}, Recipient: edifact.Party{ID: "BORDERAPI"},
			Prepared: dt(2026, time.March, 1, 8, 0), ControlRef: "1001", Reference: "PAX1",
			Group: &paxlst.Group{ID: "PAXLST", Sender: edifact.Party{ID: "EXAMPLEAIR"},
				Recipient: edifact.Party{ID: "BORDERAPI"}, Prepared: dt(2026, time.March, 1, 8, 0),
				Reference: "1", Agency: "UN", Version: "D:05B"},
		},
		ListType:       paxlst.ListPassengers,
		TransactionRef: "SAMPLE0001",
		ReportingParty: paxlst.Party{Name: []string{"EXAMPLE", "OPS"},
			Contacts: []paxlst.Contact{{Number: "000 000 0000", Type: paxlst.ContactPhone}}},
		Flights: []paxlst.Leg{{Stage: "20", FlightNumber: "XX100", Carrier: "XX",
			Departure: paxlst.Stop{Qualifier: "125", Airport: "AAA", Time: dt(2026, time.March, 1, 10, 30)},
			Arrival:   paxlst.Stop{Qualifier: "87", Airport: "BBB", Time: dt(2026, time.March, 1, 14, 45)}}},
		Persons: []paxlst.Person{
			{Role: paxlst.RolePassenger, Surname: "SAMPLE", Given: "ANNA", Middle: "MARIA",
				Gender: paxlst.GenderFemale, BirthDate: civil.Date{Year: 1985, Month: time.May, Day: 4},
				Nationality: "XXA", Embarkation: "AAA", Debarkation: "BBB", PNR: "ABC123", PassengerRef: "PAX0001", Seat: "12A",
				Documents: []paxlst.Document{{Type: paxlst.DocumentPassport, Number: "X0000001",
					IssuingCountry: "XXA", ExpiryDate: civil.Date{Year: 2031, Month: time.June, Day: 30}}}},
			{Role: paxlst.RolePassenger, Surname: "EXAMPLE", Given: "JOHN",
				Gender: paxlst.GenderMale, BirthDate: civil.Date{Year: 1940, Month: time.December, Day: 24},
				Nationality: "XXB", Embarkation: "AAA", Debarkation: "BBB", PNR: "ABC123", PassengerRef: "PAX0002", Seat: "12B",
				Bags: paxlst.Bags{Count: 1, Weight: 20, WeightUnit: "KGM"},
				Documents: []paxlst.Document{{Type: paxlst.DocumentIdentityCard, Number: "Y0000002",
					IssuingCountry: "XXB", ExpiryDate: civil.Date{Year: 2027, Month: time.January, Day: 15}}}},
		},
		Totals: paxlst.Totals{Passengers: n(2)},
	}
	b, err := paxlst.Encode(m, paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("piu: built-in PAXLST sample does not encode: " + err.Error())
	}
	return b
}
