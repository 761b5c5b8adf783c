package airport_test

import (
	"fmt"
	"time"

	// Go's copy of the tz database, so that the examples and the zone tests
	// give the same answer on systems without one.
	_ "time/tzdata"

	"github.com/openpiu/piu/airport"
)

func ExampleLookup() {
	for _, code := range []string{"LHR", "SIN", "lhr", "AAW"} {
		a, ok := airport.Lookup(code)
		if !ok {
			fmt.Printf("%s: unknown\n", code)
			continue
		}
		fmt.Printf("%s: %s %s\n", a.Code, a.Country, a.Zone)
	}
	// Output:
	// LHR: GB Europe/London
	// SIN: SG Asia/Singapore
	// lhr: unknown
	// AAW: unknown
}

// A leg's local departure and arrival times, as PAXLST gives them, make a
// duration only with both airports' zones.
func ExampleAirport_Location() {
	dep, _ := airport.Lookup("LHR")
	arr, _ := airport.Lookup("SIN")
	from, err := dep.Location()
	if err != nil {
		fmt.Println(err)
		return
	}
	to, err := arr.Location()
	if err != nil {
		fmt.Println(err)
		return
	}
	leave := time.Date(2025, 6, 1, 21, 25, 0, 0, from)
	land := time.Date(2025, 6, 2, 17, 30, 0, 0, to)
	fmt.Println(land.Sub(leave))
	// Output:
	// 13h5m0s
}
