package airport

import (
	"errors"
	"sync"
	"time"
)

// Airport is what the table knows of one IATA location code.
type Airport struct {
	// Code is the 3-letter IATA location code, upper-case ("LHR").
	Code string `json:"code"`
	// Country is the ISO 3166-1 alpha-2 code of the country the place is
	// in ("GB"); the table also holds XK for Kosovo, as OpenTravelData does.
	Country string `json:"country"`
	// Zone is the IANA time zone name of the place ("Europe/London").
	Zone string `json:"zone"`
}

// Lookup returns the airport, or other IATA location, of code: three
// upper-case ASCII letters, exactly. It returns false for a code the table
// does not hold and for anything malformed (lower case, other length,
// non-letters): the caller then knows the place is unknown, and Lookup never
// guesses one. It does not allocate.
func Lookup(code string) (Airport, bool) {
	if len(code) != 3 {
		return Airport{}, false
	}
	a, b, c := code[0]-'A', code[1]-'A', code[2]-'A'
	if a >= 26 || b >= 26 || c >= 26 {
		return Airport{}, false
	}
	// The codes that start with a and b (at most 26) hold c in their third
	// byte, in order: a binary search over those bytes.
	pair := int(a)*26 + int(b)
	lo, hi := int(tablePrefix[pair]), int(tablePrefix[pair+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if tableCodes[3*m+2]-'A' < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == int(tablePrefix[pair+1]) || tableCodes[3*lo+2]-'A' != c {
		return Airport{}, false
	}
	p := &tablePlaces[tablePlace[lo]]
	// The code is sliced from the table, not the argument, so that an
	// Airport never keeps a caller's larger buffer alive.
	return Airport{Code: tableCodes[3*lo : 3*lo+3], Country: p.country, Zone: p.zone}, true
}

// locations caches the zones Location has loaded, by name: time.LoadLocation
// reads and parses a file each time, and a manifest asks for the same few
// zones for every leg.
var locations sync.Map // string → *time.Location

// errNoZone is returned for an Airport with no usable zone.
var errNoZone = errors.New("airport: no time zone")

// Location returns the *time.Location of a.Zone, loaded once per zone name
// and then served from a cache. It needs the tz database: the system's, or
// Go's embedded copy when the program imports time/tzdata (do so for
// containers and Windows hosts without one). It returns an error for an
// Airport with no zone, such as the zero Airport from a failed Lookup, and
// for the zone "Local", which names the host's zone, not the airport's.
func (a Airport) Location() (*time.Location, error) {
	if a.Zone == "" || a.Zone == "Local" {
		return nil, errNoZone
	}
	if l, ok := locations.Load(a.Zone); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(a.Zone)
	if err != nil {
		// Not cached: a missing tz database may be installed later, and
		// only names that loaded stay in memory.
		return nil, err
	}
	cached, _ := locations.LoadOrStore(a.Zone, l)
	return cached.(*time.Location), nil
}
