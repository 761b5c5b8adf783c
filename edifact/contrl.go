package edifact

import (
	"strconv"
	"time"

	"github.com/openpiu/piu/civil"
)

// CONTRL actions (ISO 9735 data element 0083).
const (
	ActionRejected     = "4" // this level and all below rejected
	ActionAcknowledged = "7" // this level acknowledged, lower levels too unless reported
	ActionReceived     = "8" // interchange received (UCI only)
)

// AckOptions configure Acknowledge.
type AckOptions struct {
	// ControlRef is the interchange control reference (0020) of the CONTRL
	// interchange; MessageRef its UNH message reference. Defaults: "1".
	ControlRef string `json:"controlRef,omitempty"`
	MessageRef string `json:"messageRef,omitempty"`
	// Prepared is the preparation date and time written in UNB S004. The zero
	// value means now, in UTC.
	Prepared civil.DateTime `json:"prepared"`
	// Strict counts warnings as errors, as strict mode does; otherwise only
	// diagnostics of severity Error are reported and cause rejection.
	Strict bool `json:"strict,omitempty"`
	// ReceivedOnly answers with UCI action 8 (received) and no message
	// responses, when the receiver does not check content.
	ReceivedOnly bool `json:"receivedOnly,omitempty"`
}

// Acknowledge builds the CONTRL message (ISO 9735-4, syntax and service report)
// answering the interchange ic, from the diagnostics reported while reading it
// (Reader.Diagnostics or Document.Diagnostics; those of other interchanges are
// ignored by their position).
//
// The answer goes from ic's recipient to its sender. UCI reports the whole
// interchange, with the first interchange-level defect (UNB, UNZ) and action 4
// when there is one, else 7. Each functional group gets a UCF; each message a
// UCM (7 acknowledged, or 4 rejected with the first defect of UNH or UNT), and
// for each defective segment of a rejected message a UCS with its position
// (UNH is 1) and 0085 code, followed by a UCD for the element when known.
// Write the result with a Writer.
func Acknowledge(ic *Interchange, diags []Diagnostic, opts AckOptions) *Interchange {
	if opts.ControlRef == "" {
		opts.ControlRef = "1"
	}
	if opts.MessageRef == "" {
		opts.MessageRef = "1"
	}
	if opts.Prepared.IsZero() {
		now := time.Now().UTC()
		opts.Prepared = civil.DateTime{Date: civil.DateOf(now), Hour: now.Hour(), Minute: now.Minute()}
	}
	h := &ic.Header
	version := h.Syntax.Version
	if version == "" {
		version = "4"
	}
	msgID := MessageID{Type: "CONTRL", Version: "D", Release: "3", Agency: "UN"}
	if version == "4" {
		msgID = MessageID{Type: "CONTRL", Version: "4", Release: "1", Agency: "UN"}
	}
	ack := &Interchange{
		Separators: ic.Separators,
		UNA:        ic.UNA,
		Header: InterchangeHeader{
			Syntax:     SyntaxIdentifier{ID: orDefault(h.Syntax.ID, "UNOA"), Version: version},
			Sender:     h.Recipient,
			Recipient:  h.Sender,
			Prepared:   opts.Prepared,
			ControlRef: opts.ControlRef,
		},
	}
	counts := func(d Diagnostic) bool {
		return d.Code.SyntaxErrorCode() != "" && (d.Severity == Error || opts.Strict && d.Severity == Warning)
	}

	// Sort the diagnostics into the levels they concern.
	first, lastIdx := envelopeRange(ic)
	var icDiags []Diagnostic
	byMsg := map[*Message][]Diagnostic{}
	byGroup := map[*Group][]Diagnostic{}
	for _, d := range diags {
		if !counts(d) || d.Segment >= 0 && (d.Segment < first || d.Segment > lastIdx) {
			continue
		}
		if m, g := locate(ic, d.Segment); m != nil {
			byMsg[m] = append(byMsg[m], d)
		} else if g != nil {
			byGroup[g] = append(byGroup[g], d)
		} else if d.Segment >= 0 || d.Offset >= h.Segment.Offset {
			icDiags = append(icDiags, d)
		}
	}

	uci := NewSegment("UCI", E(h.ControlRef), partyElement(h.Sender), partyElement(h.Recipient), E(ActionAcknowledged))
	switch {
	case opts.ReceivedOnly:
		uci.Elements[3] = E(ActionReceived)
	case len(icDiags) > 0:
		d := icDiags[0]
		uci.Elements[3] = E(ActionRejected)
		uci.Elements = append(uci.Elements, E(d.Code.SyntaxErrorCode()), E(serviceTag(d.Tag)), position(d))
	}
	segs := []Segment{uci}
	if !opts.ReceivedOnly {
		for _, g := range ic.Groups {
			segs = append(segs, groupResponse(g, byGroup[g]))
			for _, m := range g.Messages {
				segs = append(segs, messageResponse(m, byMsg[m])...)
			}
		}
		for _, m := range ic.Messages {
			segs = append(segs, messageResponse(m, byMsg[m])...)
		}
	}
	ack.Messages = []*Message{{Header: MessageHeader{Reference: opts.MessageRef, ID: msgID}, Segments: segs}}
	return ack
}

