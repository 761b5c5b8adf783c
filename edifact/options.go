package edifact

// ReadOptions configures a Reader. The zero value reads leniently, returns
// segments the caller owns, and applies DefaultLimits.
type ReadOptions struct {
	// Strict returns every defect of severity Warning or Error as a *SyntaxError
	// and stops, instead of reporting it as a diagnostic and reading on.
	Strict bool `json:"strict,omitempty"`
	// ZeroCopy makes Read return segments whose strings and slices alias the
	// Reader's buffer. They are valid only until the next call to Read,
	// ReadInterchange or Reset; Segment.Clone keeps one. Trees returned by
	// ReadInterchange and Parse are owned in both modes. It saves the copy and the
	// allocations of the owning mode, for callers that consume each segment
	// before reading the next.
	ZeroCopy bool `json:"zeroCopy,omitempty"`
	// NoRepetition never treats UNA position 5 as a repetition separator, even in
	// a syntax version 4 interchange. PNRGOV needs it: there '*' is data.
	NoRepetition bool `json:"noRepetition,omitempty"`
	// Limits bound the memory and work hostile input can cause. Zero fields take
	// the value of DefaultLimits.
	Limits Limits `json:"limits"`
}

// Limits guard against hostile or broken input. Past a limit the Reader returns
// a *SyntaxError with code CodeLimit (ErrLimit), in every mode, having used at
// most about MaxSegmentSize bytes of buffer.
type Limits struct {
	// MaxSegmentSize is the largest segment in bytes, terminator included.
	MaxSegmentSize int `json:"maxSegmentSize,omitempty"`
	// MaxSegmentsPerMessage bounds UNH..UNT.
	MaxSegmentsPerMessage int `json:"maxSegmentsPerMessage,omitempty"`
	// MaxMessageSize bounds one message in bytes, UNH to UNT. The message
	// decoders hold a message (paxlst) or a PNR (pnrgov) at a time, so this
	// and MaxSegmentsPerMessage are what bound their memory.
	MaxMessageSize int64 `json:"maxMessageSize,omitempty"`
	// MaxInterchangeSize bounds one interchange in bytes, UNA to UNZ.
	MaxInterchangeSize int64 `json:"maxInterchangeSize,omitempty"`
	// MaxElements bounds the data elements, components and repetitions of one
	// segment together.
	MaxElements int `json:"maxElements,omitempty"`
	// MaxDiagnostics bounds the diagnostics recorded for one input; past it
	// one CodeDiagnosticsTruncated diagnostic says so and the rest are dropped
	// (a limit error is always recorded). Reading goes on.
	MaxDiagnostics int `json:"maxDiagnostics,omitempty"`
}

// DefaultLimits are generous for airline traffic, and keep a decoder of the
// largest message they admit in a few tens of megabytes: the longest real
// segments (PNR history lines, free text) are a few kilobytes; a 999-passenger
// PAXLST has about 25,000 segments and 1 MB; the IATA PNRGOV guide's example
// PNR (appendix B) has 88 segments in 5.4 KB, so that 131,072 segments and
// 8 MiB hold about 1,500 such PNRs, three times a full A380. An interchange
// holds any number of messages; the decoders stream them.
var DefaultLimits = Limits{
	MaxSegmentSize:        64 << 10,
	MaxSegmentsPerMessage: 1 << 17,
	MaxMessageSize:        8 << 20,
	MaxInterchangeSize:    256 << 20,
	MaxElements:           4096,
	MaxDiagnostics:        10000,
}

func (l Limits) withDefaults() Limits {
	if l.MaxSegmentSize <= 0 {
		l.MaxSegmentSize = DefaultLimits.MaxSegmentSize
	}
	if l.MaxSegmentsPerMessage <= 0 {
		l.MaxSegmentsPerMessage = DefaultLimits.MaxSegmentsPerMessage
	}
	if l.MaxMessageSize <= 0 {
		l.MaxMessageSize = DefaultLimits.MaxMessageSize
	}
	if l.MaxInterchangeSize <= 0 {
		l.MaxInterchangeSize = DefaultLimits.MaxInterchangeSize
	}
	if l.MaxElements <= 0 {
		l.MaxElements = DefaultLimits.MaxElements
	}
	if l.MaxDiagnostics <= 0 {
		l.MaxDiagnostics = DefaultLimits.MaxDiagnostics
	}
	return l
}
