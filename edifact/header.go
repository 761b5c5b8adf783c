package edifact

import (
	"fmt"
	"strconv"
)

// ParseUNB reads the interchange header of a UNB segment, every element of
// ISO 9735 versions 3 and 4. A malformed date leaves Prepared zero; the
// Reader reports it, this function does not check. Segment is set to seg.
func ParseUNB(seg *Segment) InterchangeHeader {
	h := InterchangeHeader{
		Syntax: SyntaxIdentifier{ID: seg.Value(0, 0), Version: seg.Value(0, 1),
			CodeListVersion: seg.Value(0, 2), Encoding: seg.Value(0, 3)},
		Sender:                      party(seg.Element(1)),
		Recipient:                   party(seg.Element(2)),
		ControlRef:                  seg.Value(4, 0),
		RecipientReference:          seg.Value(5, 0),
		RecipientReferenceQualifier: seg.Value(5, 1),
		AppRef:                      seg.Value(6, 0),
		Priority:                    seg.Value(7, 0),
		AckRequest:                  seg.Value(8, 0),
		Agreement:                   seg.Value(9, 0),
		Test:                        seg.Value(10, 0),
		Segment:                     *seg,
	}
	h.Prepared, _ = ParseDateTime(seg.Value(3, 0), seg.Value(3, 1))
	return h
}

// ParseUNG reads the group header of a UNG segment. S008 is kept whole in
// Version, its components joined with ':'. Segment is set to seg.
func ParseUNG(seg *Segment) GroupHeader {
	h := GroupHeader{
		ID:        seg.Value(0, 0),
		Sender:    party(seg.Element(1)),
		Recipient: party(seg.Element(2)),
		Reference: seg.Value(4, 0),
		Agency:    seg.Value(5, 0),
		Password:  seg.Value(7, 0),
		Segment:   *seg,
	}
	h.Prepared, _ = ParseDateTime(seg.Value(3, 0), seg.Value(3, 1))
	ver := seg.Element(6).Components
	for len(ver) > 0 && ver[len(ver)-1] == "" {
		ver = ver[:len(ver)-1]
	}
	for i, v := range ver {
		if i > 0 {
			h.Version += ":"
		}
		h.Version += v
	}
	return h
}

// ParseUNH reads the message header of a UNH segment, every element of ISO
// 9735 versions 3 and 4. Segment is set to seg.
func ParseUNH(seg *Segment) MessageHeader {
	id := seg.Element(1)
	h := MessageHeader{
		Reference: seg.Value(0, 0),
		ID: MessageID{Type: id.Value(0), Version: id.Value(1), Release: id.Value(2),
			Agency: id.Value(3), Association: id.Value(4), CodeListVersion: id.Value(5), SubFunction: id.Value(6)},
		CommonAccessRef: seg.Value(2, 0),
		Subset:          identification(seg.Element(4)),
		Guideline:       identification(seg.Element(5)),
		Scenario:        identification(seg.Element(6)),
		Segment:         *seg,
	}
	if s := seg.Element(3); !s.Empty() {
		n, _ := strconv.Atoi(s.Value(0))
		h.Transfer = &Transfer{Sequence: n, Marker: s.Value(1)}
	}
	return h
}

func party(e Element) Party {
	return Party{ID: e.Value(0), Qualifier: e.Value(1), Routing: e.Value(2), SubID: e.Value(3)}
}

func identification(e Element) *Identification {
	id := Identification{ID: e.Value(0), Version: e.Value(1), Release: e.Value(2), Agency: e.Value(3)}
	if id == (Identification{}) {
		return nil
	}
	return &id
}

func partyElement(p Party) Element { return E(p.ID, p.Qualifier, p.Routing, p.SubID) }

func identificationElement(id *Identification) Element {
	if id == nil {
		return Element{}
	}
	return E(id.ID, id.Version, id.Release, id.Agency)
}

func unbSegment(h *InterchangeHeader) *Segment {
	s := NewSegment("UNB",
		E(h.Syntax.ID, h.Syntax.Version, h.Syntax.CodeListVersion, h.Syntax.Encoding),
		partyElement(h.Sender), partyElement(h.Recipient), dateElement(h.Prepared), E(h.ControlRef),
		E(h.RecipientReference, h.RecipientReferenceQualifier), E(h.AppRef), E(h.Priority), E(h.AckRequest),
		E(h.Agreement), E(h.Test))
	return &s
}

func ungSegment(h *GroupHeader) *Segment {
	ver := E()
	if h.Version != "" {
		ver = E(splitComponents(h.Version)...)
	}
	s := NewSegment("UNG", E(h.ID), partyElement(h.Sender), partyElement(h.Recipient), dateElement(h.Prepared),
		E(h.Reference), E(h.Agency), ver, E(h.Password))
	return &s
}

func unhSegment(h *MessageHeader) *Segment {
	id := h.ID
	var transfer Element
	if h.Transfer != nil {
		transfer = E(fmt.Sprintf("%02d", h.Transfer.Sequence), h.Transfer.Marker)
	}
	s := NewSegment("UNH", E(h.Reference),
		E(id.Type, id.Version, id.Release, id.Agency, id.Association, id.CodeListVersion, id.SubFunction),
		E(h.CommonAccessRef), transfer,
		identificationElement(h.Subset), identificationElement(h.Guideline), identificationElement(h.Scenario))
	return &s
}
