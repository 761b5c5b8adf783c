// Package envelope reads and writes the UNB, UNG and UNH headers of one
// message as an edifact.Envelope, for paxlst and paxlst/cusres alike, so that
// both keep every header element and write it back whole.
package envelope

import (
	"strconv"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

// Own returns a string in memory of the caller's choosing: the decoders pass
// their arena copy, so that no header value aliases a reader's buffer.
type Own func(string) string

// UNB reads an interchange header. The Segment field is left empty.
func UNB(s *edifact.Segment, own Own) edifact.InterchangeHeader {
	v := func(e, c int) string { return own(s.Value(e, c)) }
	h := edifact.InterchangeHeader{
		Syntax:     edifact.SyntaxIdentifier{ID: v(0, 0), Version: v(0, 1), CodeListVersion: v(0, 2), Encoding: v(0, 3)},
		Sender:     party(s, 1, own),
		Recipient:  party(s, 2, own),
		ControlRef: v(4, 0), RecipientReference: v(5, 0), AppRef: v(6, 0),
		Priority: v(7, 0), AckRequest: v(8, 0), Agreement: v(9, 0), Test: v(10, 0),
	}
	h.Prepared, _ = edifact.ParseDateTime(s.Value(3, 0), s.Value(3, 1))
	return h
}

// UNG reads a group header. The Segment field is left empty.
func UNG(s *edifact.Segment, own Own) edifact.GroupHeader {
	v := func(e, c int) string { return own(s.Value(e, c)) }
	h := edifact.GroupHeader{ID: v(0, 0), Sender: party(s, 1, own), Recipient: party(s, 2, own),
		Reference: v(4, 0), Agency: v(5, 0), Password: v(7, 0)}
	h.Prepared, _ = edifact.ParseDateTime(s.Value(3, 0), s.Value(3, 1))
	ver := s.Element(6).Components
	for len(ver) > 0 && ver[len(ver)-1] == "" {
		ver = ver[:len(ver)-1]
	}
	n := 0
	for _, c := range ver {
		n += len(c) + 1
	}
	if n > 0 {
		b := make([]byte, 0, n-1)
		for i, c := range ver {
			if i > 0 {
				b = append(b, ':')
			}
			b = append(b, c...)
		}
		h.Version = own(string(b))
	}
	return h
}

// UNH reads a message header. The Segment field holds the tag and position
// only (for diagnostics), no values.
func UNH(s *edifact.Segment, own Own) edifact.MessageHeader {
	v := func(e, c int) string { return own(s.Value(e, c)) }
	h := edifact.MessageHeader{
		Reference: v(0, 0),
		ID: edifact.MessageID{Type: v(1, 0), Version: v(1, 1), Release: v(1, 2),
			Agency: v(1, 3), Association: v(1, 4)},
		CommonAccessRef: v(2, 0),
		Segment:         edifact.Segment{Tag: "UNH", Offset: s.Offset, Index: s.Index},
	}
	if e := s.Element(3); !e.Empty() {
		n, _ := strconv.Atoi(e.Value(0))
		h.Transfer = &edifact.Transfer{Sequence: n, Marker: own(e.Value(1))}
	}
	return h
}

func party(s *edifact.Segment, e int, own Own) edifact.Party {
	return edifact.Party{ID: own(s.Value(e, 0)), Qualifier: own(s.Value(e, 1)), Routing: own(s.Value(e, 2))}
}

// Defaults are what Interchange puts in the envelope's empty values.
type Defaults struct {
	Syntax edifact.SyntaxIdentifier
	ID     edifact.MessageID
}

// Normalize returns env with its empty required values defaulted: syntax,
// control reference "1", message reference "1", message identifier, group
// identifier (the message type) and group reference (the control
// reference). A date that is no date (year 0) is cleared rather than written
// as one a decoder reads two-digit years against. The group is copied to
// *scratch, so that env's own is not changed.
func Normalize(env edifact.Envelope, def Defaults, scratch *edifact.GroupHeader) edifact.Envelope {
	ic := &env.Interchange
	if ic.Syntax.ID == "" {
		ic.Syntax = def.Syntax
	}
	if ic.ControlRef == "" {
		ic.ControlRef = "1"
	}
	if !ic.Prepared.Date.Valid() {
		ic.Prepared = civil.DateTime{}
	}
	ic.Segment = edifact.Segment{}
	h := &env.Header
	if h.Reference == "" {
		h.Reference = "1"
	}
	if h.ID.Type == "" {
		h.ID = def.ID
	}
	h.Segment = edifact.Segment{}
	if env.Group != nil {
		*scratch = *env.Group
		g := scratch
		if g.ID == "" {
			g.ID = h.ID.Type
		}
		if !g.Prepared.Date.Valid() {
			g.Prepared = civil.DateTime{}
		}
		if g.Reference == "" {
			g.Reference = ic.ControlRef
		}
		g.Segment = edifact.Segment{}
		env.Group = g
	}
	return env
}

// Interchange returns the interchange of msgs under env (normalized): in a
// group when env has one.
func Interchange(env *edifact.Envelope, msgs []*edifact.Message) *edifact.Interchange {
	ic := &edifact.Interchange{Header: env.Interchange}
	if env.Group != nil {
		ic.Groups = []*edifact.Group{{Header: *env.Group, Messages: msgs}}
	} else {
		ic.Messages = msgs
	}
	return ic
}