// envelopeRange returns the segment indexes of ic's first and last segments.
func envelopeRange(ic *Interchange) (first, last int) {
	first = ic.Header.Segment.Index
	last = int(^uint(0) >> 1)
	if ic.Trailer != nil {
		last = ic.Trailer.Segment.Index
	}
	return first, last
}

// locate finds the message (or, failing that, the group) holding segment index i.
func locate(ic *Interchange, i int) (*Message, *Group) {
	if i < 0 {
		return nil, nil
	}
	in := func(m *Message) bool {
		lo := m.Header.Segment.Index
		hi := int(^uint(0) >> 1)
		if m.Trailer != nil {
			hi = m.Trailer.Segment.Index
		} else if n := len(m.Segments); n > 0 {
			hi = m.Segments[n-1].Index
		}
		return i >= lo && i <= hi
	}
	for _, g := range ic.Groups {
		for _, m := range g.Messages {
			if in(m) {
				return m, g
			}
		}
		if i == g.Header.Segment.Index || g.Trailer != nil && i == g.Trailer.Segment.Index {
			return nil, g
		}
	}
	for _, m := range ic.Messages {
		if in(m) {
			return m, nil
		}
	}
	return nil, nil
}

func groupResponse(g *Group, diags []Diagnostic) Segment {
	h := &g.Header
	s := NewSegment("UCF", E(h.Reference), partyElement(h.Sender), partyElement(h.Recipient), E(ActionAcknowledged))
	if len(diags) > 0 {
		d := diags[0]
		s.Elements[3] = E(ActionRejected)
		s.Elements = append(s.Elements, E(d.Code.SyntaxErrorCode()), E(serviceTag(d.Tag)), position(d))
	}
	return s
}

// messageResponse builds UCM and, for a rejected message, its UCS/UCD.
func messageResponse(m *Message, diags []Diagnostic) []Segment {
	h := &m.Header
	id := E(h.ID.Type, h.ID.Version, h.ID.Release, h.ID.Agency, h.ID.Association)
	ucm := NewSegment("UCM", E(h.Reference), id, E(ActionAcknowledged))
	if len(diags) == 0 {
		return []Segment{ucm}
	}
	ucm.Elements[2] = E(ActionRejected)
	out := []Segment{ucm}
	service := false
	for _, d := range diags {
		if d.Tag == "UNH" || d.Tag == "UNT" || d.Segment < 0 {
			if !service {
				out[0].Elements = append(out[0].Elements, E(d.Code.SyntaxErrorCode()), E(serviceTag(d.Tag)), position(d))
				service = true
			}
			continue
		}
		pos := d.Segment - h.Segment.Index + 1
		out = append(out, NewSegment("UCS", E(strconv.Itoa(pos)), E(d.Code.SyntaxErrorCode())))
		if d.Element > 0 {
			p := E(strconv.Itoa(d.Element))
			if d.Component > 0 {
				p = E(strconv.Itoa(d.Element), strconv.Itoa(d.Component))
			}
			out = append(out, NewSegment("UCD", E(d.Code.SyntaxErrorCode()), p))
		}
	}
	return out
}

// serviceTag keeps the 0013 service segment tag only for service segments.
func serviceTag(tag string) string {
	if len(tag) == 3 && tag[0] == 'U' && tag[1] == 'N' {
		return tag
	}
	return ""
}

// position is S011, the data element (and component) position, when known.
func position(d Diagnostic) Element {
	if d.Element == 0 {
		return Element{}
	}
	if d.Component > 0 {
		return E(strconv.Itoa(d.Element), strconv.Itoa(d.Component))
	}
	return E(strconv.Itoa(d.Element))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
