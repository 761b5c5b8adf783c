package report_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/report"
	"github.com/openpiu/piu/risk"
)

func ExampleHTML() {
	// A flight of two passengers, as a passenger list builds it.
	d := civil.DateTime{Date: civil.Date{Year: 2026, Month: 12, Day: 5}, Hour: 10}
	b := manifest.NewBuilder()
	b.Country = "BE"
	b.AddPAXLST(&paxlst.Message{ListType: paxlst.ListPassengers,
		Flights: []paxlst.Leg{{Carrier: "ZZ", FlightNumber: "ZZ100",
			Departure: paxlst.Stop{Airport: "JFK", Time: d}, Arrival: paxlst.Stop{Airport: "BRU", Time: d}}},
		Persons: []paxlst.Person{
			{Role: paxlst.RolePassenger, Surname: "DOE", GivenNames: "JANE", Nationality: "XXA"},
			{Role: paxlst.RolePassenger, Surname: "ROE", GivenNames: "RICHARD", Nationality: "XXB"},
		}})
	flight := b.Build()[0]

	rs, err := risk.Compile([]byte(`{"name": "criteria", "version": "1", "rules": [{"id": "R-1", "title": "Nationality",
	  "weight": 0.4, "when": {"field": "traveler.nationality", "op": "eq", "value": "XXA"}}]}`), nil)
	if err != nil {
		panic(err)
	}
	e, err := risk.NewEngine(risk.Config{Rules: rs})
	if err != nil {
		panic(err)
	}
	res, err := e.EvaluateWith(context.Background(), flight, risk.Options{Now: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}

	var page bytes.Buffer
	if err := report.HTML(&page, flight, res, &report.Options{Ruleset: "criteria 1"}); err != nil {
		panic(err)
	}
	// The page's sections:
	for line := range strings.Lines(page.String()) {
		if strings.HasPrefix(line, "<h2>") {
			fmt.Print(strings.TrimPrefix(strings.TrimSuffix(line, "</h2>\n"), "<h2>"), "\n")
		}
	}
	// Output:
	// Flight
	// Travellers with hits (1)
	// Other travellers (1)
	// Audit
}
