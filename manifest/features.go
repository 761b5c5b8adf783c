package manifest

import (
	"math"
	"slices"
	"time"

	"github.com/openpiu/piu/airport"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov"
)

// Features are the travel features of a traveller that targeting rules use,
// derived once from the records. A pointer field is nil, and a string
// empty, when it is unknown: the data is missing, or an airport is not in
// the airport table (a duration across zones is never guessed).
type Features struct {
	// LeadHours is the time from the PNR's creation (RCI, which reservation
	// systems write in UTC) to the flight's departure, in hours; LeadDays
	// the whole days of it.
	LeadHours *float64 `json:"leadHours,omitempty"`
	LeadDays  *int     `json:"leadDays,omitempty"`
	// Trip is the shape of the PNR's itinerary: oneWay, return (back to the
	// first airport) or openJaw (back to the first airport's country, or a
	// journey with a surface gap).
	Trip TripType `json:"trip,omitempty"`
	// TripHours is the time from the itinerary's first departure to its last
	// arrival, in hours.
	TripHours *float64 `json:"tripHours,omitempty"`
	// Legs counts the itinerary's flights (the PNR's; the API list's legs
	// when there is no PNR).
	Legs int `json:"legs"`
	// Route is the airports in order of travel, RouteCountries their ISO
	// 3166 alpha-2 countries ("" for an airport not in the table).
	Route          []string `json:"route,omitempty"`
	RouteCountries []string `json:"routeCountries,omitempty"`
	// Transits are the airports where one flight of the itinerary arrives
	// and the next leaves.
	Transits []Transit `json:"transits,omitempty"`
	// PartySize is the number of travellers in the PNR.
	PartySize int `json:"partySize,omitempty"`
	// AgeYears is the age on the flight's date, in whole years.
	AgeYears *int `json:"ageYears,omitempty"`
	// Payments are the PNR's forms of payment (FOP 9888: CC, CA, MS, ...);
	// Cash whether one is cash; ThirdParty whether a payer the PNR names
	// (IFT 4:43) is none of its travellers (nil when no payer is named).
	Payments   []string `json:"payments,omitempty"`
	Cash       bool     `json:"cash,omitempty"`
	ThirdParty *bool    `json:"thirdParty,omitempty"`
	// Bags and BagWeight are the checked bags of the API record (MEA), the
	// weight in kilograms.
	Bags      int      `json:"bags,omitempty"`
	BagWeight *float64 `json:"bagWeight,omitempty"`
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

// derive fills the features of every traveller of the flight. What comes
// from a PNR (route, trip, lead time, payments) is worked out once per PNR
// and shared by its travellers: their slices are one, and read-only.
func (f *Flight) derive() {
	var n numbers
	dep, _ := f.departure() // zero when unknown
	perPNR := make([]*Features, len(f.PNRs))
	var base *Features // the flight's own legs, for travellers without a PNR
	for _, t := range f.Travelers {
		var from *Features
		if t.PNR != nil {
			if from = perPNR[t.PNR.PNR]; from == nil {
				from = f.pnrFeatures(f.PNRs[t.PNR.PNR], dep, &n)
				perPNR[t.PNR.PNR] = from
			}
		} else {
			if base == nil {
				base = &Features{}
				route(base, f.Legs, &n)
			}
			from = base
		}
		t.Features = *from
		if t.API != nil {
			b := &t.API.Person.Bags
			t.Features.Bags = b.Count
			if w, ok := kilograms(b.Weight, b.WeightUnit); ok {
				t.Features.BagWeight = n.float(w)
			}
		}
		if !t.BirthDate.IsZero() && !f.Date.IsZero() {
			t.Features.AgeYears = n.int(years(t.BirthDate, f.Date))
		}
		for i := range t.Documents {
			t.Documents[i].derive(f.Date, &n)
		}
	}
}

// pnrFeatures returns the features a PNR gives all its travellers.
func (f *Flight) pnrFeatures(p *pnrgov.PNR, dep time.Time, n *numbers) *Features {
	ft := &Features{PartySize: len(p.Travelers)}
	if !dep.IsZero() && !p.Created.IsZero() {
		h := hours(dep.Sub(p.Created.In(time.UTC)))
		ft.LeadHours, ft.LeadDays = n.float(h), n.int(int(math.Floor(h/24)))
	}
	payments(ft, p, n)
	legs := f.Legs
	if len(p.Itinerary) > 0 {
		n.legs = itineraryLegs(n.legs[:0], p.Itinerary)
		legs = n.legs
	}
	route(ft, legs, n)
	return ft
}

// numbers hands out the features' optional values from shared chunks: a
// value never changes once given, so a full chunk is left as it is.
type numbers struct {
	floats  []float64
	ints    []int
	bools   []bool
	strings []string
	legs    []Leg // scratch: one PNR's itinerary
}

// strs returns an empty slice of capacity k from a shared chunk.
func (n *numbers) strs(k int) []string {
	if cap(n.strings)-len(n.strings) < k {
		n.strings = make([]string, 0, max(1024, k))
	}
	out := n.strings[len(n.strings) : len(n.strings) : len(n.strings)+k]
	n.strings = n.strings[:len(n.strings)+k]
	return out
}

func (n *numbers) float(v float64) *float64 {
	if len(n.floats) == cap(n.floats) {
		n.floats = make([]float64, 0, 256)
	}
	n.floats = append(n.floats, v)
	return &n.floats[len(n.floats)-1]
}

func (n *numbers) int(v int) *int {
	if len(n.ints) == cap(n.ints) {
		n.ints = make([]int, 0, 256)
	}
	n.ints = append(n.ints, v)
	return &n.ints[len(n.ints)-1]
}

func (n *numbers) bool(v bool) *bool {
	if len(n.bools) == cap(n.bools) {
		n.bools = make([]bool, 0, 64)
	}
	n.bools = append(n.bools, v)
	return &n.bools[len(n.bools)-1]
}

// departure returns the flight's first departure in UTC, and whether it is
// known.
func (f *Flight) departure() (time.Time, bool) {
	if len(f.Legs) == 0 {
		return time.Time{}, false
	}
	return utc(f.Legs[0].Departure)
}

// utc returns the stop's time in UTC; false when the time or the airport's
// zone is unknown.
func utc(s Stop) (time.Time, bool) {
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

// itineraryLegs appends the PNR's flights to out as legs.
func itineraryLegs(out []Leg, it []pnrgov.Leg) []Leg {
	for i := range it {
		l := &it[i]
		out = append(out, Leg{Stop{l.Departure.Airport, l.Departure.Time}, Stop{l.Arrival.Airport, l.Arrival.Time}})
	}
	return out
}

// route fills the route, trip shape and transits of legs.
func route(ft *Features, legs []Leg, n *numbers) {
	ft.Legs = len(legs)
	if len(legs) == 0 {
		return
	}
	gap := false
	ft.Route = n.strs(2 * len(legs))
	for i, l := range legs {
		if i == 0 || l.Departure.Airport != legs[i-1].Arrival.Airport {
			if i > 0 {
				gap = true
			}
			ft.Route = append(ft.Route, l.Departure.Airport)
		}
		ft.Route = append(ft.Route, l.Arrival.Airport)
		if i > 0 && l.Departure.Airport == legs[i-1].Arrival.Airport {
			tr := Transit{Airport: l.Departure.Airport, Country: country(l.Departure.Airport)}
			if a, ok1 := utc(legs[i-1].Arrival); ok1 {
				if d, ok2 := utc(l.Departure); ok2 {
					tr.DwellHours = n.float(hours(d.Sub(a)))
				}
			}
			ft.Transits = append(ft.Transits, tr)
		}
	}
	ft.RouteCountries = n.strs(len(ft.Route))
	for _, a := range ft.Route {
		ft.RouteCountries = append(ft.RouteCountries, country(a))
	}
	first, last := legs[0].Departure, legs[len(legs)-1].Arrival
	switch {
	case first.Airport == "" || last.Airport == "":
	case last.Airport == first.Airport && !gap:
		ft.Trip = TripReturn
	case last.Airport == first.Airport || country(last.Airport) != "" && country(last.Airport) == country(first.Airport):
		ft.Trip = TripOpenJaw
	default:
		ft.Trip = TripOneWay
	}
	if a, ok := utc(last); ok {
		if d, ok := utc(first); ok {
			ft.TripHours = n.float(hours(a.Sub(d)))
		}
	}
}

// payments fills the forms of payment and the third-party payer.
func payments(ft *Features, p *pnrgov.PNR, n *numbers) {
	for _, pay := range p.Payments {
		for _, f := range pay.Forms {
			if f.Type == "CA" {
				ft.Cash = true
			}
			if !slices.Contains(ft.Payments, f.Type) && f.Type != "" {
				ft.Payments = append(ft.Payments, f.Type)
			}
		}
		if pay.Holder == "" {
			continue
		}
		third := true
		for i := range p.Travelers {
			t := &p.Travelers[i]
			if holderIs(pay.Holder, t) {
				third = false
				break
			}
		}
		if ft.ThirdParty == nil || third && !*ft.ThirdParty {
			ft.ThirdParty = n.bool(third)
		}
	}
}

// holderIs reports whether a payer's name (SURNAME GIVEN, or GIVEN SURNAME)
// is the traveller's.
func holderIs(holder string, t *pnrgov.Traveler) bool {
	h, s := normName(holder), normName(t.Surname)
	if s == "" {
		return false
	}
	g := normName(t.Given)
	return h == s+" "+g || h == g+" "+s || h == s || h == s+" "+normName(t.GivenRaw)
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

// kilograms converts a MEA weight (KGM, LBR) to kilograms.
func kilograms(w float64, unit string) (float64, bool) {
	switch {
	case w <= 0:
		return 0, false
	case unit == "KGM" || unit == "":
		return w, true
	case unit == "LBR":
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

// days is the number of days from a to b.
func days(a, b civil.Date) int {
	ta := time.Date(a.Year, a.Month, a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, b.Month, b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}
