package paxlst

import (
	"strconv"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst/internal/report"
)

// context is the segment group the decoder is in.
type context int

const (
	inHeader  context = iota // BGM, RFF before any group
	inParty                  // group 1: NAD+MS, COM
	inLeg                    // group 2/3: TDT, LOC, DTM
	inPerson                 // group 4: NAD+FL and its segments
	inDoc                    // group 5: DOC, DTM, LOC
	inTrailer                // CNT
)

// segmentDecoder turns the segments of one message into a Message.
type segmentDecoder struct {
	d      *Decoder
	m      *Message
	ref    civil.Date
	ctx    context
	bgm    bool
	leg    *Leg
	person *Person
	doc    *Document
	// kept is set when the segment being read was kept whole; idx is the
	// list position of the item it produced (see ExtraValue.Index).
	kept bool
	idx  int
}

// val returns an owned copy of component c of element e.
func (sd *segmentDecoder) val(s *edifact.Segment, e, c int) string { return sd.d.str(s.Value(e, c)) }

func (sd *segmentDecoder) report(code edifact.Code, s *edifact.Segment, elem, comp int, msg string) {
	sd.d.diags.Add(diag(code, s, elem, comp, msg))
}

// keep files s among the unknown segments of the current group.
func (sd *segmentDecoder) keep(s *edifact.Segment) {
	sd.kept = true
	switch {
	case sd.ctx == inDoc && sd.doc != nil:
		sd.doc.Unknown = append(sd.doc.Unknown, s.Clone())
	case (sd.ctx == inPerson || sd.ctx == inDoc) && sd.person != nil:
		sd.person.Unknown = append(sd.person.Unknown, s.Clone())
	case sd.ctx == inLeg && sd.leg != nil:
		sd.leg.Unknown = append(sd.leg.Unknown, s.Clone())
	case sd.ctx == inTrailer:
		sd.m.Trailing = append(sd.m.Trailing, s.Clone())
	default:
		sd.m.Unknown = append(sd.m.Unknown, s.Clone())
	}
}

// unknown keeps s and reports why.
func (sd *segmentDecoder) unknown(s *edifact.Segment, code edifact.Code, elem, comp int, msg string) {
	sd.report(code, s, elem, comp, msg)
	sd.keep(s)
}

// set stores v in *dst unless *dst already holds another value, in which
// case s is kept as a duplicate.
func (sd *segmentDecoder) set(dst *string, v string, s *edifact.Segment, elem, comp int) {
	switch {
	case v == "" || *dst == v:
	case *dst == "":
		*dst = sd.d.str(v)
	default:
		sd.unknown(s, CodeDuplicate, elem, comp, "value sent twice for one field; the first kept")
	}
}

func (sd *segmentDecoder) segment(s *edifact.Segment) {
	sd.kept, sd.idx = false, 0
	sd.dispatch(s)
	if !sd.kept && s.Tag != "COM" {
		sd.extras(s)
	}
}

func (sd *segmentDecoder) dispatch(s *edifact.Segment) {
	switch s.Tag {
	case "BGM":
		sd.bgmSeg(s)
	case "RFF":
		sd.rff(s)
	case "NAD":
		sd.nad(s)
	case "COM":
		sd.com(s)
	case "TDT":
		sd.tdt(s)
	case "LOC":
		sd.loc(s)
	case "DTM":
		sd.dtm(s)
	case "ATT", "MEA", "GEI", "FTX", "NAT", "EMP":
		if sd.person == nil || sd.ctx < inPerson || sd.ctx == inTrailer {
			sd.unknown(s, CodeOutOfPlace, 0, 0, "person segment outside any person group")
			return
		}
		sd.personSeg(s)
	case "DOC":
		sd.docSeg(s)
	case "CNT":
		sd.cntSeg(s)
	default:
		sd.unknown(s, CodeUnknownSegment, 0, 0, report.Unknown(s.Tag, "segment tag not used by PAXLST"))
	}
}

func (sd *segmentDecoder) bgmSeg(s *edifact.Segment) {
	if sd.bgm || sd.ctx > inParty {
		sd.unknown(s, CodeDuplicate, 0, 0, "BGM sent twice or after the flight")
		return
	}
	sd.bgm = true
	m := sd.m
	m.ListType, m.Function, m.MessageFunction = ListType(sd.val(s, 0, 0)), Function(sd.val(s, 1, 0)), sd.val(s, 2, 0)
	if m.ListType == "" {
		sd.report(CodeMissingData, s, 1, 1, "BGM without document name code")
	} else if !m.ListType.Known() {
		sd.report(CodeUnknownCode, s, 1, 1, "document name code not in the PAXLST code list")
	}
	if m.Function != "" && !m.Function.Known() {
		sd.report(CodeUnknownCode, s, 2, 1, "document identifier (function) not in the code list")
	}
}

