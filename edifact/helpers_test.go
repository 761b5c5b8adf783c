package edifact

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// diag is the part of a Diagnostic the table tests compare exactly; the
// message is checked separately (it must name no value).
type diag struct {
	Sev     Severity
	Code    Code
	Offset  int64
	Segment int
	Tag     string
	Element int
}

func keys(ds []Diagnostic) []diag {
	var out []diag
	for _, d := range ds {
		out = append(out, diag{d.Severity, d.Code, d.Offset, d.Segment, d.Tag, d.Element})
	}
	return out
}

// seg is a compact view of a segment for comparisons: tag, offset, index and
// the elements as component lists, repetitions after a "*" marker.
type seg struct {
	Tag    string
	Off    int64
	Index  int
	Values [][]string
}

func view(s Segment) seg {
	s = s.Clone() // zero-copy segments alias the Reader's buffer
	v := seg{Tag: s.Tag, Off: s.Offset, Index: s.Index}
	for _, e := range s.Elements {
		comps := append([]string{}, e.Components...)
		for _, r := range e.Repetitions {
			comps = append(comps, "*")
			comps = append(comps, r...)
		}
		v.Values = append(v.Values, comps)
	}
	return v
}

// readAll reads every segment of data with Read and returns their views, the
// diagnostics and the error that stopped reading (nil at io.EOF).
func readAll(t testing.TB, data []byte, opts *ReadOptions) ([]seg, []Diagnostic, error) {
	t.Helper()
	r := NewReader(bytes.NewReader(data), opts)
	var out []seg
	for {
		s, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, r.Diagnostics(), nil
		}
		if err != nil {
			return out, r.Diagnostics(), err
		}
		out = append(out, view(s))
	}
}

// oneByteReader returns one byte per Read, to exercise every buffer boundary.
type oneByteReader struct{ b []byte }

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(o.b) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.b[0]
	o.b = o.b[1:]
	return 1, nil
}

// endless repeats a chunk for ever.
type endless struct {
	chunk []byte
	i     int
	read  int64
}

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.chunk[e.i:])
		n += c
		e.i = (e.i + c) % len(e.chunk)
	}
	e.read += int64(n)
	return n, nil
}
