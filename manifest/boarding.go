package manifest

import (
	"slices"

	"github.com/openpiu/piu/pnrgov"
)

// boardings fills the traveller's boardings (the API record's for this
// flight, then the PNR's check-ins) and the features of this flight's leg.
func (f *Flight) boardings(t *Traveler, n *numbers) {
	leg := f.legOf(t)
	most := 0 // the boardings the traveller may have
	if t.API != nil && hasBoarding(t.API) {
		most++
	}
	if t.PNR != nil {
		most += checkIns(f.PNRs[t.PNR.PNR])
	}
	if most > 0 {
		t.Boardings = n.boardings(most)
	}
	if t.API != nil && hasBoarding(t.API) {
		p := t.API.Person
		b := Boarding{Leg: leg, Seat: p.Seat, Bags: p.Bags.Count, Source: "api"}
		if w, ok := kilograms(p.Bags.Weight, p.Bags.WeightUnit); ok {
			b.BagWeight = n.float(w)
		}
		t.Boardings = append(t.Boardings, b)
	}
	t.Features.CheckedIn = t.API != nil && !t.API.Cancelled
	if t.PNR != nil {
		f.eachCheckIn(t, func(i int, x *pnrgov.Boarding) {
			b := Boarding{Leg: i, Seat: x.Seat, Cabin: x.Cabin, Number: x.Number, Source: "pnr"}
			if x.Bags != nil {
				b.Bags = x.Bags.Count
				if w, ok := kilograms(float64(x.Bags.Weight), string(x.Bags.Unit)); ok {
					b.BagWeight = n.float(w)
				}
			}
			t.Boardings = append(t.Boardings, b)
		})
	}
	if most > 0 {
		n.trimBoardings(most - len(t.Boardings))
		if len(t.Boardings) == 0 {
			t.Boardings = nil
		}
	}
	for _, b := range t.Boardings {
		if b.Source == "pnr" && (b.Leg != leg || leg < 0) {
			continue // the API record is of this flight, whatever the trip says
		}
		ft := &t.Features
		ft.CheckedIn = ft.CheckedIn || b.Source == "pnr"
		if ft.Seat == "" {
			ft.Seat = b.Seat
		}
		if ft.Bags == 0 && ft.BagWeight == nil {
			ft.Bags, ft.BagWeight = b.Bags, b.BagWeight
		}
	}
}

// checkIns counts the check-in records of the PNR's legs.
func checkIns(p *pnrgov.PNR) int {
	n := 0
	for i := range p.Itinerary {
		for _, c := range p.Itinerary[i].CheckIns {
			n += len(c.Boardings)
		}
	}
	return n
}

func hasBoarding(a *APIRecord) bool {
	b := &a.Person.Bags
	return a.Person.Seat != "" || b.Count > 0 || b.Weight > 0
}

// eachCheckIn calls fn with the index of each leg of the traveller's PNR
// and each of its check-in records of the traveller: named by traveller
// reference, by name, or the only traveller of the PNR.
func (f *Flight) eachCheckIn(t *Traveler, fn func(leg int, b *pnrgov.Boarding)) {
	p := f.PNRs[t.PNR.PNR]
	tr := t.PNR.Traveler
	for i := range p.Itinerary {
		for _, c := range p.Itinerary[i].CheckIns {
			for k := range c.Boardings {
				b := &c.Boardings[k]
				switch {
				case b.TravelerRef != "":
					if b.TravelerRef != tr.Ref {
						continue
					}
				case b.Traveler != nil:
					if normName(b.Traveler.Surname) != normName(tr.Surname) || !givenAgree(normName(b.Traveler.Given), normName(tr.Given)) {
						continue
					}
				case len(p.Travelers) != 1:
					continue
				}
				fn(i, b)
			}
		}
	}
}

// legOf returns the index in the traveller's trip of this flight's leg: a
// leg of the flight's designator (or a codeshare's) leaving one of its
// airports on its date, the API person's embarkation first; -1 when none.
func (f *Flight) legOf(t *Traveler) int {
	if t.Trip == nil {
		return -1
	}
	embark := ""
	if t.API != nil {
		embark = t.API.Person.Embarkation
	}
	found := -1
	for i, l := range t.Trip.Legs {
		if !f.Includes(l) {
			continue
		}
		if embark == "" || l.Departure.Airport == embark {
			return i
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// Includes reports whether a leg of a trip is one of this flight's: the
// flight's designator or a codeshare's, leaving one of its airports on its
// date.
func (f *Flight) Includes(l Leg) bool {
	d := Designator{l.Carrier, l.Number}
	if d != (Designator{f.Carrier, f.Number}) && !slices.Contains(f.Codeshares, d) {
		return false
	}
	return f.flies(l.Departure.Airport, l.Departure.Time.Date)
}
