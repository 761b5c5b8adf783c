// Package report collects the diagnostics of the paxlst and paxlst/cusres
// decoders: bounded by Limits.MaxDiagnostics with one
// edifact.CodeDiagnosticsTruncated marker, each owning its strings, and
// never echoing a segment tag that is not a tag (it may be passenger data).
package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/openpiu/piu/edifact"
)

// List holds a decoder's own diagnostics.
type List struct {
	// Max bounds Items; past it one truncation marker is added and further
	// diagnostics are dropped, except those strict mode turns into errors.
	Max int
	// Strict makes every Warning or Error fatal: the first is kept in Fatal.
	Strict bool
	Items  []edifact.Diagnostic
	Fatal  *edifact.Diagnostic
}

// Add files d (its tag made safe and owned) and reports whether strict
// mode makes it fatal.
func (l *List) Add(d edifact.Diagnostic) bool {
	d.Tag = Tag(d.Tag)
	fatal := l.Strict && d.Severity >= edifact.Warning
	if fatal && l.Fatal == nil {
		f := d
		l.Fatal = &f
	}
	switch max := l.Max; {
	case len(l.Items) < max || fatal || max <= 0:
		l.Items = append(l.Items, d)
	case len(l.Items) == max:
		l.Items = append(l.Items, marker(d))
	}
	return fatal
}

func marker(at edifact.Diagnostic) edifact.Diagnostic {
	return edifact.Diagnostic{Severity: edifact.Info, Code: edifact.CodeDiagnosticsTruncated, Offset: at.Offset,
		Segment: at.Segment, Tag: at.Tag, Message: "too many diagnostics; further ones are not recorded"}
}

// Merge returns the reader's diagnostics and the decoder's own in input
// order, at most max of them and one truncation marker.
func Merge(reader, own []edifact.Diagnostic, max int) []edifact.Diagnostic {
	out := make([]edifact.Diagnostic, 0, min(len(reader)+len(own), max+1))
	out = append(out, reader...)
	out = append(out, own...)
	slices.SortStableFunc(out, func(a, b edifact.Diagnostic) int {
		switch {
		case a.Offset < b.Offset:
			return -1
		case a.Offset > b.Offset:
			return 1
		}
		return 0
	})
	if max <= 0 || len(out) <= max+1 {
		return out
	}
	out = slices.DeleteFunc(out, func(d edifact.Diagnostic) bool { return d.Code == edifact.CodeDiagnosticsTruncated })
	if len(out) <= max {
		return out
	}
	return append(out[:max:max], marker(out[max]))
}

// Tag returns tag in memory of its own when it has the shape of a segment
// tag (three letters or digits), else "": what stands where a tag should be
// may be a value, and a diagnostic never carries one. The tags PAXLST and
// CUSRES use need no allocation.
func Tag(tag string) string {
	for _, t := range known {
		if t == tag {
			return t // the literal, which shares no memory with tag
		}
	}
	if !Valid(tag) {
		return ""
	}
	return strings.Clone(tag)
}

var known = [...]string{"UNB", "UNG", "UNH", "UNT", "UNE", "UNZ", "BGM", "RFF", "NAD", "COM", "TDT", "LOC",
	"DTM", "ATT", "MEA", "GEI", "FTX", "NAT", "EMP", "DOC", "CNT", "ERP", "ERC"}

// Valid reports whether tag has the shape of a segment tag.
func Valid(tag string) bool {
	if len(tag) != 3 {
		return false
	}
	for i := range 3 {
		if c := tag[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// Unknown is the text of an unknown-segment diagnostic: what, and for a tag
// that is not a tag its length, never the bytes.
func Unknown(tag, what string) string {
	if Valid(tag) {
		return what
	}
	return what + " (" + strconv.Itoa(len(tag)) + "-byte tag, not shown)"
}
