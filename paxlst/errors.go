package paxlst

import (
	"errors"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst/internal/report"
)

// Diagnostic codes of the decoder. They share edifact.Diagnostic with the
// syntax level, so one list reports both. The comment gives the severity;
// in strict mode every Warning or Error stops decoding with a *DecodeError.
const (
	CodeUnknownSegment   edifact.Code = "paxlst-unknown-segment"   // warning: a tag PAXLST does not use here; kept in Unknown
	CodeUnknownQualifier edifact.Code = "paxlst-unknown-qualifier" // warning: a qualifier the guide does not list; kept in Unknown or as sent
	CodeUnknownCode      edifact.Code = "paxlst-unknown-code"      // warning: a gender, document type, role or list type outside the code list; kept as sent
	CodeOutOfPlace       edifact.Code = "paxlst-out-of-place"      // warning: a segment where its group cannot be (DOC before any NAD); kept in Unknown
	CodeDuplicate        edifact.Code = "paxlst-duplicate"         // warning: a value sent twice for one field; the first kept, the segment in Unknown
	CodeMissingData      edifact.Code = "paxlst-missing-data"      // warning: mandatory data absent (no BGM, a person without surname, an empty document)
	CodeBadDate          edifact.Code = "paxlst-bad-date"          // error: a date that cannot be read; the segment kept in Unknown
	CodeBadNumber        edifact.Code = "paxlst-bad-number"        // error: a count or weight that is not a number; the segment kept in Unknown
	CodeMisplacedValue   edifact.Code = "paxlst-misplaced-value"   // warning: a value in the wrong component (MEA+CT++1), read where it was
	CodePaddedValue      edifact.Code = "paxlst-padded-value"      // info: spaces around a date or code, removed
	CodeSingleName       edifact.Code = "paxlst-single-name"       // info: a person with one name only, kept as the surname
	CodeCountMismatch    edifact.Code = "paxlst-count-mismatch"    // info: CNT (a flight total) differs from the persons in the complete list
	CodeTotalsDiffer     edifact.Code = "paxlst-totals-differ"     // warning: parts of one list carry different CNT totals
	CodePartial          edifact.Code = "paxlst-partial"           // warning: a multi-part list decoded without all its parts
	CodeOtherMessage     edifact.Code = "paxlst-other-message"     // info: a message of another type in the input, skipped
)

// codeClass gives each code its severity and the sentinel its DecodeError
// wraps: ErrGrammar for a segment where the message grammar has none (or
// lacks one it needs), ErrValue for a value that cannot be read as sent.
var codeClass = map[edifact.Code]struct {
	sev edifact.Severity
	err error
}{
	CodeUnknownSegment:   {edifact.Warning, ErrGrammar},
	CodeUnknownQualifier: {edifact.Warning, ErrGrammar},
	CodeUnknownCode:      {edifact.Warning, ErrValue},
	CodeOutOfPlace:       {edifact.Warning, ErrGrammar},
	CodeDuplicate:        {edifact.Warning, ErrGrammar},
	CodeMissingData:      {edifact.Warning, ErrGrammar},
	CodeBadDate:          {edifact.Error, ErrValue},
	CodeBadNumber:        {edifact.Error, ErrValue},
	CodeMisplacedValue:   {edifact.Warning, ErrValue},
	CodePaddedValue:      {edifact.Info, ErrValue},
	CodeSingleName:       {edifact.Info, ErrValue},
	CodeCountMismatch:    {edifact.Info, ErrValue},
	CodeTotalsDiffer:     {edifact.Warning, ErrValue},
	CodePartial:          {edifact.Warning, ErrGrammar},
	CodeOtherMessage:     {edifact.Info, ErrGrammar},
}

// Sentinel errors.
var (
	// ErrNoMessage: the input holds no PAXLST message.
	ErrNoMessage = errors.New("paxlst: no PAXLST message in the input")
	// ErrGrammar: strict decoding met a segment outside the message grammar
	// (unknown, out of place, sent twice, missing); see DecodeError.
	ErrGrammar = errors.New("paxlst: segment outside the PAXLST message grammar")
	// ErrValue: strict decoding met a malformed value (a date, a number, a
	// code outside its list); see DecodeError.
	ErrValue = errors.New("paxlst: malformed value")
	// ErrEncode: a message cannot be written (a value the character set cannot
	// hold, a person without role, invalid options).
	ErrEncode = errors.New("paxlst: message cannot be encoded")
)

// DecodeError is a content defect met in strict mode. Like the diagnostic it
// wraps, its text holds positions and codes, never passenger data.
type DecodeError struct {
	edifact.Diagnostic
}

func (e *DecodeError) Error() string { return "paxlst: " + e.Diagnostic.String() }

// Unwrap returns ErrGrammar or ErrValue, after the diagnostic's code.
func (e *DecodeError) Unwrap() error {
	if c, ok := codeClass[e.Code]; ok {
		return c.err
	}
	return ErrGrammar // edifact.Assemble's codes: parts that do not fit together
}

// diag builds a diagnostic about seg with the code's severity.
func diag(code edifact.Code, seg *edifact.Segment, elem, comp int, msg string) edifact.Diagnostic {
	d := edifact.Diagnostic{Severity: codeClass[code].sev, Code: code, Segment: -1, Element: elem, Component: comp, Message: msg}
	if seg != nil {
		d.Offset, d.Segment, d.Tag = seg.Offset, seg.Index, report.Tag(seg.Tag)
	}
	return d
}
