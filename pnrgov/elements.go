package pnrgov

import (
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/internal/decimal"
)

// This file holds the element and date helpers that the segment readers and
// builders (segments.go, segments_groups.go) share.

// comps returns the components of element e with trailing empty ones removed,
// nil when none is left.
func comps(s *edifact.Segment, e int) []string {
	if e < 0 || e >= len(s.Elements) {
		return nil
	}
	return trim(s.Elements[e].Components)
}

// compsN returns at most the first n components of element e, trailing
// empty ones removed: the part of a composite the model reads.
func compsN(s *edifact.Segment, e, n int) []string {
	if e < 0 || e >= len(s.Elements) {
		return nil
	}
	c := s.Elements[e].Components
	if len(c) > n {
		c = c[:n]
	}
	return trim(c)
}

func trim(c []string) []string {
	n := len(c)
	for n > 0 && c[n-1] == "" {
		n--
	}
	if n == 0 {
		return nil
	}
	return c[:n:n]
}

func at(c []string, i int) string {
	if i < len(c) {
		return c[i]
	}
	return ""
}

// more returns the components from i on, nil when none.
func more(c []string, i int) []string {
	if i >= len(c) {
		return nil
	}
	return trim(c[i:])
}

// readValues keeps a segment as sent, trailing empties removed.
func readValues(s *edifact.Segment) Values {
	n := len(s.Elements)
	for n > 0 && len(trim(s.Elements[n-1].Components)) == 0 {
		n--
	}
	if n == 0 {
		return nil
	}
	v := make(Values, n)
	for i := range n {
		v[i] = trim(s.Elements[i].Components)
	}
	return v
}

func buildValues(tag string, v Values) edifact.Segment {
	s := edifact.Segment{Tag: tag, Elements: make([]edifact.Element, len(v))}
	for i, c := range v {
		s.Elements[i].Components = c
	}
	return s
}

// joinText reads a free-text element: components an unreleased separator
// split are joined back with the component separator.
func joinText(c []string) string {
	switch len(c) {
	case 0:
		return ""
	case 1:
		return c[0]
	}
	return strings.Join(c, ":")
}

func el(c ...string) edifact.Element { return edifact.Element{Components: c} }

func elWith(c []string, extra []string) edifact.Element {
	if len(extra) == 0 {
		return el(c...)
	}
	all := make([]string, 0, len(c)+len(extra))
	return el(append(append(all, c...), extra...)...)
}

// parseDMY reads ddmmyy and hhmm or hhmmss. ok is false when malformed.
func parseDMY(date, clock string, ref civil.Date, past bool) (civil.DateTime, bool) {
	var t civil.DateTime
	if date == "" && clock == "" {
		return t, true
	}
	if len(date) != 6 {
		return t, false
	}
	d, ok1 := decimal.Uint(date[0:2])
	m, ok2 := decimal.Uint(date[2:4])
	y, ok3 := decimal.Uint(date[4:6])
	if !ok1 || !ok2 || !ok3 {
		return t, false
	}
	t.Date = civil.ExpandDate(y, monthOf(m), d, ref, past)
	if !t.Date.Valid() {
		return civil.DateTime{}, false
	}
	if !parseClock(clock, &t) {
		return civil.DateTime{}, false
	}
	return t, true
}

func parseClock(clock string, t *civil.DateTime) bool {
	switch len(clock) {
	case 0:
		return true
	case 4, 6:
		h, ok1 := decimal.Uint(clock[0:2])
		m, ok2 := decimal.Uint(clock[2:4])
		s, ok3 := 0, true
		if len(clock) == 6 {
			s, ok3 = decimal.Uint(clock[4:6])
		}
		if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || s > 59 {
			return false
		}
		t.Hour, t.Minute, t.Second = h, m, s
		return true
	}
	return false
}

func two(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

func fmtDate(d civil.Date) string {
	if d.IsZero() {
		return ""
	}
	return two(d.Day) + two(int(d.Month)) + two(d.Year%100)
}

func fmtClock(t civil.DateTime) string {
	if t.IsZero() {
		return ""
	}
	s := two(t.Hour) + two(t.Minute)
	if t.Second != 0 {
		s += two(t.Second)
	}
	return s
}

func monthOf(m int) time.Month { return time.Month(m) }
