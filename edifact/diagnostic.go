package edifact

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Severity ranks a diagnostic.
type Severity int

// Severities, from least to most serious.
const (
	Info    Severity = iota // a harmless habit of real traffic (line breaks between segments)
	Warning                 // a defect the lenient reader worked around; data kept
	Error                   // a defect that may have cost meaning; data kept as sent
)

var severityNames = [...]string{"info", "warning", "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if n == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("edifact: unknown severity %q", b)
}

// Diagnostic reports one defect or quirk in the input, with its position. Its
// Message never contains data element values, so diagnostics can be logged.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Code     Code     `json:"code"`
	// Offset is the byte offset in the input where the problem was found.
	Offset int64 `json:"offset"`
	// Segment is the 0-based index of the segment concerned, -1 when none.
	Segment int `json:"segment"`
	// Tag is the tag of that segment ("" when none).
	Tag string `json:"tag,omitempty"`
	// Element and Component locate the value concerned, 1-based as in CONTRL
	// (UCD 0098 and 0104); 0 when the diagnostic is about the whole segment.
	Element   int    `json:"element,omitempty"`
	Component int    `json:"component,omitempty"`
	Message   string `json:"message"`
}

// String formats the diagnostic on one line.
func (d Diagnostic) String() string {
	where := "byte " + strconv.FormatInt(d.Offset, 10)
	switch {
	case d.Segment >= 0 && d.Tag != "":
		where = fmt.Sprintf("segment %d (%s) at byte %d", d.Segment, d.Tag, d.Offset)
	case d.Segment >= 0:
		where = fmt.Sprintf("segment %d at byte %d", d.Segment, d.Offset)
	}
	if d.Element > 0 {
		where += fmt.Sprintf(", element %d", d.Element)
		if d.Component > 0 {
			where += fmt.Sprintf(" component %d", d.Component)
		}
	}
	return fmt.Sprintf("%s %s: %s: %s", d.Severity, d.Code, where, d.Message)
}

// SyntaxError is a defect reported as an error: in strict mode, or when a limit
// is exceeded, or when the input cannot be read as EDIFACT at all. It unwraps to
// the sentinel of its Code (errors.Is(err, ErrControlCount)).
type SyntaxError struct {
	Diagnostic
	// notEDIFACT marks the error for input that holds no interchange at
	// all (code CodeMissingUNB): it also matches ErrNotEDIFACT.
	notEDIFACT bool
}

func (e *SyntaxError) Error() string {
	return "edifact: " + e.Diagnostic.String()
}

// Unwrap returns the sentinel error of the code.
func (e *SyntaxError) Unwrap() error { return e.Code.Err() }

// Is reports whether target is ErrNotEDIFACT and the input held no EDIFACT
// at all; other sentinels are matched through Unwrap.
func (e *SyntaxError) Is(target error) bool { return target == ErrNotEDIFACT && e.notEDIFACT }

// MarshalJSON writes the diagnostic.
func (e *SyntaxError) MarshalJSON() ([]byte, error) { return json.Marshal(e.Diagnostic) }

// Sentinel errors: every SyntaxError unwraps to one of these.
var (
	ErrUNA          = errors.New("edifact: malformed service string advice (UNA)")
	ErrSyntaxID     = errors.New("edifact: unknown syntax identifier")
	ErrCharacter    = errors.New("edifact: character outside the declared repertoire")
	ErrSegment      = errors.New("edifact: malformed segment")
	ErrTerminator   = errors.New("edifact: missing segment terminator")
	ErrRelease      = errors.New("edifact: dangling release character")
	ErrEnvelope     = errors.New("edifact: envelope structure")
	ErrControlCount = errors.New("edifact: control count does not match")
	ErrReference    = errors.New("edifact: control references do not match")
	ErrLimit        = errors.New("edifact: input exceeds a limit")
	ErrNotEDIFACT   = errors.New("edifact: input is not an EDIFACT interchange")
)
