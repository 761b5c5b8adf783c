package risk

import (
	"math"
	"slices"
	"time"

	"github.com/openpiu/piu/airport"
	"github.com/openpiu/piu/manifest"
)

// Entities of the elements that have no Env field of their own in the
// first catalogue: a traveller's conflicts between its records, and the
// SSRs of its PNR.
const (
	EntityConflict Entity = "conflict"
	EntitySSR      Entity = "ssr"
)

// builtinAttributes returns the built-in attributes, entity by entity. Each
// Get reads fields and substrings the manifest already holds: evaluating a
// rule must not allocate per traveller.
func builtinAttributes() []Attribute {
	return slices.Concat(flightAttributes(), tripAttributes(), travelerAttributes(), bookingAttributes(),
		documentAttributes(), legAttributes(), paymentAttributes(), contactAttributes(), boardingAttributes(),
		transitAttributes(), coTravelerAttributes(), linkAttributes(), conflictAttributes(), ssrAttributes())
}

// instant returns the instant of a stop's local time at its airport, and
// false when the time, the airport or its zone is unknown. The zone is
// never guessed: a wrong zone would shift every time rule by hours.
// airport.Location caches each zone, so only its first use allocates.
func instant(s manifest.Stop) (time.Time, bool) {
	if s.Time.IsZero() {
		return time.Time{}, false
	}
	a, ok := airport.Lookup(s.Airport)
	if !ok {
		return time.Time{}, false
	}
	loc, err := a.Location()
	if err != nil {
		return time.Time{}, false
	}
	return s.Time.In(loc).UTC(), true
}

// stopTime is the dateTime value of a stop.
func stopTime(s manifest.Stop) Value {
	t, ok := instant(s)
	if !ok {
		return MissingOf(TypeDateTime)
	}
	return DateTime(t)
}

// country is the ISO 3166 alpha-2 code of an airport as a code value,
// missing for an airport not in the table.
func country(code string) Value {
	a, _ := airport.Lookup(code)
	return Code(a.Country)
}

// hoursBetween is the duration from a to b in hours, rounded to the
// hundredth as the manifest's durations are.
func hoursBetween(a, b time.Time) Value {
	return Hours(math.Round(b.Sub(a).Hours()*100) / 100)
}

// count is a known number of elements.
func count(n int) Value { return Number(float64(n)) }

// isFlight reports whether a leg of a traveller's trip is one of the
// flight's: the flight's designator or a codeshare's, leaving one of the
// flight's airports on the date it leaves it (an unknown date matches), as
// the manifest decides which boarding is of this flight.
func isFlight(f *manifest.Flight, l *manifest.Leg) bool {
	d := manifest.Designator{Carrier: l.Carrier, Number: l.Number}
	if d != (manifest.Designator{Carrier: f.Carrier, Number: f.Number}) && !slices.Contains(f.Codeshares, d) {
		return false
	}
	for i := range f.Legs {
		g := &f.Legs[i].Departure
		if g.Airport != "" && g.Airport == l.Departure.Airport &&
			(g.Time.Date.IsZero() || l.Departure.Time.Date.IsZero() || g.Time.Date == l.Departure.Time.Date) {
			return true
		}
	}
	return false
}
