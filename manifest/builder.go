package manifest

import (
	"runtime"
	"slices"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// Builder gathers decoded PAXLST and PNRGOV messages, in any order and for
// any number of flights, and builds the flights. It keeps the messages it is
// given (not copies): they must not change until Build has returned.
//
// A Builder is not safe for concurrent use.
type Builder struct {
	// Country is the receiving state, an ISO 3166 alpha-2 code (BE): with
	// it, Build sets each Flight.Direction.
	Country string
	// Window are PNRs of other flights that the links between PNRs search
	// too: the host's recent pushes, say those of the last 30 days. A PNR
	// of the window with the locator of one of the flight's is left out.
	Window []*pnrgov.PNR

	sources []Source
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{} }

// AddPAXLST adds a passenger or crew list: a whole list, a progressive
// list of another leg, or a change (BGM 1004 CP, XR).
func (b *Builder) AddPAXLST(m *paxlst.Message) {
	ic := &m.Envelope.Interchange
	b.sources = append(b.sources, Source{Format: FormatPAXLST, Input: len(b.sources),
		ControlRef: ic.ControlRef, Reference: m.Envelope.Header.Reference, Prepared: ic.Prepared,
		Kind: string(m.ListType), Function: string(m.Function), api: m})
}

// AddPNRGOV adds a PNRGOV push: full (MSG 22) or changes only (MSG 141).
func (b *Builder) AddPNRGOV(m *pnrgov.Message) {
	ic := &m.Envelope.Interchange
	b.sources = append(b.sources, Source{Format: FormatPNRGOV, Input: len(b.sources),
		ControlRef: ic.ControlRef, Reference: m.Envelope.Header.Reference, Prepared: ic.Prepared,
		Kind: string(m.PushType), pnr: m})
}

// Build groups the messages by operating flight and departure date, applies
// them in the order they were prepared, and links the travellers. Flights
// come in order of departure date, carrier and number. Build may be called
// again after more messages are added; each call builds anew. For a flight
// of 32 PNRs or more it finds the links between PNRs on a second goroutine
// (when GOMAXPROCS allows), and returns when that is done.
func (b *Builder) Build() []*Flight {
	srcs := slices.Clone(b.sources)
	// The order in which the messages apply: preparation time, then input
	// order (a message without a UNB date applies where it was added).
	slices.SortStableFunc(srcs, func(x, y Source) int {
		if x.Prepared.IsZero() || y.Prepared.IsZero() {
			return 0
		}
		return x.Prepared.Compare(y.Prepared)
	})
	var flights []*Flight
	for _, s := range srcs {
		for _, leg := range sourceLegs(&s) {
			f := find(flights, leg)
			if f == nil {
				f = &Flight{Carrier: leg.Carrier, Number: leg.Number, Date: leg.Departure.Time.Date}
				flights = append(flights, f)
			}
			f.addLeg(leg)
			if n := len(f.Sources); n == 0 || f.Sources[n-1].Input != s.Input {
				f.Sources = append(f.Sources, s)
			}
		}
	}
	for _, f := range flights {
		f.build(b.Window)
		f.Direction = f.direction(b.Country)
	}
	slices.SortStableFunc(flights, func(x, y *Flight) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		if c := strings.Compare(x.Carrier, y.Carrier); c != 0 {
			return c
		}
		return strings.Compare(x.Number, y.Number)
	})
	return flights
}

// sourceLegs returns the legs a message names.
func sourceLegs(s *Source) []Leg {
	if s.pnr != nil {
		fl := &s.pnr.Flight
		carrier := fl.Carrier
		if fl.OperatingCarrier != "" {
			carrier = fl.OperatingCarrier
		}
		c, n := designator(carrier, fl.FlightNumber)
		return []Leg{{c, n, Stop{fl.Departure.Airport, fl.Departure.Time}, Stop{fl.Arrival.Airport, fl.Arrival.Time}}}
	}
	out := make([]Leg, 0, len(s.api.Flights))
	for _, l := range s.api.Flights {
		c, n := designator(l.Carrier, l.FlightNumber)
		out = append(out, Leg{c, n, Stop{l.Departure.Airport, l.Departure.Time}, Stop{l.Arrival.Airport, l.Arrival.Time}})
	}
	return out
}

