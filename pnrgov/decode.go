package pnrgov

import (
	"bytes"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/internal/decimal"
)

// DecodeOptions configures decoding. The zero value (or nil) decodes
// leniently with edifact.DefaultLimits.
type DecodeOptions struct {
	// Strict stops at the first defect of severity Warning or Error, at the
	// syntax level (*edifact.SyntaxError) or in the PNRGOV grammar
	// (*DecodeError), instead of reporting it and decoding on.
	Strict bool `json:"strict,omitempty"`
	// Limits bound what hostile input can cost; zero fields take
	// edifact.DefaultLimits.
	Limits edifact.Limits `json:"limits"`
	// MaxSegmentsPerPNR bounds one PNR, and the message header before the
	// first SRC, in segments; past it decoding stops with an error that
	// unwraps to edifact.ErrLimit. Zero means 16,384: about 190 times the
	// IATA guide's example PNR, far more than a 99-name group PNR with its
	// history.
	MaxSegmentsPerPNR int `json:"maxSegmentsPerPNR,omitempty"`
	// Filter, when set, is applied to each PNR as it is decoded, and the
	// PNR it returns is the one given out: privacy.Filter.DecodeFilter
	// removes sensitive data there, so that no decoded PNR holds it.
	Filter func(*PNR) *PNR `json:"-"`
}

// Result is everything decoded from one input.
type Result struct {
	Messages []*Message `json:"messages"`
	// Diagnostics are the syntax-level and PNRGOV-level findings, in input
	// order. Their texts never contain passenger data.
	Diagnostics []edifact.Diagnostic `json:"diagnostics"`
}

// Decode decodes every PNRGOV message in data. In lenient mode it returns an
// error only for a limit, input that is not EDIFACT, or input without any
// PNRGOV message (ErrNoMessage); defects are in Result.Diagnostics. In strict
// mode the first defect is returned as an error, with what was decoded before.
func Decode(data []byte, opts *DecodeOptions) (*Result, error) {
	d := NewDecoder(bytes.NewReader(data), opts)
	res := &Result{}
	var err error
	for {
		var m *Message
		var p *PNR
		m, p, err = d.Next()
		if err != nil {
			break
		}
		if n := len(res.Messages); n == 0 || res.Messages[n-1] != m {
			res.Messages = append(res.Messages, m)
		}
		if p != nil {
			if m.PNRs == nil && m.PNRCount > 1 {
				m.PNRs = make([]*PNR, 0, min(m.PNRCount, 1<<14))
			}
			m.PNRs = append(m.PNRs, p)
		}
	}
	res.Messages = d.assemble(res.Messages)
	res.Diagnostics = d.Diagnostics()
	if errors.Is(err, io.EOF) {
		err = nil
		if len(res.Messages) == 0 {
			err = ErrNoMessage
		}
	}
	return res, err
}

// Decoder decodes PNRGOV messages from a stream one PNR at a time, so that a
// push of any size is read in the memory of one PNR.
//
// A Decoder is not safe for concurrent use.
type Decoder struct {
	r      *edifact.Reader
	strict bool
	diags  []edifact.Diagnostic
	// maxDiags is Limits.MaxDiagnostics, which bounds diags
	maxDiags int
	maxPNR   int // DecodeOptions.MaxSegmentsPerPNR
	filter   func(*PNR) *PNR
	err      error
	eof      bool

	ic   edifact.InterchangeHeader
	grp  *edifact.GroupHeader
	msg  *Message
	unh  edifact.Segment // position of the open message's UNH
	seen struct{ msg, org, tvl, eqn bool }
	nPNR int
	ref  civil.Date

	state
	out  []item // decoded, not yet returned by Next: out[head:]
	head int

	unhOf    map[*Message]edifact.Segment // UNH positions of multi-part messages
	chunk    []edifact.Segment            // segments as received, shared by consecutive PNRs
	pnrStart int                          // where the open PNR's segments begin in chunk
}

type item struct {
	msg *Message
	pnr *PNR
}

// NewDecoder returns a Decoder reading from r. A nil opts means the defaults.
func NewDecoder(r io.Reader, opts *DecodeOptions) *Decoder {
	var o DecodeOptions
	if opts != nil {
		o = *opts
	}
	maxDiags := o.Limits.MaxDiagnostics
	if maxDiags <= 0 {
		maxDiags = edifact.DefaultLimits.MaxDiagnostics
	}
	maxPNR := o.MaxSegmentsPerPNR
	if maxPNR <= 0 {
		maxPNR = 1 << 14
	}
	return &Decoder{
		r:        edifact.NewReader(r, &edifact.ReadOptions{Strict: o.Strict, NoRepetition: true, Limits: o.Limits}),
		strict:   o.Strict,
		maxDiags: maxDiags,
		maxPNR:   maxPNR,
		filter:   o.Filter,
	}
}

