package edifact

// encoder appends segments in EDIFACT syntax with the given separators.
type encoder struct {
	sep Separators
	// special marks the bytes that need a release character before them.
	special [256]bool
}

func newEncoder(sep Separators, _ bool) *encoder {
	e := &encoder{sep: sep}
	for _, b := range []byte{sep.Component, sep.Element, sep.Terminator, sep.Release, sep.Repetition} {
		if b != 0 {
			e.special[b] = true
		}
	}
	return e
}

// appendSegment appends s, terminator included. Trailing empty elements and
// components are left out, as ISO 9735 requires. It reports false when a value
// holds a separator and there is no release character to escape it.
func (e *encoder) appendSegment(dst []byte, s *Segment) ([]byte, bool) {
	ok := true
	dst = append(dst, s.Tag...)
	n := len(s.Elements)
	for n > 0 && s.Elements[n-1].Empty() {
		n--
	}
	for i := 0; i < n; i++ {
		dst = append(dst, e.sep.Element)
		el := &s.Elements[i]
		var good bool
		dst, good = e.appendComponents(dst, el.Components)
		ok = ok && good
		for _, rep := range el.Repetitions {
			if e.sep.Repetition == 0 {
				ok = false
				break
			}
			dst = append(dst, e.sep.Repetition)
			dst, good = e.appendComponents(dst, rep)
			ok = ok && good
		}
	}
	dst = append(dst, e.sep.Terminator)
	return dst, ok
}

func (e *encoder) appendComponents(dst []byte, comps []string) ([]byte, bool) {
	ok := true
	n := len(comps)
	for n > 0 && comps[n-1] == "" {
		n--
	}
	for j := 0; j < n; j++ {
		if j > 0 {
			dst = append(dst, e.sep.Component)
		}
		v := comps[j]
		for k := 0; k < len(v); k++ {
			c := v[k]
			if e.special[c] {
				if e.sep.Release == 0 {
					ok = false
				} else {
					dst = append(dst, e.sep.Release)
				}
			}
			dst = append(dst, c)
		}
	}
	return dst, ok
}
