package manifest

import (
	"slices"

	"github.com/openpiu/piu/pnrgov"
)

// boardings fills the travellers' boardings (the API record's for this
// flight, then the PNR's check-ins) and the features of this flight's leg.
func (f *Flight) boardings(ts []*Traveler, n *numbers) {
	// One chunk holds the flight's boardings: a check-in record names one
	// traveller, so the PNRs' records and the API records fill it, and the
	// largest PNR's records leave room for the last traveller's upper
	// bound (records that name several travellers take another chunk).
	need, most := 0, 0
	for _, p := range f.PNRs {
		c := checkIns(p)
		need, most = need+c, max(most, c)
	}
	for _, t := range ts {
		if t.API != nil && hasBoarding(t.API) {
			need++
		}
	}
	if need > 0 {
		n.boards = make([]Boarding, 0, need+most+1)
	}
	for _, t := range ts {
		f.boarding(t, n)
	}
}

// boarding fills the traveller's boardings and features.
func (f *Flight) boarding(t *Traveler, n *numbers) {
	most := 0 // the boardings the traveller may have
	if t.API != nil && hasBoarding(t.API) {
		most++
	}
	if t.PNR != nil {
		most += checkIns(f.PNRs[t.PNR.PNR])
	}
	t.Features.CheckedIn = t.API != nil && !t.API.Cancelled
	if most == 0 {
		return
	}
	bs := n.boardings(most)
	leg := f.legOf(t)
	if t.API != nil && hasBoarding(t.API) {
		p := t.API.Person
		b := Boarding{Leg: leg, Seat: p.Seat, Bags: p.Bags.Count, Source: "api"}
		if w, ok := kilograms(p.Bags.Weight, p.Bags.WeightUnit); ok {
			b.BagWeight = n.float(w)
		}
		bs = append(bs, b)
	}
	if t.PNR != nil {
		bs = f.checkIns(t, bs, n)
	}
	n.trimBoardings(most - len(bs))
	if len(bs) == 0 {
		return
	}
	t.Boardings = bs
	for i := range bs {
		b := &bs[i]
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

// checkIns appends to bs the check-in records of the traveller in its PNR,
// as boardings: those of each leg, named by traveller reference, by name,
// or the only traveller of the PNR.
func (f *Flight) checkIns(t *Traveler, bs []Boarding, n *numbers) []Boarding {
	p := f.PNRs[t.PNR.PNR]
	tr := t.PNR.Traveler
	for i := range p.Itinerary {
		cs := p.Itinerary[i].CheckIns
		for c := range cs {
			for k := range cs[c].Boardings {
				x := &cs[c].Boardings[k]
				switch {
				case x.TravelerRef != "":
					if x.TravelerRef != tr.Ref {
						continue
					}
				case x.Traveler != nil:
					if normName(x.Traveler.Surname) != normName(tr.Surname) || !givenAgree(normName(x.Traveler.Given), normName(tr.Given)) {
						continue
					}
				case len(p.Travelers) != 1:
					continue
				}
				b := Boarding{Leg: i, Seat: x.Seat, Cabin: x.Cabin, Number: x.Number, Source: "pnr"}
				if x.Bags != nil {
					b.Bags = x.Bags.Count
					if w, ok := kilograms(float64(x.Bags.Weight), string(x.Bags.Unit)); ok {
						b.BagWeight = n.float(w)
					}
				}
				bs = append(bs, b)
			}
		}
	}
	return bs
}

// checkIns counts the check-in records of the PNR's legs.
func checkIns(p *pnrgov.PNR) int {
	n := 0
	for i := range p.Itinerary {
		for c := range p.Itinerary[i].CheckIns {
			n += len(p.Itinerary[i].CheckIns[c].Boardings)
		}
	}
	return n
}

func hasBoarding(a *APIRecord) bool {
	b := &a.Person.Bags
	return a.Person.Seat != "" || b.Count > 0 || b.Weight > 0
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
	for i := range t.Trip.Legs {
		l := &t.Trip.Legs[i] // a Leg is 160 bytes: not copied
		if !f.includes(l) {
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
func (f *Flight) Includes(l Leg) bool { return f.includes(&l) }

func (f *Flight) includes(l *Leg) bool {
	if l.Carrier != f.Carrier || l.Number != f.Number {
		if !slices.Contains(f.Codeshares, Designator{l.Carrier, l.Number}) {
			return false
		}
	}
	return f.flies(l.Departure.Airport, l.Departure.Time.Date)
}
