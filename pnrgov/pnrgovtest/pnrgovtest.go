// Package pnrgovtest builds synthetic PNRGOV pushes for tests, benchmarks and
// quick starts: invented people, documents and flights, no real data. The
// pushes exercise what real ones carry: titles glued to given names beside
// names such as AMR and YASIR, travellers without DOCS, infants, AIRIMP
// e-mails, codeshare legs, per-leg seats and bags, history lines.
package pnrgovtest

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

var (
	surnames = []string{"OKAFOR", "LINDQVIST", "MORENO", "TANAKA", "NOWAK", "HASSAN", "DUBOIS", "SILVA",
		"KOWALCZYK", "OBRIEN", "NGUYEN", "PETROV", "ABDULLAH", "FERREIRA", "JENSEN", "O"}
	givens = []string{"AMR", "YASIR", "DREW", "MOLLY", "KEVIN MICHAEL", "ANNA", "NASR", "JULIA", "PIOTR",
		"LEILA", "TOMAS", "IRINA", "SAMUEL", "AIKO", "FATIMA", "LUCAS"}
	titles    = []string{"MR", "MRS", "MS", "DR", ""}
	countries = []string{"GBR", "DEU", "FRA", "NGA", "POL", "JPN", "BRA", "EGY", "USA", "SWE"}
	airports  = []string{"SIN", "ICN", "FRA", "LHR", "CDG", "JFK", "NRT", "DXB"}
)

// Flight is the flight every synthetic push is for: ZZ 100 SIN-ICN.
func Flight() pnrgov.Flight {
	return pnrgov.Flight{Carrier: "ZZ", FlightNumber: "100",
		Departure: pnrgov.Point{Airport: "SIN", Time: dt(2026, 11, 25, 14, 30)},
		Arrival:   pnrgov.Point{Airport: "ICN", Time: dt(2026, 11, 25, 22, 5)}}
}

func dt(y int, m time.Month, d, hh, mm int) civil.DateTime {
	return civil.DateTime{Date: civil.Date{Year: y, Month: m, Day: d}, Hour: hh, Minute: mm}
}

// Sample returns a small push (three PNRs), encoded with line breaks.
func Sample() []byte {
	b, err := pnrgov.Encode(Push(3, 7), pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("pnrgovtest: the sample does not encode: " + err.Error())
	}
	return b
}

