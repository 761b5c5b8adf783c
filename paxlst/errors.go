package paxlst

import (
	"errors"
	"strings"

	"github.com/openpiu/piu/edifact"
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

var codeSeverity = map[edifact.Code]edifact.Severity{
	CodeUnknownSegment:   edifact.Warning,
	CodeUnknownQualifier: edifact.Warning,
	CodeUnknownCode:      edifact.Warning,
	CodeOutOfPlace:       edifact.Warning,
	CodeDuplicate:        edifact.Warning,
	CodeMissingData:      edifact.Warning,
	CodeBadDate:          edifact.Error,
	CodeBadNumber:        edifact.Error,
	CodeMisplacedValue:   edifact.Warning,
	CodePaddedValue:      edifact.Info,
	CodeSingleName:       edifact.Info,
	CodeCountMismatch:    edifact.Info,
	CodeTotalsDiffer:     edifact.Warning,
	CodePartial:          edifact.Warning,
	CodeOtherMessage:     edifact.Info,
}

// Sentinel errors.
var (
	// ErrNoMessage: the input holds no PAXLST message.
	ErrNoMessage = errors.New("paxlst: no PAXLST message in the input")
	// ErrContent: strict decoding met a content defect; see DecodeError.
	ErrContent = errors.New("paxlst: message content does not follow the implementation guide")
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

// Unwrap returns ErrContent.
func (e *DecodeError) Unwrap() error { return ErrContent }

// diag builds a diagnostic about seg with the code's severity.
func diag(code edifact.Code, seg *edifact.Segment, elem, comp int, msg string) edifact.Diagnostic {
	d := edifact.Diagnostic{Severity: codeSeverity[code], Code: code, Segment: -1, Element: elem, Component: comp, Message: msg}
	if seg != nil {
		d.Offset, d.Segment, d.Tag = seg.Offset, seg.Index, ownTag(seg.Tag)
	}
	return d
}

// ownTag returns tag in memory of its own: a zero-copy segment's tag aliases
// the reader's buffer. The tags PAXLST uses need no allocation.
func ownTag(tag string) string {
	switch tag {
	case "UNH":
		return "UNH"
	case "BGM":
		return "BGM"
	case "RFF":
		return "RFF"
	case "NAD":
		return "NAD"
	case "COM":
		return "COM"
	case "TDT":
		return "TDT"
	case "LOC":
		return "LOC"
	case "DTM":
		return "DTM"
	case "ATT":
		return "ATT"
	case "MEA":
		return "MEA"
	case "GEI":
		return "GEI"
	case "FTX":
		return "FTX"
	case "NAT":
		return "NAT"
	case "EMP":
		return "EMP"
	case "DOC":
		return "DOC"
	case "CNT":
		return "CNT"
	}
	return strings.Clone(tag)
}
