package pnrgov_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/openpiu/piu/pnrgov"
)

const examplePush = `UNA:+.? '
UNB+IATA:1+XX+PIU+261125:0630+1'
UNH+1+PNRGOV:13:1:IA+REF1'
MSG+:22'
ORG+XX:LHR'
TVL+251126:0915:251126:1240+LHR+FRA+XX+500'
EQN+1'
SRC'
RCI+XX:ABC123::010926:1015'
TIF+SMITH:I+MOLLYMRS:A:1:1'
SSR+DOCS:HK:1:XX:::::/P/GBR/501234567/GBR/15AUG90/F/20SEP30/SMITH/MOLLY/'
TIF+SMITH:I+LEO:IN:2'
TIF+HASSAN:I+AMR:A:3'
TVL+251126:0915:251126:1240+LHR+FRA+XX+500:Y'
DAT+2:251126:0700'
TRI++LHR-001:::1'
SSD+012A++++Y'
TBD++2:40:700'
UNT+16+1'
UNZ+1+1'
`

func ExampleDecode() {
	res, err := pnrgov.Decode([]byte(examplePush), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := res.Messages[0]
	fmt.Println(m.PushType, m.Flight.Carrier+m.Flight.FlightNumber, m.Flight.Departure.Time)
	for _, p := range m.PNRs {
		for _, t := range p.Travelers {
			fmt.Printf("%s %s %q title=%q guessed=%v type=%s documents=%d\n",
				p.Locator(), t.Surname, t.Given, t.Title, t.TitleInferred, t.Type, len(t.Documents))
		}
		b := p.Itinerary[0].CheckIns[0].Boardings[0]
		fmt.Println("seat", b.Seat, "bags", b.Bags.Count, b.Bags.Weight, b.Bags.Unit)
	}
	// Output:
	// full XX500 2026-11-25T09:15
	// ABC123 SMITH "MOLLY" title="MRS" guessed=true type=adult documents=1
	// ABC123 SMITH "LEO" title="" guessed=false type=infant documents=0
	// ABC123 HASSAN "AMR" title="" guessed=false type=adult documents=0
	// seat 012A bags 2 40 kg
}

func ExampleNewDecoder() {
	d := pnrgov.NewDecoder(strings.NewReader(examplePush), nil)
	for {
		m, p, err := d.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		if p == nil {
			fmt.Println("end of message for flight", m.Flight.FlightNumber)
			continue
		}
		fmt.Println("PNR", p.Locator(), "with", len(p.Travelers), "travellers")
	}
	// Output:
	// PNR ABC123 with 3 travellers
	// end of message for flight 500
}

func ExampleEncode() {
	m := &pnrgov.Message{
		PushType: pnrgov.PushChanges,
		Flight:   pnrgov.Flight{Carrier: "XX", FlightNumber: "500"},
		PNRCount: 1,
		PNRs: []*pnrgov.PNR{{
			Locators:  []pnrgov.RecordLocator{{Airline: "XX", Locator: "ABC123"}},
			Travelers: []pnrgov.Traveler{{Name: pnrgov.Name{Surname: "DOE", GivenRaw: "JANE MS", Type: pnrgov.TravelerAdult, Ref: "1"}}},
		}},
	}
	b, err := pnrgov.Encode(m, pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// UNB+IATA:1++++1'
	// UNH+1+PNRGOV:11:1:IA'
	// MSG+:141'
	// TVL++++XX+500'
	// EQN+1'
	// SRC'
	// RCI+XX:ABC123'
	// TIF+DOE+JANE MS:A:1'
	// UNT+8+1'
	// UNZ+1+1'
}

func ExampleSplitTitle() {
	for _, raw := range []string{"MOLLYMRS", "ISABELLE MRS", "AMR", "YASIR", "DREW"} {
		given, title, guessed := pnrgov.SplitTitle(raw)
		fmt.Printf("%s -> %q %q %v\n", raw, given, title, guessed)
	}
	// Output:
	// MOLLYMRS -> "MOLLY" "MRS" true
	// ISABELLE MRS -> "ISABELLE" "MRS" false
	// AMR -> "AMR" "" false
	// YASIR -> "YASIR" "" false
	// DREW -> "DREW" "" false
}
