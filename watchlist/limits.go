package watchlist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Limits bound what a loader accepts, against hostile or broken input. A
// zero field takes its default; each violation is a *ParseError wrapping
// ErrLimit with the position of the fault. The defaults fit the largest real
// lists many times over: the UN consolidated list and OFAC's sdn.csv are
// about 2 MB, their largest text node 1,727 bytes and their largest CSV
// field 1,000 bytes.
type Limits struct {
	// MaxFileSize bounds the bytes read from one input (for LoadOFAC, from
	// each of its files). Default 256 MiB. LoadJSON holds its input in
	// memory, so this also bounds what it holds.
	MaxFileSize int64 `json:"maxFileSize,omitempty"`
	// MaxValueSize bounds one CSV field, JSON string or XML text node (and
	// any run of XML between two '<'), in bytes as they stand in the
	// input. Default 1 MiB.
	MaxValueSize int `json:"maxValueSize,omitempty"`
	// MaxDepth bounds the nesting of JSON arrays and objects and of XML
	// elements. Default 64.
	MaxDepth int `json:"maxDepth,omitempty"`
}

// LoadOptions configure the loaders. A nil *LoadOptions means the defaults.
type LoadOptions struct {
	Limits Limits `json:"limits"`
}

// Default limits.
const (
	defaultMaxFileSize  = 256 << 20
	defaultMaxValueSize = 1 << 20
	defaultMaxDepth     = 64
)

// limits returns o's limits with every zero field set to its default.
func (o *LoadOptions) limits() Limits {
	var l Limits
	if o != nil {
		l = o.Limits
	}
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = defaultMaxFileSize
	}
	if l.MaxValueSize <= 0 {
		l.MaxValueSize = defaultMaxValueSize
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = defaultMaxDepth
	}
	return l
}

// sizeReader stops reading with a *ParseError wrapping ErrLimit once more
// than max bytes have been read. When xmlRuns is set it also refuses a run
// of more than maxRun bytes without a '<' (a text node, an attribute or a
// tag that long), so that no XML value is ever held whole before it is
// refused.
type sizeReader struct {
	r       io.Reader
	input   string
	n, max  int64
	xmlRuns bool
	run     int
	maxRun  int
	err     error
}

func (s *sizeReader) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if rest := s.max + 1 - s.n; int64(len(p)) > rest {
		p = p[:rest] // read one byte past the limit to know it is passed
	}
	k, err := s.r.Read(p)
	if s.xmlRuns {
		for i := 0; i < k; {
			j := bytes.IndexByte(p[i:k], '<')
			if j < 0 {
				j = k - i
			}
			if s.run+j > s.maxRun {
				at := i + s.maxRun - s.run // the first byte past the limit
				s.err = &ParseError{Input: s.input, Offset: s.n + int64(at), Err: fmt.Errorf("%w: text of more than %d bytes", ErrLimit, s.maxRun)}
				return at, s.err
			}
			if i += j; i < k {
				s.run, i = 0, i+1 // a '<' starts a new run
			} else {
				s.run += j
			}
		}
	}
	s.n += int64(k)
	if s.n > s.max {
		s.err = &ParseError{Input: s.input, Offset: s.max, Err: fmt.Errorf("%w: input larger than %d bytes", ErrLimit, s.max)}
		return k - int(s.n-s.max), s.err
	}
	return k, err
}

// limitError returns the *ParseError a sizeReader (or a loader's own check)
// raised inside err, or nil.
func limitError(err error) *ParseError {
	var pe *ParseError
	if errors.As(err, &pe) && errors.Is(pe.Err, ErrLimit) {
		return pe
	}
	return nil
}
