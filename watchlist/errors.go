package watchlist

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Errors from this package wrap one of them; test with
// errors.Is. No error text ever contains a name, a document number or a date
// of birth: only positions and field names.
var (
	// ErrSyntax: the input is not well-formed (XML, CSV or JSON).
	ErrSyntax = errors.New("watchlist: syntax error")
	// ErrMissing: a required field or element is absent or empty.
	ErrMissing = errors.New("watchlist: required field missing")
	// ErrValue: a field has a value of the wrong form (a date, a code).
	ErrValue = errors.New("watchlist: invalid value")
	// ErrDuplicate: two entries share an id, or two alt rows an alt number.
	ErrDuplicate = errors.New("watchlist: duplicate id")
	// ErrReference: a row refers to an entry that does not exist.
	ErrReference = errors.New("watchlist: reference to unknown entry")
	// ErrLimit: the input exceeds a size limit meant to stop hostile input.
	ErrLimit = errors.New("watchlist: limit exceeded")
)

// ParseError locates a loader error. Its text names the input, the position
// and the field, never the field's content.
type ParseError struct {
	// Input names what was read: "UN XML", "OFAC sdn.csv", "national CSV"...
	Input string
	// Line is 1-based, 0 when unknown. For CSV it is the line the record
	// starts on; for XML the line of the element.
	Line int
	// Offset is the byte offset in the input, -1 when unknown. For a limit
	// it is where the limit was passed; for LoadJSON the byte at fault, or
	// the start of the entry that is not valid.
	Offset int64
	// Path is the element path (XML, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[3]",
	// elements of other names as "*[n]") or the JSON pointer of the entry
	// ("/2"), empty for CSV.
	Path string
	// Field is the CSV column or XML element concerned, if any.
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("watchlist: ")
	b.WriteString(e.Input)
	if e.Line > 0 {
		fmt.Fprintf(&b, " line %d", e.Line)
	}
	if e.Offset >= 0 {
		fmt.Fprintf(&b, " offset %d", e.Offset)
	}
	if e.Path != "" {
		b.WriteString(" at ")
		b.WriteString(e.Path)
	}
	if e.Field != "" {
		b.WriteString(" field ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	msg := e.Err.Error()
	b.WriteString(strings.TrimPrefix(msg, "watchlist: "))
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }
