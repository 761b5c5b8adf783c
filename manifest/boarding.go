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
	per := make([]pnrBoarding, len(f.PNRs)+1) // the last for the travellers without a PNR
	need, most := 0, 0
	for k, p := range f.PNRs {
		c := checkIns(p)
		per[k] = pnrBoarding{checkIns: int32(c), leg: legUnknown}
		need, most = need+c, max(most, c)
	}
	per[len(f.PNRs)].leg = legUnknown
	for _, t := range ts {
		if t.API != nil && hasBoarding(t.API) {
			need++
		}
	}
	if need > 0 {
		n.boards = make([]Boarding, 0, need+most+1)
	}
	for _, t := range ts {
		pb := &per[len(f.PNRs)]
		if t.PNR != nil {
			pb = &per[t.PNR.PNR]
		}
		f.boarding(t, pb, n)
	}
}

// pnrBoarding is what the travellers of one PNR share for their boardings:
// the count of the PNR's check-in records, and the legs of its trip that
// are this flight's, worked out for its first traveller with boardings.
type pnrBoarding struct {
	checkIns int32
	leg      int32 // the trip's first leg of this flight, -1 when none, legUnknown before it is worked out
	more     bool  // another leg of the trip is this flight's
}

const legUnknown = -2

// boarding fills the traveller's boardings and features; pb is its PNR's
// (or, without one, that of the travellers without a PNR).
func (f *Flight) boarding(t *Traveler, pb *pnrBoarding, n *numbers) {
	most := int(pb.checkIns) // the boardings the traveller may have
	if t.API != nil && hasBoarding(t.API) {
		most++
	}
	t.Features.CheckedIn = t.API != nil && !t.API.Cancelled
	if most == 0 {
		return
	}
	bs := n.boardings(most)
	leg := f.legOf(t, pb)
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
// The trip's legs of this flight are found once for the travellers of pb;
// the embarkation picks one only when there are several.
func (f *Flight) legOf(t *Traveler, pb *pnrBoarding) int {
	if t.Trip == nil {
		return -1
	}
	if pb.leg == legUnknown {
		leg, more := f.flightLegs(t.Trip)
		pb.leg, pb.more = int32(leg), more
	}
	if !pb.more || t.API == nil || t.API.Person.Embarkation == "" {
		return int(pb.leg)
	}
	embark := t.API.Person.Embarkation
	for i := int(pb.leg); i < len(t.Trip.Legs); i++ {
		if l := &t.Trip.Legs[i]; l.Departure.Airport == embark && f.includes(l) {
			return i
		}
	}
	return int(pb.leg)
}

// flightLegs returns the index of the trip's first leg of this flight (-1
// when none), and whether another leg is one too.
func (f *Flight) flightLegs(tr *Trip) (int, bool) {
	first := -1
	for i := range tr.Legs {
		if f.includes(&tr.Legs[i]) { // a Leg is 160 bytes: not copied
			if first >= 0 {
				return first, true
			}
			first = i
		}
	}
	return first, false
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
