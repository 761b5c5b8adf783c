package paxlst

import (
	"cmp"
	"slices"
	"strings"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst/internal/report"
)

// ExtraValue is one value of a segment the decoder recognised that no typed
// field of the model holds: a further code-list qualifier, a repetition, a
// component the guide does not define. Kept on the object the segment
// belongs to (message, leg, person, document), only when there is one, so
// that a list loses nothing and the encoder can write it back in place.
type ExtraValue struct {
	// Segment is the tag (NAD, LOC, TDT, ...) and Qualifier the value of its
	// first component (NAD 3035, LOC 3227, DTM 2005, ...); empty for the
	// segments an owner has only one of (BGM, TDT, DOC, EMP) and for COM.
	Segment   string `json:"segment"`
	Qualifier string `json:"qualifier,omitempty"`
	// Index is the position, in its list, of the item the segment produced
	// (bag tag, other reference, contact); for a leg's LOC, 0 is the
	// departure, 1 the arrival and 2+i places[i]; 0 otherwise.
	Index int `json:"index,omitempty"`
	// Element and Component are 1-based positions in the segment (for COM,
	// Element is always 1: the contact's own C076). Repetition is 0 for the
	// first occurrence of the element and n for the n-th repetition after it
	// (syntax version 4).
	Element    int    `json:"element"`
	Component  int    `json:"component"`
	Repetition int    `json:"repetition,omitempty"`
	Value      string `json:"value"`
}

// keyQualifier is the ExtraValue.Qualifier of a segment whose first value is
// q: empty for the segments an owner has one of (BGM, TDT, DOC, EMP) and for
// COM, whose first value is a number, not a qualifier.
func keyQualifier(tag, q string) string {
	switch tag {
	case "BGM", "TDT", "DOC", "EMP", "COM":
		return ""
	}
	return q
}

// shape is what the model holds of a segment: per element (0-based, first
// occurrence) a bit per component, and the elements it holds whole.
type shape struct {
	comps [9]uint8
	whole uint16
}

// consumed returns the shape the model holds of segment s, read in a leg when
// leg is true. The tag is switched on once per segment, so that scanning the
// components stays cheap.
func consumed(s *edifact.Segment, leg bool) shape {
	var sh shape
	q := s.Value(0, 0)
	switch s.Tag {
	case "BGM":
		sh.comps = [9]uint8{1, 1, 1}
	case "RFF":
		sh.comps[0] = 0b11
		if q == rffTransaction {
			sh.comps[0] = 0b10011
		}
	case "NAD":
		sh.comps[0], sh.comps[1], sh.whole = 1, 1, 1<<3
		if q != "MS" {
			sh.whole |= 1<<2 | 1<<4
			sh.comps[5], sh.comps[6], sh.comps[7], sh.comps[8] = 1, 0b1001, 1, 1
		}
	case "TDT":
		sh.comps = [9]uint8{1, 1, 1, 0, 0b11}
	case "LOC":
		sh.comps[0], sh.comps[1] = 1, 1
		switch {
		case leg:
			sh.comps[1] = 0b111
		case q == locBirthPlace:
			sh.comps[1] = 0b1001
		}
	case "DTM":
		sh.comps[0] = 0b111
	case "ATT":
		sh.comps[0], sh.comps[2] = 1, 1
	case "MEA":
		sh.comps[0], sh.comps[2] = 1, 0b11
	case "GEI", "NAT":
		sh.comps[0], sh.comps[1] = 1, 1
	case "FTX":
		sh.comps[0], sh.comps[3] = 1, 0b11
	case "EMP":
		sh.comps[0], sh.comps[1] = 1, 0b111
	case "DOC":
		sh.comps[0], sh.comps[1] = 0b111, 1
	case "CNT":
		sh.comps[0] = 0b11
	}
	return sh
}

// holds reports whether the model holds component c of element e.
func (sh *shape) holds(e, c int) bool {
	return e < len(sh.comps) && (sh.whole&(1<<e) != 0 || (c < 8 && sh.comps[e]&(1<<c) != 0))
}

// sortExtra orders xs by segment, qualifier and item, keeping the order of
// the values of one segment, so that the order does not depend on the order
// segments were sent in (the encoder writes them in its own).
func sortExtra(xs []ExtraValue) {
	slices.SortStableFunc(xs, func(a, b ExtraValue) int {
		return cmp.Or(strings.Compare(a.Segment, b.Segment), strings.Compare(a.Qualifier, b.Qualifier), cmp.Compare(a.Index, b.Index))
	})
}

// hasExtra reports whether xs holds a value of segment tag+qual, item idx.
func hasExtra(xs []ExtraValue, tag, qual string, idx int) bool {
	for i := range xs {
		if x := &xs[i]; x.Segment == tag && x.Qualifier == qual && x.Index == idx {
			return true
		}
	}
	return false
}

