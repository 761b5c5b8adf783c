package pnrgov

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/openpiu/piu/edifact"
)

// EncodeOptions say how Encode writes the interchange. The zero value writes
// the default separators, no UNA and no line breaks.
type EncodeOptions struct {
	// Separators to write with; the zero value means edifact's defaults.
	Separators edifact.Separators `json:"separators"`
	// LineBreaks writes a line feed after each segment terminator.
	LineBreaks bool `json:"lineBreaks,omitempty"`
	// UNA writes a service string advice even with the default separators.
	UNA bool `json:"una,omitempty"`
}

// Encode writes m as a PNRGOV interchange: UNB (UNG) UNH ... UNT (UNE) UNZ,
// with the control counts computed. The envelope comes from m.Envelope and
// m.Version; a message with an empty Envelope gets a minimal one (IATA:1,
// references 1, version 11.1 unless Version says otherwise).
// Derived fields (marked so in their comments) and the Segments fields are
// not written: decode(Encode(m)) gives m back.
func Encode(m *Message, opts EncodeOptions) ([]byte, error) {
	if m == nil {
		return nil, fmt.Errorf("%w: nil message", ErrEncode)
	}
	// A message built by hand, without any envelope, gets a minimal one;
	// a decoded message is written with the envelope it came in.
	bare := reflect.ValueOf(m.Envelope).IsZero()
	ic := &edifact.Interchange{Header: m.Envelope.Interchange}
	ic.Header.Segment = edifact.Segment{}
	h := m.Envelope.Header
	h.Segment = edifact.Segment{}
	h.ID.Type = "PNRGOV"
	version := m.Version
	if bare {
		ic.Header.Syntax = edifact.SyntaxIdentifier{ID: "IATA", Version: "1"}
		ic.Header.ControlRef, h.Reference, h.ID.Agency = "1", "1", "IA"
		if version == "" {
			version = "11.1"
		}
	}
	if ic.Header.Syntax.ID == "" {
		return nil, fmt.Errorf("%w: the envelope has no UNB syntax identifier (IATA:1)", ErrEncode)
	}
	sent := h.ID.Version
	if h.ID.Release != "" {
		sent += "." + h.ID.Release
	}
	if version != sent { // Version was changed: it wins over the header
		h.ID.Version, h.ID.Release, _ = strings.Cut(version, ".")
	}
	var msgs []*edifact.Message
	if n := m.Parts; n > 1 {
		// Multi-part: each part repeats the header and carries the total
		// in EQN; S010 numbers the parts 01:C .. NN:F.
		if h.CommonAccessRef == "" {
			return nil, fmt.Errorf("%w: a message in parts needs a common access reference (UNH 0068)", ErrEncode)
		}
		for i := range n {
			part := *m
			part.PNRs = m.PNRs[len(m.PNRs)*i/n : len(m.PNRs)*(i+1)/n]
			ph := h
			if i > 0 {
				ph.Reference = h.Reference + "-" + itoa(i+1)
			}
			ph.Transfer = &edifact.Transfer{Sequence: i + 1, Marker: "C"}
			if i == n-1 {
				ph.Transfer.Marker = "F"
			}
			msgs = append(msgs, &edifact.Message{Header: ph, Segments: appendSegments(nil, &part)})
		}
	} else {
		msgs = []*edifact.Message{{Header: h, Segments: appendSegments(nil, m)}}
	}
	if g := m.Envelope.Group; g != nil {
		gh := *g
		gh.Segment = edifact.Segment{}
		ic.Groups = []*edifact.Group{{Header: gh, Messages: msgs}}
	} else {
		ic.Messages = msgs
	}
	out, err := edifact.Marshal(ic, &edifact.Writer{Separators: opts.Separators, LineBreaks: opts.LineBreaks, UNA: opts.UNA})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEncode, err)
	}
	return out, nil
}

// appendSegments appends the body of m (MSG to the last PNR, without UNH and
// UNT) to dst, in the order the PNRGOV grammar gives.
func appendSegments(dst []edifact.Segment, m *Message) []edifact.Segment {
	if dst == nil {
		n := 4 + len(m.Unknown)
		for _, p := range m.PNRs {
			n += len(p.Segments) // as received: the best guess of what Encode writes
		}
		dst = make([]edifact.Segment, 0, max(n, 4+64*len(m.PNRs)))
	}
	dst = append(dst, buildMSG(m.PushType))
	if m.Sender != (Org{}) {
		dst = append(dst, buildOrg(&m.Sender))
	}
	if m.Flight != (Flight{}) {
		dst = append(dst, buildTVL(&m.Flight, ""))
	}
	dst = append(dst, buildEQN(m.PNRCount))
	dst = append(dst, m.Unknown...)
	for _, p := range m.PNRs {
		dst = appendPNR(dst, p)
	}
	return dst
}

