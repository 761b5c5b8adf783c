package pnrgov

import (
	"reflect"
	"slices"
	"sort"

	"github.com/openpiu/piu/edifact"
)

// CodePartMissing: a multi-part message lacks parts (a gap in the S010
// sequence, or no part marked F); the parts received are decoded.
const CodePartMissing edifact.Code = "pnrgov-part-missing"

// CodePartDuplicate: a part number received twice (a sender's resend). A
// copy whose PNRs are segment for segment those of the first is dropped;
// a copy that differs is kept, its PNRs after the first's.
const CodePartDuplicate edifact.Code = "pnrgov-part-duplicate"

func init() {
	codeSeverity[CodePartMissing] = edifact.Error
	codeSeverity[CodePartDuplicate] = edifact.Warning
}

// assemble merges the parts of multi-part messages (same common access
// reference, S010 numbering) into one Message each, in sequence order, where
// the first part stood. Parts may come from several interchanges, in any
// order. A message sent whole, or numbered 01:F alone, is left as it is.
func (d *Decoder) assemble(msgs []*Message) []*Message {
	groups := map[string][]*Message{}
	for _, m := range msgs {
		h := &m.Envelope.Header
		if h.Transfer != nil && h.CommonAccessRef != "" {
			groups[h.CommonAccessRef] = append(groups[h.CommonAccessRef], m)
		}
	}
	out := msgs[:0:0]
	for _, m := range msgs {
		h := &m.Envelope.Header
		if h.Transfer == nil || h.CommonAccessRef == "" {
			out = append(out, m)
			continue
		}
		parts := groups[h.CommonAccessRef]
		if parts == nil {
			continue // merged into an earlier part
		}
		delete(groups, h.CommonAccessRef)
		if len(parts) == 1 {
			// Alone: kept as sent, with its S010, so that it encodes back
			// the same; a lone part of a longer message is reported.
			d.check(parts)
			out = append(out, m)
			continue
		}
		out = append(out, d.merge(parts))
	}
	return out
}

func (d *Decoder) merge(parts []*Message) *Message {
	sort.SliceStable(parts, func(i, j int) bool {
		return parts[i].Envelope.Header.Transfer.Sequence < parts[j].Envelope.Header.Transfer.Sequence
	})
	final, gaps, at := d.check(parts)
	whole := *parts[0]
	whole.Envelope.Header.Transfer = nil
	whole.Parts = len(parts)
	whole.PNRs = nil
	for i, p := range parts {
		if i > 0 && p.Envelope.Header.Transfer.Sequence == parts[i-1].Envelope.Header.Transfer.Sequence {
			at := d.unhOf[p]
			seq := itoa(p.Envelope.Header.Transfer.Sequence)
			if samePNRs(p.PNRs, parts[i-1].PNRs) {
				d.report(&at, CodePartDuplicate, 4, 1, "part "+seq+" received twice; the identical copy dropped")
				whole.Parts--
				continue
			}
			d.report(&at, CodePartDuplicate, 4, 1, "part "+seq+" received twice with different PNRs; both kept")
		}
		whole.PNRs = append(whole.PNRs, p.PNRs...)
	}
	if whole.Parts == 1 {
		// Every other part was an identical copy of the first: it stands
		// alone and is kept as sent, with its S010, like a lone part.
		return parts[0]
	}
	if n := len(whole.PNRs); whole.PNRCount != n && final && gaps == 0 {
		d.report(&at, CodePNRCount, 0, 0, "EQN says "+itoa(whole.PNRCount)+" PNRs, "+itoa(n)+" found in all parts")
	}
	return &whole
}

// samePNRs reports whether two parts carry the same PNRs, segment for
// segment (positions in the input aside).
func samePNRs(a, b []*PNR) bool {
	return slices.EqualFunc(a, b, func(x, y *PNR) bool {
		return slices.EqualFunc(x.Segments, y.Segments, func(s, t edifact.Segment) bool {
			return s.Tag == t.Tag && reflect.DeepEqual(s.Elements, t.Elements)
		})
	})
}

// check reports the parts missing from a multi-part message whose parts are
// in sequence order.
func (d *Decoder) check(parts []*Message) (final bool, gaps int, at edifact.Segment) {
	last := parts[len(parts)-1]
	prev, markers := 0, false
	for _, p := range parts {
		t := p.Envelope.Header.Transfer
		markers = markers || t.Marker != ""
		if t.Marker == "F" {
			final = true
		}
		if t.Sequence > prev+1 {
			gaps += t.Sequence - prev - 1
		}
		prev = t.Sequence
	}
	if !markers {
		final = true // no C/F markers at all (01 alone): nothing says more parts follow
	}
	at = d.unhOf[last]
	if gaps > 0 {
		d.report(&at, CodePartMissing, 4, 1, "multi-part message lacks "+itoa(gaps)+" of its parts")
	}
	if !final {
		d.report(&at, CodePartMissing, 4, 2, "multi-part message: no final part (F) received")
	}
	return final, gaps, at
}
