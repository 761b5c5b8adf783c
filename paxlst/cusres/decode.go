package cusres

import (
	"bytes"
	"errors"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// Result is everything decoded from one input.
type Result struct {
	Responses   []*Response          `json:"responses"`
	Diagnostics []edifact.Diagnostic `json:"diagnostics"`
}

// ErrNoMessage: the input holds no CUSRES message.
var ErrNoMessage = errors.New("cusres: no CUSRES message in the input")

// Decode decodes every CUSRES message in data. Options are those of
// paxlst.Decode; in lenient mode it returns an error only for input that is
// not EDIFACT, exceeds a limit or holds no CUSRES (ErrNoMessage).
func Decode(data []byte, opts *paxlst.DecodeOptions) (*Result, error) {
	var o paxlst.DecodeOptions
	if opts != nil {
		o = *opts
	}
	doc, err := readAll(data, &edifact.ReadOptions{Strict: o.Strict, Limits: o.Limits})
	res := &Result{Responses: []*Response{}, Diagnostics: doc.Diagnostics}
	found := false
	for _, ic := range doc.Interchanges {
		groups := append([]*edifact.Group{nil}, ic.Groups...)
		for gi, g := range groups {
			msgs := ic.Messages
			if gi > 0 {
				msgs = g.Messages
			}
			for _, em := range msgs {
				if em.Header.ID.Type != "CUSRES" {
					res.Diagnostics = append(res.Diagnostics, at(paxlst.CodeOtherMessage, edifact.Info,
						&em.Header.Segment, 2, "message of another type skipped"))
					continue
				}
				found = true
				d := decoder{r: &Response{Envelope: envelope(ic, g, em), Results: []Answer{}}}
				d.ref = o.Reference
				if p := d.r.Envelope.Prepared.Date; p.Valid() {
					d.ref = p
				}
				for i := range em.Segments {
					d.segment(&em.Segments[i])
				}
				res.Responses = append(res.Responses, d.r)
				if o.Strict && err == nil {
					for _, x := range d.diags {
						if x.Severity >= edifact.Warning {
							err = &paxlst.DecodeError{Diagnostic: x}
							break
						}
					}
				}
				res.Diagnostics = append(res.Diagnostics, d.diags...)
			}
		}
	}
	if err == nil && !found {
		err = ErrNoMessage
	}
	return res, err
}

// readAll reads every interchange of data.
func readAll(data []byte, opts *edifact.ReadOptions) (*edifact.Document, error) {
	return edifact.ReadAll(bytes.NewReader(data), opts)
}

func envelope(ic *edifact.Interchange, g *edifact.Group, em *edifact.Message) paxlst.Envelope {
	h := &ic.Header
	env := paxlst.Envelope{Syntax: h.Syntax, Sender: h.Sender, Recipient: h.Recipient, Prepared: h.Prepared,
		ControlRef: h.ControlRef, AppRef: h.AppRef, Test: h.Test, Reference: em.Header.Reference,
		ID: em.Header.ID, CommonAccessRef: em.Header.CommonAccessRef, Parts: 1, Complete: true}
	if g != nil {
		gh := &g.Header
		env.Group = &paxlst.Group{ID: gh.ID, Sender: gh.Sender, Recipient: gh.Recipient, Prepared: gh.Prepared,
			Reference: gh.Reference, Agency: gh.Agency, Version: gh.Version}
	}
	return env
}

func at(code edifact.Code, sev edifact.Severity, s *edifact.Segment, elem int, msg string) edifact.Diagnostic {
	return edifact.Diagnostic{Severity: sev, Code: code, Offset: s.Offset, Segment: s.Index, Tag: s.Tag,
		Element: elem, Message: msg}
}

type decoder struct {
	r     *Response
	ref   civil.Date
	res   *Answer // current ERP group
	bgm   bool
	diags []edifact.Diagnostic
}

func (d *decoder) report(code edifact.Code, sev edifact.Severity, s *edifact.Segment, elem int, msg string) {
	d.diags = append(d.diags, at(code, sev, s, elem, msg))
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
		d.keep(s, paxlst.CodeUnknownSegment, "segment, qualifier or repetition not used here by CUSRES; kept")
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
