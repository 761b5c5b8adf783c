package paxlst

import (
	"cmp"
	"slices"
	"strings"

	"github.com/openpiu/piu/edifact"
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

// consumed tells whether the model holds component c of element e (0-based,
// first occurrence) of segment s, read in a leg when leg is true.
func consumed(s *edifact.Segment, e, c int, leg bool) bool {
	switch s.Tag {
	case "BGM":
		return c == 0 && e <= 2
	case "RFF":
		return e == 0 && (c <= 1 || (c == 4 && s.Value(0, 0) == rffTransaction))
	case "NAD":
		if s.Value(0, 0) == "MS" {
			return e == 0 && c == 0 || e == 1 && c == 0 || e == 3
		}
		switch e {
		case 0, 1, 5, 7, 8:
			return c == 0
		case 2, 3, 4:
			return true
		case 6:
			return c == 0 || c == 3
		}
	case "TDT":
		return (c == 0 && e <= 2) || (e == 4 && c <= 1)
	case "LOC":
		return (e <= 1 && c == 0) || (e == 1 && c == 3 && s.Value(0, 0) == locBirthPlace) ||
			(e == 1 && c <= 2 && leg)
	case "DTM":
		return e == 0 && c <= 2
	case "ATT":
		return c == 0 && (e == 0 || e == 2)
	case "MEA":
		return (e == 0 && c == 0) || (e == 2 && c <= 1)
	case "GEI", "NAT":
		return c == 0 && e <= 1
	case "FTX":
		return (e == 0 && c == 0) || (e == 3 && c <= 1)
	case "EMP":
		return (e == 0 && c == 0) || (e == 1 && c <= 2)
	case "DOC":
		return (e == 0 && c <= 2) || (e == 1 && c == 0)
	case "CNT":
		return e == 0 && c <= 1
	}
	return false
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
	var dst *[]ExtraValue
	defer func() {
		if dst != nil {
			sortExtra(*dst)
		}
	}()
	q, leg := s.Value(0, 0), sd.ctx == inLeg
	kq := keyQualifier(s.Tag, q)
	for e := range s.Elements {
		el := &s.Elements[e]
		for c, v := range el.Components {
			if v == "" || consumed(s, e, c, leg) {
				continue
			}
			if dst == nil {
				if dst = sd.extraOwner(s, q); dst == nil {
					return
				}
				if hasExtra(*dst, s.Tag, kq, sd.idx) {
					// The same segment again (an equal duplicate): kept whole,
					// so its values do not mix with the first one's.
					sd.unknown(s, CodeDuplicate, 0, 0, "segment sent twice; the first kept")
					return
				}
			}
			*dst = append(*dst, ExtraValue{Segment: s.Tag, Qualifier: sd.d.str(kq), Index: sd.idx,
				Element: e + 1, Component: c + 1, Value: sd.d.str(v)})
		}
		for r, rep := range el.Repetitions {
			for c, v := range rep {
				if v == "" {
					continue
				}
				if dst == nil {
					if dst = sd.extraOwner(s, q); dst == nil {
						return
					}
					if hasExtra(*dst, s.Tag, kq, sd.idx) {
						sd.unknown(s, CodeDuplicate, 0, 0, "segment sent twice; the first kept")
						return
					}
				}
				*dst = append(*dst, ExtraValue{Segment: s.Tag, Qualifier: sd.d.str(kq), Index: sd.idx,
					Element: e + 1, Component: c + 1, Repetition: r + 1, Value: sd.d.str(v)})
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
