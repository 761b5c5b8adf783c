package pnrgov

import (
	"strconv"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/internal/decimal"
)

// This file reads and writes the segments of the ticket, payment and leg
// groups (Gr3 to Gr7), each read* beside its build*.

// --- TKT, MON, FOP ---------------------------------------------------------

func readTKT(s *edifact.Segment, traveler int) Ticket {
	c := comps(s, 0)
	return Ticket{Traveler: traveler, Number: at(c, 0), Type: at(c, 1), Booklets: at(c, 2), More: more(c, 3)}
}

func buildTKT(t *Ticket) edifact.Segment {
	return edifact.NewSegment("TKT", elWith([]string{t.Number, t.Type, t.Booklets}, t.More))
}

func readMON(s *edifact.Segment, dst []Amount) []Amount {
	for i := range s.Elements {
		c := compsN(s, i, 3)
		if c == nil {
			continue
		}
		if dst == nil {
			dst = make([]Amount, 0, len(s.Elements))
		}
		dst = append(dst, Amount{Qualifier: at(c, 0), Amount: at(c, 1), Currency: at(c, 2)})
	}
	return dst
}

func buildMON(as []Amount) edifact.Segment {
	s := edifact.Segment{Tag: "MON", Elements: make([]edifact.Element, len(as))}
	for i, a := range as {
		s.Elements[i] = el(a.Qualifier, a.Amount, a.Currency)
	}
	return s
}

func readFOP(s *edifact.Segment, ticket int) Payment {
	p := Payment{Ticket: ticket}
	for i := range s.Elements {
		c := comps(s, i)
		if c == nil {
			continue
		}
		if p.Forms == nil {
			p.Forms = make([]PaymentForm, 0, len(s.Elements))
		}
		p.Forms = append(p.Forms, PaymentForm{Type: at(c, 0), Indicator: at(c, 1), Amount: at(c, 2),
			Vendor: at(c, 3), Account: at(c, 4), Expiry: at(c, 5), More: more(c, 6)})
	}
	return p
}

func buildFOP(p *Payment) edifact.Segment {
	s := edifact.Segment{Tag: "FOP", Elements: make([]edifact.Element, len(p.Forms))}
	for i, f := range p.Forms {
		s.Elements[i] = elWith([]string{f.Type, f.Indicator, f.Amount, f.Vendor, f.Account, f.Expiry}, f.More)
	}
	return s
}

// --- TRA, RPI, APD ---------------------------------------------------------

func readTRA(s *edifact.Segment) *Operating {
	return &Operating{Carrier: s.Value(0, 0), FlightNumber: s.Value(1, 0), Class: s.Value(1, 1)}
}

func buildTRA(o *Operating) edifact.Segment {
	return edifact.NewSegment("TRA", el(o.Carrier), el(o.FlightNumber, o.Class))
}

func buildRPI(quantity, status string) edifact.Segment {
	return edifact.NewSegment("RPI", el(quantity), el(status))
}

// --- TRI, SSD, TBD ---------------------------------------------------------

func readTRI(s *edifact.Segment) Boarding {
	return Boarding{Processing: s.Value(0, 0), Number: s.Value(1, 0), Field2: s.Value(1, 1),
		Field3: s.Value(1, 2), TravelerRef: s.Value(1, 3)}
}

func (b *Boarding) hasTRI() bool {
	return b.Processing != "" || b.Number != "" || b.Field2 != "" || b.Field3 != "" || b.TravelerRef != ""
}

// absorbs reports whether the decoder, in boarding x, would take the first
// segment of a boarding b written without TRI into x: b's TIF when x names
// no traveller, b's SSD when x has no seat.
func (x *Boarding) absorbs(b *Boarding) bool {
	if b.Traveler != nil {
		return x.Traveler == nil
	}
	return x.Seat == "" && x.Cabin == ""
}

func buildTRI(b *Boarding) edifact.Segment {
	return edifact.NewSegment("TRI", el(b.Processing), el(b.Number, b.Field2, b.Field3, b.TravelerRef))
}

func buildSSD(b *Boarding) edifact.Segment {
	return edifact.NewSegment("SSD", el(b.Seat), el(), el(), el(), el(b.Cabin))
}

// looksLikeTag reports a bag tag element: carrier code and a numeric tag.
func looksLikeTag(c []string) bool {
	_, ok := decimal.Uint(at(c, 1))
	return len(c) >= 2 && ok
}

func (d *Decoder) readTBD(s *edifact.Segment) *Bags {
	b := &Bags{Status: s.Value(0, 0), Field3: s.Value(2, 0), Unit: WeightUnit(s.Value(1, 2))}
	var ok bool
	if v := s.Value(1, 0); v != "" {
		if b.Count, ok = decimal.Uint(v); !ok {
			d.report(s, CodeInvalidValue, 2, 1, "TBD bag count is not a number")
		}
	}
	if v := s.Value(1, 1); v != "" {
		if b.Weight, ok = decimal.Uint(v); !ok {
			d.report(s, CodeInvalidValue, 2, 2, "TBD weight is not a number")
		}
	}
	first := 4
	if c := comps(s, 3); c != nil {
		if looksLikeTag(c) {
			first = 3
		} else if ind, ref := at(c, 0), at(c, 1); ind != "" || ref != "" {
			// An empty pool element is no pool: it encodes as nothing.
			b.Pool = &BagPool{Indicator: ind, Reference: ref}
		}
	}
	for i := first; i < len(s.Elements); i++ {
		c := comps(s, i)
		if c == nil {
			continue
		}
		t := BagTag{Carrier: at(c, 0), Number: at(c, 1), Destination: at(c, 3)}
		if v := at(c, 2); v != "" {
			if t.Count, ok = decimal.Uint(v); !ok {
				d.report(s, CodeInvalidValue, i+1, 3, "TBD tag count is not a number")
			}
		}
		b.Tags = append(b.Tags, t)
	}
	return b
}

func buildTBD(b *Bags) edifact.Segment {
	count, weight := "", ""
	if b.Count != 0 || b.Weight != 0 || b.Unit != "" {
		count = strconv.Itoa(b.Count)
	}
	if b.Weight != 0 {
		weight = strconv.Itoa(b.Weight)
	}
	s := edifact.NewSegment("TBD", el(b.Status), el(count, weight, string(b.Unit)), el(b.Field3), el())
	if b.Pool != nil {
		s.Elements[3] = el(b.Pool.Indicator, b.Pool.Reference)
	}
	for _, t := range b.Tags {
		cnt := ""
		if t.Count != 0 {
			cnt = strconv.Itoa(t.Count)
		}
		s.Elements = append(s.Elements, el(t.Carrier, t.Number, cnt, t.Destination))
	}
	return s
}