// Push returns a full push of n PNRs for Flight, reproducible from seed.
// About 3.4 KB of EDIFACT per PNR (300 PNRs make about 1 MB).
func Push(n int, seed uint64) *pnrgov.Message {
	r := rand.New(rand.NewPCG(seed, 42))
	m := &pnrgov.Message{
		Envelope: edifact.Envelope{
			Interchange: edifact.InterchangeHeader{Syntax: edifact.SyntaxIdentifier{ID: "IATA", Version: "1"},
				Sender: edifact.Party{ID: "ZZ"}, Recipient: edifact.Party{ID: "PIU"},
				Prepared: dt(2026, 11, 25, 6, 30), ControlRef: "1"},
			Header: edifact.MessageHeader{Reference: "1",
				ID:              edifact.MessageID{Type: "PNRGOV", Version: "13", Release: "1", Agency: "IA"},
				CommonAccessRef: "251126/0630/ZZ/100"},
		},
		Version:  "13.1",
		PushType: pnrgov.PushFull,
		Sender:   pnrgov.Org{Airline: "ZZ", Location: "SIN"},
		Flight:   Flight(),
		PNRCount: n,
	}
	for i := range n {
		m.PNRs = append(m.PNRs, pnr(r, i))
	}
	return m
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func pnr(r *rand.Rand, i int) *pnrgov.PNR {
	loc := fmt.Sprintf("Z%05d", i)
	p := &pnrgov.PNR{
		Locators: []pnrgov.RecordLocator{{Airline: "1A", Locator: loc, Created: dt(2026, 10, 1+i%28, 9, 15)},
			{Airline: "ZZ", Locator: fmt.Sprintf("Y%05d", i)}},
		Dates:  []pnrgov.Stamp{{Qualifier: "700", Time: dt(2026, 11, 24, 18, 2)}},
		Agency: &pnrgov.Org{Airline: "1A", Location: "MUC", AgentID: "12345675", OfficeID: "SINZZ08AA", OriginatorType: "A", Country: "SG"},
		Addresses: []pnrgov.Address{{Purpose: "702", Street: fmt.Sprintf("%d ORCHARD ROAD", 1+i%90),
			City: "SINGAPORE", Country: "SG", PostalCode: "238801", Phone: fmt.Sprintf("6591%06d", i)}},
		Remarks: []pnrgov.Remark{{Qualifier: "4", Type: "28", Airline: "ZZ", Text: []string{fmt.Sprintf("CTCM 6598%06d", i)}}},
	}
	nt := 1 + r.IntN(3)
	surname := pick(r, surnames)
	for k := range nt {
		given := pick(r, givens)
		if t := pick(r, titles); t != "" {
			if r.IntN(2) == 0 {
				given += " " + t
			} else {
				given += t // glued, as airline systems do
			}
		}
		ref := fmt.Sprint(k + 1)
		birth := civil.Date{Year: 1950 + r.IntN(50), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}
		gender := pick(r, []string{"M", "F"})
		ctry := pick(r, countries)
		t := pnrgov.Traveler{Name: pnrgov.Name{Surname: surname, SurnameQualifier: "I", GivenRaw: given, Type: pnrgov.TravelerAdult, Ref: ref}}
		t.FrequentFlyers = []pnrgov.FrequentFlyer{{Airline: "ZZ", Number: fmt.Sprintf("%010d", r.Int64N(1e10))}}
		t.UniqueIDs = []pnrgov.Reference{{Value: fmt.Sprintf("%016X", r.Uint64())}}
		if r.IntN(5) > 0 { // some travellers carry no DOCS at all
			t.SSRs = append(t.SSRs, pnrgov.SSR{Code: "DOCS", Status: "HK", Quantity: "1", Airline: "ZZ",
				Text: fmt.Sprintf("/P/%s/%09d/%s/%s/%s/%s/%s/%s/", ctry, r.Int64N(1e9), ctry,
					ssr.FormatDate(birth), gender, ssr.FormatDate(civil.Date{Year: 2030, Month: 5, Day: 17}),
					surname, given)})
		}
		t.SSRs = append(t.SSRs, pnrgov.SSR{Code: "CTCE", Status: "HK", Quantity: "1", Airline: "ZZ",
			Text: "/" + ssr.EncodeEmail(fmt.Sprintf("traveller_%d-%d@example.org", i, k))})
		withInfant := k == 0 && r.IntN(6) == 0
		if withInfant {
			t.InfantIndicator = "1"
		}
		p.Travelers = append(p.Travelers, t)
		p.Tickets = append(p.Tickets, pnrgov.Ticket{Traveler: len(p.Travelers) - 1,
			Number: fmt.Sprintf("999%010d", r.Int64N(1e10)), Type: "T", Booklets: "1",
			Amounts: []pnrgov.Amount{{Qualifier: "B", Amount: "812.00", Currency: "SGD"}, {Qualifier: "T", Amount: "934.60", Currency: "SGD"}},
			Dates:   []pnrgov.Stamp{{Qualifier: "710", Time: dt(2026, 10, 2, 11, 0)}}})
		p.Payments = append(p.Payments, pnrgov.Payment{Ticket: len(p.Tickets) - 1,
			Forms:   []pnrgov.PaymentForm{{Type: "CC", Amount: "934.60", Vendor: "VI", Account: "411111XXXXXX1111", Expiry: "0929"}},
			Remarks: []pnrgov.Remark{{Qualifier: "4", Type: "43", Text: []string{surname + " " + given}}}})
		if withInfant {
			ib := civil.Date{Year: 2025, Month: 3, Day: 9}
			p.Travelers = append(p.Travelers, pnrgov.Traveler{
				Name: pnrgov.Name{Surname: surname, SurnameQualifier: "I", GivenRaw: "NOA", Type: pnrgov.TravelerInfant, Ref: fmt.Sprint(nt + 1)},
				SSRs: []pnrgov.SSR{{Code: "DOCS", Status: "HK", Quantity: "1", Airline: "ZZ",
					Text: fmt.Sprintf("/P/%s/%09d/%s/%s/FI/01JAN30/%s/NOA/", ctry, r.Int64N(1e9), ctry, ssr.FormatDate(ib), surname)}}})
		}
	}
	p.Itinerary = itinerary(r, p.Travelers, nt)
	for h := range 19 {
		p.HistoryLines = append(p.HistoryLines, fmt.Sprintf("%d/Z/%s CR-SINZZ08AA 12345675 SU 0001AA/DS-9C%06X %02dNOV%02d%02dZ %s",
			h, pick(r, []string{"1AINV RM ZZ", "DCS-SYNCUS", "ETK-ISSBOE", "AA"}), r.IntN(1<<24), 1+h, r.IntN(24), r.IntN(60),
			"SEGMENT CONFIRMED AND TICKETED PER FARE RULES"))
	}
	return p
}

// itinerary returns the legs of a PNR of nt travellers (and their infants),
// each checked in with every traveller's seat and bags.
func itinerary(r *rand.Rand, travelers []pnrgov.Traveler, nt int) []pnrgov.Leg {
	var out []pnrgov.Leg
	legs := []pnrgov.Flight{Flight()}
	if r.IntN(3) == 0 {
		legs = append(legs, pnrgov.Flight{Carrier: "ZZ", OperatingCarrier: "YY", FlightNumber: "7201",
			Departure: pnrgov.Point{Airport: "ICN", Time: dt(2026, 11, 26, 9, 40)},
			Arrival:   pnrgov.Point{Airport: pick(r, airports), Time: dt(2026, 11, 26, 13, 55)}})
	}
	for li, f := range legs {
		leg := pnrgov.Leg{Flight: f, Class: pick(r, []string{"Y", "J", "D", "M"}), Quantity: fmt.Sprint(nt), Status: "HK", Equipment: "333"}
		ci := pnrgov.CheckIn{Dates: []pnrgov.Stamp{{Qualifier: "2", Time: dt(2026, 11, 25, 11, 5+li)}},
			Agent: &pnrgov.Org{Airline: "ZZ", OriginatorType: "A"}}
		for k := range travelers {
			t := &travelers[k]
			name := t.Name
			b := pnrgov.Boarding{Number: fmt.Sprintf("%s-%03d", f.Departure.Airport, 1+r.IntN(300)), TravelerRef: t.Ref,
				Traveler: &name, Seat: fmt.Sprintf("%03d%c", 1+r.IntN(60), 'A'+rune(r.IntN(6))), Cabin: leg.Class}
			if !t.Type.Infant() {
				bags := r.IntN(3)
				b.Bags = &pnrgov.Bags{Count: bags, Weight: bags * 17, Unit: pnrgov.WeightKilograms}
				if bags > 0 {
					b.Bags.Tags = []pnrgov.BagTag{{Carrier: "999", Number: fmt.Sprintf("%010d", r.Int64N(1e10)), Count: bags, Destination: legs[len(legs)-1].Arrival.Airport}}
				}
			}
			ci.Boardings = append(ci.Boardings, b)
		}
		leg.CheckIns = []pnrgov.CheckIn{ci}
		out = append(out, leg)
	}
	return out
}

// Stream returns the bytes of Encode(Push(n, seed)) with line breaks, built
// PNR by PNR as they are read: a push of any size in the memory of one PNR,
// for tests and benchmarks of streaming decoders.
func Stream(n int, seed uint64) io.Reader {
	return &stream{r: rand.New(rand.NewPCG(seed, 42)), n: n, seed: seed}
}

type stream struct {
	r     *rand.Rand
	n, i  int
	seed  uint64
	m     *pnrgov.Message // the header, with one PNR at a time
	buf   []byte          // encoded, not yet read
	segs  int             // segments from UNH on, so far
	ended bool
}

func (s *stream) Read(p []byte) (int, error) {
	for len(s.buf) == 0 {
		if err := s.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// fill encodes what comes next: the header (UNB to EQN), one PNR (SRC to
// the next SRC), or UNT and UNZ.
func (s *stream) fill() error {
	switch {
	case s.m == nil:
		s.m = Push(0, s.seed)
		s.m.PNRCount = s.n
		b, err := pnrgov.Encode(s.m, pnrgov.EncodeOptions{LineBreaks: true})
		if err != nil {
			return err
		}
		head := b[:bytes.Index(b, []byte("\nUNT+"))+1]
		s.segs = bytes.Count(head[bytes.Index(head, []byte("UNH+")):], []byte("'\n"))
		s.buf = head
	case s.i < s.n:
		s.m.PNRs = append(s.m.PNRs[:0], pnr(s.r, s.i))
		s.i++
		b, err := pnrgov.Encode(s.m, pnrgov.EncodeOptions{LineBreaks: true})
		if err != nil {
			return err
		}
		body := b[bytes.Index(b, []byte("\nSRC'"))+1 : bytes.Index(b, []byte("\nUNT+"))+1]
		s.segs += bytes.Count(body, []byte("'\n"))
		s.buf = body
	case !s.ended:
		s.ended = true
		h := s.m.Envelope
		s.buf = fmt.Appendf(nil, "UNT+%d+%s'\nUNZ+1+%s'\n", s.segs+1, h.Header.Reference, h.Interchange.ControlRef)
	default:
		return io.EOF
	}
	return nil
}
