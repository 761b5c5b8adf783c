package paxlsttest_test

import (
	"fmt"
	"io"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
)

func ExampleSample() {
	res, err := paxlst.Decode(paxlsttest.Sample(), nil)
	if err != nil {
		panic(err)
	}
	for _, p := range res.Messages[0].Persons {
		fmt.Println(p.Surname, p.Forenames(), p.BirthDate)
	}
	// Output:
	// SAMPLE ANNA MARIA 1985-05-04
	// EXAMPLE JOHN 1940-12-24
}

func ExampleStream() {
	d := paxlst.NewDecoder(paxlsttest.Stream(3), nil)
	for {
		m, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Println(m.Envelope.Header.Reference, m.Flights[0].FlightNumber, len(m.Persons))
	}
	// Output:
	// M1 XX1 2
	// M2 XX2 2
	// M3 XX3 2
}