// find returns the flight a leg belongs to: the same designator, and a leg
// that leaves the same airport on the same date (or, for a flight whose legs
// are not known yet, the same date).
func find(flights []*Flight, l Leg) *Flight {
	for _, f := range flights {
		if f.Carrier != l.Carrier || f.Number != l.Number {
			continue
		}
		for _, g := range f.Legs {
			if sameDeparture(g.Departure, l.Departure) || sameDeparture(g.Arrival, l.Departure) {
				return f
			}
		}
		if f.Date == l.Departure.Time.Date {
			return f
		}
	}
	return nil
}

// sameDeparture reports whether two stops are the same airport on the same
// date; an unknown date matches any.
func sameDeparture(a, b Stop) bool {
	if a.Airport == "" || a.Airport != b.Airport {
		return false
	}
	return a.Time.Date.IsZero() || b.Time.Date.IsZero() || a.Time.Date == b.Time.Date
}

// addLeg merges l into the flight's legs: a leg from the same airport fills
// what the known one lacks; a new leg is inserted in departure order.
func (f *Flight) addLeg(l Leg) {
	for i := range f.Legs {
		g := &f.Legs[i]
		if g.Departure.Airport == l.Departure.Airport && l.Departure.Airport != "" {
			fill(&g.Departure, l.Departure)
			fill(&g.Arrival, l.Arrival)
			return
		}
	}
	f.Legs = append(f.Legs, l)
	slices.SortStableFunc(f.Legs, func(x, y Leg) int {
		if x.Departure.Time.IsZero() || y.Departure.Time.IsZero() {
			return 0
		}
		return x.Departure.Time.Compare(y.Departure.Time)
	})
	if d := f.Legs[0].Departure.Time.Date; !d.IsZero() {
		f.Date = d
	}
}

func fill(dst *Stop, src Stop) {
	if dst.Airport == "" {
		dst.Airport = src.Airport
	}
	if dst.Time.IsZero() && (dst.Airport == src.Airport || src.Airport == "") {
		dst.Time = src.Time
	}
}

