package manifest

import (
	"math"
	"time"

	"github.com/openpiu/piu/airport"
	"github.com/openpiu/piu/civil"
)

// Features are the travel features of one traveller on this flight that
// targeting rules use, derived once from the records. A pointer field is
// nil, and a string empty, when it is unknown. What the traveller's PNR says
// for all its travellers is in Traveler.Trip and Traveler.Booking.
type Features struct {
	// AgeYears is the age on the flight's date, in whole years.
	AgeYears *int `json:"ageYears,omitempty"`
	// Seat is the seat on this flight: the API record's (RFF+SEA), else the
	// PNR's check-in of this flight's leg.
	Seat string `json:"seat,omitempty"`
	// Bags and BagWeight are the checked bags on this flight, the weight in
	// kilograms: the API record's (MEA), else the PNR check-in's (TBD).
	Bags      int      `json:"bags,omitempty"`
	BagWeight *float64 `json:"bagWeight,omitempty"`
	// CheckedIn reports a check-in for this flight: an API record that no
	// later list cancelled (departure control sends API at check-in), or a
	// check-in of this flight's leg in the PNR (Gr6).
	CheckedIn bool `json:"checkedIn"`
}

// Trip is a traveller's journey: the PNR's itinerary or, for a traveller
// without a PNR, this flight's legs. The travellers of one PNR share one
// Trip, which must not be changed (so may PNRs of the same itinerary, and
// PNRs without one). A pointer field is nil, and a string
// empty, when it is unknown: the data is missing, or an airport is not in
// the airport table (a duration across zones is never guessed).
type Trip struct {
	// Type is the shape of the itinerary: oneWay, return (back to the first
	// airport) or openJaw (back to the first airport's country, or a
	// journey with a surface gap).
	Type TripType `json:"type,omitempty"`
	// Hours is the time from the first departure to the last arrival.
	Hours *float64 `json:"hours,omitempty"`
	// Legs are the itinerary's flights in order of travel.
	Legs []Leg `json:"legs"`
	// Route is the airports in order of travel, RouteCountries their ISO
	// 3166 alpha-2 countries ("" for an airport not in the table).
	Route          []string `json:"route,omitempty"`
	RouteCountries []string `json:"routeCountries,omitempty"`
	// Transits are the airports where one flight of the itinerary arrives
	// and the next leaves.
	Transits []Transit `json:"transits,omitempty"`
}

// TripType is the shape of an itinerary.
type TripType string

// Trip types.
const (
	TripOneWay  TripType = "oneWay"
	TripReturn  TripType = "return"
	TripOpenJaw TripType = "openJaw"
)

// Transit is a connection: the airport, its country, and the hours between
// the arrival and the next departure there.
type Transit struct {
	Airport    string   `json:"airport"`
	Country    string   `json:"country,omitempty"`
	DwellHours *float64 `json:"dwellHours,omitempty"`
}

// derive fills the trip, booking and features of every traveller of the
// flight (pnr are its PNR travellers, in the order of f.PNRs). What comes
// from a PNR is worked out once per PNR and shared by its travellers.
func (f *Flight) derive(pnr []pnrTraveler, links func() []PNRLink) {
	var n numbers
	dep, _ := f.departure() // zero when unknown
	bookings := f.bookings(dep, pnr, &n)
	trips := f.trips(&n)
	var base *Trip // the flight's own legs, for travellers without a PNR
	for _, t := range f.Travelers {
		if t.PNR != nil {
			k := t.PNR.PNR
			t.Trip, t.Booking = trips[k], &bookings[k]
		} else {
			if base == nil {
				base = &Trip{}
				base.route(f.Legs, &n)
			}
			t.Trip = base
		}
		if t.BirthDate.Valid() && !f.Date.IsZero() { // not a year alone (masked)
			t.Features.AgeYears = n.int(years(t.BirthDate, f.Date))
		}
		for i := range t.Documents {
			t.Documents[i].derive(f.Date, &n)
		}
	}
	f.boardings(f.Travelers, &n)
	f.Links = links()
	f.linkBookings(bookings)
}

// departure returns the flight's first departure in UTC, and whether it is
// known.
func (f *Flight) departure() (time.Time, bool) {
	if len(f.Legs) == 0 {
		return time.Time{}, false
	}
	return f.Legs[0].Departure.UTC()
}

