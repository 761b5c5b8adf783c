// Package risktest is a synthetic flight with everything a screening needs:
// the PNRGOV push and the API passenger list of one flight, a ruleset over
// the built-in attribute catalogue, its reference lists and a watchlist, so
// that tests, examples and the quick start run the whole chain (bytes to
// manifest to hits) on data nobody owns; Config is the engine configuration
// of the rules and the watchlist, ready to use. Every person, document, card and
// address in it is invented.
//
// The flight is ZZ 100 from Singapore (SIN) to Seoul (ICN), leaving at 14:30
// local time on 25 November 2026, as received by the Republic of Korea (KR).
// It is built so that each kind of result appears once at least:
//
//   - a traveller booked a day before departure, one way, paying cash
//     (criteria hit R-1);
//   - a traveller of a nationality on the ruleset's reference list on that
//     one-way booking, and a co-traveller who sent no nationality at
//     all, for whom R-2 is not evaluable (as for one more one-way traveller
//     without DOCS);
//   - a traveller whose passport expires within 30 days of travel;
//   - a traveller on the watchlist under another spelling and in Cyrillic
//     (a watchlist hit, apart from the criteria hits);
//   - a traveller carrying a passport the watchlist lists as stolen.
package risktest

import (
	"bytes"
	_ "embed"
	"fmt"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/pnrgov/ssr"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/watchlist"
)

// Country is the receiving state of the scenario (manifest.Builder.Country).
const Country = "KR"

// Now is the time the scenario is evaluated at: six hours before departure,
// when a PIU screens the push of 24 hours before and the list of check-in.
var Now = time.Date(2026, 11, 25, 0, 30, 0, 0, time.UTC)

// Push returns the scenario's PNRGOV full push of six PNRs.
func Push() *pnrgov.Message {
	m := pnrgovtest.Push(6, 2396)
	shortNotice(m.PNRs[0])
	// PNR 1's first traveller is on the watchlist as ANA MARIA SAMPEL.
	setDOCS(&m.PNRs[1].Travelers[0], "SAMPEL", "ANNA MARIA MRS", "XXA", "P", "X40017720", civil.Date{Year: 1985, Month: 5, Day: 4}, "F",
		civil.Date{Year: 2031, Month: 2, Day: 1})
	// PNR 2's first traveller carries the passport listed as stolen.
	setDOCS(&m.PNRs[2].Travelers[0], "OKAFOR", "DANIEL MR", "NGA", "P", "A09911234", civil.Date{Year: 1979, Month: 8, Day: 30}, "M",
		civil.Date{Year: 2029, Month: 6, Day: 12})
	// PNR 3's first traveller's passport expires eleven days after travel.
	setDOCS(&m.PNRs[3].Travelers[0], "LINDQVIST", "ERIK", "SWE", "P", "91377420", civil.Date{Year: 1990, Month: 1, Day: 17}, "M",
		civil.Date{Year: 2026, Month: 12, Day: 6})
	return m
}

// shortNotice makes p a booking of two, made the day before departure, one
// way, paid cash; its first traveller's nationality is on the reference list,
// its second sent no DOCS.
func shortNotice(p *pnrgov.PNR) {
	p.Locators[0].Created = civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 24}, Hour: 8, Minute: 10}
	p.Travelers = p.Travelers[:1]
	second := p.Travelers[0]
	second.Name.Ref, second.Name.GivenRaw = "2", "NOOR"
	second.SSRs = nil
	second.FrequentFlyers = nil
	second.InfantIndicator = ""
	p.Travelers[0].InfantIndicator = ""
	p.Travelers = append(p.Travelers, second)
	setDOCS(&p.Travelers[0], "RAHIMI", "KARIM", "ZZB", "P", "Z55501234", civil.Date{Year: 1998, Month: 3, Day: 2}, "M",
		civil.Date{Year: 2032, Month: 9, Day: 30})
	p.Travelers[1].Name.Surname = "RAHIMI"
	p.Tickets = p.Tickets[:1]
	p.Payments = []pnrgov.Payment{{Ticket: 0, Forms: []pnrgov.PaymentForm{{Type: "CA", Amount: "1869.20"}}}}
	leg := p.Itinerary[0]
	leg.Quantity = "2"
	for i := range leg.CheckIns {
		ci := &leg.CheckIns[i]
		ci.Boardings = ci.Boardings[:1]
		b := ci.Boardings[0]
		name := p.Travelers[1].Name
		b.TravelerRef, b.Traveler, b.Seat, b.Number, b.Bags = "2", &name, "031B", "SIN-299", nil
		ci.Boardings = append(ci.Boardings, b)
		first := p.Travelers[0].Name
		ci.Boardings[0].Traveler = &first
	}
	p.Itinerary = []pnrgov.Leg{leg}
}

