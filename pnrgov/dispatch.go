package pnrgov

import "github.com/openpiu/piu/edifact"

// body handles a segment between UNH and UNT.
func (d *Decoder) body(seg *edifact.Segment) {
	if d.overPNR(seg) {
		return
	}
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
		d.place(&segs[i])
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

// overPNR stops decoding, in every mode, when seg would make the open PNR,
// or the message header before the first SRC, longer than
// DecodeOptions.MaxSegmentsPerPNR: the decoder holds one of them at a time,
// and this bounds its memory well below a whole message's. The open PNR is
// dropped.
func (d *Decoder) overPNR(seg *edifact.Segment) bool {
	n := len(d.msg.Segments)
	if d.pnr != nil && seg.Tag != "SRC" {
		n = len(d.chunk) - d.pnrStart
	}
	if n < d.maxPNR {
		return false
	}
	diag := edifact.Diagnostic{Severity: edifact.Error, Code: edifact.CodeLimit, Offset: seg.Offset, Segment: seg.Index,
		Message: "PNR or message header has more segments than the limit"}
	d.diags = append(d.diags, diag)
	d.err = &DecodeError{diag}
	d.msg, d.state = nil, state{}
	return true
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
	if !known(seg.Tag) {
		d.report(seg, CodeUnknownSegment, 0, 0, "unknown segment"+unknownTag(seg.Tag)+" in the message header: kept")
		m.Unknown = append(m.Unknown, normalized(seg))
		return true
	}
	return false
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
