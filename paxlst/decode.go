package paxlst

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"unsafe"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst/internal/envelope"
	"github.com/openpiu/piu/paxlst/internal/report"
)

// DecodeOptions configure a Decoder. The zero value decodes leniently.
type DecodeOptions struct {
	// Strict stops at the first defect of severity Warning or Error, syntax
	// or content, and returns it as an error (*edifact.SyntaxError or
	// *DecodeError) instead of a diagnostic.
	Strict bool `json:"strict,omitempty"`
	// Reference is the date two-digit years are read against when the
	// interchange header carries no date. Zero means the window 1950..2049.
	Reference civil.Date `json:"reference,omitzero"`
	// Limits bound what hostile input can cost; zero fields take
	// edifact.DefaultLimits, except MaxSegmentsPerMessage: 32,768 segments,
	// more than twice a full A380's list, bound the one list a decoder holds.
	Limits edifact.Limits `json:"limits,omitzero"`
}

// Result is everything decoded from one input.
type Result struct {
	// Messages holds one entry per list: a message sent whole, or the parts
	// of a multi-part message reassembled.
	Messages []*Message `json:"messages"`
	// Diagnostics are the syntax (edifact) and content (paxlst) diagnostics in
	// input order.
	Diagnostics []edifact.Diagnostic `json:"diagnostics"`
}

// MarshalJSON writes the contract of doc.go: {"format": "PAXLST",
// "messages": [...], "diagnostics": [...]}, arrays never null.
func (r *Result) MarshalJSON() ([]byte, error) {
	out := struct {
		Format      string               `json:"format"`
		Messages    []*Message           `json:"messages"`
		Diagnostics []edifact.Diagnostic `json:"diagnostics"`
	}{"PAXLST", r.Messages, r.Diagnostics}
	if out.Messages == nil {
		out.Messages = []*Message{}
	}
	if out.Diagnostics == nil {
		out.Diagnostics = []edifact.Diagnostic{}
	}
	return json.Marshal(out)
}

// Decode decodes every PAXLST list in data. In lenient mode it returns an
// error only when data holds no EDIFACT or no PAXLST message (ErrNoMessage),
// or exceeds a limit; every defect is a diagnostic and no person is dropped.
// In strict mode the first defect is returned as an error, together with
// what was decoded before it.
func Decode(data []byte, opts *DecodeOptions) (*Result, error) {
	d := NewDecoder(bytes.NewReader(data), opts)
	// Size each list's persons from the NAD tags of the input, so that the
	// slice is allocated once rather than grown (a hint only: NAD+MS and
	// "NAD" inside values count too).
	d.personsHint = bytes.Count(data, []byte("NAD")) / max(1, bytes.Count(data, []byte("UNH")))
	res := &Result{Messages: []*Message{}}
	var err error
	for {
		var m *Message
		m, err = d.Next()
		if err != nil {
			break
		}
		res.Messages = append(res.Messages, m)
	}
	res.Diagnostics = d.Diagnostics()
	if err == io.EOF {
		err = nil
		if !d.found {
			err = ErrNoMessage
		}
	}
	return res, err
}

// Decoder reads PAXLST lists from a stream of interchanges, segment by
// segment, holding no more than the lists being assembled. A list sent whole
// is returned as soon as its UNT has been read; the parts of a multi-part
// list are held until the final part and all before it have arrived, or
// until the end of the input, where what arrived is assembled and reported
// as partial.
type Decoder struct {
	r       *edifact.Reader
	opts    DecodeOptions
	pending []*pendingList             // in order of first arrival
	byRef   map[[2]string]*pendingList // the same, by message type and 0068
	ready   []*Message
	diags   report.List
	cnt     map[*Message]edifact.Segment // position of the CNT read for a list
	found   bool
	eof     bool
	err     error

	// The envelope being read.
	ic    edifact.InterchangeHeader // values of the current UNB
	group *edifact.GroupHeader      // current UNG, nil outside groups
	cur   *segmentDecoder           // the PAXLST message being read, nil outside one
	head  *edifact.MessageHeader

	arena []byte     // owned copies of the values kept, never rewritten
	docs  []Document // slab the first document of each person is carved from

	personsHint int // expected persons per message, 0 when unknown
}