func (sd *segmentDecoder) rff(s *edifact.Segment) {
	q, v := s.Value(0, 0), s.Value(0, 1)
	switch sd.ctx {
	case inHeader, inParty:
		if q != rffTransaction {
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "reference qualifier not used in the message header")
			return
		}
		m, rev := sd.m, s.Value(0, 4)
		switch {
		case m.TransactionRef == "" && m.Revision == "":
			m.TransactionRef, m.Revision = sd.d.str(v), sd.d.str(rev)
		case m.TransactionRef != v || m.Revision != rev:
			sd.unknown(s, CodeDuplicate, 1, 2, "transaction reference sent twice; the first kept")
		}
	case inPerson, inDoc:
		p := sd.person
		var dst *string
		switch q {
		case rffPNR:
			dst = &p.PNR
		case rffPassenger:
			dst = &p.PassengerRef
		case rffSeat:
			dst = &p.Seat
		case rffAgency:
			dst = &p.AgencyRef
		case rffCustomer:
			dst = &p.CustomerRef
		case rffTransaction:
			dst = &p.TransactionRef
		default:
			p.OtherRefs = append(p.OtherRefs, Reference{Qualifier: sd.d.str(q), Value: sd.d.str(v)})
			sd.idx = len(p.OtherRefs) - 1
			sd.report(CodeUnknownQualifier, s, 1, 1, "reference qualifier not in the guide; kept in otherRefs")
			return
		}
		sd.set(dst, v, s, 1, 2)
	default:
		sd.unknown(s, CodeOutOfPlace, 0, 0, "RFF outside the header and person groups")
	}
}

func (sd *segmentDecoder) nad(s *edifact.Segment) {
	q := s.Value(0, 0)
	role := Role(q)
	switch {
	case q == "MS":
		p := &sd.m.ReportingParty
		if sd.ctx > inParty || p.ID != "" || len(p.Name) > 0 {
			sd.unknown(s, CodeDuplicate, 1, 1, "reporting party sent twice or after the flight")
			return
		}
		sd.ctx = inParty
		p.ID = sd.val(s, 1, 0)
		p.Name = sd.d.strs(trimEmpty(s.Element(3).Components))
		if p.ID == "" && len(p.Name) == 0 {
			sd.report(CodeMissingData, s, 4, 1, "reporting party without name or identification")
		}
		return
	case role.Known():
	case (sd.ctx == inLeg || sd.ctx == inPerson || sd.ctx == inDoc) && q != "":
		// An unknown party code after the flight is still a person: keep it.
		sd.report(CodeUnknownCode, s, 1, 1, "party qualifier not in the PAXLST code list; read as a person")
	default:
		sd.unknown(s, CodeUnknownQualifier, 1, 1, "party qualifier not in the PAXLST code list")
		return
	}
	sd.m.Persons = append(sd.m.Persons, Person{Role: Role(sd.d.str(q))})
	p := &sd.m.Persons[len(sd.m.Persons)-1]
	sd.person, sd.doc, sd.ctx = p, nil, inPerson
	p.PartyID = sd.val(s, 1, 0)
	name := s.Element(3).Components
	if len(name) > 0 {
		p.Surname = sd.d.str(name[0])
	}
	if len(name) > 1 {
		p.GivenNames = sd.d.str(name[1])
	}
	if len(name) > 2 {
		p.MiddleName = sd.d.str(name[2])
	}
	if len(name) > 3 {
		p.NameExtra = sd.d.strs(trimEmptyTail(name[3:]))
	}
	switch {
	case p.Surname == "":
		sd.report(CodeMissingData, s, 4, 1, "person without surname")
	case p.GivenNames == "" && p.MiddleName == "":
		sd.report(CodeSingleName, s, 4, 2, "person with a single name, kept as the surname")
	}
	if len(s.Elements) > 2 {
		p.Address.Lines = sd.d.strs(trimEmpty(s.Element(2).Components))
	}
	if len(s.Elements) > 4 {
		a := &p.Address
		a.Street = sd.d.strs(trimEmpty(s.Element(4).Components))
		a.City = sd.val(s, 5, 0)
		a.Region, a.RegionName = sd.val(s, 6, 0), sd.val(s, 6, 3)
		a.PostalCode = sd.val(s, 7, 0)
		a.Country = sd.val(s, 8, 0)
	}
}

