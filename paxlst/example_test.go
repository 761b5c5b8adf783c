package paxlst_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
)

const exampleList = "UNB+UNOA:4+AIRLINE+STATE+200506:1700+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'" +
	"TDT+20+XX123+++XX'LOC+125+IAD'DTM+189:2005061200:201'LOC+87+BRU'DTM+232:2005071322:201'" +
	"NAD+FL+++DOE:JANE:ANN'ATT+2++F'DTM+329:321210'NAT+2+USA'DOC+P+N123'DTM+36:200101'LOC+91+USA'" +
	"NAD+FL+++ALONE'DOC++'CNT+42:2'UNT+18+1'UNZ+1+1'"

func ExampleDecode() {
	res, err := paxlst.Decode([]byte(exampleList), nil)
	if err != nil {
		panic(err)
	}
	m := res.Messages[0]
	l := m.Flights[0]
	fmt.Println(l.FlightNumber, l.Departure.Airport, l.Departure.Time, "→", l.Arrival.Airport, l.Arrival.Time)
	for _, p := range m.Persons {
		fmt.Printf("%s %q %q %q %q\n", string(p.Role), p.Surname, p.Forenames(), string(p.Gender), p.BirthDate.String())
	}
	for _, d := range res.Diagnostics {
		fmt.Println(d.Code, d.Tag)
	}
	// Output:
	// XX123 IAD 2020-05-06T12:00 → BRU 2020-05-07T13:22
	// FL "DOE" "JANE ANN" "F" "1932-12-10"
	// FL "ALONE" "" "" ""
	// paxlst-single-name NAD
	// paxlst-missing-data DOC
}

func ExampleValidate() {
	res, _ := paxlst.Decode([]byte(exampleList), nil)
	for _, f := range paxlst.Validate(res.Messages[0], paxlst.ValidateOptions{}) {
		if f.Path[:10] == "persons[0]" {
			fmt.Println(f)
		}
	}
	// Output:
	// error paxlst-document-expired: persons[0].documents[0].expiryDate: document expires before the flight
}

func ExampleEncode() {
	d := func(y int, m time.Month, day int) civil.Date { return civil.Date{Year: y, Month: m, Day: day} }
	m := &paxlst.Message{
		ListType: paxlst.ListCrew,
		Flights: []paxlst.Leg{{Stage: "20", FlightNumber: "XX1", Carrier: "XX",
			Departure: paxlst.Stop{Qualifier: "125", Airport: "AAA"}, Arrival: paxlst.Stop{Qualifier: "87", Airport: "BBB"}}},
		Persons: []paxlst.Person{
			{Role: paxlst.RoleCrew, Surname: "ONE", GivenNames: "A", BirthDate: d(1980, 1, 2)},
			{Role: paxlst.RoleCrew, Surname: "TWO", GivenNames: "B", BirthDate: d(1890, 3, 4)},
		},
	}
	out, err := paxlst.Encode(m, paxlst.EncodeOptions{PartSize: 1, LineBreaks: true})
	if err != nil {
		panic(err)
	}
	for _, line := range bytes.Split(out, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("UNH")) || bytes.HasPrefix(line, []byte("NAD")) || bytes.HasPrefix(line, []byte("DTM+329")) {
			fmt.Println(string(line))
		}
	}
	// Output:
	// UNH+1+PAXLST:D:05B:UN:IATA+1+01:C'
	// NAD+FM+++ONE:A'
	// DTM+329:800102'
	// UNH+1-2+PAXLST:D:05B:UN:IATA+1+02:F'
	// NAD+FM+++TWO:B'
	// DTM+329:18900304:102'
}

func ExampleDecoder() {
	// Two parts of one list, sent in separate interchanges, last part first.
	part := func(seq, marker, name string) string {
		return "UNB+UNOA:4+AIR+STATE+200506:1700+" + seq + "'UNH+" + seq + "+PAXLST:D:05B:UN:IATA+LIST7+" + seq + ":" + marker +
			"'BGM+745'TDT+20+XX1+++XX'NAD+FL+++" + name + "'CNT+42:2'UNT+6+" + seq + "'UNZ+1+" + seq + "'"
	}
	d := paxlst.NewDecoder(strings.NewReader(part("02", "F", "LAST:B")+part("01", "C", "FIRST:A")), nil)
	for {
		m, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Println(m.Envelope.Header.CommonAccessRef, m.Parts, m.Complete, m.Persons[0].Surname, m.Persons[1].Surname)
	}
	// Output:
	// LIST7 2 true FIRST LAST
}