// Next returns the next PNR and the message it belongs to. All the PNRs of one
// message come with the same *Message, whose header fields are filled and
// whose PNRs field the Decoder leaves empty (Decode fills it). When a message
// ends, Next returns it once more with a nil PNR, so that a message without
// PNRs is seen too. At the end of the input Next returns io.EOF.
func (d *Decoder) Next() (*Message, *PNR, error) {
	for len(d.out) == d.head {
		if d.err != nil {
			return nil, nil, d.err
		}
		if d.eof {
			return nil, nil, io.EOF
		}
		seg, err := d.r.Read()
		if err != nil {
			if errors.Is(err, io.EOF) {
				d.eof = true
				d.endMessage()
				continue
			}
			d.err = err
			if !d.strict {
				d.endMessage()
			}
			continue
		}
		d.segment(&seg)
	}
	it := d.out[d.head]
	if it.pnr != nil && d.filter != nil {
		it.pnr = d.filter(it.pnr)
	}
	d.out[d.head] = item{}
	d.head++
	if d.head == len(d.out) {
		d.out, d.head = d.out[:0], 0 // drained: reuse the queue
	}
	return it.msg, it.pnr, nil
}

// Diagnostics returns the syntax-level and PNRGOV-level diagnostics so far, in
// input order.
func (d *Decoder) Diagnostics() []edifact.Diagnostic {
	all := make([]edifact.Diagnostic, 0, len(d.diags)+len(d.r.Diagnostics()))
	all = append(all, d.r.Diagnostics()...)
	all = append(all, d.diags...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Offset < all[j].Offset })
	return all
}

// report files a PNRGOV-level diagnostic at seg; in strict mode a Warning or
// an Error stops decoding. The diagnostic owns its tag (a copy, never a view
// into the reader's buffer), and a tag that is not a tag's shape (data where
// a tag should be) is left out. Past Limits.MaxDiagnostics one
// CodeDiagnosticsTruncated diagnostic says so and the rest are dropped, as
// edifact does for the syntax level.
func (d *Decoder) report(seg *edifact.Segment, code edifact.Code, elem, comp int, msg string) {
	diag := edifact.Diagnostic{Severity: severityOf(code), Code: code, Offset: seg.Offset,
		Segment: seg.Index, Tag: ownTag(seg.Tag), Element: elem, Component: comp, Message: msg}
	fatal := d.strict && diag.Severity >= edifact.Warning
	switch {
	case len(d.diags) < d.maxDiags || fatal && d.err == nil:
		d.diags = append(d.diags, diag)
	case len(d.diags) == d.maxDiags:
		d.diags = append(d.diags, edifact.Diagnostic{Severity: edifact.Info, Code: edifact.CodeDiagnosticsTruncated,
			Offset: diag.Offset, Segment: diag.Segment, Tag: diag.Tag,
			Message: "too many diagnostics; further ones are not recorded"})
	}
	if fatal && d.err == nil {
		d.err = &DecodeError{diag}
	}
}

// ownTag returns tag as a string of its own: the table's copy for a tag of
// the message body, a clone for another tag, "" for what is not a tag.
func ownTag(tag string) string {
	if i := tagSlot(tag); i >= 0 && ruleIndex[i] > 0 {
		return ruleTags[ruleIndex[i]-1]
	}
	if !validTag(tag) {
		return ""
	}
	return strings.Clone(tag)
}

