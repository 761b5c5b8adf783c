package edifact

import (
	"fmt"
	"sort"
)

// maxParts is the largest sequence number S010 0070 (n..2) can carry.
const maxParts = 99

// Assembly is one logical message: either a message sent whole, or the parts
// of a multi-part message that share a common access reference (UNH 0068) and
// number themselves with S010 (01:C, 02:C, ..., NN:F).
type Assembly struct {
	// Reference is the common access reference, "" for a message sent whole
	// without one.
	Reference string `json:"reference,omitempty"`
	// Type is the message type (UNH 0065) of the parts.
	Type string `json:"type"`
	// Parts are the messages received, ordered by sequence number.
	Parts []*Message `json:"parts"`
	// Missing lists the sequence numbers below the highest one received that
	// did not arrive.
	Missing []int `json:"missing,omitempty"`
	// Final reports whether the final part (S010 marker F) arrived, or the
	// message was sent whole.
	Final bool `json:"final"`
	// Complete is Final with nothing missing.
	Complete bool `json:"complete"`
}

// Assemble groups messages into logical messages. Parts are grouped by message
// type and common access reference, across interchanges and in any arrival
// order, and sorted by their S010 sequence number. A message without S010, or
// numbered 1 with marker F, stands alone. A group whose parts carry no C or F
// marker at all (01 alone, as some senders write) is taken as complete.
//
// The diagnostics name each gap and each missing final part, positioned at the
// UNH of the highest part received.
func Assemble(msgs []*Message) ([]*Assembly, []Diagnostic) {
	type key struct{ typ, ref string }
	var out []*Assembly
	groups := map[key]*Assembly{}
	var diags []Diagnostic
	for _, m := range msgs {
		h := &m.Header
		if t := h.Transfer; t != nil && (t.Sequence < 1 || t.Sequence > maxParts) {
			// S010 0070 is n..2: a number outside 1..99 is a defect, and
			// honouring it could list billions of missing parts.
			s := &h.Segment
			diags = append(diags, Diagnostic{Severity: CodeInvalidValue.Severity(), Code: CodeInvalidValue,
				Offset: s.Offset, Segment: s.Index, Tag: "UNH", Element: 4, Component: 1,
				Message: "sequence of transfer outside 1..99: message taken as standalone"})
			out = append(out, &Assembly{Reference: h.CommonAccessRef, Type: h.ID.Type, Parts: []*Message{m},
				Final: true, Complete: true})
			continue
		}
		if h.CommonAccessRef == "" || h.Transfer == nil {
			out = append(out, &Assembly{Reference: h.CommonAccessRef, Type: h.ID.Type, Parts: []*Message{m},
				Final: true, Complete: true})
			continue
		}
		k := key{h.ID.Type, h.CommonAccessRef}
		a := groups[k]
		if a == nil {
			a = &Assembly{Reference: h.CommonAccessRef, Type: h.ID.Type}
			groups[k] = a
			out = append(out, a)
		}
		a.Parts = append(a.Parts, m)
	}
	for _, a := range out {
		if len(a.Parts) == 1 && (a.Parts[0].Header.Transfer == nil || groups[key{a.Type, a.Reference}] != a) {
			continue
		}
		diags = append(diags, a.check()...)
	}
	return out, diags
}

// check orders the parts of a and finds gaps, duplicates and the final part.
func (a *Assembly) check() []Diagnostic {
	sort.SliceStable(a.Parts, func(i, j int) bool {
		return a.Parts[i].Header.Transfer.Sequence < a.Parts[j].Header.Transfer.Sequence
	})
	var diags []Diagnostic
	last := a.Parts[len(a.Parts)-1]
	at := func(m *Message, code Code, msg string) Diagnostic {
		s := &m.Header.Segment
		return Diagnostic{Severity: code.Severity(), Code: code, Offset: s.Offset, Segment: s.Index,
			Tag: "UNH", Element: 4, Message: msg}
	}
	markers := false
	prev := 0
	for _, m := range a.Parts {
		t := m.Header.Transfer
		if t.Marker != "" {
			markers = true
		}
		if t.Marker == "F" {
			a.Final = true
		}
		switch {
		case t.Sequence == prev:
			diags = append(diags, at(m, CodePartDuplicate, fmt.Sprintf("part %d received twice", t.Sequence)))
		case t.Sequence > prev+1:
			for n := prev + 1; n < t.Sequence; n++ {
				a.Missing = append(a.Missing, n)
			}
		}
		prev = t.Sequence
	}
	if !markers {
		a.Final = true // no C/F markers at all: nothing says more parts follow
	}
	if len(a.Missing) > 0 {
		diags = append(diags, at(last, CodePartMissing,
			fmt.Sprintf("multi-part message lacks %d of its parts before part %d", len(a.Missing), prev)))
	}
	if !a.Final {
		diags = append(diags, at(last, CodeFinalMissing,
			fmt.Sprintf("multi-part message: no final part (F) received; highest part is %d", prev)))
	}
	a.Complete = a.Final && len(a.Missing) == 0
	return diags
}