// extras keeps the values of s the model does not hold on the owner of s.
// The common segment has none and costs a scan of its components.
func (sd *segmentDecoder) extras(s *edifact.Segment) {
	sh := consumed(s, sd.ctx == inLeg)
	for e := range s.Elements {
		el := &s.Elements[e]
		if len(el.Repetitions) > 0 {
			sd.keepExtras(s, &sh)
			return
		}
		for c, v := range el.Components {
			if v != "" && !sh.holds(e, c) {
				sd.keepExtras(s, &sh)
				return
			}
		}
	}
}

// keepExtras is the rare path of extras: s has values the model lacks.
func (sd *segmentDecoder) keepExtras(s *edifact.Segment, sh *shape) {
	var dst *[]ExtraValue
	defer func() {
		if dst != nil {
			sortExtra(*dst)
		}
	}()
	q := s.Value(0, 0)
	kq := keyQualifier(s.Tag, q)
	// keep appends one value (element e, component c, repetition r, all
	// from 1; r is 0 outside repetitions), finding the owner on the first;
	// false stops: no owner, or the segment was sent twice.
	keep := func(e, c, r int, v string) bool {
		if dst == nil {
			if dst = sd.extraOwner(s, q); dst == nil {
				return false
			}
			if hasExtra(*dst, s.Tag, kq, sd.idx) {
				// The same segment again (an equal duplicate): kept whole,
				// so its values do not mix with the first one's.
				sd.unknown(s, CodeDuplicate, 0, 0, "segment sent twice; the first kept")
				return false
			}
		}
		*dst = append(*dst, ExtraValue{Segment: report.Tag(s.Tag), Qualifier: sd.d.str(kq), Index: sd.idx,
			Element: e, Component: c, Repetition: r, Value: sd.d.str(v)})
		return true
	}
	for e := range s.Elements {
		el := &s.Elements[e]
		for c, v := range el.Components {
			if v != "" && !sh.holds(e, c) && !keep(e+1, c+1, 0, v) {
				return
			}
		}
		for r, rep := range el.Repetitions {
			for c, v := range rep {
				if v != "" && !keep(e+1, c+1, r+1, v) {
					return
				}
			}
		}
	}
}

// extraOwner returns the Extra list of the object segment s was read into.
func (sd *segmentDecoder) extraOwner(s *edifact.Segment, q string) *[]ExtraValue {
	switch sd.ctx {
	case inLeg:
		if sd.leg != nil {
			return &sd.leg.Extra
		}
	case inDoc:
		if sd.doc != nil && (s.Tag == "DOC" || (s.Tag == "DTM" && (q == dtmExpiry || q == dtmIssue)) ||
			(s.Tag == "LOC" && q == locIssuing)) {
			return &sd.doc.Extra
		}
		if sd.person != nil {
			return &sd.person.Extra
		}
	case inPerson:
		if sd.person != nil {
			return &sd.person.Extra
		}
	}
	return &sd.m.Extra
}

// applyExtra writes the values of xs that belong to the segment just added
// (item idx of its list) back into it. For COM, at is the element of contact
// idx; elsewhere it is -1.
func (e *encoder) applyExtra(xs []ExtraValue, idx, at int) {
	if len(xs) == 0 {
		return
	}
	s := &e.segs[len(e.segs)-1]
	q := keyQualifier(s.Tag, s.Value(0, 0))
	copied := false
	for i := range xs {
		x := &xs[i]
		if x.Segment != s.Tag || x.Qualifier != q || x.Index != idx || x.Element < 1 || x.Component < 1 || x.Repetition < 0 {
			continue
		}
		el, c := x.Element-1, x.Component-1
		if at >= 0 {
			el = at
		}
		if !copied {
			// The segment's slices sit in shared slabs: own them first.
			s.Elements = append([]edifact.Element(nil), s.Elements...)
			copied = true
		}
		for len(s.Elements) <= el {
			s.Elements = append(s.Elements, edifact.Element{})
		}
		t := &s.Elements[el]
		if x.Repetition == 0 {
			t.Components = setComp(t.Components, c, x.Value)
			continue
		}
		reps := make([][]string, max(len(t.Repetitions), x.Repetition))
		copy(reps, t.Repetitions)
		reps[x.Repetition-1] = setComp(reps[x.Repetition-1], c, x.Value)
		t.Repetitions = reps
	}
}

// setComp returns a copy of comps with component c set to v.
func setComp(comps []string, c int, v string) []string {
	out := make([]string, max(len(comps), c+1))
	copy(out, comps)
	out[c] = v
	return out
}