func appendPNR(dst []edifact.Segment, p *PNR) []edifact.Segment {
	dst = append(dst, edifact.Segment{Tag: "SRC"})
	if len(p.Locators) > 0 {
		dst = append(dst, buildRCI(p.Locators))
	}
	for i := range p.SSRs {
		dst = append(dst, buildSSR(&p.SSRs[i]))
	}
	if len(p.Dates) > 0 {
		dst = append(dst, buildDAT(p.Dates))
	}
	for i := range p.Remarks {
		dst = append(dst, buildIFT(&p.Remarks[i]))
	}
	if p.Agency != nil {
		dst = append(dst, buildOrg(p.Agency))
	}
	for i := range p.Addresses {
		dst = append(dst, buildADD(&p.Addresses[i]))
	}
	for _, v := range p.ExcessBaggage {
		dst = append(dst, buildValues("EBD", v))
	}
	dst = append(dst, p.Unknown...)
	// Payments and tickets that came before any ticket or traveller.
	for i := range p.Payments {
		if p.Payments[i].Ticket < 0 {
			dst = appendPayment(dst, &p.Payments[i])
		}
	}
	for i := range p.Tickets {
		if p.Tickets[i].Traveler < 0 {
			dst = appendTicket(dst, p, i)
		}
	}
	for i := range p.Travelers {
		dst = appendTraveler(dst, &p.Travelers[i])
		for j := range p.Tickets {
			if p.Tickets[j].Traveler == i {
				dst = appendTicket(dst, p, j)
			}
		}
	}
	for i := range p.Itinerary {
		dst = appendLeg(dst, &p.Itinerary[i])
	}
	for _, s := range p.Splits {
		dst = append(dst, buildEQN(s.Count))
		if len(s.Locators) > 0 {
			dst = append(dst, buildRCI(s.Locators))
		}
		dst = append(dst, s.Unknown...)
	}
	for _, n := range p.NonAir {
		dst = append(dst, buildValues("MSG", n.MSG))
		for _, it := range n.Items {
			dst = append(dst, buildValues("TVL", it))
		}
		dst = append(dst, n.Unknown...)
	}
	for i := range p.History {
		dst = appendHistory(dst, &p.History[i])
	}
	return appendHistoryLines(dst, p)
}

// appendHistoryLines writes the LTS lines. A line that a sender wrapped with
// an unreleased separator came as several elements (or components); when
// p.Segments holds it so, it is written back with the same structure, so
// that decode(Encode(m)) gives the same Segments. Any other line (one built
// by hand, or changed) is written as one element.
func appendHistoryLines(dst []edifact.Segment, p *PNR) []edifact.Segment {
	k := 0 // the next LTS in p.Segments
	for _, l := range p.HistoryLines {
		var raw *edifact.Segment
		for ; k < len(p.Segments); k++ {
			if p.Segments[k].Tag == "LTS" {
				raw = &p.Segments[k]
				k++
				break
			}
		}
		if raw != nil && len(raw.Elements) > 1 && keepsTrailing(raw) && readLTS(raw) == l {
			dst = append(dst, edifact.Segment{Tag: "LTS", Elements: raw.Elements})
			continue
		}
		dst = append(dst, buildLTS(l))
	}
	return dst
}

// keepsTrailing reports whether writing s as it is keeps every separator
// that readLTS turns into text. A writer drops trailing empty components of
// an element and trailing empty elements, so a line whose structure ends an
// element in an unreleased ':' (`LTS+:+00` is the line ":+00", `LTS++:` the
// line "+:") would lose it; such a line is written as one released element
// instead.
func keepsTrailing(s *edifact.Segment) bool {
	for i := range s.Elements {
		c := s.Elements[i].Components
		if len(c) > 1 && c[len(c)-1] == "" {
			return false
		}
	}
	return true
}

func appendTraveler(dst []edifact.Segment, t *Traveler) []edifact.Segment {
	dst = append(dst, buildTIF(&t.Name))
	for i := range t.FrequentFlyers {
		dst = append(dst, buildFTI(&t.FrequentFlyers[i]))
	}
	for i := range t.Remarks {
		dst = append(dst, buildIFT(&t.Remarks[i]))
	}
	if len(t.UniqueIDs) > 0 {
		dst = append(dst, buildREF(t.UniqueIDs))
	}
	for _, v := range t.ExcessBaggage {
		dst = append(dst, buildValues("EBD", v))
	}
	for _, v := range t.Fares {
		dst = append(dst, buildValues("FAR", v))
	}
	for i := range t.SSRs {
		dst = append(dst, buildSSR(&t.SSRs[i]))
	}
	for i := range t.Addresses {
		dst = append(dst, buildADD(&t.Addresses[i]))
	}
	return append(dst, t.Unknown...)
}

