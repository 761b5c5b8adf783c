package pnrgov

import "github.com/openpiu/piu/edifact"

// level is the group the decoder is in: the PNRGOV grammar's Gr1..Gr12.
type level uint8

const (
	lvPNR        level = iota // Gr1 level: SRC, RCI, SSR, DAT, IFT, ORG, ADD, EBD, LTS
	lvTraveler                // Gr2: TIF FTI IFT REF EBD FAR SSR ADD
	lvTicket                  // Gr3: TKT MON PTK TXD DAT
	lvPayment                 // Gr4: FOP IFT ADD
	lvLeg                     // Gr5: TVL TRA RPI APD SSR RCI IFT
	lvCheckIn                 // Gr6: DAT ORG
	lvBoarding                // Gr7: TRI TIF SSD TBD
	lvSplit                   // Gr8: EQN RCI
	lvNonAir                  // Gr9: MSG TVL
	lvHistory                 // Gr10: ABI DAT
	lvChange                  // Gr11: SAC TIF SSR IFT TBD
	lvHistoryLeg              // Gr12: TVL RPI
)

// state is where the decoder is inside the open PNR. The indexes point at
// the last group of each kind opened.
type state struct {
	lv      level
	pnr     *PNR
	started bool // a Gr2..Gr10 group was opened: PNR-level segments are out of order
	chk     int  // in the current leg's CheckIns
	brd     int  // in the current check-in's Boardings
	chg     int  // in the current history's Changes
	hleg    int  // in the current change's Legs
}

// knownTags are the segments of the PNRGOV message body.
var knownTags = map[string]bool{
	"MSG": true, "ORG": true, "TVL": true, "EQN": true, "SRC": true, "RCI": true, "DAT": true,
	"IFT": true, "ADD": true, "EBD": true, "TIF": true, "FTI": true, "REF": true, "FAR": true,
	"SSR": true, "TKT": true, "MON": true, "PTK": true, "TXD": true, "FOP": true, "TRA": true,
	"RPI": true, "APD": true, "TRI": true, "SSD": true, "TBD": true, "ABI": true, "SAC": true,
	"LTS": true,
}

func (s *state) traveler() *Traveler { return &s.pnr.Travelers[len(s.pnr.Travelers)-1] }
func (s *state) ticket() *Ticket     { return &s.pnr.Tickets[len(s.pnr.Tickets)-1] }
func (s *state) payment() *Payment   { return &s.pnr.Payments[len(s.pnr.Payments)-1] }
func (s *state) leg() *Leg           { return &s.pnr.Itinerary[len(s.pnr.Itinerary)-1] }
func (s *state) checkIn() *CheckIn   { return &s.leg().CheckIns[s.chk] }
func (s *state) boarding() *Boarding { return &s.checkIn().Boardings[s.brd] }
func (s *state) split() *Split       { return &s.pnr.Splits[len(s.pnr.Splits)-1] }
func (s *state) nonAir() *NonAir     { return &s.pnr.NonAir[len(s.pnr.NonAir)-1] }
func (s *state) history() *History   { return &s.pnr.History[len(s.pnr.History)-1] }
func (s *state) change() *Change     { return &s.history().Changes[s.chg] }
func (s *state) historyLeg() *HistoryLeg {
	return &s.change().Legs[s.hleg]
}

func (s *state) hasTraveler() bool { return len(s.pnr.Travelers) > 0 }
func (s *state) hasTicket() bool   { return len(s.pnr.Tickets) > 0 }

// inTraveler reports a position inside Gr2 (or its Gr3, Gr4).
func (s *state) inTraveler() bool {
	return (s.lv == lvTraveler || s.lv == lvTicket || s.lv == lvPayment) && s.hasTraveler()
}

func (s *state) inLeg() bool { return s.lv == lvLeg || s.lv == lvCheckIn || s.lv == lvBoarding }

// body handles a segment between UNH and UNT.
func (d *Decoder) body(seg *edifact.Segment) {
	if seg.Tag == "SRC" {
		d.endPNR()
		d.state = state{pnr: &PNR{}}
		d.keep(seg)
		return
	}
	if d.pnr == nil {
		if d.header(seg) {
			d.msg.Segments = append(d.msg.Segments, *seg)
			return
		}
		d.report(seg, CodeMissingSRC, 0, 0, "PNR data before SRC: a PNR is opened")
		d.state = state{pnr: &PNR{}}
	}
	d.keep(seg)
}

