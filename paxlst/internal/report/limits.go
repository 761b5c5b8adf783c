package report

import "github.com/openpiu/piu/edifact"

// MaxSegmentsPerList is the default bound on the segments of one PAXLST or
// CUSRES message. The decoders hold one list at a time, at up to about 700
// bytes of model per segment (a NAD-only list); a full A380 list (853
// passengers and crew, about 15 segments each) has some 13,000 segments,
// and 32,768 keep the largest list in tens of megabytes.
const MaxSegmentsPerList = 1 << 15

// Limits returns l with MaxSegmentsPerMessage and MaxDiagnostics filled
// when zero (MaxSegmentsPerList, edifact.DefaultLimits); the Reader fills
// the others.
func Limits(l edifact.Limits) edifact.Limits {
	if l.MaxSegmentsPerMessage <= 0 {
		l.MaxSegmentsPerMessage = MaxSegmentsPerList
	}
	if l.MaxDiagnostics <= 0 {
		l.MaxDiagnostics = edifact.DefaultLimits.MaxDiagnostics
	}
	return l
}
