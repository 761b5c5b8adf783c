package report

import "github.com/openpiu/piu/edifact"

// MaxSegmentsPerList is the default bound on the segments of one PAXLST or
// CUSRES message. The decoders hold one list at a time, at up to about 700
// bytes of model per segment (a NAD-only list); a full A380 list (853
// passengers and crew, about 15 segments each) has some 13,000 segments,
// and 32,768 keep the largest list in tens of megabytes.
const MaxSegmentsPerList = 1 << 15

// Limits returns l with its zero fields filled: MaxSegmentsPerMessage with
// MaxSegmentsPerList, the others with edifact.DefaultLimits.
func Limits(l edifact.Limits) edifact.Limits {
	if l.MaxSegmentsPerMessage <= 0 {
		l.MaxSegmentsPerMessage = MaxSegmentsPerList
	}
	d := edifact.DefaultLimits
	if l.MaxSegmentSize <= 0 {
		l.MaxSegmentSize = d.MaxSegmentSize
	}
	if l.MaxMessageSize <= 0 {
		l.MaxMessageSize = d.MaxMessageSize
	}
	if l.MaxInterchangeSize <= 0 {
		l.MaxInterchangeSize = d.MaxInterchangeSize
	}
	if l.MaxElements <= 0 {
		l.MaxElements = d.MaxElements
	}
	if l.MaxDiagnostics <= 0 {
		l.MaxDiagnostics = d.MaxDiagnostics
	}
	return l
}