func (sd *segmentDecoder) com(s *edifact.Segment) {
	var dst *[]Contact
	var xs *[]ExtraValue
	switch {
	case sd.ctx == inHeader || sd.ctx == inParty:
		// COM at message level can only be the reporting party's.
		dst, xs = &sd.m.ReportingParty.Contacts, &sd.m.Extra
	case sd.ctx == inPerson || sd.ctx == inDoc:
		dst, xs = &sd.person.Contacts, &sd.person.Extra
	default:
		sd.unknown(s, CodeOutOfPlace, 0, 0, "COM outside the reporting party and person groups")
		return
	}
	// Every C076, repetitions included (syntax version 4), is a contact;
	// components after 3155 stay with it as extra values.
	n := len(*dst)
	add := func(comps []string) {
		c := Contact{}
		if len(comps) > 0 {
			c.Number = sd.d.str(comps[0])
		}
		if len(comps) > 1 {
			c.Type = ContactType(sd.d.str(comps[1]))
		}
		var more bool
		for k := 2; k < len(comps); k++ {
			if comps[k] != "" {
				more = true
				*xs = append(*xs, ExtraValue{Segment: "COM", Index: len(*dst), Element: 1, Component: k + 1, Value: sd.d.str(comps[k])})
			}
		}
		if c != (Contact{}) || more {
			*dst = append(*dst, c)
		}
	}
	for _, e := range s.Elements {
		add(e.Components)
		for _, r := range e.Repetitions {
			add(r)
		}
	}
	if len(*dst) == n {
		sd.unknown(s, CodeMissingData, 1, 1, "COM without a number")
		return
	}
	sortExtra(*xs)
	for _, c := range (*dst)[n:] {
		if !c.Type.Known() {
			sd.report(CodeUnknownCode, s, 0, 0, "communication channel code not in the code list")
		}
	}
}

func (sd *segmentDecoder) tdt(s *edifact.Segment) {
	sd.m.Flights = append(sd.m.Flights, Leg{
		Stage: sd.val(s, 0, 0), FlightNumber: sd.val(s, 1, 0),
		Carrier: sd.val(s, 4, 0), CarrierCodeList: sd.val(s, 4, 1), TransportMode: sd.val(s, 2, 0),
	})
	sd.leg, sd.person, sd.doc, sd.ctx = &sd.m.Flights[len(sd.m.Flights)-1], nil, nil, inLeg
	if st := sd.leg.Stage; st != stageMain && st != stageOverflight {
		sd.report(CodeUnknownQualifier, s, 1, 1, "transport stage qualifier not 20 or 34")
	}
	if sd.leg.FlightNumber == "" {
		sd.report(CodeMissingData, s, 2, 1, "TDT without conveyance (flight) identification")
	}
}

func (sd *segmentDecoder) loc(s *edifact.Segment) {
	q, code := s.Value(0, 0), s.Value(1, 0)
	switch sd.ctx {
	case inLeg:
		l := sd.leg
		stop := Stop{Qualifier: sd.d.str(q), Airport: sd.d.str(code), CodeList: sd.val(s, 1, 1), Agency: sd.val(s, 1, 2)}
		// An end is free while no LOC named it; a DTM sent before its LOC
		// has set only the time.
		free := func(e *Stop) bool { return e.Qualifier == "" && e.Airport == "" && e.CodeList == "" && e.Agency == "" }
		setEnd := func(e *Stop) {
			e.Qualifier, e.Airport, e.CodeList, e.Agency = stop.Qualifier, stop.Airport, stop.CodeList, stop.Agency
		}
		switch {
		case q == locDeparture && free(&l.Departure):
			setEnd(&l.Departure)
		case q == locArrival && free(&l.Arrival):
			setEnd(&l.Arrival)
			sd.idx = 1
		case q == locProgressive && free(&l.Departure):
			setEnd(&l.Departure)
		case q == locProgressive && free(&l.Arrival):
			setEnd(&l.Arrival)
			sd.idx = 1
		case q == locDestination:
			l.Places = append(l.Places, stop)
			sd.idx = len(l.Places) + 1
		case q == locDeparture || q == locArrival || q == locProgressive:
			sd.unknown(s, CodeDuplicate, 1, 1, "leg end sent twice")
		case q == "":
			sd.unknown(s, CodeMissingData, 1, 1, "LOC without qualifier")
		default:
			l.Places = append(l.Places, stop)
			sd.idx = len(l.Places) + 1
			sd.report(CodeUnknownQualifier, s, 1, 1, "location qualifier not used for flights; kept in places")
		}
	case inPerson, inDoc:
		p := sd.person
		switch q {
		case locClearance:
			sd.set(&p.Clearance, code, s, 2, 1)
		case locResidence:
			sd.set(&p.Residence, code, s, 2, 1)
		case locEmbarkation:
			sd.set(&p.Embarkation, code, s, 2, 1)
		case locDebarkation:
			sd.set(&p.Debarkation, code, s, 2, 1)
		case locBirthPlace:
			pl := Place{Code: code, Name: s.Value(1, 3)}
			switch {
			case pl == Place{} || p.BirthPlace == pl:
			case p.BirthPlace == Place{}:
				p.BirthPlace = Place{Code: sd.d.str(pl.Code), Name: sd.d.str(pl.Name)}
			default:
				sd.unknown(s, CodeDuplicate, 2, 0, "place of birth sent twice; the first kept")
			}
		case locIssuing:
			if sd.ctx != inDoc {
				sd.unknown(s, CodeOutOfPlace, 1, 1, "issuing country before any DOC")
				return
			}
			sd.set(&sd.doc.IssuingCountry, code, s, 2, 1)
		default:
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "location qualifier not used for persons or documents")
		}
	default:
		sd.unknown(s, CodeOutOfPlace, 0, 0, "LOC outside the flight, person and document groups")
	}
}