// NewDecoder returns a Decoder reading src. A nil opts means the defaults.
func NewDecoder(src io.Reader, opts *DecodeOptions) *Decoder {
	d := &Decoder{cnt: map[*Message]edifact.Segment{}, byRef: map[[2]string]*pendingList{}}
	if opts != nil {
		d.opts = *opts
	}
	lim := report.Limits(d.opts.Limits)
	d.diags = report.List{Max: lim.MaxDiagnostics, Strict: d.opts.Strict}
	// Zero-copy reading: the decoder copies what it keeps into its own
	// arena, which costs far less than owning every segment.
	d.r = edifact.NewReader(src, &edifact.ReadOptions{Strict: d.opts.Strict, Limits: lim, ZeroCopy: true})
	return d
}

// Next returns the next list, or io.EOF when the input is exhausted. The
// caller owns the message. After an error other than io.EOF, every call
// returns that error.
func (d *Decoder) Next() (*Message, error) {
	for len(d.ready) == 0 {
		if d.err != nil {
			return nil, d.err
		}
		if d.eof {
			if len(d.pending) == 0 {
				return nil, io.EOF
			}
			p := d.pending[0]
			d.pending = d.pending[1:]
			delete(d.byRef, [2]string{p.typ, p.ref})
			d.err = d.assemble(p)
			continue
		}
		seg, err := d.r.Read()
		switch {
		case err == io.EOF:
			d.eof = true
			d.err = d.closeMessage()
		case err != nil:
			d.err = err
		default:
			d.err = d.segment(&seg)
		}
	}
	m := d.ready[0]
	d.ready[0] = nil
	d.ready = d.ready[1:]
	return m, nil
}

// Diagnostics returns the syntax and content diagnostics so far, in input
// order: at most Limits.MaxDiagnostics of them, and one
// edifact.CodeDiagnosticsTruncated marker when there were more.
func (d *Decoder) Diagnostics() []edifact.Diagnostic {
	return report.Merge(d.r.Diagnostics(), d.diags.Items, d.diags.Max)
}

// segment files one segment read from the stream.
func (d *Decoder) segment(s *edifact.Segment) error {
	switch s.Tag {
	case "UNB":
		err := d.closeMessage()
		d.ic = envelope.UNB(s, d.str)
		d.group = nil
		return err
	case "UNG":
		err := d.closeMessage()
		g := envelope.UNG(s, d.str)
		d.group = &g
		return err
	case "UNH":
		if err := d.closeMessage(); err != nil {
			return err
		}
		return d.openMessage(s)
	case "UNT", "UNZ":
		return d.closeMessage()
	case "UNE":
		err := d.closeMessage()
		d.group = nil
		return err
	}
	if d.cur != nil {
		d.cur.segment(s)
		return d.strictCheck()
	}
	return nil
}

// openMessage starts a message at its UNH.
func (d *Decoder) openMessage(s *edifact.Segment) error {
	hdr := envelope.UNH(s, d.str)
	h := &hdr
	if h.ID.Type != "PAXLST" {
		return d.add(edifact.Diagnostic{Severity: codeClass[CodeOtherMessage].sev, Code: CodeOtherMessage,
			Offset: s.Offset, Segment: s.Index, Tag: "UNH", Element: 2, Message: "message of another type skipped"})
	}
	d.found = true
	env := edifact.Envelope{Interchange: d.ic, Group: d.group, Header: *h}
	env.Header.Segment = edifact.Segment{}
	m := &Message{Envelope: env, Parts: 1, Complete: true, Flights: make([]Leg, 0, 1), Persons: make([]Person, 0, d.personsHint)}
	d.cur = &segmentDecoder{d: d, m: m, ref: referenceDate(&env, d.opts.Reference)}
	d.head = h
	return nil
}

