package main

import (
	"encoding/json"
	"io"

	"github.com/openpiu/piu/edifact"
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
	b := s.marshal(v, "    ")
	sep := ","
	if s.n == 0 {
		sep = ""
	}
	if s.indent {
		sep += "\n    "
	}
	s.write([]byte(sep), b)
	s.n++
	return s.err
}

// end closes the array and writes the diagnostics.
func (s *jsonStream) end(diags []edifact.Diagnostic) error {
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