func (sd *segmentDecoder) dtm(s *edifact.Segment) {
	q, raw := s.Value(0, 0), s.Value(0, 1)
	v := strings.TrimSpace(raw)
	var (
		dt   *civil.DateTime
		date *civil.Date
		past bool
	)
	switch {
	case sd.ctx == inLeg && q == dtmDeparture:
		dt = &sd.leg.Departure.Time
	case sd.ctx == inLeg && q == dtmArrival:
		dt = &sd.leg.Arrival.Time
	case (sd.ctx == inPerson || sd.ctx == inDoc) && q == dtmBirth:
		date, past = &sd.person.BirthDate, true
	case sd.ctx == inDoc && q == dtmExpiry:
		date = &sd.doc.ExpiryDate
	case sd.ctx == inDoc && q == dtmIssue:
		date, past = &sd.doc.IssueDate, true
	case sd.ctx == inLeg || sd.ctx == inPerson || sd.ctx == inDoc:
		sd.unknown(s, CodeUnknownQualifier, 1, 1, "date qualifier not used in this group")
		return
	default:
		sd.unknown(s, CodeOutOfPlace, 0, 0, "DTM outside the flight, person and document groups")
		return
	}
	if v == "" {
		sd.report(CodeMissingData, s, 1, 2, "DTM without a date")
		return
	}
	if v != raw {
		sd.report(CodePaddedValue, s, 1, 2, "spaces around the date removed")
	}
	t, _, ok := parseDateTime(v, sd.ref, past)
	if y, isYear := yearAlone(v); isYear && date != nil && q == dtmBirth {
		// A year alone: a date of birth that depersonalisation masked
		// (privacy.Masker), not a date as an airline sends it.
		t, ok = civil.DateTime{Date: civil.Date{Year: y}}, true
	}
	if !ok {
		sd.unknown(s, CodeBadDate, 1, 2, "date cannot be read; segment kept")
		return
	}
	if f := s.Value(0, 2); f != "" && !formatFits(f, len(v)) {
		sd.report(CodeMisplacedValue, s, 1, 3, "date format code does not match the value's length; read by length")
	}
	switch {
	case dt != nil && dt.IsZero():
		*dt = t
	case date != nil && date.IsZero():
		*date = t.Date
	case dt != nil && *dt == t, date != nil && *date == t.Date:
	default:
		sd.unknown(s, CodeDuplicate, 1, 2, "date sent twice; the first kept")
	}
}

func (sd *segmentDecoder) cntSeg(s *edifact.Segment) {
	sd.ctx, sd.person, sd.doc, sd.leg = inTrailer, nil, nil, nil
	q := s.Value(0, 0)
	var dst **int
	switch q {
	case cntPassengers:
		dst = &sd.m.Totals.Passengers
	case cntCrew:
		dst = &sd.m.Totals.Crew
	default:
		sd.unknown(s, CodeUnknownQualifier, 1, 1, "control total qualifier other than 41 or 42")
		return
	}
	n, err := strconv.Atoi(strings.TrimSpace(s.Value(0, 1)))
	if err != nil || n < 0 {
		if _, e := strconv.Atoi(strings.TrimSpace(s.Value(1, 0))); e == nil && s.Value(0, 1) == "" {
			sd.unknown(s, CodeBadNumber, 2, 1, "control total in the next element (CNT+41+8), not after the qualifier (CNT+41:8); segment kept")
			return
		}
		sd.unknown(s, CodeBadNumber, 1, 2, "control total is not a whole number")
		return
	}
	if *dst != nil {
		if **dst != n {
			sd.unknown(s, CodeDuplicate, 1, 2, "control total sent twice; the first kept")
		}
		return
	}
	*dst = &n
	sd.d.cnt[sd.m] = edifact.Segment{Tag: "CNT", Offset: s.Offset, Index: s.Index}
}

// trimEmpty returns comps without trailing empty values, nil when none is left.
func trimEmpty(comps []string) []string {
	comps = trimEmptyTail(comps)
	if len(comps) == 0 {
		return nil
	}
	return comps
}

func trimEmptyTail(comps []string) []string {
	n := len(comps)
	for n > 0 && comps[n-1] == "" {
		n--
	}
	if n == 0 {
		return nil
	}
	return comps[:n:n]
}
