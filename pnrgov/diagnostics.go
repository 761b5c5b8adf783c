package pnrgov

import "github.com/openpiu/piu/edifact"

// Diagnostic codes of this package. They share edifact.Diagnostic with the
// syntax level, so that one list describes an input. The comment gives the
// severity; in strict mode Warning and Error stop decoding with a *DecodeError.
const (
	// CodeSegmentOrder: a segment outside its place in the grammar (order
	// drift, IFT inside Gr3, TIF after the itinerary); kept in its PNR.
	CodeSegmentOrder edifact.Code = "pnrgov-segment-order" // warning
	// CodeMissingSRC: PNR data before any SRC; an implicit PNR was opened.
	CodeMissingSRC edifact.Code = "pnrgov-missing-src" // warning
	// CodeMissingTRI: check-in data of a traveller without TRI.
	CodeMissingTRI edifact.Code = "pnrgov-missing-tri" // warning
	// CodeUnknownSegment: a segment this package does not know; kept in place.
	CodeUnknownSegment edifact.Code = "pnrgov-unknown-segment" // info
	// CodeInvalidValue: a date, time or number that does not parse; the
	// segment is kept as received in PNR.Segments.
	CodeInvalidValue edifact.Code = "pnrgov-invalid-value" // warning
	// CodeArrivalDate: a TVL arrival time without a date (date inferred).
	CodeArrivalDate edifact.Code = "pnrgov-arrival-date" // info
	// CodeVersion: UNH names a guide version outside 10.1..21.1.
	CodeVersion edifact.Code = "pnrgov-version" // warning
	// CodeOtherMessage: a message of another type in the input, skipped.
	CodeOtherMessage edifact.Code = "pnrgov-other-message" // info
	// CodePNRCount: EQN does not match the PNRs in the message.
	CodePNRCount edifact.Code = "pnrgov-pnr-count" // warning
	// CodeSSRText: SSR DOCS, DOCO, DOCA or FOID free text that does not
	// parse; what parsed is kept, the raw text always.
	CodeSSRText edifact.Code = "pnrgov-ssr-text" // warning
	// CodeNoDocuments: a traveller without any SSR DOCS or FOID.
	CodeNoDocuments edifact.Code = "pnrgov-no-documents" // info
	// CodeInfantLink: an infant that no adult claims.
	CodeInfantLink edifact.Code = "pnrgov-infant-link" // info
	// CodeMissingHeader: MSG, ORG, TVL or EQN missing from the message header.
	CodeMissingHeader edifact.Code = "pnrgov-missing-header" // warning
)

var codeSeverity = map[edifact.Code]edifact.Severity{
	CodeSegmentOrder:   edifact.Warning,
	CodeMissingSRC:     edifact.Warning,
	CodeMissingTRI:     edifact.Warning,
	CodeUnknownSegment: edifact.Info,
	CodeInvalidValue:   edifact.Warning,
	CodeArrivalDate:    edifact.Info,
	CodeVersion:        edifact.Warning,
	CodeOtherMessage:   edifact.Info,
	CodePNRCount:       edifact.Warning,
	CodeSSRText:        edifact.Warning,
	CodeNoDocuments:    edifact.Info,
	CodeInfantLink:     edifact.Info,
	CodeMissingHeader:  edifact.Warning,
}

func severityOf(c edifact.Code) edifact.Severity {
	if s, ok := codeSeverity[c]; ok {
		return s
	}
	return edifact.Error
}

func codeErr(c edifact.Code) error {
	switch c {
	case CodeVersion:
		return ErrVersion
	case CodeInvalidValue, CodeSSRText, CodePNRCount, CodeMissingHeader:
		return ErrValue
	case CodeOtherMessage:
		return ErrNoMessage
	case edifact.CodeLimit:
		return edifact.ErrLimit
	}
	return ErrGrammar
}