// closeMessage ends the message being read, if any, and files it as a list
// or as a part of one.
func (d *Decoder) closeMessage() error {
	sd, h := d.cur, d.head
	if sd == nil {
		return nil
	}
	d.cur, d.head = nil, nil
	m := sd.m
	if !sd.bgm {
		d.diags.Add(diag(CodeMissingData, &h.Segment, 0, 0, "message without BGM"))
	}
	if err := d.strictCheck(); err != nil {
		return err
	}
	if h.CommonAccessRef == "" || h.Transfer == nil {
		return d.finish(m)
	}
	if seq := h.Transfer.Sequence; seq < 1 || seq > maxParts {
		// S010 0070 has two digits. A larger number is a defect, and would
		// make edifact.Assemble list billions of missing parts.
		d.diags.Add(diag(CodeBadNumber, &h.Segment, 4, 1,
			"part number outside 1..99; message read as a list of its own"))
		if err := d.strictCheck(); err != nil {
			return err
		}
		return d.finish(m)
	}
	key := [2]string{h.ID.Type, h.CommonAccessRef}
	p := d.byRef[key]
	if p == nil {
		p = &pendingList{typ: h.ID.Type, ref: h.CommonAccessRef, models: map[*edifact.Message]*Message{}}
		d.pending = append(d.pending, p)
		d.byRef[key] = p
	}
	em := &edifact.Message{Header: *h}
	p.parts = append(p.parts, em)
	p.models[em] = m
	if p.complete() {
		d.pending = slices.DeleteFunc(d.pending, func(q *pendingList) bool { return q == p })
		delete(d.byRef, key)
		return d.assemble(p)
	}
	return nil
}

// str returns s copied into the decoder's arena. The arena's bytes are never
// written again once handed out, so the string is the caller's.
func (d *Decoder) str(s string) string {
	if s == "" {
		return ""
	}
	if len(d.arena)+len(s) > cap(d.arena) {
		d.arena = make([]byte, 0, max(16<<10, len(s)))
	}
	n := len(d.arena)
	d.arena = append(d.arena, s...)
	return unsafe.String(&d.arena[n], len(s))
}

// strs returns owned copies of ss, nil when ss is empty.
func (d *Decoder) strs(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = d.str(s)
	}
	return out
}

func (d *Decoder) val(s *edifact.Segment, e, c int) string { return d.str(s.Value(e, c)) }

func (d *Decoder) party(s *edifact.Segment, e int) edifact.Party {
	return edifact.Party{ID: d.val(s, e, 0), Qualifier: d.val(s, e, 1), Routing: d.val(s, e, 2)}
}

// finish checks the totals of a complete list and makes it ready.
func (d *Decoder) finish(m *Message) error {
	if s, ok := d.cnt[m]; ok && m.Complete {
		var pax, crew int
		for i := range m.Persons {
			switch r := m.Persons[i].Role; {
			case r.Passenger():
				pax++
			case r.Crew():
				crew++
			}
		}
		if t := m.Totals.Passengers; t != nil && *t != pax {
			d.diags.Add(diag(CodeCountMismatch, &s, 1, 2,
				"CNT 42 (passengers on the flight) differs from the passengers in the list"))
		}
		if t := m.Totals.Crew; t != nil && *t != crew {
			d.diags.Add(diag(CodeCountMismatch, &s, 1, 2,
				"CNT 41 (crew on the flight) differs from the crew in the list"))
		}
	}
	delete(d.cnt, m)
	d.ready = append(d.ready, m)
	return nil
}

func (d *Decoder) add(x edifact.Diagnostic) error {
	d.diags.Add(x)
	return d.strictCheck()
}

// strictCheck returns the first diagnostic that strict mode turns into an
// error, once one was filed.
func (d *Decoder) strictCheck() error {
	if f := d.diags.Fatal; f != nil {
		return &DecodeError{*f}
	}
	return nil
}

// referenceDate is the date two-digit years are read against.
// An envelope date outside 1950..2049 is not used: edifact writes S004 as
// YYMMDD, so such a date would not read back the same, and a list would
// decode differently once re-encoded.
func referenceDate(env *edifact.Envelope, fallback civil.Date) civil.Date {
	usable := func(d civil.Date) bool { return d.Valid() && d.Year >= 1950 && d.Year <= 2049 }
	switch {
	case usable(env.Interchange.Prepared.Date):
		return env.Interchange.Prepared.Date
	case env.Group != nil && usable(env.Group.Prepared.Date):
		return env.Group.Prepared.Date
	}
	return fallback
}