// designator splits a carrier and a flight number as messages send them
// (TDT 8028 often carries the carrier too: "UA123"; PNRGOV "0602") into a
// carrier and a number without the carrier and leading zeros.
func designator(carrier, number string) (string, string) {
	number = strings.ToUpper(strings.TrimSpace(number))
	carrier = strings.ToUpper(strings.TrimSpace(carrier))
	switch {
	case carrier != "" && strings.HasPrefix(number, carrier) && len(number) > len(carrier) && isDigit(number[len(carrier)]):
		number = number[len(carrier):]
	case carrier == "" && len(number) > 2 && isDigit(number[2]) && !isDigit(number[0]):
		carrier, number = number[:2], number[2:]
	case carrier == "" && len(number) > 3 && isDigit(number[3]) && !isDigit(number[0]) && !isDigit(number[2]):
		carrier, number = number[:3], number[3:]
	}
	i := 0
	for i < len(number)-1 && number[i] == '0' && isDigit(number[i+1]) {
		i++
	}
	return carrier, number[i:]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// build applies the flight's messages and links its travellers.
func (f *Flight) build(window []*pnrgov.PNR) {
	f.PNRs = applyPushes(f.Sources)
	// The links between PNRs need only the PNRs: found on another core
	// while the travellers are linked and derived (a third of the build).
	links := concurrently(len(f.PNRs) >= minConcurrentPNRs, func() []PNRLink {
		return LinkPNRs(append(f.PNRs[:len(f.PNRs):len(f.PNRs)], outside(window, f.PNRs)...))
	})
	f.Codeshares = codeshares(f)
	api := apiPersons(f.Sources)
	pnr := pnrTravelers(f.PNRs)
	f.Travelers = link(api, pnr, len(f.PNRs), f.Date)
	releaseAPI(api)
	setIDs(f.Travelers)
	coTravelers(f.Travelers, len(f.PNRs))
	f.derive(pnr, links)
	releaseTravelers(pnr)
}

// minConcurrentPNRs is the size of flight from which LinkPNRs runs on a
// goroutine of its own: below it, starting one costs more than it saves.
const minConcurrentPNRs = 32

// concurrently runs fn on a goroutine of its own when async is set and a
// second processor can take it, else at once; the function it returns
// waits for fn's result. A panic in fn is raised again in that function,
// on the caller's goroutine, so that the caller's recover still sees it.
func concurrently[T any](async bool, fn func() T) func() T {
	if !async || runtime.GOMAXPROCS(0) < 2 {
		v := fn()
		return func() T { return v }
	}
	var (
		v      T
		failed any
		done   = make(chan struct{})
	)
	go func() {
		defer func() {
			failed = recover()
			close(done)
		}()
		v = fn()
	}()
	return func() T {
		<-done
		if failed != nil {
			panic(failed)
		}
		return v
	}
}

// direction is the flight's direction relative to the state country.
func (f *Flight) direction(state string) Direction {
	if state == "" || len(f.Legs) == 0 {
		return ""
	}
	first := country(f.Legs[0].Departure.Airport)
	if first == "" {
		return ""
	}
	lands, all := false, first == state
	for _, l := range f.Legs {
		c := country(l.Arrival.Airport)
		if c == "" {
			return ""
		}
		lands = lands || c == state
		all = all && c == state
	}
	last := country(f.Legs[len(f.Legs)-1].Arrival.Airport)
	switch {
	case all:
		return DirectionDomestic
	case first == state:
		return DirectionOutbound
	case last == state:
		return DirectionInbound
	case lands:
		return DirectionThrough
	}
	return ""
}

// setIDs numbers the travellers t1, t2, ...: the IDs share one string.
func setIDs(ts []*Traveler) {
	n := 0
	for i, digits, next := 1, 1, 10; i <= len(ts); i++ {
		if i == next {
			digits, next = digits+1, 10*next
		}
		n += 1 + digits
	}
	// The numbers are counted in decimal digits, one increment each
	// (strconv for each number was two thirds of the work).
	buf := make([]byte, 0, n)
	var num [20]byte
	for i := range num {
		num[i] = '0'
	}
	first := len(num) - 1 // the number's first digit
	for range ts {
		j := len(num) - 1
		for num[j] == '9' {
			num[j] = '0'
			j--
		}
		num[j]++
		first = min(first, j)
		buf = append(append(buf, 't'), num[first:]...)
	}
	all, start := string(buf), 0
	for i, digits, next := 0, 1, 10; i < len(ts); i++ {
		if i+1 == next {
			digits, next = digits+1, 10*next
		}
		ts[i].ID, start = all[start:start+1+digits], start+1+digits
	}
}

// applyPushes returns the PNRs of the flight's pushes: a full push replaces
// what came before, a changes-only push is merged into it. The parts of one
// push (UNH 0068 and S010) decoded from separate inputs add up.
func applyPushes(srcs []Source) []*pnrgov.PNR {
	var pnrs []*pnrgov.PNR
	push := "" // the common access reference of the multi-part push being read
	for _, s := range srcs {
		m := s.pnr
		if m == nil {
			continue
		}
		h := &m.Envelope.Header
		part := h.Transfer != nil && h.CommonAccessRef != ""
		switch {
		case m.PushType == pnrgov.PushChanges:
			pnrs = pnrgov.Merge(pnrs, m)
		case part && h.CommonAccessRef == push:
			pnrs = append(pnrs, m.PNRs...)
		default:
			pnrs = slices.Clone(m.PNRs)
		}
		push = ""
		if part {
			push = h.CommonAccessRef
		}
	}
	return pnrs
}

// codeshares lists the marketing designators the PNRs book the flight's
// legs under, when another carrier operates them.
func codeshares(f *Flight) []Designator {
	var out []Designator
	for _, p := range f.PNRs {
		for i := range p.Itinerary {
			l := &p.Itinerary[i]
			op := l.OperatingCarrier
			if l.OperatedBy != nil && l.OperatedBy.Carrier != "" {
				op = l.OperatedBy.Carrier
			}
			if !l.Codeshare() || !strings.EqualFold(op, f.Carrier) || !f.flies(l.Departure.Airport, l.Departure.Time.Date) {
				continue
			}
			c, n := designator(l.Carrier, l.FlightNumber)
			if d := (Designator{c, n}); !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	}
	return out
}

// flies reports whether the flight has a leg leaving airport on date.
func (f *Flight) flies(airport string, date civil.Date) bool {
	for i := range f.Legs {
		if sameDeparture(f.Legs[i].Departure, Stop{airport, civil.DateTime{Date: date}}) {
			return true
		}
	}
	return false
}
