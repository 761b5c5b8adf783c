package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
)

// jsonStream writes one decode document, {"format": F, KEY: [item...],
// "diagnostics": [...]}, an item at a time, so that only one message is held.
// Its bytes are those json.Encoder writes for the whole document (indented by
// two spaces, or compact), one trailing newline included.
type jsonStream struct {
	w      io.Writer
	indent bool
	n      int // items written
	err    error
	// A PNRGOV message being written PNR by PNR: its header, what follows
	// its "pnrs" array, and the PNRs written.
	open   *pnrgov.Message
	suffix []byte
	pnrs   int
}

func (s *jsonStream) write(parts ...[]byte) {
	for _, p := range parts {
		if s.err == nil {
			_, s.err = s.w.Write(p)
		}
	}
}

func (s *jsonStream) marshal(v any, prefix string) []byte {
	if s.err != nil {
		return nil
	}
	var b []byte
	if s.indent {
		b, s.err = json.MarshalIndent(v, prefix, "  ")
	} else {
		b, s.err = json.Marshal(v)
	}
	return b
}

// begin writes the document up to the opening bracket of key.
func (s *jsonStream) begin(format, key string) {
	f, _ := json.Marshal(format)
	if s.indent {
		s.write([]byte("{\n  \"format\": "), f, []byte(",\n  \""+key+"\": ["))
	} else {
		s.write([]byte(`{"format":`), f, []byte(`,"`+key+`":[`))
	}
}

// item writes one element of the array.
func (s *jsonStream) item(v any) error {
	s.beginItem(s.marshal(v, "    "))
	return s.err
}

// beginItem writes the separator before an item and b, its start.
func (s *jsonStream) beginItem(b []byte) {
	sep := ","
	if s.n == 0 {
		sep = ""
	}
	if s.indent {
		sep += "\n    "
	}
	s.write([]byte(sep), b)
	s.n++
}

// emit writes one message, or one event of a message streamed in pieces.
func (s *jsonStream) emit(v any) error {
	if e, ok := v.(pnrEvent); ok {
		return s.pnr(e)
	}
	return s.item(v)
}

// pnr writes a PNRGOV message PNR by PNR: the message's JSON with an empty
// "pnrs" array is cut there, and the PNRs are written in between, with the
// bytes json.Encoder gives the whole message.
func (s *jsonStream) pnr(e pnrEvent) error {
	if s.open != nil && s.open != e.m {
		s.closeMessage()
	}
	if s.open == nil {
		h := *e.m
		h.PNRs = nil
		b := s.marshal(h, "    ")
		cut := []byte(`"pnrs":[`)
		if s.indent {
			cut = []byte(`"pnrs": [`)
		}
		i := bytes.Index(b, cut)
		if s.err != nil || i < 0 {
			return s.item(e.m) // not expected: the message whole
		}
		i += len(cut)
		s.open, s.suffix, s.pnrs = e.m, b[i:], 0
		s.beginItem(b[:i])
	}
	if e.p == nil {
		s.closeMessage()
		return s.err
	}
	b := s.marshal(e.p, "        ")
	sep := ","
	if s.pnrs == 0 {
		sep = ""
	}
	if s.indent {
		sep += "\n        "
	}
	s.write([]byte(sep), b)
	s.pnrs++
	return s.err
}

func (s *jsonStream) closeMessage() {
	if s.open == nil {
		return
	}
	if s.indent && s.pnrs > 0 {
		s.write([]byte("\n      "))
	}
	s.write(s.suffix)
	s.open, s.suffix = nil, nil
}

// end closes the array and writes the diagnostics.
func (s *jsonStream) end(diags []edifact.Diagnostic) error {
	s.closeMessage()
	if diags == nil {
		diags = []edifact.Diagnostic{}
	}
	if s.indent && s.n > 0 {
		s.write([]byte("\n  "))
	}
	b := s.marshal(diags, "  ")
	if s.indent {
		s.write([]byte("],\n  \"diagnostics\": "), b, []byte("\n}\n"))
	} else {
		s.write([]byte(`],"diagnostics":`), b, []byte("}\n"))
	}
	return s.err
}