// build decodes the open PNR from its segments, once they are all read: a
// first pass counts them, so that the model's lists are allocated once.
func (d *Decoder) build(segs []edifact.Segment) {
	var tif, tvl, tkt, fop, lts int
	groups := false // past the travellers: TIF is check-in or history data
	for i := range segs {
		switch segs[i].Tag {
		case "TIF":
			if !groups {
				tif++
			}
		case "ABI", "SAC", "EQN", "MSG":
			groups = true
		case "TVL":
			groups = true
			tvl++
		case "TKT":
			tkt++
		case "FOP":
			fop++
		case "LTS":
			lts++
		}
	}
	p := d.pnr
	if tif > 0 {
		p.Travelers = make([]Traveler, 0, tif)
	}
	if tvl > 0 {
		p.Itinerary = make([]Leg, 0, tvl)
	}
	if tkt > 0 {
		p.Tickets = make([]Ticket, 0, tkt)
	}
	if fop > 0 {
		p.Payments = make([]Payment, 0, fop)
	}
	if lts > 0 {
		p.HistoryLines = make([]string, 0, lts)
	}
	start := 0
	if len(segs) > 0 && segs[0].Tag == "SRC" {
		start = 1
	}
	for i := start; i < len(segs); i++ {
		d.pnrSegment(&segs[i])
	}
	// The first pass only estimates: a segment out of place may have gone
	// elsewhere (a TIF to a history change or a boarding). A list left
	// empty is nil, as when nothing was counted.
	p.Travelers = nilIfEmpty(p.Travelers)
	p.Itinerary = nilIfEmpty(p.Itinerary)
	p.Tickets = nilIfEmpty(p.Tickets)
	p.Payments = nilIfEmpty(p.Payments)
	p.HistoryLines = nilIfEmpty(p.HistoryLines)
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// segChunk is how many segments the decoder allocates at once to keep the
// PNRs' segments as received.
const segChunk = 4096

// keep files seg in the open PNR's Segments. The segments of consecutive PNRs
// share chunks of memory; a PNR that outgrows a chunk moves to a new one, so
// that each PNR's Segments stay contiguous and never move once returned.
func (d *Decoder) keep(seg *edifact.Segment) {
	if len(d.chunk) == cap(d.chunk) {
		n := len(d.chunk) - d.pnrStart // segments of the open PNR so far
		next := make([]edifact.Segment, 0, max(segChunk, 2*n))
		next = append(next, d.chunk[d.pnrStart:]...)
		d.chunk, d.pnrStart = next, 0
	}
	d.chunk = append(d.chunk, *seg)
}

// header handles the segments before the first SRC; it returns false for a
// segment that belongs to a PNR.
func (d *Decoder) header(seg *edifact.Segment) bool {
	m := d.msg
	switch seg.Tag {
	case "MSG":
		if d.seen.msg {
			d.report(seg, CodeSegmentOrder, 0, 0, "second MSG in the message header: kept as unknown")
			m.Unknown = append(m.Unknown, normalized(seg))
			return true
		}
		d.seen.msg = true
		m.PushType = PushType(seg.Value(0, 1))
		return true
	case "ORG":
		if d.seen.org {
			return false
		}
		d.seen.org = true
		m.Sender = readOrg(seg)
		return true
	case "TVL":
		if d.seen.tvl {
			return false
		}
		d.seen.tvl = true
		m.Flight, _ = d.readTVL(seg)
		if d.ref.IsZero() {
			d.ref = m.Flight.Departure.Time.Date
		}
		return true
	case "EQN":
		if d.seen.eqn {
			d.report(seg, CodeSegmentOrder, 0, 0, "second EQN in the message header: kept as unknown")
			m.Unknown = append(m.Unknown, normalized(seg))
			return true
		}
		d.seen.eqn = true
		m.PNRCount = d.readCount(seg)
		return true
	}
	if !knownTags[seg.Tag] {
		d.report(seg, CodeUnknownSegment, 0, 0, "unknown segment in the message header: kept")
		m.Unknown = append(m.Unknown, normalized(seg))
		return true
	}
	return false
}

func (d *Decoder) drift(seg *edifact.Segment, where string) {
	d.report(seg, CodeSegmentOrder, 0, 0, seg.Tag+" out of its place in the grammar: kept "+where)
}

// pnrLevel reports drift for a Gr1-level segment after the groups began.
func (d *Decoder) pnrLevel(seg *edifact.Segment) {
	if d.lv != lvPNR || d.started {
		d.drift(seg, "at PNR level")
	}
}

// unknown files seg in the innermost open group.
func (d *Decoder) unknown(seg *edifact.Segment) {
	s := normalized(seg)
	switch d.lv {
	case lvTraveler:
		t := d.traveler()
		t.Unknown = append(t.Unknown, s)
	case lvTicket:
		t := d.ticket()
		t.Unknown = append(t.Unknown, s)
	case lvPayment:
		p := d.payment()
		p.Unknown = append(p.Unknown, s)
	case lvLeg:
		l := d.leg()
		l.Unknown = append(l.Unknown, s)
	case lvCheckIn:
		c := d.checkIn()
		c.Unknown = append(c.Unknown, s)
	case lvBoarding:
		b := d.boarding()
		b.Unknown = append(b.Unknown, s)
	case lvSplit:
		x := d.split()
		x.Unknown = append(x.Unknown, s)
	case lvNonAir:
		x := d.nonAir()
		x.Unknown = append(x.Unknown, s)
	case lvHistory:
		h := d.history()
		h.Unknown = append(h.Unknown, s)
	case lvChange:
		c := d.change()
		c.Unknown = append(c.Unknown, s)
	case lvHistoryLeg:
		l := d.historyLeg()
		l.Unknown = append(l.Unknown, s)
	default:
		d.pnr.Unknown = append(d.pnr.Unknown, s)
	}
}

// misplaced keeps a known segment that fits nowhere as an unknown one.
func (d *Decoder) misplaced(seg *edifact.Segment) {
	d.drift(seg, "as an unknown segment")
	d.unknown(seg)
}

func (d *Decoder) pnrSegment(seg *edifact.Segment) {
	p := d.pnr
	switch seg.Tag {
	case "RCI":
		switch d.lv {
		case lvSplit:
			x := d.split()
			x.Locators = d.readRCI(seg, x.Locators)
		case lvCheckIn, lvBoarding:
			d.drift(seg, "in its itinerary segment")
			fallthrough
		case lvLeg:
			l := d.leg()
			l.Locators = d.readRCI(seg, l.Locators)
		default:
			d.pnrLevel(seg)
			p.Locators = d.readRCI(seg, p.Locators)
		}
	case "DAT":
		d.dat(seg)
	case "IFT":
		d.ift(seg)
	case "ORG":
		d.org(seg)
	case "ADD":
		a := readADD(seg)
		switch {
		case d.lv == lvPNR:
			d.pnrLevel(seg)
			p.Addresses = append(p.Addresses, a)
		case d.lv == lvPayment && d.payment().BillingAddress == nil:
			d.payment().BillingAddress = &a
		case d.lv == lvTraveler:
			t := d.traveler()
			t.Addresses = append(t.Addresses, a)
		case d.inTraveler():
			d.drift(seg, "with its traveller")
			t := d.traveler()
			t.Addresses = append(t.Addresses, a)
		default:
			d.drift(seg, "at PNR level")
			p.Addresses = append(p.Addresses, a)
		}
	case "EBD":
		v := readValues(seg)
		switch {
		case d.lv == lvPNR:
			d.pnrLevel(seg)
			p.ExcessBaggage = append(p.ExcessBaggage, v)
		case d.inTraveler():
			if d.lv != lvTraveler {
				d.drift(seg, "with its traveller")
			}
			t := d.traveler()
			t.ExcessBaggage = append(t.ExcessBaggage, v)
		default:
			d.drift(seg, "at PNR level")
			p.ExcessBaggage = append(p.ExcessBaggage, v)
		}
	case "TIF":
		d.tif(seg)
	case "FTI", "REF", "FAR":
		if !d.hasTraveler() {
			d.misplaced(seg)
			return
		}
		if d.lv != lvTraveler {
			d.drift(seg, "with the last traveller")
		}
		t := d.traveler()
		switch seg.Tag {
		case "FTI":
			t.FrequentFlyers = readFTI(seg, t.FrequentFlyers)
		case "REF":
			t.UniqueIDs = readREF(seg, t.UniqueIDs)
		default:
			t.Fares = append(t.Fares, readValues(seg))
		}
	case "SSR":
		d.ssr(seg)
	case "TKT":
		if d.lv != lvTraveler && d.lv != lvTicket && d.lv != lvPayment {
			d.drift(seg, "with the last traveller")
		}
		p.Tickets = append(p.Tickets, readTKT(seg, len(p.Travelers)-1))
		d.lv, d.started = lvTicket, true
	case "MON", "PTK", "TXD":
		if !(d.lv == lvTicket || d.lv == lvPayment && d.payment().Ticket >= 0) {
			d.misplaced(seg)
			return
		}
		if d.lv == lvPayment {
			d.drift(seg, "with its ticket")
		}
		t := d.ticket()
		switch seg.Tag {
		case "MON":
			t.Amounts = readMON(seg, t.Amounts)
		case "PTK":
			t.Pricing = append(t.Pricing, readValues(seg))
		default:
			t.Taxes = append(t.Taxes, readValues(seg))
		}
	case "FOP":
		if d.lv != lvTicket && d.lv != lvPayment {
			d.drift(seg, "with the last ticket")
		}
		p.Payments = append(p.Payments, readFOP(seg, len(p.Tickets)-1))
		d.lv, d.started = lvPayment, true
	case "TVL":
		d.tvl(seg)
	case "TRA", "RPI", "APD":
		d.legDetail(seg)
	case "TRI":
		if d.boardingFor(seg, true) {
			d.newBoarding(readTRI(seg))
		}
	case "SSD":
		if d.lv == lvBoarding && d.boarding().Seat == "" && d.boarding().Cabin == "" {
			d.readSSD(seg, d.boarding())
			return
		}
		if !d.boardingFor(seg, false) {
			return
		}
		b := Boarding{}
		d.readSSD(seg, &b)
		d.newBoarding(b)
	case "TBD":
		switch {
		case d.lv == lvBoarding && d.boarding().Bags == nil:
			d.boarding().Bags = d.readTBD(seg)
		case d.lv == lvChange && d.change().Bags == nil:
			d.change().Bags = d.readTBD(seg)
		case d.lv == lvHistoryLeg && d.change().Bags == nil:
			d.drift(seg, "in its history change")
			d.change().Bags = d.readTBD(seg)
		default:
			if d.boardingFor(seg, false) {
				d.newBoarding(Boarding{Bags: d.readTBD(seg)})
			}
		}
	case "EQN":
		p.Splits = append(p.Splits, Split{Count: d.readCount(seg)})
		d.lv, d.started = lvSplit, true
	case "MSG":
		p.NonAir = append(p.NonAir, NonAir{MSG: readValues(seg)})
		d.lv, d.started = lvNonAir, true
	case "ABI":
		p.History = append(p.History, History{Source: readValues(seg)})
		d.lv, d.started = lvHistory, true
	case "SAC":
		if len(p.History) == 0 {
			d.drift(seg, "in a history entry without ABI")
			p.History = append(p.History, History{})
		} else if d.lv != lvHistory && d.lv != lvChange && d.lv != lvHistoryLeg {
			d.drift(seg, "in the last history entry")
		}
		d.newChange(Change{SAC: readValues(seg)})
	case "LTS":
		p.HistoryLines = append(p.HistoryLines, readLTS(seg))
		d.lv = lvPNR
	default:
		d.report(seg, CodeUnknownSegment, 0, 0, "unknown segment: kept in place")
		d.unknown(seg)
	}
}

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

func (d *Decoder) inHistory() bool {
	return d.lv == lvHistory || d.lv == lvChange || d.lv == lvHistoryLeg
}

func (d *Decoder) dat(seg *edifact.Segment) {
	p := d.pnr
	switch {
	case d.lv == lvPNR:
		d.pnrLevel(seg)
		p.Dates = d.readDAT(seg, p.Dates)
	case d.lv == lvTicket || d.lv == lvPayment && d.payment().Ticket >= 0:
		if d.lv == lvPayment {
			d.drift(seg, "with its ticket")
		}
		t := d.ticket()
		t.Dates = d.readDAT(seg, t.Dates)
	case d.inLeg():
		l := d.leg()
		l.CheckIns = append(l.CheckIns, CheckIn{Dates: d.readDAT(seg, nil)})
		d.chk, d.lv = len(l.CheckIns)-1, lvCheckIn
	case d.inHistory():
		if d.lv != lvHistory {
			d.drift(seg, "in its history entry")
		}
		h := d.history()
		h.Dates = d.readDAT(seg, h.Dates)
	default:
		d.drift(seg, "at PNR level")
		p.Dates = d.readDAT(seg, p.Dates)
	}
}

func (d *Decoder) ift(seg *edifact.Segment) {
	p := d.pnr
	r := readIFT(seg)
	switch d.lv {
	case lvPNR:
		d.pnrLevel(seg)
		p.Remarks = append(p.Remarks, r)
	case lvTraveler:
		t := d.traveler()
		t.Remarks = append(t.Remarks, r)
	case lvTicket:
		d.drift(seg, "in its ticket group")
		t := d.ticket()
		t.Remarks = append(t.Remarks, r)
	case lvPayment:
		x := d.payment()
		x.Remarks = append(x.Remarks, r)
	case lvCheckIn, lvBoarding:
		d.drift(seg, "in its itinerary segment")
		fallthrough
	case lvLeg:
		l := d.leg()
		l.Remarks = append(l.Remarks, r)
	case lvHistory, lvChange, lvHistoryLeg:
		c := d.changeFor(seg)
		c.Remarks = append(c.Remarks, r)
	default:
		d.drift(seg, "at PNR level")
		p.Remarks = append(p.Remarks, r)
	}
}

func (d *Decoder) org(seg *edifact.Segment) {
	p := d.pnr
	o := readOrg(seg)
	switch d.lv {
	case lvCheckIn, lvBoarding:
		if d.lv == lvBoarding {
			d.drift(seg, "in its check-in")
		}
		if c := d.checkIn(); c.Agent == nil {
			c.Agent = &o
			return
		}
		d.misplaced(seg)
	case lvLeg:
		d.drift(seg, "in a check-in without DAT")
		l := d.leg()
		l.CheckIns = append(l.CheckIns, CheckIn{Agent: &o})
		d.chk, d.lv = len(l.CheckIns)-1, lvCheckIn
	default:
		if p.Agency != nil {
			d.misplaced(seg)
			return
		}
		d.pnrLevel(seg)
		p.Agency = &o
	}
}

func (d *Decoder) tif(seg *edifact.Segment) {
	n := readName(seg)
	switch d.lv {
	case lvCheckIn:
		d.report(seg, CodeMissingTRI, 0, 0, "traveller check-in data without TRI")
		d.newBoarding(Boarding{Traveler: &n})
		return
	case lvBoarding:
		if b := d.boarding(); b.Traveler == nil {
			b.Traveler = &n
			return
		}
		d.report(seg, CodeMissingTRI, 0, 0, "traveller check-in data without TRI")
		d.newBoarding(Boarding{Traveler: &n})
		return
	case lvChange, lvHistory, lvHistoryLeg:
		if d.lv == lvChange && d.change().Traveler == nil {
			d.change().Traveler = &n
			return
		}
		d.drift(seg, "in a history change of its own")
		d.newChange(Change{Traveler: &n})
		return
	case lvPNR:
		if d.started {
			d.drift(seg, "as a traveller")
		}
	case lvTraveler, lvTicket, lvPayment:
	default:
		d.drift(seg, "as a traveller")
	}
	// A TIF naming several travellers (one C324 each) gives one Traveler
	// each; the group's other segments go with the last, as Encode writes
	// them back (one TIF per traveller).
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

func (d *Decoder) ssr(seg *edifact.Segment) {
	p := d.pnr
	r := readSSR(seg)
	switch {
	case d.lv == lvPNR:
		d.pnrLevel(seg)
		p.SSRs = append(p.SSRs, r)
	case d.inTraveler():
		if d.lv != lvTraveler {
			d.drift(seg, "with its traveller")
		}
		t := d.traveler()
		t.SSRs = append(t.SSRs, r)
	case d.inLeg():
		if d.lv != lvLeg {
			d.drift(seg, "in its itinerary segment")
		}
		l := d.leg()
		l.SSRs = append(l.SSRs, r)
	case d.inHistory():
		c := d.changeFor(seg)
		c.SSRs = append(c.SSRs, r)
	default:
		d.drift(seg, "at PNR level")
		p.SSRs = append(p.SSRs, r)
	}
}

func (d *Decoder) tvl(seg *edifact.Segment) {
	p := d.pnr
	switch d.lv {
	case lvNonAir:
		x := d.nonAir()
		x.Items = append(x.Items, readValues(seg))
		return
	case lvHistory, lvChange, lvHistoryLeg:
		c := d.changeFor(seg)
		f, class := d.readTVL(seg)
		c.Legs = append(c.Legs, HistoryLeg{Flight: f, Class: class})
		d.hleg, d.lv = len(c.Legs)-1, lvHistoryLeg
		return
	}
	if len(p.Splits)+len(p.NonAir)+len(p.History) > 0 {
		d.drift(seg, "as an itinerary segment")
	}
	f, class := d.readTVL(seg)
	p.Itinerary = append(p.Itinerary, Leg{Flight: f, Class: class})
	d.lv, d.started = lvLeg, true
}

func (d *Decoder) legDetail(seg *edifact.Segment) {
	if d.lv == lvHistoryLeg && seg.Tag == "RPI" {
		if l := d.historyLeg(); l.Quantity == "" && l.Status == "" {
			l.Quantity, l.Status = seg.Value(0, 0), seg.Value(1, 0)
			return
		}
	}
	if !d.inLeg() {
		d.misplaced(seg)
		return
	}
	l := d.leg()
	var free bool
	switch seg.Tag {
	case "TRA":
		free = l.OperatedBy == nil
	case "RPI":
		free = l.Quantity == "" && l.Status == ""
	default:
		free = l.Equipment == ""
	}
	if !free {
		d.misplaced(seg)
		return
	}
	if d.lv != lvLeg {
		d.drift(seg, "in its itinerary segment")
	}
	switch seg.Tag {
	case "TRA":
		l.OperatedBy = readTRA(seg)
	case "RPI":
		l.Quantity, l.Status = seg.Value(0, 0), seg.Value(1, 0)
	default:
		l.Equipment = seg.Value(0, 0)
	}
}

// boardingFor makes sure a check-in (Gr6) is open for a Gr7 segment. It
// returns false, having kept seg as unknown, when there is no leg.
func (d *Decoder) boardingFor(seg *edifact.Segment, tri bool) bool {
	switch d.lv {
	case lvCheckIn, lvBoarding:
	case lvLeg:
		d.drift(seg, "in a check-in without DAT")
		l := d.leg()
		l.CheckIns = append(l.CheckIns, CheckIn{})
		d.chk, d.lv = len(l.CheckIns)-1, lvCheckIn
	default:
		if len(d.pnr.Itinerary) == 0 {
			d.misplaced(seg)
			return false
		}
		d.drift(seg, "in the last itinerary segment")
		l := d.leg()
		l.CheckIns = append(l.CheckIns, CheckIn{})
		d.chk, d.lv = len(l.CheckIns)-1, lvCheckIn
	}
	if !tri {
		d.report(seg, CodeMissingTRI, 0, 0, "traveller check-in data without TRI")
	}
	return true
}

func (d *Decoder) newBoarding(b Boarding) {
	c := d.checkIn()
	if c.Boardings == nil {
		c.Boardings = make([]Boarding, 0, max(1, len(d.pnr.Travelers))) // usually every traveller boards
	}
	c.Boardings = append(c.Boardings, b)
	d.brd, d.lv = len(c.Boardings)-1, lvBoarding
}

func (d *Decoder) readSSD(seg *edifact.Segment, b *Boarding) {
	b.Seat, b.Cabin = seg.Value(0, 0), seg.Value(4, 0)
}

// normalized returns seg without the trailing empty elements and components
// that no writer sends, so that an unknown segment reads back the same.
func normalized(seg *edifact.Segment) edifact.Segment {
	s := *seg
	n := len(s.Elements)
	for n > 0 && s.Elements[n-1].Empty() {
		n--
	}
	if n == 0 {
		s.Elements = nil
		return s
	}
	trimmed := true
	for i := range n {
		if c := s.Elements[i].Components; len(c) > 1 && c[len(c)-1] == "" {
			trimmed = false
		}
	}
	if trimmed && n == len(s.Elements) {
		return s
	}
	els := make([]edifact.Element, n)
	for i := range n {
		c := s.Elements[i].Components
		k := len(c)
		for k > 1 && c[k-1] == "" {
			k--
		}
		els[i] = edifact.Element{Components: c[:k:k], Repetitions: s.Elements[i].Repetitions}
	}
	s.Elements = els
	return s
}
