package edifact

import "strings"

// Segment is one EDIFACT segment: a tag and its data elements, with the values
// released (escape characters removed) and decoded to UTF-8.
//
// Elements[0] is the first data element after the tag. Trailing empty elements
// and components that a sender left out are simply absent; inner empty ones keep
// their position, so NAD+FL+++DOE:JOHN has Elements[3] = {DOE, JOHN}.
type Segment struct {
	Tag      string    `json:"tag"`
	Elements []Element `json:"elements,omitempty"`
	// Offset is the byte offset of the segment's first tag byte in the input,
	// counted from the start of the stream given to the Reader.
	Offset int64 `json:"offset"`
	// Index is the 0-based position of the segment in the input, counting every
	// segment of every interchange (UNA is not a segment).
	Index int `json:"index"`
}

// Element is one data element. A simple element has one component; a composite
// has several. Under syntax version 4 an element may repeat: Repetitions holds the
// occurrences after the first, which is Components.
type Element struct {
	Components  []string   `json:"components"`
	Repetitions [][]string `json:"repetitions,omitempty"`
}

// NewSegment builds a segment from its tag and elements, for writing.
func NewSegment(tag string, elements ...Element) Segment {
	return Segment{Tag: tag, Elements: elements}
}

// E builds an element from its components: E("P", "110", "111") is P:110:111.
func E(components ...string) Element { return Element{Components: components} }

// Value returns component c of element e, or "" when the segment does not have it.
// Value(0, 0) is the first component of the first data element.
func (s *Segment) Value(e, c int) string {
	if e < 0 || e >= len(s.Elements) {
		return ""
	}
	comps := s.Elements[e].Components
	if c < 0 || c >= len(comps) {
		return ""
	}
	return comps[c]
}

// Element returns element e, or the empty Element when the segment does not have it.
func (s *Segment) Element(e int) Element {
	if e < 0 || e >= len(s.Elements) {
		return Element{}
	}
	return s.Elements[e]
}

// Is reports whether the segment has tag and, when qualifier is not empty,
// that value as the first component of its first element (LOC+125, DTM+189:...).
func (s *Segment) Is(tag, qualifier string) bool {
	if s.Tag != tag {
		return false
	}
	return qualifier == "" || s.Value(0, 0) == qualifier
}

// Value returns component c, or "".
func (e Element) Value(c int) string {
	if c < 0 || c >= len(e.Components) {
		return ""
	}
	return e.Components[c]
}

// Empty reports whether the element carries no data at all.
func (e Element) Empty() bool {
	for _, c := range e.Components {
		if c != "" {
			return false
		}
	}
	for _, r := range e.Repetitions {
		for _, c := range r {
			if c != "" {
				return false
			}
		}
	}
	return true
}

// Clone returns a deep copy of s that owns all its memory. Use it to keep a
// segment read in zero-copy mode past the next Read.
func (s *Segment) Clone() Segment {
	n := 0
	for _, e := range s.Elements {
		n += len(e.Components)
		for _, r := range e.Repetitions {
			n += len(r)
		}
	}
	comps := make([]string, 0, n)
	out := Segment{Tag: strings.Clone(s.Tag), Offset: s.Offset, Index: s.Index}
	if len(s.Elements) > 0 {
		out.Elements = make([]Element, len(s.Elements))
	}
	cloneAll := func(src []string) []string {
		if src == nil {
			return nil
		}
		start := len(comps)
		for _, c := range src {
			comps = append(comps, strings.Clone(c))
		}
		return comps[start:len(comps):len(comps)]
	}
	for i, e := range s.Elements {
		out.Elements[i].Components = cloneAll(e.Components)
		if len(e.Repetitions) > 0 {
			out.Elements[i].Repetitions = make([][]string, len(e.Repetitions))
			for j, r := range e.Repetitions {
				out.Elements[i].Repetitions[j] = cloneAll(r)
			}
		}
	}
	return out
}

// String formats the segment with the default separators, released as needed, for
// debugging and logs of non-personal segments. Its form is not stable.
func (s Segment) String() string {
	b, _ := newEncoder(DefaultSeparators, true).appendSegment(nil, &s)
	return string(b)
}
