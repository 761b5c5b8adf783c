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

// stopTime is the dateTime value of a stop.
func stopTime(s manifest.Stop) Value {
	t, ok := s.UTC()
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