// validTag reports a segment tag's shape: three upper-case letters or digits
// (as edifact checks it).
func validTag(tag string) bool {
	if len(tag) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c := tag[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// unknownTag describes the tag of an unknown segment for a diagnostic's
// text: the tag itself says nothing more than Diagnostic.Tag, and what is
// not a tag (perhaps passenger data) is given by its length only.
func unknownTag(tag string) string {
	if validTag(tag) {
		return ""
	}
	return " (" + itoa(len(tag)) + "-byte tag)"
}

// segment handles one segment of the stream.
func (d *Decoder) segment(seg *edifact.Segment) {
	switch seg.Tag {
	case "UNB":
		d.endMessage()
		d.ic = parseUNB(seg)
		d.grp = nil
	case "UNG":
		d.endMessage()
		g := parseUNG(seg)
		d.grp = &g
	case "UNE":
		d.endMessage()
		d.grp = nil
	case "UNH":
		d.endMessage()
		d.beginMessage(seg)
	case "UNT", "UNZ":
		d.endMessage()
	default:
		if d.msg != nil {
			d.body(seg)
		}
	}
}

func (d *Decoder) beginMessage(seg *edifact.Segment) {
	h := parseUNH(seg)
	if h.ID.Type != "PNRGOV" {
		d.report(seg, CodeOtherMessage, 2, 1, "message of another type skipped: "+safeCode(h.ID.Type))
		return
	}
	m := &Message{Envelope: edifact.Envelope{Interchange: d.ic, Header: h}}
	if d.grp != nil {
		g := *d.grp
		m.Envelope.Group = &g
	}
	m.Version = h.ID.Version
	if h.ID.Release != "" {
		m.Version += "." + h.ID.Release
	}
	if !supportedVersion(h.ID.Version, h.ID.Release) {
		d.report(seg, CodeVersion, 2, 2, "guide version outside 10.1..21.1: "+safeCode(m.Version))
	}
	d.msg = m
	d.unh = edifact.Segment{Tag: "UNH", Offset: seg.Offset, Index: seg.Index}
	if h.Transfer != nil {
		if d.unhOf == nil {
			d.unhOf = map[*Message]edifact.Segment{}
		}
		d.unhOf[m] = d.unh
	}
	d.seen = struct{ msg, org, tvl, eqn bool }{}
	d.nPNR = 0
	d.ref = d.ic.Prepared.Date
	d.state = state{}
}

// safeCode returns s when it looks like a code (short, letters, digits,
// dots), so that a diagnostic may name it without leaking free text.
func safeCode(s string) string {
	if len(s) > 8 {
		return "(long value)"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return "(value)"
		}
	}
	return s
}

func supportedVersion(version, release string) bool {
	v, ok1 := decimal.Uint(version)
	r, ok2 := decimal.Uint(release)
	if !ok1 || !ok2 {
		return false
	}
	n := v*1000 + r
	return n >= 10*1000+1 && n <= 21*1000+1
}

// endMessage closes the open message, if any: its last PNR, then the message.
func (d *Decoder) endMessage() {
	m := d.msg
	if m == nil {
		return
	}
	d.endPNR()
	at := d.unh
	if !d.seen.msg {
		d.report(&at, CodeMissingHeader, 0, 0, "message has no MSG segment: push type unknown")
	}
	if !d.seen.tvl {
		d.report(&at, CodeMissingHeader, 0, 0, "message has no TVL segment: flight unknown")
	}
	multipart := m.Envelope.Header.Transfer != nil && (m.Envelope.Header.Transfer.Sequence > 1 ||
		m.Envelope.Header.Transfer.Marker == "C")
	if d.seen.eqn && m.PNRCount != d.nPNR && !multipart {
		d.report(&at, CodePNRCount, 0, 0, "EQN says "+itoa(m.PNRCount)+" PNRs, "+itoa(d.nPNR)+" found")
	}
	d.out = append(d.out, item{msg: m})
	d.msg = nil
}

// endPNR finishes the open PNR and queues it.
func (d *Decoder) endPNR() {
	if d.pnr == nil {
		return
	}
	d.pnr.Segments = d.chunk[d.pnrStart:len(d.chunk):len(d.chunk)]
	d.pnrStart = len(d.chunk)
	d.build(d.pnr.Segments)
	d.derive(d.pnr)
	d.out = append(d.out, item{msg: d.msg, pnr: d.pnr})
	d.nPNR++
	d.pnr = nil
}

// --- envelope headers --------------------------------------------------------

// parseUNB, parseUNG and parseUNH read the headers with edifact, which keeps
// every element of ISO 9735; the Segment is not part of the model.
func parseUNB(s *edifact.Segment) edifact.InterchangeHeader {
	h := edifact.ParseUNB(s)
	h.Segment = edifact.Segment{}
	return h
}

func parseUNG(s *edifact.Segment) edifact.GroupHeader {
	h := edifact.ParseUNG(s)
	h.Segment = edifact.Segment{}
	return h
}

func parseUNH(s *edifact.Segment) edifact.MessageHeader {
	h := edifact.ParseUNH(s)
	h.Segment = edifact.Segment{}
	return h
}
