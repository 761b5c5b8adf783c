package pnrgov

import "github.com/openpiu/piu/edifact"

// This file holds what the placement rules (placement.go) attach segments
// to: the conditions on the open group and the functions that read a segment
// into it, opening a group where the segment opens one.

func whereOr(where string) string {
	if where == "" {
		return "at PNR level"
	}
	return where
}

func (d *Decoder) drift(seg *edifact.Segment, where string) {
	d.report(seg, CodeSegmentOrder, 0, 0, seg.Tag+" out of its place in the grammar: kept "+where)
}

// misplaced keeps a known segment that fits nowhere as an unknown one.
func (d *Decoder) misplaced(seg *edifact.Segment) {
	d.drift(seg, "as an unknown segment")
	d.unknown(seg)
}

func (d *Decoder) missingTRI(seg *edifact.Segment) {
	d.report(seg, CodeMissingTRI, 0, 0, "traveller check-in data without TRI")
}

// Conditions on the open group.

func paymentHasTicket(d *Decoder) bool { return d.payment().Ticket >= 0 }
func agentFree(d *Decoder) bool        { return d.checkIn().Agent == nil }
func changeBagsFree(d *Decoder) bool   { return d.change().Bags == nil }

// Attachments to an open group.

func rciLeg(d *Decoder, s *edifact.Segment) { l := d.leg(); l.Locators = d.readRCI(s, l.Locators) }
func datTicket(d *Decoder, s *edifact.Segment) {
	t := d.ticket()
	t.Dates = d.readDAT(s, t.Dates)
}
func datHistory(d *Decoder, s *edifact.Segment) {
	h := d.history()
	h.Dates = d.readDAT(s, h.Dates)
}
func iftLeg(d *Decoder, s *edifact.Segment) { l := d.leg(); l.Remarks = append(l.Remarks, readIFT(s)) }
func orgCheckIn(d *Decoder, s *edifact.Segment) {
	o := readOrg(s)
	d.checkIn().Agent = &o
}
func addPNR(d *Decoder, s *edifact.Segment) { d.pnr.Addresses = append(d.pnr.Addresses, readADD(s)) }
func addTraveler(d *Decoder, s *edifact.Segment) {
	t := d.traveler()
	t.Addresses = append(t.Addresses, readADD(s))
}
func ebdTraveler(d *Decoder, s *edifact.Segment) {
	t := d.traveler()
	t.ExcessBaggage = append(t.ExcessBaggage, readValues(s))
}
func ssrTraveler(d *Decoder, s *edifact.Segment) {
	t := d.traveler()
	t.SSRs = append(t.SSRs, readSSR(s))
}
func ssrLeg(d *Decoder, s *edifact.Segment)    { l := d.leg(); l.SSRs = append(l.SSRs, readSSR(s)) }
func tbdChange(d *Decoder, s *edifact.Segment) { d.change().Bags = d.readTBD(s) }
func sacChange(d *Decoder, s *edifact.Segment) { d.newChange(Change{SAC: readValues(s)}) }

// tifBoarding opens a boarding of the open check-in for a TIF without TRI.
func tifBoarding(d *Decoder, s *edifact.Segment) {
	n := readName(s)
	d.missingTRI(s)
	d.newBoarding(Boarding{Traveler: &n})
}

// Groups a segment opens.

// newTravelers opens Gr2. A TIF naming several travellers (one C324 each)
// gives one Traveler each; the group's other segments go with the last, as
// Encode writes them back (one TIF per traveller).
func (d *Decoder) newTravelers(seg *edifact.Segment) {
	n := readName(seg)
	for e := 2; e < len(seg.Elements); e++ {
		if len(comps(seg, e)) == 0 {
			continue
		}
		d.pnr.Travelers = append(d.pnr.Travelers, Traveler{Name: n})
		n = readNameAt(seg, e)
	}
	d.pnr.Travelers = append(d.pnr.Travelers, Traveler{Name: n})
	d.lv, d.started = lvTraveler, true
}

// newTicket opens Gr3, for the last traveller.
func (d *Decoder) newTicket(seg *edifact.Segment) {
	p := d.pnr
	p.Tickets = append(p.Tickets, readTKT(seg, len(p.Travelers)-1))
	d.lv, d.started = lvTicket, true
}

// newPayment opens Gr4, for the last ticket.
func (d *Decoder) newPayment(seg *edifact.Segment) {
	p := d.pnr
	p.Payments = append(p.Payments, readFOP(seg, len(p.Tickets)-1))
	d.lv, d.started = lvPayment, true
}

// newLeg opens Gr5.
func (d *Decoder) newLeg(seg *edifact.Segment) {
	f, class := d.readTVL(seg)
	d.pnr.Itinerary = append(d.pnr.Itinerary, Leg{Flight: f, Class: class})
	d.lv, d.started = lvLeg, true
}

// newCheckIn opens Gr6 in the open (or else the last) leg.
func (d *Decoder) newCheckIn(c CheckIn) {
	l := d.leg()
	l.CheckIns = append(l.CheckIns, c)
	d.chk, d.lv = len(l.CheckIns)-1, lvCheckIn
}

// newBoarding opens Gr7 in the open check-in.
func (d *Decoder) newBoarding(b Boarding) {
	c := d.checkIn()
	if c.Boardings == nil {
		c.Boardings = make([]Boarding, 0, max(1, len(d.pnr.Travelers))) // usually every traveller boards
	}
	c.Boardings = append(c.Boardings, b)
	d.brd, d.lv = len(c.Boardings)-1, lvBoarding
}

// newChange opens Gr11 in the last history entry.
func (d *Decoder) newChange(c Change) {
	h := d.history()
	h.Changes = append(h.Changes, c)
	d.chg = len(h.Changes) - 1
	d.lv = lvChange
}

// changeFor returns the history change a Gr11 segment belongs to, opening one
// (SAC missing) when the position is a history entry without change.
func (d *Decoder) changeFor(seg *edifact.Segment) *Change {
	switch d.lv {
	case lvChange:
	case lvHistoryLeg:
		d.drift(seg, "in its history change")
		d.lv = lvChange
	default: // lvHistory
		d.drift(seg, "in a history change without SAC")
		d.newChange(Change{})
	}
	return d.change()
}

// newHistoryLeg opens Gr12 in the history change.
func (d *Decoder) newHistoryLeg(seg *edifact.Segment) {
	c := d.changeFor(seg)
	f, class := d.readTVL(seg)
	c.Legs = append(c.Legs, HistoryLeg{Flight: f, Class: class})
	d.hleg, d.lv = len(c.Legs)-1, lvHistoryLeg
}

func readSSD(seg *edifact.Segment, b *Boarding) {
	b.Seat, b.Cabin = seg.Value(0, 0), seg.Value(4, 0)
}
