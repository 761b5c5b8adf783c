package main

import (
	"errors"
	"io"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/pnrgov"
)

// Each library decoder is called in one place, below; decode, validate and
// screen go through these functions.

// wholeLimit bounds the inputs read whole: CUSRES (cusres has no streaming
// decoder) and PNRGOV, whose streaming decoder does not assemble multi-part
// messages (pnrgov.Decode does): a PNRGOV input up to this size is decoded
// whole, so that its parts are assembled; a larger one is streamed and its
// parts are printed as they came.
var wholeLimit = 2 << 20 // a variable for the tests of the streaming paths

// decodeFormat is how decode and validate read one message format: each
// message goes to emit as soon as it is complete; the diagnostics come at
// the end, with the error that stopped reading (nil at the end of the input).
type decodeFormat struct {
	key    string // the JSON key of the messages: "messages" or "responses"
	decode func(r io.Reader, strict bool, emit func(any) error) ([]edifact.Diagnostic, error)
}

// formats are keyed by the UNH message type (0065).
var formats = map[string]decodeFormat{
	"PAXLST": {"messages", func(r io.Reader, strict bool, emit func(any) error) ([]edifact.Diagnostic, error) {
		return paxlstMessages(r, strict, func(m *paxlst.Message) error { return emit(m) })
	}},
	"PNRGOV": {"messages", func(r io.Reader, strict bool, emit func(any) error) ([]edifact.Diagnostic, error) {
		return pnrgovStream(r, strict, func(m *pnrgov.Message, p *pnrgov.PNR) error { return emit(pnrEvent{m, p}) })
	}},
	"CUSRES": {"responses", cusresResponses},
}

// paxlstMessages streams the lists of r through paxlst.Decoder.
func paxlstMessages(r io.Reader, strict bool, emit func(*paxlst.Message) error) ([]edifact.Diagnostic, error) {
	d := paxlst.NewDecoder(r, &paxlst.DecodeOptions{Strict: strict})
	for {
		m, err := d.Next()
		if err == io.EOF {
			return d.Diagnostics(), nil
		}
		if err != nil {
			return d.Diagnostics(), err
		}
		if err := emit(m); err != nil {
			return nil, err
		}
	}
}

// pnrEvent is one PNR of a PNRGOV message, or (p nil) the end of the message:
// PNRGOV is streamed PNR by PNR, as a push may be one message of any size.
type pnrEvent struct {
	m *pnrgov.Message // header fields filled; PNRs ignored
	p *pnrgov.PNR
}

// writeMessage writes a message as JSON (format "json") or as the EDIFACT
// that encode returns.
func writeMessage(w io.Writer, format string, m any, encode func() ([]byte, error)) error {
	if format == "json" {
		return writeJSON(w, m)
	}
	b, err := encode()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// pnrgovMessages gives each PNRGOV message of r whole, its PNRs
// gathered: for the commands that write a message back (filter, mask).
func pnrgovMessages(r io.Reader, fn func(m *pnrgov.Message) error) error {
	var pnrs []*pnrgov.PNR // of the message being streamed
	_, err := pnrgovStream(r, false, func(m *pnrgov.Message, p *pnrgov.PNR) error {
		if p != nil {
			pnrs = append(pnrs, p)
			return nil
		}
		if len(m.PNRs) == 0 {
			m.PNRs = pnrs
		}
		pnrs = nil
		return fn(m)
	})
	return err
}

// pnrgovStream gives each PNR of r with its message, then the message once
// more with a nil PNR when it ends (pnrgov.Decoder's order); see wholeLimit.
func pnrgovStream(r io.Reader, strict bool, fn func(m *pnrgov.Message, p *pnrgov.PNR) error) ([]edifact.Diagnostic, error) {
	opts := &pnrgov.DecodeOptions{Strict: strict}
	data, rest, err := smallInput(r, wholeLimit)
	if err != nil {
		return nil, err
	}
	if rest == nil {
		res, err := pnrgov.Decode(data, opts)
		for _, m := range res.Messages {
			for _, p := range m.PNRs {
				if e := fn(m, p); e != nil {
					return nil, e
				}
			}
			if e := fn(m, nil); e != nil {
				return nil, e
			}
		}
		return res.Diagnostics, err
	}
	d := pnrgov.NewDecoder(rest, opts)
	for {
		m, p, err := d.Next()
		if errors.Is(err, io.EOF) {
			return d.Diagnostics(), nil
		}
		if err != nil {
			return d.Diagnostics(), err
		}
		if e := fn(m, p); e != nil {
			return nil, e
		}
	}
}

// cusresResponses decodes a CUSRES input whole: cusres has no streaming
// decoder, and answers are small; larger inputs are refused.
func cusresResponses(r io.Reader, strict bool, emit func(any) error) ([]edifact.Diagnostic, error) {
	data, rest, err := smallInput(r, wholeLimit)
	if err != nil {
		return nil, err
	}
	if rest != nil {
		return nil, tooLarge("CUSRES", wholeLimit)
	}
	res, err := cusres.Decode(data, &paxlst.DecodeOptions{Strict: strict})
	for _, m := range res.Responses {
		if e := emit(m); e != nil {
			return nil, e
		}
	}
	return res.Diagnostics, err
}

// genericSegments streams the segments of an input of no known format
// through edifact.Reader, as read, service segments included: a flat list
// keeps the memory of one segment whatever the interchange holds (a tree of
// the interchange would hold all of it).
func genericSegments(r io.Reader, strict bool, emit func(any) error) ([]edifact.Diagnostic, error) {
	// Zero-copy: emit writes each segment before the next Read.
	rd := edifact.NewReader(r, &edifact.ReadOptions{Strict: strict, ZeroCopy: true})
	for {
		seg, err := rd.Read()
		if err == io.EOF {
			return rd.Diagnostics(), nil
		}
		if err != nil {
			return rd.Diagnostics(), err
		}
		if e := emit(&seg); e != nil {
			return nil, e
		}
	}
}
