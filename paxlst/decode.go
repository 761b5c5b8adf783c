package paxlst

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
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
	// edifact.DefaultLimits.
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
		m, err = d.Decode()
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
	diags   []edifact.Diagnostic
	cnt     map[*Message]edifact.Segment // position of the CNT read for a list
	found   bool
	eof     bool
	err     error

	// The envelope being read.
	ic    Envelope        // values of the current UNB
	group *Group          // current UNG, nil outside groups
	cur   *segmentDecoder // the PAXLST message being read, nil outside one
	head  *edifact.MessageHeader
	mark  int // len(diags) when cur began

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
	// Zero-copy reading: the decoder copies what it keeps into its own
	// arena, which costs far less than owning every segment.
	d.r = edifact.NewReader(src, &edifact.ReadOptions{Strict: d.opts.Strict, Limits: d.opts.Limits, ZeroCopy: true})
	return d
}

// Decode returns the next list, or io.EOF when the input is exhausted. The
// caller owns the message. After an error other than io.EOF, every call
// returns that error.
func (d *Decoder) Decode() (*Message, error) {
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

// Diagnostics returns the syntax and content diagnostics so far, in input order.
func (d *Decoder) Diagnostics() []edifact.Diagnostic {
	out := make([]edifact.Diagnostic, 0, len(d.r.Diagnostics())+len(d.diags))
	out = append(out, d.r.Diagnostics()...)
	out = append(out, d.diags...)
	slices.SortStableFunc(out, func(a, b edifact.Diagnostic) int {
		switch {
		case a.Offset < b.Offset:
			return -1
		case a.Offset > b.Offset:
			return 1
		}
		return 0
	})
	return out
}

// segment files one segment read from the stream.
func (d *Decoder) segment(s *edifact.Segment) error {
	switch s.Tag {
	case "UNB":
		err := d.closeMessage()
		d.ic = Envelope{
			Syntax: edifact.SyntaxIdentifier{ID: d.val(s, 0, 0), Version: d.val(s, 0, 1),
				CodeListVersion: d.val(s, 0, 2), Encoding: d.val(s, 0, 3)},
			Sender: d.party(s, 1), Recipient: d.party(s, 2),
			ControlRef: d.val(s, 4, 0), AppRef: d.val(s, 6, 0), Test: d.val(s, 10, 0),
		}
		d.ic.Prepared, _ = edifact.ParseDateTime(s.Value(3, 0), s.Value(3, 1))
		d.group = nil
		return err
	case "UNG":
		err := d.closeMessage()
		g := &Group{ID: d.val(s, 0, 0), Sender: d.party(s, 1), Recipient: d.party(s, 2),
			Reference: d.val(s, 4, 0), Agency: d.val(s, 5, 0)}
		g.Prepared, _ = edifact.ParseDateTime(s.Value(3, 0), s.Value(3, 1))
		g.Version = d.str(strings.Join(trimEmptyTail(s.Element(6).Components), ":"))
		d.group = g
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
		mark := len(d.diags)
		d.cur.segment(s)
		return d.strictCheck(mark)
	}
	return nil
}

// openMessage starts a message at its UNH.
func (d *Decoder) openMessage(s *edifact.Segment) error {
	h := &edifact.MessageHeader{
		Reference: d.val(s, 0, 0),
		ID: edifact.MessageID{Type: d.val(s, 1, 0), Version: d.val(s, 1, 1), Release: d.val(s, 1, 2),
			Agency: d.val(s, 1, 3), Association: d.val(s, 1, 4)},
		CommonAccessRef: d.val(s, 2, 0),
		Segment:         edifact.Segment{Tag: "UNH", Offset: s.Offset, Index: s.Index},
	}
	if e := s.Element(3); !e.Empty() {
		n, _ := strconv.Atoi(e.Value(0))
		h.Transfer = &edifact.Transfer{Sequence: n, Marker: d.str(e.Value(1))}
	}
	if h.ID.Type != "PAXLST" {
		return d.add(edifact.Diagnostic{Severity: codeSeverity[CodeOtherMessage], Code: CodeOtherMessage,
			Offset: s.Offset, Segment: s.Index, Tag: "UNH", Element: 2, Message: "message of another type skipped"})
	}
	d.found = true
	env := d.ic
	env.Group = d.group
	env.Reference, env.ID, env.CommonAccessRef = h.Reference, h.ID, h.CommonAccessRef
	env.Parts, env.Complete = 1, true
	m := &Message{Envelope: env, Flights: make([]Leg, 0, 1), Persons: make([]Person, 0, d.personsHint)}
	d.cur = &segmentDecoder{d: d, m: m, ref: referenceDate(&env, d.opts.Reference)}
	d.head, d.mark = h, len(d.diags)
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
		d.diags = append(d.diags, diag(CodeMissingData, &h.Segment, 0, 0, "message without BGM"))
	}
	if err := d.strictCheck(d.mark); err != nil {
		return err
	}
	if h.CommonAccessRef == "" || h.Transfer == nil {
		return d.finish(m)
	}
	if seq := h.Transfer.Sequence; seq < 1 || seq > maxParts {
		// S010 0070 has two digits. A larger number is a defect, and would
		// make edifact.Assemble list billions of missing parts.
		mark := len(d.diags)
		d.diags = append(d.diags, diag(CodeBadNumber, &h.Segment, 4, 1,
			"part number outside 1..99; message read as a list of its own"))
		if err := d.strictCheck(mark); err != nil {
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
	if s, ok := d.cnt[m]; ok && m.Envelope.Complete {
		var pax, crew int
		for i := range m.Persons {
			switch r := m.Persons[i].Role; {
			case r.IsPassenger():
				pax++
			case r.IsCrew():
				crew++
			}
		}
		if t := m.Totals.Passengers; t != nil && *t != pax {
			d.diags = append(d.diags, diag(CodeCountMismatch, &s, 1, 2,
				"CNT 42 (passengers on the flight) differs from the passengers in the list"))
		}
		if t := m.Totals.Crew; t != nil && *t != crew {
			d.diags = append(d.diags, diag(CodeCountMismatch, &s, 1, 2,
				"CNT 41 (crew on the flight) differs from the crew in the list"))
		}
	}
	delete(d.cnt, m)
	d.ready = append(d.ready, m)
	return nil
}

func (d *Decoder) add(diag edifact.Diagnostic) error {
	mark := len(d.diags)
	d.diags = append(d.diags, diag)
	return d.strictCheck(mark)
}

// strictCheck returns the first diagnostic since mark that strict mode turns
// into an error.
func (d *Decoder) strictCheck(mark int) error {
	if !d.opts.Strict {
		return nil
	}
	for _, x := range d.diags[mark:] {
		if x.Severity >= edifact.Warning {
			return &DecodeError{x}
		}
	}
	return nil
}

// referenceDate is the date two-digit years are read against.
// An envelope date outside 1950..2049 is not used: edifact writes S004 as
// YYMMDD, so such a date would not read back the same, and a list would
// decode differently once re-encoded.
func referenceDate(env *Envelope, fallback civil.Date) civil.Date {
	usable := func(d civil.Date) bool { return d.Valid() && d.Year >= 1950 && d.Year <= 2049 }
	switch {
	case usable(env.Prepared.Date):
		return env.Prepared.Date
	case env.Group != nil && usable(env.Group.Prepared.Date):
		return env.Group.Prepared.Date
	}
	return fallback
}
