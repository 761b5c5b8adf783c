package cusres

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/internal/envelope"
	"github.com/openpiu/piu/paxlst/internal/report"
)

// Result is everything decoded from one input.
type Result struct {
	Responses   []*Response          `json:"responses"`
	Diagnostics []edifact.Diagnostic `json:"diagnostics"`
}

// MarshalJSON writes the contract of doc.go: {"format": "CUSRES",
// "responses": [...], "diagnostics": [...]}, arrays never null.
func (r *Result) MarshalJSON() ([]byte, error) {
	out := struct {
		Format      string               `json:"format"`
		Responses   []*Response          `json:"responses"`
		Diagnostics []edifact.Diagnostic `json:"diagnostics"`
	}{"CUSRES", r.Responses, r.Diagnostics}
	if out.Responses == nil {
		out.Responses = []*Response{}
	}
	if out.Diagnostics == nil {
		out.Diagnostics = []edifact.Diagnostic{}
	}
	return json.Marshal(out)
}

// Decode decodes every CUSRES message in data. Options are those of
// paxlst.Decode; in lenient mode it returns an error only for input that is
// not EDIFACT, exceeds a limit or holds no CUSRES (ErrNoMessage). In strict
// mode it stops at the first defect, with the responses read before it.
func Decode(data []byte, opts *paxlst.DecodeOptions) (*Result, error) {
	d := NewDecoder(bytes.NewReader(data), opts)
	res := &Result{Responses: []*Response{}}
	var err error
	for {
		var r *Response
		if r, err = d.Next(); err != nil {
			break
		}
		res.Responses = append(res.Responses, r)
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

// Decoder reads CUSRES messages from a stream of interchanges, segment by
// segment, holding no more than the message being read.
type Decoder struct {
	r     *edifact.Reader
	opts  paxlst.DecodeOptions
	diags report.List
	ic    edifact.InterchangeHeader // current UNB
	group *edifact.GroupHeader      // current UNG, nil outside groups
	cur   *decoder                  // the response being read
	ready *Response
	found bool
	eof   bool
	err   error
}

// NewDecoder returns a Decoder reading src. A nil opts means the defaults.
func NewDecoder(src io.Reader, opts *paxlst.DecodeOptions) *Decoder {
	d := &Decoder{}
	if opts != nil {
		d.opts = *opts
	}
	lim := report.Limits(d.opts.Limits)
	d.diags = report.List{Max: lim.MaxDiagnostics, Strict: d.opts.Strict}
	d.r = edifact.NewReader(src, &edifact.ReadOptions{Strict: d.opts.Strict, Limits: lim})
	return d
}

// Next returns the next response, or io.EOF when the input is exhausted.
// The caller owns the response. After an error other than io.EOF, every
// call returns that error.
func (d *Decoder) Next() (*Response, error) {
	for d.ready == nil {
		if d.err != nil {
			return nil, d.err
		}
		if d.eof {
			return nil, io.EOF
		}
		seg, err := d.r.Read()
		switch {
		case err == io.EOF:
			d.eof = true
			d.close()
		case err != nil:
			d.err = err
		default:
			d.segment(&seg)
		}
		if f := d.diags.Fatal; f != nil && d.err == nil {
			d.err = &DecodeError{*f}
		}
	}
	r := d.ready
	d.ready = nil
	return r, nil
}

// Diagnostics returns the syntax and content diagnostics so far, in input
// order: at most Limits.MaxDiagnostics of them, and one
// edifact.CodeDiagnosticsTruncated marker when there were more.
func (d *Decoder) Diagnostics() []edifact.Diagnostic {
	return report.Merge(d.r.Diagnostics(), d.diags.Items, d.diags.Max)
}

// segment files one segment read from the stream.
func (d *Decoder) segment(s *edifact.Segment) {
	switch s.Tag {
	case "UNB":
		d.close()
		d.ic, d.group = envelope.UNB(s, strings.Clone), nil
	case "UNG":
		d.close()
		g := envelope.UNG(s, strings.Clone)
		d.group = &g
	case "UNH":
		d.close()
		d.open(s)
	case "UNT", "UNZ":
		d.close()
	case "UNE":
		d.close()
		d.group = nil
	default:
		if d.cur != nil {
			d.cur.segment(s)
		}
	}
}

// open starts a response at its UNH.
func (d *Decoder) open(s *edifact.Segment) {
	h := envelope.UNH(s, strings.Clone)
	if h.ID.Type != "CUSRES" {
		d.diags.Add(at(paxlst.CodeOtherMessage, edifact.Info, s, 2, "message of another type skipped"))
		return
	}
	d.found = true
	env := edifact.Envelope{Interchange: d.ic, Group: d.group, Header: h}
	env.Header.Segment = edifact.Segment{}
	d.cur = &decoder{r: &Response{Envelope: env, Results: []Answer{}}, ref: d.opts.Reference, diags: &d.diags}
	if p := d.ic.Prepared.Date; p.Valid() {
		d.cur.ref = p
	}
}

// close ends the response being read, if any, and makes it ready.
func (d *Decoder) close() {
	if d.cur != nil {
		d.ready, d.cur = d.cur.r, nil
	}
}

func at(code edifact.Code, sev edifact.Severity, s *edifact.Segment, elem int, msg string) edifact.Diagnostic {
	return edifact.Diagnostic{Severity: sev, Code: code, Offset: s.Offset, Segment: s.Index, Tag: s.Tag,
		Element: elem, Message: msg}
}

// decoder turns the segments of one message into a Response.
type decoder struct {
	r     *Response
	ref   civil.Date
	res   *Answer // current ERP group
	bgm   bool
	diags *report.List
}

func (d *decoder) report(code edifact.Code, sev edifact.Severity, s *edifact.Segment, elem int, msg string) {
	d.diags.Add(at(code, sev, s, elem, msg))
}

func (d *decoder) keep(s *edifact.Segment, code edifact.Code, msg string) {
	d.report(code, edifact.Warning, s, 1, msg)
	if d.res != nil {
		d.res.Unknown = append(d.res.Unknown, *s)
	} else {
		d.r.Unknown = append(d.r.Unknown, *s)
	}
}

func (d *decoder) segment(s *edifact.Segment) {
	r := d.r
	q := s.Value(0, 0)
	switch {
	case s.Tag == "BGM" && !d.bgm && d.res == nil:
		d.bgm = true
		r.Type, r.DocumentID = Type(q), s.Value(1, 0)
		if !r.Type.Known() {
			d.report(paxlst.CodeUnknownCode, edifact.Warning, s, 1, "document name code not 962, 132 or 312")
		}
	case s.Tag == "RFF" && d.res == nil:
		v := s.Value(0, 1)
		switch {
		case q == "TN" && r.TransactionRef == "":
			r.TransactionRef = v
		case q == "AF" && r.Flight == "":
			r.Flight = v
		default:
			r.OtherRefs = append(r.OtherRefs, paxlst.Reference{Qualifier: q, Value: v})
		}
	case s.Tag == "RFF":
		v := s.Value(0, 1)
		switch {
		case q == "AVF" && d.res.PNR == "":
			d.res.PNR = v
		case q == "ABO" && d.res.PassengerRef == "":
			d.res.PassengerRef = v
		default:
			d.res.OtherRefs = append(d.res.OtherRefs, paxlst.Reference{Qualifier: q, Value: v})
		}
	case s.Tag == "DTM" && d.res == nil && (q == "189" || q == "232"):
		t, ok := d.dateTime(strings.TrimSpace(s.Value(0, 1)))
		dst := &r.Departure.Time
		if q == "232" {
			dst = &r.Arrival.Time
		}
		if !ok || !dst.IsZero() {
			d.keep(s, paxlst.CodeBadDate, "date cannot be read or is sent twice; segment kept")
			return
		}
		*dst = t
	case s.Tag == "LOC" && d.res == nil && (q == "125" && r.Departure.Airport == "" || q == "87" && r.Arrival.Airport == ""):
		dst := &r.Departure
		if q == "87" {
			dst = &r.Arrival
		}
		dst.Qualifier, dst.Airport = q, s.Value(1, 0)
	case s.Tag == "ERP":
		r.Results = append(r.Results, Answer{Level: Level(q)})
		d.res = &r.Results[len(r.Results)-1]
		if d.res.Level != LevelMessage && d.res.Level != LevelPassenger {
			d.report(paxlst.CodeUnknownQualifier, edifact.Warning, s, 1, "error point is not 1 or 2")
		}
	case s.Tag == "ERC" && d.res != nil && d.res.Status == "":
		d.res.Status, d.res.StatusCodeList = Status(q), s.Value(0, 1)
	case s.Tag == "FTX" && d.res != nil && q == "AAP":
		comps := s.Element(3).Components
		n := len(comps)
		for n > 0 && comps[n-1] == "" {
			n--
		}
		d.res.Text = append(d.res.Text, comps[:n]...)
	default:
		d.keep(s, paxlst.CodeUnknownSegment, report.Unknown(s.Tag, "segment, qualifier or repetition not used here by CUSRES; kept"))
	}
}

// dateTime reads YYMMDDHHMM (two-digit years near the message date) or
// CCYYMMDDHHMM.
func (d *decoder) dateTime(v string) (civil.DateTime, bool) {
	switch len(v) {
	case 10:
		t, ok := edifact.ParseDateTime(v[:6], v[6:])
		if !ok {
			return t, false
		}
		t.Year = civil.PivotYear(t.Year%100, d.ref, false)
		return t, t.Valid()
	case 12:
		return edifact.ParseDateTime(v[:8], v[8:])
	}
	return civil.DateTime{}, false
}