// UTC returns the stop's local time as an instant, read in its airport's
// zone; false when the time, the airport or its zone is unknown (a zone is
// never guessed: a wrong one would shift every duration by hours).
func (s Stop) UTC() (time.Time, bool) {
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

// route fills the trip from its legs: route, shape, duration and transits.
func (tr *Trip) route(legs []Leg, n *numbers) {
	tr.Legs = legs
	if len(legs) == 0 {
		return
	}
	gap := false
	tr.Route = n.strs(2 * len(legs))
	for i, l := range legs {
		if i == 0 || l.Departure.Airport != legs[i-1].Arrival.Airport {
			if i > 0 {
				gap = true
			}
			tr.Route = append(tr.Route, l.Departure.Airport)
		}
		tr.Route = append(tr.Route, l.Arrival.Airport)
		if i > 0 && l.Departure.Airport == legs[i-1].Arrival.Airport {
			t := Transit{Airport: l.Departure.Airport, Country: country(l.Departure.Airport)}
			if a, ok1 := legs[i-1].Arrival.UTC(); ok1 {
				if d, ok2 := l.Departure.UTC(); ok2 {
					t.DwellHours = n.float(hours(d.Sub(a)))
				}
			}
			if tr.Transits == nil {
				tr.Transits = take(&n.transits, len(legs)-1)
			}
			tr.Transits = append(tr.Transits, t)
		}
	}
	tr.RouteCountries = n.strs(len(tr.Route))
	for _, a := range tr.Route {
		tr.RouteCountries = append(tr.RouteCountries, country(a))
	}
	first, last := legs[0].Departure, legs[len(legs)-1].Arrival
	switch {
	case first.Airport == "" || last.Airport == "":
	case last.Airport == first.Airport && !gap:
		tr.Type = TripReturn
	case last.Airport == first.Airport || country(last.Airport) != "" && country(last.Airport) == country(first.Airport):
		tr.Type = TripOpenJaw
	default:
		tr.Type = TripOneWay
	}
	if a, ok := last.UTC(); ok {
		if d, ok := first.UTC(); ok {
			tr.Hours = n.float(hours(a.Sub(d)))
		}
	}
}

// country is the ISO 3166 alpha-2 country of an airport, "" when unknown.
func country(code string) string {
	a, _ := airport.Lookup(code)
	return a.Country
}

func hours(d time.Duration) float64 { return math.Round(d.Hours()*100) / 100 }

// years is the age on date of someone born on birth.
func years(birth, date civil.Date) int {
	y := date.Year - birth.Year
	if date.Month < birth.Month || date.Month == birth.Month && date.Day < birth.Day {
		y--
	}
	return y
}

// kilograms converts a weight in unit (MEA KGM, LBR; TBD 700, 701) to
// kilograms.
func kilograms(w float64, unit string) (float64, bool) {
	switch {
	case w <= 0:
		return 0, false
	case unit == "KGM" || unit == "700" || unit == "":
		return w, true
	case unit == "LBR" || unit == "701":
		return math.Round(w*0.45359237*100) / 100, true
	}
	return 0, false
}

// derive fills a document's days to expiry and since issue, counted from
// the flight's date.
func (d *Document) derive(date civil.Date, n *numbers) {
	if date.IsZero() {
		return
	}
	if d.ExpiryDate.Valid() {
		d.ExpiresInDays = n.int(days(date, d.ExpiryDate))
	}
	if d.IssueDate.Valid() {
		d.IssuedDaysAgo = n.int(days(d.IssueDate, date))
	}
}

// maxDays are the whole days of the longest time.Duration.
const maxDays = int(math.MaxInt64 / int64(24*time.Hour))

// days is the number of days from a to b.
func days(a, b civil.Date) int {
	// Without time.Date for valid dates, but for those over 292 years
	// apart, where time.Duration saturates (and so does the count).
	if a.Valid() && b.Valid() {
		if n := dayNumber(b) - dayNumber(a); n >= -maxDays && n <= maxDays {
			return n
		}
	}
	ta := time.Date(a.Year, a.Month, a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, b.Month, b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// dayNumber counts the days to a valid date from 1 March of year 0 of the
// proleptic Gregorian calendar (the "days from civil" algorithm: years
// begin in March, so that the leap day ends them).
func dayNumber(d civil.Date) int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y-- // still >= 0: a valid date's year is at least 1
	}
	return y*365 + y/4 - y/100 + y/400 + (153*((m+9)%12)+2)/5 + d.Day - 1
}