func appendTicket(dst []edifact.Segment, p *PNR, i int) []edifact.Segment {
	t := &p.Tickets[i]
	dst = append(dst, buildTKT(t))
	if len(t.Amounts) > 0 {
		dst = append(dst, buildMON(t.Amounts))
	}
	for _, v := range t.Pricing {
		dst = append(dst, buildValues("PTK", v))
	}
	for _, v := range t.Taxes {
		dst = append(dst, buildValues("TXD", v))
	}
	if len(t.Dates) > 0 {
		dst = append(dst, buildDAT(t.Dates))
	}
	for k := range t.Remarks {
		dst = append(dst, buildIFT(&t.Remarks[k]))
	}
	dst = append(dst, t.Unknown...)
	for k := range p.Payments {
		if p.Payments[k].Ticket == i {
			dst = appendPayment(dst, &p.Payments[k])
		}
	}
	return dst
}

func appendPayment(dst []edifact.Segment, x *Payment) []edifact.Segment {
	dst = append(dst, buildFOP(x))
	for i := range x.Remarks {
		dst = append(dst, buildIFT(&x.Remarks[i]))
	}
	if x.BillingAddress != nil {
		dst = append(dst, buildADD(x.BillingAddress))
	}
	return append(dst, x.Unknown...)
}

func appendLeg(dst []edifact.Segment, l *Leg) []edifact.Segment {
	dst = append(dst, buildTVL(&l.Flight, l.Class))
	if l.OperatedBy != nil {
		dst = append(dst, buildTRA(l.OperatedBy))
	}
	if l.Quantity != "" || l.Status != "" {
		dst = append(dst, buildRPI(l.Quantity, l.Status))
	}
	if l.Equipment != "" {
		dst = append(dst, edifact.NewSegment("APD", el(l.Equipment)))
	}
	for i := range l.SSRs {
		dst = append(dst, buildSSR(&l.SSRs[i]))
	}
	if len(l.Locators) > 0 {
		dst = append(dst, buildRCI(l.Locators))
	}
	for i := range l.Remarks {
		dst = append(dst, buildIFT(&l.Remarks[i]))
	}
	dst = append(dst, l.Unknown...)
	for i := range l.CheckIns {
		c := &l.CheckIns[i]
		dst = append(dst, buildDAT(c.Dates))
		if c.Agent != nil {
			dst = append(dst, buildOrg(c.Agent))
		}
		dst = append(dst, c.Unknown...)
		for j := range c.Boardings {
			b := &c.Boardings[j]
			// A TRI opens the boarding when it has values, or when nothing
			// else would (a TIF or an SSD opens one too): an empty TRI, or
			// an empty SSD, read back as the same empty boarding. It also
			// opens one whose TIF or SSD the reader would take into the
			// boarding before, which lacks that segment.
			if b.hasTRI() || b.Traveler == nil && b.Seat == "" && b.Cabin == "" ||
				j > 0 && c.Boardings[j-1].absorbs(b) {
				dst = append(dst, buildTRI(b))
			}
			if b.Traveler != nil {
				dst = append(dst, buildTIF(b.Traveler))
			}
			if b.Seat != "" || b.Cabin != "" {
				dst = append(dst, buildSSD(b))
			}
			if b.Bags != nil {
				dst = append(dst, buildTBD(b.Bags))
			}
			dst = append(dst, b.Unknown...)
		}
	}
	return dst
}

func appendHistory(dst []edifact.Segment, h *History) []edifact.Segment {
	dst = append(dst, buildValues("ABI", h.Source))
	if len(h.Dates) > 0 {
		dst = append(dst, buildDAT(h.Dates))
	}
	dst = append(dst, h.Unknown...)
	for i := range h.Changes {
		c := &h.Changes[i]
		dst = append(dst, buildValues("SAC", c.SAC))
		if c.Traveler != nil {
			dst = append(dst, buildTIF(c.Traveler))
		}
		for k := range c.SSRs {
			dst = append(dst, buildSSR(&c.SSRs[k]))
		}
		for k := range c.Remarks {
			dst = append(dst, buildIFT(&c.Remarks[k]))
		}
		if c.Bags != nil {
			dst = append(dst, buildTBD(c.Bags))
		}
		dst = append(dst, c.Unknown...)
		for k := range c.Legs {
			l := &c.Legs[k]
			dst = append(dst, buildTVL(&l.Flight, l.Class))
			if l.Quantity != "" || l.Status != "" {
				dst = append(dst, buildRPI(l.Quantity, l.Status))
			}
			dst = append(dst, l.Unknown...)
		}
	}
	return dst
}
