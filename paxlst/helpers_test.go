package paxlst_test

import (
	"fmt"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// richMessage is a synthetic list that sets every field of the model.
func richMessage() *paxlst.Message {
	return &paxlst.Message{
		Envelope: edifact.Envelope{
			Interchange: edifact.InterchangeHeader{
				Syntax: edifact.SyntaxIdentifier{ID: "UNOC", Version: "4"},
				Sender: edifact.Party{ID: "SENDER", Qualifier: "ZZ"}, Recipient: edifact.Party{ID: "RECEIVER", Qualifier: "ZZ"},
				Prepared: dt(2024, time.February, 29, 23, 59), ControlRef: "CTRL1", AppRef: "APIS", Test: "1"},
			Group: &edifact.GroupHeader{ID: "PAXLST", Sender: edifact.Party{ID: "SENDER"}, Recipient: edifact.Party{ID: "RECEIVER"},
				Prepared: dt(2024, time.February, 29, 23, 59), Reference: "G1", Agency: "UN", Version: "D:05B"},
			Header: edifact.MessageHeader{Reference: "MSG1",
				ID: edifact.MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}},
		},
		Parts: 1, Complete: true,
		ListType: paxlst.ListPassengers, Function: paxlst.FunctionChangePassenger, TransactionRef: "TX'1+2:3?", Revision: "2",
		ReportingParty: paxlst.Party{ID: "MS1", Name: []string{"OPS", "DESK"}, Contacts: []paxlst.Contact{
			{"1", "TE"}, {"2", "FX"}, {"OPS@EXAMPLE.ORG", "EM"}, {"4", "TE"}}},
		Flights: []paxlst.Leg{
			{Stage: "20", FlightNumber: "XX1", Carrier: "XX",
				Departure: paxlst.Stop{Qualifier: "125", Airport: "AAA", Time: dt(2024, time.March, 1, 6, 5)},
				Arrival:   paxlst.Stop{Qualifier: "87", Airport: "BBB", Time: dt(2024, time.March, 1, 9, 0)},
				Places:    []paxlst.Stop{{Qualifier: "130", Airport: "CCC"}}},
			{Stage: "34", FlightNumber: "XX2", Carrier: "XX", CarrierCodeList: "172",
				Departure: paxlst.Stop{Qualifier: "92", Airport: "BBB", Time: civil.DateTime{Date: date(2124, 3, 1), Hour: 10, Second: 7}},
				Arrival:   paxlst.Stop{Qualifier: "92", Airport: "CCC", Time: dt(2024, time.March, 1, 12, 0)}},
		},
		Persons: []paxlst.Person{
			{Role: paxlst.RolePassenger, PartyID: "P1", Surname: "O'NEIL", GivenNames: "ANNE-MARIE", MiddleName: "É", NameExtra: []string{"", "1"},
				Address: paxlst.Address{Street: []string{"1 HIGH ST", "", "FLAT 2"}, City: "TOWN", Region: "NY", RegionName: "NEW YORK",
					PostalCode: "10001", Country: "USA"},
				Gender: paxlst.GenderFemale, BirthDate: date(1890, 12, 31), Nationality: "USA", Residence: "CAN",
				BirthPlace: paxlst.Place{Code: "USA", Name: "SPRINGFIELD"}, Embarkation: "AAA", Debarkation: "CCC", Clearance: "BBB",
				Documents: []paxlst.Document{
					{Type: "P", CodeList: "110", Agency: "111", Number: "N1", IssuingCountry: "USA",
						ExpiryDate: date(2030, 1, 1), IssueDate: date(2020, 1, 1)},
					{Type: "ZZ", Number: "Z9"},
					{},
				},
				Seat: "1A", Bags: paxlst.Bags{Count: 2, Weight: 23.5, WeightUnit: "KGM", Tags: []paxlst.BagTag{{"T1", 2}, {"T3", 1}}},
				PNR: "PNR1", PassengerRef: "REF1", AgencyRef: "AG1", CustomerRef: "CR1", TransactionRef: "TN1",
				OtherRefs:    []paxlst.Reference{{Qualifier: "AGK", Value: "600"}},
				Verification: paxlst.VerificationVerified,
				Contacts:     []paxlst.Contact{{"5", "TE"}},
			},
			{Role: paxlst.RoleCrew, Surname: "SOLO", Gender: "Q", BirthDate: date(2000, 2, 29),
				CrewFunction: &paxlst.Employment{Category: "1", Code: "CR1", CodeList: "110", Agency: "111"}},
			{Role: "ZZ", Surname: "X"},
			{Role: paxlst.RoleIntransitPassenger, Surname: "Y", GivenNames: "Z"},
		},
		Totals: paxlst.Totals{Passengers: intp(180), Crew: intp(12)},
	}
}

// bigMessage is a realistic list of n passengers, for benchmarks.
func bigMessage(n int) *paxlst.Message {
	m := &paxlst.Message{
		Envelope: edifact.Envelope{
			Interchange: edifact.InterchangeHeader{
				Syntax: edifact.SyntaxIdentifier{ID: "UNOA", Version: "4"},
				Sender: edifact.Party{ID: "AIRLINE"}, Recipient: edifact.Party{ID: "CUSTOMS"},
				Prepared: dt(2025, time.June, 1, 8, 0), ControlRef: "1"},
			Group: &edifact.GroupHeader{ID: "PAXLST", Sender: edifact.Party{ID: "AIRLINE"}, Recipient: edifact.Party{ID: "CUSTOMS"},
				Prepared: dt(2025, time.June, 1, 8, 0), Reference: "1", Agency: "UN", Version: "D:05B"},
			Header: edifact.MessageHeader{Reference: "PAX1",
				ID: edifact.MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}},
		},
		ListType: paxlst.ListPassengers, TransactionRef: "TX0001",
		ReportingParty: paxlst.Party{Name: []string{"OPS", "CENTRE"}, Contacts: []paxlst.Contact{{"1 202 555 0100", "TE"}}},
		Flights: []paxlst.Leg{{Stage: "20", FlightNumber: "XX123", Carrier: "XX",
			Departure: paxlst.Stop{Qualifier: "125", Airport: "SYD", Time: dt(2025, time.June, 2, 9, 0)},
			Arrival:   paxlst.Stop{Qualifier: "87", Airport: "HNL", Time: dt(2025, time.June, 2, 22, 0)}}},
		Totals: paxlst.Totals{Passengers: intp(n)},
	}
	genders := []paxlst.Gender{"M", "F"}
	for i := range n {
		m.Persons = append(m.Persons, paxlst.Person{
			Role: paxlst.RolePassenger, Surname: fmt.Sprintf("SURNAME%04d", i), GivenNames: "GIVEN", MiddleName: "MIDDLE",
			Gender: genders[i%2], BirthDate: date(1950+i%50, time.Month(1+i%12), 1+i%28), Nationality: "GBR",
			Residence: "GBR", Embarkation: "SYD", Debarkation: "HNL", Clearance: "HNL",
			PNR: fmt.Sprintf("P%05d", i), PassengerRef: fmt.Sprintf("R%07d", i), Seat: fmt.Sprintf("%dA", 1+i%60),
			Bags: paxlst.Bags{Count: 1 + i%2, Weight: 20, WeightUnit: "KGM"},
			Documents: []paxlst.Document{{Type: paxlst.DocumentPassport, Number: fmt.Sprintf("N%08d", i), IssuingCountry: "GBR",
				ExpiryDate: date(2030, time.Month(1+i%12), 1+i%28)}},
		})
	}
	return m
}
