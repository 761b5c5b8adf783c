package paxlst

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unsafe"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst/internal/envelope"
)

// EncodeOptions configure Encode. The zero value writes one message with the
// default separators and no line breaks.
type EncodeOptions struct {
	// PartSize splits the list into parts of at most this many persons, each a
	// UNH..UNT message repeating the header, the flight and CNT, tied together
	// by the common access reference (UNH 0068) and numbered 01:C .. NN:F.
	// Zero or less writes one message.
	PartSize int `json:"partSize,omitempty"`
	// Separators to write with; the zero value means the level A defaults.
	Separators edifact.Separators `json:"separators,omitzero"`
	// LineBreaks writes a line feed after each segment.
	LineBreaks bool `json:"lineBreaks,omitempty"`
	// UNA writes a service string advice even with the default separators.
	UNA bool `json:"una,omitempty"`
}

// Defaults the encoder applies to an envelope that leaves them empty.
var (
	defaultSyntax = edifact.SyntaxIdentifier{ID: "UNOA", Version: "4"}
	defaultID     = edifact.MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}
)

// Encode writes m as one PAXLST interchange: UNA when needed, UNB, UNG when
// m.Envelope.Group is set, the message or its parts, and the trailers with
// their counts. Every header element of m.Envelope is written back; empty
// values take defaults (UNOA:4, control reference 1, PAXLST:D:05B:UN:IATA).
// Dates are written with two-digit years where the decoder reads them back
// the same against the envelope's date, else with four (format 102, 203).
//
// When a value lies outside the repertoire UNB declares (an É decoded from
// a UNOA interchange that broke its own declaration, lower case under
// UNOA), the interchange is written under the first of the level B
// sibling (UNOB, IATB), UNOC and UNOW that holds every value, and UNB says
// so: the encoder never writes a declaration its bytes contradict.
//
// Decoding the result gives m again, apart from the positions of unknown
// segments, the part count of a split list and such a raised syntax
// identifier.
func Encode(m *Message, opts EncodeOptions) ([]byte, error) {
	var b bytes.Buffer
	if err := EncodeTo(&b, m, opts); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// EncodeTo writes m to w as Encode does. The interchange is written to a
// buffer first (w itself when it is a *bytes.Buffer), so that a value the
// declared repertoire cannot hold costs a second writing under a raised
// one, not a scan of every value in the common case; w receives nothing
// when encoding fails.
func EncodeTo(w io.Writer, m *Message, opts EncodeOptions) error {
	e := encoders.Get().(*encoder)
	defer e.release()
	ic, err := e.interchange(m, opts)
	if err != nil {
		return err
	}
	buf, direct := w.(*bytes.Buffer)
	if !direct {
		buf = &e.out
	}
	start := buf.Len()
	err = write(buf, ic, opts)
	if errors.Is(err, edifact.ErrCharacter) && envelope.Raise(ic) {
		buf.Truncate(start)
		err = write(buf, ic, opts)
	}
	if err != nil {
		buf.Truncate(start)
		return fmt.Errorf("%w: %w", ErrEncode, err)
	}
	if !direct {
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func write(buf *bytes.Buffer, ic *edifact.Interchange, opts EncodeOptions) error {
	wr := edifact.NewWriter(buf)
	wr.Separators, wr.LineBreaks, wr.UNA = opts.Separators, opts.LineBreaks, opts.UNA
	if err := wr.WriteInterchange(ic); err != nil {
		return err
	}
	return wr.Flush()
}

// encoders holds encoders whose slabs are reused: the tree of an
// interchange is dropped as soon as it is written.
var encoders = sync.Pool{New: func() any { return new(encoder) }}

// release clears the slabs, so that they pin no caller data, and pools e.
func (e *encoder) release() {
	clear(e.segs[:cap(e.segs)])
	clear(e.elems[:cap(e.elems)])
	clear(e.comps[:cap(e.comps)])
	e.segs, e.elems, e.comps, e.text = e.segs[:0], e.elems[:0], e.comps[:0], e.text[:0]
	e.out.Reset()
	e.group = edifact.GroupHeader{}
	if b := e.out.Bytes(); cap(b) > 1<<20 {
		e.out = bytes.Buffer{} // a huge list's output is not kept for the next
	} else {
		clear(b[:cap(b)])
	}
	encoders.Put(e)
}

// interchange builds the edifact interchange of m: its envelope written
// back whole, with the defaults of Encode where values are empty.
func (e *encoder) interchange(m *Message, opts EncodeOptions) (*edifact.Interchange, error) {
	for i := range m.Persons {
		if m.Persons[i].Role == "" {
			return nil, fmt.Errorf("%w: persons[%d] has no role", ErrEncode, i)
		}
	}
	env := envelope.Normalize(m.Envelope, envelope.Defaults{Syntax: defaultSyntax, ID: defaultID}, &e.group)
	e.ref = referenceDate(&env, civil.Date{})
	size := opts.PartSize
	if size <= 0 || size >= len(m.Persons) {
		size = max(len(m.Persons), 1)
	}
	parts := max((len(m.Persons)+size-1)/size, 1)
	msgs := make([]*edifact.Message, 0, parts)
	for i := range parts {
		h := env.Header
		if i > 0 {
			h.Reference = env.Header.Reference + "-" + strconv.Itoa(i+1)
		}
		// A list of one part keeps the S010 it came with; the parts of a
		// list, or a list tied by 0068, are numbered 01:C .. NN:F.
		if parts > 1 || h.CommonAccessRef != "" && h.Transfer == nil {
			if h.CommonAccessRef == "" {
				h.CommonAccessRef = env.Header.Reference
			}
			h.Transfer = &edifact.Transfer{Sequence: i + 1, Marker: "C"}
			if i == parts-1 {
				h.Transfer.Marker = "F"
			}
		}
		persons := m.Persons[min(i*size, len(m.Persons)):min((i+1)*size, len(m.Persons))]
		msgs = append(msgs, &edifact.Message{Header: h, Segments: e.message(m, persons, i == 0)})
	}
	return envelope.Interchange(&env, msgs), nil
}

// encoder turns the model into segments. Values, components and elements
// are carved from slabs, so a list costs a few allocations, not a few per
// segment.
type encoder struct {
	ref   civil.Date
	segs  []edifact.Segment
	comps []string
	elems []edifact.Element
	text  []byte              // formatted numbers and dates; never rewritten
	out   bytes.Buffer        // EncodeTo's output before it goes to a writer
	group edifact.GroupHeader // the written copy of the message's UNG
}

// add appends a segment whose elements are copied to the element slab.
func (e *encoder) add(tag string, elems ...edifact.Element) {
	if len(e.elems)+len(elems) > cap(e.elems) {
		e.elems = make([]edifact.Element, 0, max(1024, 2*cap(e.elems), len(elems)))
	}
	n := len(e.elems)
	e.elems = append(e.elems, elems...)
	e.segs = append(e.segs, edifact.Segment{Tag: tag, Elements: e.elems[n:len(e.elems):len(e.elems)]})
}

// el builds an element whose components are copied to the component slab.
func (e *encoder) el(comps ...string) edifact.Element {
	if len(e.comps)+len(comps) > cap(e.comps) {
		e.comps = make([]string, 0, max(2048, 2*cap(e.comps), len(comps)))
	}
	n := len(e.comps)
	e.comps = append(e.comps, comps...)
	return edifact.Element{Components: e.comps[n:len(e.comps):len(e.comps)]}
}

// itoa formats n without allocating per call.
func (e *encoder) itoa(n int) string {
	if len(e.text)+20 > cap(e.text) {
		e.text = make([]byte, 0, max(4096, 2*cap(e.text)))
	}
	start := len(e.text)
	e.text = strconv.AppendInt(e.text, int64(n), 10)
	return unsafe.String(&e.text[start], len(e.text)-start)
}

// ftoa formats f, shortest form, without allocating per call.
func (e *encoder) ftoa(f float64) string {
	if len(e.text)+32 > cap(e.text) {
		e.text = make([]byte, 0, max(4096, 2*cap(e.text)))
	}
	start := len(e.text)
	e.text = strconv.AppendFloat(e.text, f, 'f', -1, 64)
	return unsafe.String(&e.text[start], len(e.text)-start)
}

// formatDate and formatDateTime write dates into the text slab.
func (e *encoder) formatDate(d civil.Date, past bool) (string, string) {
	if len(e.text)+20 > cap(e.text) {
		e.text = make([]byte, 0, max(4096, 2*cap(e.text)))
	}
	start := len(e.text)
	var f string
	e.text, f = appendDate(e.text, d, e.ref, past)
	return unsafe.String(&e.text[start], len(e.text)-start), f
}

func (e *encoder) formatDateTime(t civil.DateTime) (string, string) {
	if len(e.text)+20 > cap(e.text) {
		e.text = make([]byte, 0, max(4096, 2*cap(e.text)))
	}
	start := len(e.text)
	var f string
	e.text, f = appendDateTime(e.text, t, e.ref)
	return unsafe.String(&e.text[start], len(e.text)-start), f
}

// message returns the segments of one part holding persons.
func (e *encoder) message(m *Message, persons []Person, first bool) []edifact.Segment {
	start := len(e.segs)
	xs := m.Extra
	e.add("BGM", e.el(string(m.ListType)), e.el(string(m.Function)), e.el(m.MessageFunction))
	e.applyExtra(xs, 0, -1)
	if m.TransactionRef != "" || m.Revision != "" || hasExtra(xs, "RFF", rffTransaction, 0) {
		e.add("RFF", e.el(rffTransaction, m.TransactionRef, "", "", m.Revision))
		e.applyExtra(xs, 0, -1)
	}
	if p := &m.ReportingParty; p.ID != "" || len(p.Name) > 0 || len(p.Contacts) > 0 || hasExtra(xs, "NAD", "MS", 0) {
		e.add("NAD", e.el("MS"), e.el(p.ID), e.el(), e.el(p.Name...))
		e.applyExtra(xs, 0, -1)
		e.contacts(p.Contacts, xs)
	}
	// Kept segments go where the decoder finds them again: message-level
	// ones after the reporting party, trailing ones after CNT.
	if first {
		e.segs = append(e.segs, m.Unknown...)
	}
	for i := range m.Flights {
		e.leg(&m.Flights[i])
	}
	for i := range persons {
		e.person(&persons[i])
	}
	if t := m.Totals.Passengers; t != nil {
		e.add("CNT", e.el(cntPassengers, e.itoa(*t)))
		e.applyExtra(xs, 0, -1)
	}
	if t := m.Totals.Crew; t != nil {
		e.add("CNT", e.el(cntCrew, e.itoa(*t)))
		e.applyExtra(xs, 0, -1)
	}
	if first {
		e.segs = append(e.segs, m.Trailing...)
	}
	return e.segs[start:len(e.segs):len(e.segs)]
}

func (e *encoder) contacts(cs []Contact, xs []ExtraValue) {
	base := 0
	for len(cs) > 0 {
		n := min(len(cs), 3) // the guide allows three C076 per COM
		var buf [3]edifact.Element
		for i, c := range cs[:n] {
			buf[i] = e.el(c.Number, string(c.Type))
		}
		e.add("COM", buf[:n]...)
		for i := range n {
			e.applyExtra(xs, base+i, i)
		}
		cs, base = cs[n:], base+n
	}
}

func (e *encoder) leg(l *Leg) {
	e.add("TDT", e.el(l.Stage), e.el(l.FlightNumber), e.el(l.TransportMode), e.el(), e.el(l.Carrier, l.CarrierCodeList))
	e.applyExtra(l.Extra, 0, -1)
	e.stop(l.Departure, locDeparture, dtmDeparture, l.Extra, 0)
	e.stop(l.Arrival, locArrival, dtmArrival, l.Extra, 1)
	for i, p := range l.Places {
		e.stop(p, locDestination, "", l.Extra, i+2)
	}
	e.segs = append(e.segs, l.Unknown...)
}

func (e *encoder) stop(s Stop, qual, dtm string, xs []ExtraValue, idx int) {
	if s.Qualifier != "" {
		qual = s.Qualifier
	}
	if s.Qualifier != "" || s.Airport != "" || s.CodeList != "" || s.Agency != "" || hasExtra(xs, "LOC", qual, idx) {
		e.add("LOC", e.el(qual), e.el(s.Airport, s.CodeList, s.Agency))
		e.applyExtra(xs, idx, -1)
	}
	if dtm == "" {
		return
	}
	if !s.Time.IsZero() {
		v, f := e.formatDateTime(s.Time)
		e.add("DTM", e.el(dtm, v, f))
		e.applyExtra(xs, 0, -1)
	} else if hasExtra(xs, "DTM", dtm, 0) {
		e.add("DTM", e.el(dtm))
		e.applyExtra(xs, 0, -1)
	}
}

func (e *encoder) date(qual string, d civil.Date, past bool, xs []ExtraValue) {
	switch {
	case !d.IsZero():
		v, f := e.formatDate(d, past)
		e.add("DTM", e.el(qual, v, f))
	case hasExtra(xs, "DTM", qual, 0):
		e.add("DTM", e.el(qual))
	default:
		return
	}
	e.applyExtra(xs, 0, -1)
}

// opt adds a segment whose values are qual and v when v is set or extra
// values belong to it.
func (e *encoder) opt(tag, qual, v string, xs []ExtraValue) {
	if v == "" && !hasExtra(xs, tag, qual, 0) {
		return
	}
	if tag == "RFF" {
		e.add(tag, e.el(qual, v))
	} else {
		e.add(tag, e.el(qual), e.el(v))
	}
	e.applyExtra(xs, 0, -1)
}

func (e *encoder) person(p *Person) {
	xs := p.Extra
	name := e.el(p.Surname, p.GivenNames, p.MiddleName)
	if len(p.NameExtra) > 0 {
		name = e.el(append([]string{p.Surname, p.GivenNames, p.MiddleName}, p.NameExtra...)...)
	}
	var nadBuf [9]edifact.Element
	nad := append(nadBuf[:0], e.el(string(p.Role)), e.el(p.PartyID), e.el(p.Address.Lines...), name)
	if a := &p.Address; len(a.Street) > 0 || a.City != "" || a.Region != "" || a.RegionName != "" ||
		a.PostalCode != "" || a.Country != "" {
		nad = append(nad, e.el(a.Street...), e.el(a.City), e.el(a.Region, "", "", a.RegionName), e.el(a.PostalCode), e.el(a.Country))
	}
	e.add("NAD", nad...)
	e.applyExtra(xs, 0, -1)
	if p.Gender != "" || hasExtra(xs, "ATT", "2", 0) {
		e.add("ATT", e.el("2"), e.el(), e.el(string(p.Gender)))
		e.applyExtra(xs, 0, -1)
	}
	e.date(dtmBirth, p.BirthDate, true, xs)
	if b := &p.Bags; b.Count != 0 || hasExtra(xs, "MEA", "CT", 0) {
		e.add("MEA", e.el("CT"), e.el(), e.el("", e.itoa(b.Count)))
		e.applyExtra(xs, 0, -1)
	}
	if b := &p.Bags; b.Weight != 0 || b.WeightUnit != "" || hasExtra(xs, "MEA", "WT", 0) {
		e.add("MEA", e.el("WT"), e.el(), e.el(b.WeightUnit, e.ftoa(b.Weight)))
		e.applyExtra(xs, 0, -1)
	}
	e.opt("GEI", "4", string(p.Verification), xs)
	for i, t := range p.Bags.Tags {
		e.add("FTX", e.el("BAG"), e.el(), e.el(), e.el(t.First, e.itoa(t.Count)))
		e.applyExtra(xs, i, -1)
	}
	e.opt("LOC", locClearance, p.Clearance, xs)
	e.opt("LOC", locResidence, p.Residence, xs)
	e.opt("LOC", locEmbarkation, p.Embarkation, xs)
	e.opt("LOC", locDebarkation, p.Debarkation, xs)
	if p.BirthPlace != (Place{}) || hasExtra(xs, "LOC", locBirthPlace, 0) {
		e.add("LOC", e.el(locBirthPlace), e.el(p.BirthPlace.Code, "", "", p.BirthPlace.Name))
		e.applyExtra(xs, 0, -1)
	}
	e.contacts(p.Contacts, xs)
	if f := p.CrewFunction; f != nil {
		e.add("EMP", e.el(f.Category), e.el(f.Code, f.CodeList, f.Agency))
		e.applyExtra(xs, 0, -1)
	}
	e.opt("NAT", "2", p.Nationality, xs)
	e.opt("RFF", rffPNR, p.PNR, xs)
	e.opt("RFF", rffPassenger, p.PassengerRef, xs)
	e.opt("RFF", rffSeat, p.Seat, xs)
	e.opt("RFF", rffAgency, p.AgencyRef, xs)
	e.opt("RFF", rffCustomer, p.CustomerRef, xs)
	e.opt("RFF", rffTransaction, p.TransactionRef, xs)
	for i, r := range p.OtherRefs {
		e.add("RFF", e.el(r.Qualifier, r.Value))
		e.applyExtra(xs, i, -1)
	}
	e.segs = append(e.segs, p.Unknown...)
	for i := range p.Documents {
		d := &p.Documents[i]
		e.add("DOC", e.el(string(d.Type), d.CodeList, d.Agency), e.el(d.Number))
		e.applyExtra(d.Extra, 0, -1)
		e.date(dtmExpiry, d.ExpiryDate, false, d.Extra)
		e.date(dtmIssue, d.IssueDate, true, d.Extra)
		e.opt("LOC", locIssuing, d.IssuingCountry, d.Extra)
		e.segs = append(e.segs, d.Unknown...)
	}
}
