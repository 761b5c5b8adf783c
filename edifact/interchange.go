package edifact

import (
	"bytes"
	"errors"
	"io"
)

// ReadInterchange reads the next whole interchange: its header, groups,
// messages with their segments, trailers, and any segment found outside a
// message. It returns io.EOF when no interchange is left. The result is always
// owned by the caller, also in zero-copy mode. An interchange cut short by the
// end of the input is returned with nil trailers and diagnostics.
//
// Calls to Read and ReadInterchange may be mixed only between interchanges.
func (r *Reader) ReadInterchange() (*Interchange, error) {
	r.collect = true
	defer func() { r.collect = false }()
	if !r.between && r.env.open && r.env.ic == nil {
		// Read was used inside this interchange: the tree cannot be rebuilt.
		return nil, errors.New("edifact: ReadInterchange called inside an interchange read with Read")
	}
	for {
		_, err := r.Read()
		if ic := r.closed; ic != nil {
			r.closed = nil
			if err == io.EOF {
				err = nil
			}
			return ic, err
		}
		if err != nil {
			return nil, err
		}
	}
}

// Document is everything read from one input: its interchanges and the
// diagnostics of the whole input.
type Document struct {
	Interchanges []*Interchange `json:"interchanges"`
	Diagnostics  []Diagnostic   `json:"diagnostics"`
}

// Parse reads every interchange in data. In lenient mode (the default) it
// returns an error only for a limit or input holding no EDIFACT at all; defects
// are in Document.Diagnostics. In strict mode the first defect is returned as a
// *SyntaxError together with what was read before it.
func Parse(data []byte, opts *ReadOptions) (*Document, error) {
	return ReadAll(bytes.NewReader(data), opts)
}

// ReadAll reads every interchange from src; see Parse.
func ReadAll(src io.Reader, opts *ReadOptions) (*Document, error) {
	r := NewReader(src, opts)
	doc := &Document{}
	for {
		ic, err := r.ReadInterchange()
		if ic != nil {
			doc.Interchanges = append(doc.Interchanges, ic)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			doc.Diagnostics = r.Diagnostics()
			return doc, err
		}
	}
	doc.Diagnostics = r.Diagnostics()
	return doc, nil
}
