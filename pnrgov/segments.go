package pnrgov

import (
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

// This file reads and writes each segment the model types. Every read* has its
// build* beside it, so that Encode writes what the decoder reads.

// comps returns the components of element e with trailing empty ones removed,
// nil when none is left.
func comps(s *edifact.Segment, e int) []string {
	if e < 0 || e >= len(s.Elements) {
		return nil
	}
	return trim(s.Elements[e].Components)
}

// compsN returns at most the first n components of element e, trailing
// empty ones removed: the part of a composite the model reads.
func compsN(s *edifact.Segment, e, n int) []string {
	if e < 0 || e >= len(s.Elements) {
		return nil
	}
	c := s.Elements[e].Components
	if len(c) > n {
		c = c[:n]
	}
	return trim(c)
}

func trim(c []string) []string {
	n := len(c)
	for n > 0 && c[n-1] == "" {
		n--
	}
	if n == 0 {
		return nil
	}
	return c[:n:n]
}

func at(c []string, i int) string {
	if i < len(c) {
		return c[i]
	}
	return ""
}

// more returns the components from i on, nil when none.
func more(c []string, i int) []string {
	if i >= len(c) {
		return nil
	}
	return trim(c[i:])
}

// readValues keeps a segment as sent, trailing empties removed.
func readValues(s *edifact.Segment) Values {
	n := len(s.Elements)
	for n > 0 && len(trim(s.Elements[n-1].Components)) == 0 {
		n--
	}
	if n == 0 {
		return nil
	}
	v := make(Values, n)
	for i := range n {
		v[i] = trim(s.Elements[i].Components)
	}
	return v
}

func buildValues(tag string, v Values) edifact.Segment {
	s := edifact.Segment{Tag: tag, Elements: make([]edifact.Element, len(v))}
	for i, c := range v {
		s.Elements[i].Components = c
	}
	return s
}

// joinText reads a free-text element: components an unreleased separator
// split are joined back with the component separator.
func joinText(c []string) string {
	switch len(c) {
	case 0:
		return ""
	case 1:
		return c[0]
	}
	return strings.Join(c, ":")
}

func el(c ...string) edifact.Element { return edifact.Element{Components: c} }

func elWith(c []string, extra []string) edifact.Element {
	if len(extra) == 0 {
		return el(c...)
	}
	all := make([]string, 0, len(c)+len(extra))
	return el(append(append(all, c...), extra...)...)
}

// digits parses an unsigned decimal number.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseDMY reads ddmmyy and hhmm or hhmmss. ok is false when malformed.
func parseDMY(date, clock string, ref civil.Date, past bool) (civil.DateTime, bool) {
	var t civil.DateTime
	if date == "" && clock == "" {
		return t, true
	}
	if len(date) != 6 {
		return t, false
	}
	d, ok1 := digits(date[0:2])
	m, ok2 := digits(date[2:4])
	y, ok3 := digits(date[4:6])
	if !ok1 || !ok2 || !ok3 {
		return t, false
	}
	t.Date = civil.ExpandDate(y, monthOf(m), d, ref, past)
	if !validDate(t.Date) {
		return civil.DateTime{}, false
	}
	if !parseClock(clock, &t) {
		return civil.DateTime{}, false
	}
	return t, true
}

func parseClock(clock string, t *civil.DateTime) bool {
	switch len(clock) {
	case 0:
		return true
	case 4, 6:
		h, ok1 := digits(clock[0:2])
		m, ok2 := digits(clock[2:4])
		s, ok3 := 0, true
		if len(clock) == 6 {
			s, ok3 = digits(clock[4:6])
		}
		if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || s > 59 {
			return false
		}
		t.Hour, t.Minute, t.Second = h, m, s
		return true
	}
	return false
}

func two(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

func fmtDate(d civil.Date) string {
	if d.IsZero() {
		return ""
	}
	return two(d.Day) + two(int(d.Month)) + two(d.Year%100)
}

func fmtClock(t civil.DateTime) string {
	if t.IsZero() {
		return ""
	}
	s := two(t.Hour) + two(t.Minute)
	if t.Second != 0 {
		s += two(t.Second)
	}
	return s
}

// --- MSG, EQN ---------------------------------------------------------------

func buildMSG(p PushType) edifact.Segment {
	return edifact.Segment{Tag: "MSG", Elements: []edifact.Element{el("", string(p))}}
}

func (d *Decoder) readCount(s *edifact.Segment) int {
	v := s.Value(0, 0)
	if v == "" {
		return 0
	}
	n, ok := digits(v)
	if !ok {
		d.report(s, CodeInvalidValue, 1, 1, "EQN count is not a number")
	}
	return n
}

func buildEQN(n int) edifact.Segment {
	return edifact.Segment{Tag: "EQN", Elements: []edifact.Element{el(strconv.Itoa(n))}}
}

// --- ORG -------------------------------------------------------------------

func readOrg(s *edifact.Segment) Org {
	return Org{
		Airline: s.Value(0, 0), Location: s.Value(0, 1),
		AgentID: s.Value(1, 0), OfficeID: s.Value(1, 1),
		City:   s.Value(2, 0),
		System: s.Value(3, 0), SystemLocation: s.Value(3, 1),
		OriginatorType: s.Value(4, 0),
		Country:        s.Value(5, 0), Currency: s.Value(5, 1), Language: s.Value(5, 2),
		Authority: s.Value(6, 0), Communication: s.Value(7, 0), Partner: s.Value(8, 0),
	}
}

func buildOrg(o *Org) edifact.Segment {
	return edifact.NewSegment("ORG", el(o.Airline, o.Location), el(o.AgentID, o.OfficeID), el(o.City),
		el(o.System, o.SystemLocation), el(o.OriginatorType), el(o.Country, o.Currency, o.Language),
		el(o.Authority), el(o.Communication), el(o.Partner))
}

// --- TVL -------------------------------------------------------------------

// readTVL reads a flight and the second component of its C308 (booking class
// in the itinerary).
func (d *Decoder) readTVL(s *edifact.Segment) (Flight, string) {
	f := Flight{
		Departure:    Point{Airport: s.Value(1, 0)},
		Arrival:      Point{Airport: s.Value(2, 0)},
		Carrier:      s.Value(3, 0),
		FlightNumber: s.Value(4, 0),
		Suffix:       s.Value(4, 2),
	}
	f.OperatingCarrier = s.Value(3, 1)
	dd, dt, ad, at := s.Value(0, 0), s.Value(0, 1), s.Value(0, 2), s.Value(0, 3)
	var ok bool
	if f.Departure.Time, ok = parseDMY(dd, dt, d.ref, false); !ok || dd == "" && dt != "" {
		d.report(s, CodeInvalidValue, 1, 1, "TVL departure date or time malformed")
		f.Departure.Time = civil.DateTime{}
	}
	if len(ad) == 4 && at == "" {
		// 280918:1220:1505: the arrival date is left out.
		ad, at = "", ad
	}
	switch {
	case ad == "" && at != "":
		f.Arrival.Time, ok = parseDMY(dd, at, d.ref, false)
		if !ok || f.Departure.Time.IsZero() {
			d.report(s, CodeInvalidValue, 1, 4, "TVL arrival time malformed")
			f.Arrival.Time = civil.DateTime{}
			break
		}
		if f.Arrival.Time.Compare(f.Departure.Time) < 0 {
			f.Arrival.Time.Date = f.Arrival.Time.Date.AddDays(1)
		}
		f.Arrival.DateInferred = true
		d.report(s, CodeArrivalDate, 1, 3, "TVL arrival date absent: taken from the departure date")
	default:
		if f.Arrival.Time, ok = parseDMY(ad, at, d.ref, false); !ok {
			d.report(s, CodeInvalidValue, 1, 3, "TVL arrival date or time malformed")
			f.Arrival.Time = civil.DateTime{}
		}
	}
	return f, s.Value(4, 1)
}

func buildTVL(f *Flight, class string) edifact.Segment {
	var times edifact.Element
	if !f.Departure.Time.IsZero() || !f.Arrival.Time.IsZero() {
		ad := fmtDate(f.Arrival.Time.Date)
		if f.Arrival.DateInferred {
			ad = ""
		}
		times = el(fmtDate(f.Departure.Time.Date), fmtClock(f.Departure.Time), ad, fmtClock(f.Arrival.Time))
	}
	return edifact.NewSegment("TVL", times, el(f.Departure.Airport), el(f.Arrival.Airport),
		el(f.Carrier, f.OperatingCarrier), el(f.FlightNumber, class, f.Suffix))
}

// --- RCI, DAT --------------------------------------------------------------

func (d *Decoder) readRCI(s *edifact.Segment, dst []RecordLocator) []RecordLocator {
	for i := range s.Elements {
		c := comps(s, i)
		if c == nil {
			continue
		}
		l := RecordLocator{Airline: at(c, 0), Locator: at(c, 1), ControlType: at(c, 2)}
		var ok bool
		if l.Created, ok = parseDMY(at(c, 3), at(c, 4), d.ref, true); !ok {
			d.report(s, CodeInvalidValue, i+1, 4, "RCI date or time malformed")
		}
		if l == (RecordLocator{}) {
			continue // nothing readable: kept in PNR.Segments only
		}
		if dst == nil {
			dst = make([]RecordLocator, 0, len(s.Elements))
		}
		dst = append(dst, l)
	}
	return dst
}

func buildRCI(ls []RecordLocator) edifact.Segment {
	s := edifact.Segment{Tag: "RCI", Elements: make([]edifact.Element, len(ls))}
	for i, l := range ls {
		s.Elements[i] = el(l.Airline, l.Locator, l.ControlType, fmtDate(l.Created.Date), fmtClock(l.Created))
	}
	return s
}

func (d *Decoder) readDAT(s *edifact.Segment, dst []Stamp) []Stamp {
	for i := range s.Elements {
		c := comps(s, i)
		if c == nil {
			continue
		}
		st := Stamp{Qualifier: at(c, 0)}
		var ok bool
		if st.Time, ok = parseDMY(at(c, 1), at(c, 2), d.ref, false); !ok {
			d.report(s, CodeInvalidValue, i+1, 2, "DAT date or time malformed")
		}
		if st == (Stamp{}) {
			continue
		}
		if dst == nil {
			dst = make([]Stamp, 0, len(s.Elements))
		}
		dst = append(dst, st)
	}
	return dst
}

func buildDAT(st []Stamp) edifact.Segment {
	s := edifact.Segment{Tag: "DAT", Elements: make([]edifact.Element, len(st))}
	for i, v := range st {
		s.Elements[i] = el(v.Qualifier, fmtDate(v.Time.Date), fmtClock(v.Time))
	}
	return s
}

// --- TIF, FTI, REF ---------------------------------------------------------

func readName(s *edifact.Segment) Name { return readNameAt(s, 1) }

// readNameAt reads the traveller of TIF's C324 at element e: a TIF may name
// several travellers of the same surname, one C324 each.
func readNameAt(s *edifact.Segment, e int) Name {
	n := Name{
		Surname: s.Value(0, 0), SurnameQualifier: s.Value(0, 1),
		GivenRaw: s.Value(e, 0), Type: TravelerType(s.Value(e, 1)),
		Ref: s.Value(e, 2), InfantIndicator: s.Value(e, 3),
	}
	n.Given, n.Title, n.TitleInferred = SplitTitle(n.GivenRaw)
	if n.Title == "" && IsTitle(string(n.Type)) {
		n.Title = string(n.Type)
	}
	return n
}

func buildTIF(n *Name) edifact.Segment {
	return edifact.NewSegment("TIF", el(n.Surname, n.SurnameQualifier),
		el(n.GivenRaw, string(n.Type), n.Ref, n.InfantIndicator))
}

func readFTI(s *edifact.Segment, dst []FrequentFlyer) []FrequentFlyer {
	for i := range s.Elements {
		c := compsN(s, i, 6)
		if c == nil {
			continue
		}
		if dst == nil {
			dst = make([]FrequentFlyer, 0, len(s.Elements))
		}
		dst = append(dst, FrequentFlyer{Airline: at(c, 0), Number: at(c, 1), Reference: at(c, 2),
			Tier: at(c, 3), TierName: at(c, 4), Alliance: at(c, 5)})
	}
	return dst
}

func buildFTI(f *FrequentFlyer) edifact.Segment {
	return edifact.NewSegment("FTI", el(f.Airline, f.Number, f.Reference, f.Tier, f.TierName, f.Alliance))
}

func readREF(s *edifact.Segment, dst []Reference) []Reference {
	for i := range s.Elements {
		c := compsN(s, i, 2)
		if c == nil {
			continue
		}
		if dst == nil {
			dst = make([]Reference, 0, len(s.Elements))
		}
		dst = append(dst, Reference{Qualifier: at(c, 0), Value: at(c, 1)})
	}
	return dst
}

func buildREF(rs []Reference) edifact.Segment {
	s := edifact.Segment{Tag: "REF", Elements: make([]edifact.Element, len(rs))}
	for i, r := range rs {
		s.Elements[i] = el(r.Qualifier, r.Value)
	}
	return s
}

// --- SSR, IFT, LTS ---------------------------------------------------------

func readSSR(s *edifact.Segment) SSR {
	c := comps(s, 0)
	r := SSR{Code: at(c, 0), Status: at(c, 1), Quantity: at(c, 2), Airline: at(c, 3),
		Field5: at(c, 4), Field6: at(c, 5), Board: at(c, 6), Off: at(c, 7), Text: at(c, 8), More: more(c, 9)}
	for i := 1; i < len(s.Elements); i++ {
		dc := comps(s, i)
		r.Details = append(r.Details, SSRDetail{Seat: at(dc, 0), Characteristic: at(dc, 1),
			TravelerRef: at(dc, 2), More: more(dc, 3)})
	}
	for len(r.Details) > 0 && detailEmpty(r.Details[len(r.Details)-1]) {
		r.Details = r.Details[:len(r.Details)-1]
	}
	if len(r.Details) == 0 {
		r.Details = nil
	}
	return r
}

func detailEmpty(d SSRDetail) bool {
	return d.Seat == "" && d.Characteristic == "" && d.TravelerRef == "" && len(d.More) == 0
}

func buildSSR(r *SSR) edifact.Segment {
	s := edifact.Segment{Tag: "SSR", Elements: make([]edifact.Element, 1, 1+len(r.Details))}
	s.Elements[0] = elWith([]string{r.Code, r.Status, r.Quantity, r.Airline, r.Field5, r.Field6,
		r.Board, r.Off, r.Text}, r.More)
	for _, dt := range r.Details {
		s.Elements = append(s.Elements, elWith([]string{dt.Seat, dt.Characteristic, dt.TravelerRef}, dt.More))
	}
	return s
}

func readIFT(s *edifact.Segment) Remark {
	c := comps(s, 0)
	r := Remark{Qualifier: at(c, 0), Type: at(c, 1), Field3: at(c, 2), Airline: at(c, 3), Language: at(c, 4)}
	for i := 1; i < len(s.Elements); i++ {
		r.Text = append(r.Text, joinText(comps(s, i)))
	}
	for len(r.Text) > 0 && r.Text[len(r.Text)-1] == "" {
		r.Text = r.Text[:len(r.Text)-1]
	}
	if len(r.Text) == 0 {
		r.Text = nil
	}
	return r
}

func buildIFT(r *Remark) edifact.Segment {
	s := edifact.Segment{Tag: "IFT", Elements: make([]edifact.Element, 1, 1+len(r.Text))}
	s.Elements[0] = el(r.Qualifier, r.Type, r.Field3, r.Airline, r.Language)
	for _, t := range r.Text {
		s.Elements = append(s.Elements, el(t))
	}
	return s
}

// readLTS reads a history line; unreleased separators inside it are put back.
func readLTS(s *edifact.Segment) string {
	if len(s.Elements) == 1 {
		return joinText(s.Elements[0].Components)
	}
	parts := make([]string, len(s.Elements))
	for i := range s.Elements {
		parts[i] = joinText(s.Elements[i].Components)
	}
	return strings.TrimRight(strings.Join(parts, "+"), "+")
}

func buildLTS(line string) edifact.Segment { return edifact.NewSegment("LTS", el(line)) }

// --- ADD -------------------------------------------------------------------

// readADD reads `ADD+function+purpose:street:...`. A sender that leaves the
// function element out starts with the address composite, which has more
// than one component; a first element of one value is the function, as its
// position says (so that "ADD+X", a function and no address, reads back as
// the encoder wrote it).
func readADD(s *edifact.Segment) Address {
	var a Address
	c := comps(s, 0)
	if len(c) <= 1 {
		a.Function = at(c, 0)
		c = comps(s, 1)
	}
	a.Purpose, a.Street, a.City, a.State, a.Area = at(c, 0), at(c, 1), at(c, 2), at(c, 3), at(c, 4)
	a.Country, a.PostalCode, a.Phone, a.More = at(c, 5), at(c, 6), at(c, 7), more(c, 8)
	return a
}

func buildADD(a *Address) edifact.Segment {
	return edifact.NewSegment("ADD", el(a.Function), elWith([]string{a.Purpose, a.Street, a.City, a.State,
		a.Area, a.Country, a.PostalCode, a.Phone}, a.More))
}

// --- TKT, MON, FOP ---------------------------------------------------------

func readTKT(s *edifact.Segment, traveler int) Ticket {
	c := comps(s, 0)
	return Ticket{Traveler: traveler, Number: at(c, 0), Type: at(c, 1), Booklets: at(c, 2), More: more(c, 3)}
}

func buildTKT(t *Ticket) edifact.Segment {
	return edifact.NewSegment("TKT", elWith([]string{t.Number, t.Type, t.Booklets}, t.More))
}

func readMON(s *edifact.Segment, dst []Amount) []Amount {
	for i := range s.Elements {
		c := compsN(s, i, 3)
		if c == nil {
			continue
		}
		if dst == nil {
			dst = make([]Amount, 0, len(s.Elements))
		}
		dst = append(dst, Amount{Qualifier: at(c, 0), Amount: at(c, 1), Currency: at(c, 2)})
	}
	return dst
}

func buildMON(as []Amount) edifact.Segment {
	s := edifact.Segment{Tag: "MON", Elements: make([]edifact.Element, len(as))}
	for i, a := range as {
		s.Elements[i] = el(a.Qualifier, a.Amount, a.Currency)
	}
	return s
}

func readFOP(s *edifact.Segment, ticket int) Payment {
	p := Payment{Ticket: ticket}
	for i := range s.Elements {
		c := comps(s, i)
		if c == nil {
			continue
		}
		if p.Forms == nil {
			p.Forms = make([]PaymentForm, 0, len(s.Elements))
		}
		p.Forms = append(p.Forms, PaymentForm{Type: at(c, 0), Indicator: at(c, 1), Amount: at(c, 2),
			Vendor: at(c, 3), Account: at(c, 4), Expiry: at(c, 5), More: more(c, 6)})
	}
	return p
}

func buildFOP(p *Payment) edifact.Segment {
	s := edifact.Segment{Tag: "FOP", Elements: make([]edifact.Element, len(p.Forms))}
	for i, f := range p.Forms {
		s.Elements[i] = elWith([]string{f.Type, f.Indicator, f.Amount, f.Vendor, f.Account, f.Expiry}, f.More)
	}
	return s
}

// --- TRA, RPI, APD ---------------------------------------------------------

func readTRA(s *edifact.Segment) *Operating {
	return &Operating{Carrier: s.Value(0, 0), FlightNumber: s.Value(1, 0), Class: s.Value(1, 1)}
}

func buildTRA(o *Operating) edifact.Segment {
	return edifact.NewSegment("TRA", el(o.Carrier), el(o.FlightNumber, o.Class))
}

func buildRPI(quantity, status string) edifact.Segment {
	return edifact.NewSegment("RPI", el(quantity), el(status))
}

// --- TRI, SSD, TBD ---------------------------------------------------------

func readTRI(s *edifact.Segment) Boarding {
	return Boarding{Processing: s.Value(0, 0), Number: s.Value(1, 0), Field2: s.Value(1, 1),
		Field3: s.Value(1, 2), TravelerRef: s.Value(1, 3)}
}

func (b *Boarding) hasTRI() bool {
	return b.Processing != "" || b.Number != "" || b.Field2 != "" || b.Field3 != "" || b.TravelerRef != ""
}

// absorbs reports whether the decoder, in boarding x, would take the first
// segment of a boarding b written without TRI into x: b's TIF when x names
// no traveller, b's SSD when x has no seat.
func (x *Boarding) absorbs(b *Boarding) bool {
	if b.Traveler != nil {
		return x.Traveler == nil
	}
	return x.Seat == "" && x.Cabin == ""
}

func buildTRI(b *Boarding) edifact.Segment {
	return edifact.NewSegment("TRI", el(b.Processing), el(b.Number, b.Field2, b.Field3, b.TravelerRef))
}

func buildSSD(b *Boarding) edifact.Segment {
	return edifact.NewSegment("SSD", el(b.Seat), el(), el(), el(), el(b.Cabin))
}

// looksLikeTag reports a bag tag element: carrier code and a numeric tag.
func looksLikeTag(c []string) bool {
	_, ok := digits(at(c, 1))
	return len(c) >= 2 && ok
}

func (d *Decoder) readTBD(s *edifact.Segment) *Bags {
	b := &Bags{Status: s.Value(0, 0), Field3: s.Value(2, 0), Unit: WeightUnit(s.Value(1, 2))}
	var ok bool
	if v := s.Value(1, 0); v != "" {
		if b.Count, ok = digits(v); !ok {
			d.report(s, CodeInvalidValue, 2, 1, "TBD bag count is not a number")
		}
	}
	if v := s.Value(1, 1); v != "" {
		if b.Weight, ok = digits(v); !ok {
			d.report(s, CodeInvalidValue, 2, 2, "TBD weight is not a number")
		}
	}
	first := 4
	if c := comps(s, 3); c != nil {
		if looksLikeTag(c) {
			first = 3
		} else {
			b.Pool = &BagPool{Indicator: at(c, 0), Reference: at(c, 1)}
		}
	}
	for i := first; i < len(s.Elements); i++ {
		c := comps(s, i)
		if c == nil {
			continue
		}
		t := BagTag{Carrier: at(c, 0), Number: at(c, 1), Destination: at(c, 3)}
		if v := at(c, 2); v != "" {
			if t.Count, ok = digits(v); !ok {
				d.report(s, CodeInvalidValue, i+1, 3, "TBD tag count is not a number")
			}
		}
		b.Tags = append(b.Tags, t)
	}
	return b
}

func buildTBD(b *Bags) edifact.Segment {
	count, weight := "", ""
	if b.Count != 0 || b.Weight != 0 || b.Unit != "" {
		count = strconv.Itoa(b.Count)
	}
	if b.Weight != 0 {
		weight = strconv.Itoa(b.Weight)
	}
	s := edifact.NewSegment("TBD", el(b.Status), el(count, weight, string(b.Unit)), el(b.Field3), el())
	if b.Pool != nil {
		s.Elements[3] = el(b.Pool.Indicator, b.Pool.Reference)
	}
	for _, t := range b.Tags {
		cnt := ""
		if t.Count != 0 {
			cnt = strconv.Itoa(t.Count)
		}
		s.Elements = append(s.Elements, el(t.Carrier, t.Number, cnt, t.Destination))
	}
	return s
}

func monthOf(m int) time.Month { return time.Month(m) }

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// validDate is civil.Date.Valid without the cost of time.Date.
func validDate(d civil.Date) bool {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Year < 1 || d.Year > 9999 || d.Day > monthDays[d.Month] {
		return false
	}
	if d.Month == 2 && d.Day == 29 {
		return d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0)
	}
	return true
}