// setDOCS gives t the name and a DOCS SSR with the passport, replacing any.
func setDOCS(t *pnrgov.Traveler, surname, given, nationality, docType, number string, birth civil.Date, gender string, expiry civil.Date) {
	t.Name.Surname, t.Name.GivenRaw = surname, given
	t.SSRs = append(t.SSRs[:0:0], t.SSRs...)
	docs := pnrgov.SSR{Code: "DOCS", Status: "HK", Quantity: "1", Airline: "ZZ",
		Text: fmt.Sprintf("/%s/%s/%s/%s/%s/%s/%s/%s/%s/", docType, nationality, number, nationality,
			ssr.FormatDate(birth), gender, ssr.FormatDate(expiry), surname, given)}
	for i, s := range t.SSRs {
		if s.Code == "DOCS" {
			t.SSRs[i] = docs
			return
		}
	}
	t.SSRs = append([]pnrgov.SSR{docs}, t.SSRs...)
}

// PNRGOV returns the push as an EDIFACT interchange.
func PNRGOV() []byte {
	b, err := pnrgov.Encode(Push(), pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("risktest: the push does not encode: " + err.Error())
	}
	return b
}

// List returns the passenger list departure control sends for the push's
// travellers (paxlsttest.ListFor), as decoded from the push.
func List() *paxlst.Message {
	res, err := pnrgov.Decode(PNRGOV(), nil)
	if err != nil || len(res.Messages) != 1 {
		panic(fmt.Sprintf("risktest: the push does not decode: %v", err))
	}
	return paxlsttest.ListFor(res.Messages[0])
}

// PAXLST returns the passenger list as an EDIFACT interchange.
func PAXLST() []byte {
	b, err := paxlst.Encode(List(), paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic("risktest: the list does not encode: " + err.Error())
	}
	return b
}

//go:embed rules.json
var rules []byte

//go:embed lists.json
var lists []byte

//go:embed watchlist.json
var list []byte

// Rules returns the scenario's ruleset (risk.Compile), written against the
// built-in catalogue: rules hit on the flight, R-4 does not.
func Rules() []byte { return bytes.Clone(rules) }

// Lists returns the reference lists the ruleset names (risk.ReadLists).
func Lists() []byte { return bytes.Clone(lists) }

// ListName and ListVersion name the watchlist of Watchlist.
const (
	ListName    = "DEMO"
	ListVersion = "2026-11-24"
)

// Watchlist returns the scenario's watchlist in the JSON form
// watchlist.LoadJSON reads: a person listed under another spelling and in
// Cyrillic, an unrelated person, and a stolen passport.
func Watchlist() []byte { return bytes.Clone(list) }

// FlightOf returns the flight that a PIU of Country builds from push and
// the passenger list of its travellers (paxlsttest.ListFor), the push
// encoded and decoded first as it would be received: for tests and
// benchmarks on flights of any size (pnrgovtest.Push(300, seed)).
func FlightOf(push *pnrgov.Message) (*manifest.Flight, error) {
	b, err := pnrgov.Encode(push, pnrgov.EncodeOptions{})
	if err != nil {
		return nil, err
	}
	res, err := pnrgov.Decode(b, nil)
	if err != nil {
		return nil, err
	}
	if len(res.Messages) != 1 {
		return nil, fmt.Errorf("risktest: %d messages decoded, want 1", len(res.Messages))
	}
	bl := manifest.NewBuilder()
	bl.Country = Country
	bl.AddPNRGOV(res.Messages[0])
	bl.AddPAXLST(paxlsttest.ListFor(res.Messages[0]))
	fs := bl.Build()
	if len(fs) != 1 {
		return nil, fmt.Errorf("risktest: %d flights built, want 1", len(fs))
	}
	return fs[0], nil
}

// Config returns the engine configuration of the scenario: Rules compiled
// with Lists, and Watchlist indexed as ListName, ListVersion. Add plug-ins
// to it before risk.NewEngine; examples/quickstart shows the same steps one
// by one.
func Config() (risk.Config, error) {
	lists, err := risk.ReadLists(Lists())
	if err != nil {
		return risk.Config{}, err
	}
	rules, err := risk.Compile(Rules(), &risk.CompileOptions{Lists: lists})
	if err != nil {
		return risk.Config{}, err
	}
	entries, err := watchlist.LoadJSON(bytes.NewReader(Watchlist()), nil)
	if err != nil {
		return risk.Config{}, err
	}
	index, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		return risk.Config{}, err
	}
	return risk.Config{Rules: rules, Watchlists: []risk.Watchlist{{Name: ListName, Version: ListVersion, Index: index}}}, nil
}
