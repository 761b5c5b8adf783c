package pnrgov

import (
	"strconv"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/internal/decimal"
	"github.com/openpiu/piu/internal/nametitle"
)

// This file reads and writes each segment the model types, for the segments
// of the message header, the PNR level and the traveller (Gr1, Gr2); the
// groups below them are in segments_groups.go. Every read* has its build*
// beside it, so that Encode writes what the decoder reads.

// --- MSG, EQN ---------------------------------------------------------------

func buildMSG(p PushType) edifact.Segment {
	return edifact.Segment{Tag: "MSG", Elements: []edifact.Element{el("", string(p))}}
}

func (d *Decoder) readCount(s *edifact.Segment) int {
	v := s.Value(0, 0)
	if v == "" {
		return 0
	}
	n, ok := decimal.Uint(v)
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
	if n.Title == "" && nametitle.Is(string(n.Type)) {
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
