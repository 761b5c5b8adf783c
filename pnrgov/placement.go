package pnrgov

import "github.com/openpiu/piu/edifact"

// This file is the PNRGOV placement rules as data: for each tag of the
// message body, where the segment may stand (the open group), how a position
// out of the grammar is reported, and what it attaches to. One routine, place,
// reads the table, in the manner of moov-io/iso8583's field specs. The groups
// are those of the PNRGOV guide (Gr1..Gr12, see state.go).

// levels is a set of levels.
type levels uint16

func lvs(l ...level) levels {
	var s levels
	for _, x := range l {
		s |= 1 << x
	}
	return s
}

// anywhere is every level: the last rule of a tag, its fallback.
const anywhere levels = 1<<(lvHistoryLeg+1) - 1

// The level sets the rules name.
var (
	travelerLevel = lvs(lvTraveler)                        // Gr2
	ticketLevel   = lvs(lvTicket)                          // Gr3
	paymentLevel  = lvs(lvPayment)                         // Gr4
	legLevel      = lvs(lvLeg)                             // Gr5
	checkInLevel  = lvs(lvCheckIn)                         // Gr6
	boardingLevel = lvs(lvBoarding)                        // Gr7
	splitLevel    = lvs(lvSplit)                           // Gr8
	nonAirLevel   = lvs(lvNonAir)                          // Gr9
	historyLevel  = lvs(lvHistory)                         // Gr10
	changeLevel   = lvs(lvChange)                          // Gr11
	historyLegLvl = lvs(lvHistoryLeg)                      // Gr12
	gr1           = lvs(lvPNR)                             // PNR level
	inTraveler    = lvs(lvTraveler, lvTicket, lvPayment)   // Gr2 and its Gr3, Gr4
	belowTraveler = lvs(lvTicket, lvPayment)               // Gr3, Gr4
	inLeg         = lvs(lvLeg, lvCheckIn, lvBoarding)      // Gr5 and its Gr6, Gr7
	belowLeg      = lvs(lvCheckIn, lvBoarding)             // Gr6 and its Gr7
	inHistory     = lvs(lvHistory, lvChange, lvHistoryLeg) // Gr10 and its Gr11, Gr12
	belowHistory  = lvs(lvChange, lvHistoryLeg)            // Gr11, Gr12
)

// how says how a segment standing where a rule applies is reported.
type how uint8

const (
	inPlace    how = iota // its place in the grammar: no diagnostic
	outOfPlace            // drift: "kept "+where
	pnrLevel              // a Gr1 segment: drift ("kept "+where) once the groups began
	misplaced             // fits nowhere: drift "as an unknown segment", kept unknown
)

// rule is one line of a tag's placement. The first rule whose levels hold
// the open group (and whose when, if any, holds) applies.
type rule struct {
	at     levels
	when   func(*Decoder) bool // a further condition on the open group; nil: none
	how    how
	where  string                           // the drift text's place ("at PNR level")
	attach func(*Decoder, *edifact.Segment) // reads seg into the model; nil with misplaced
}

// placements are the rules of each tag of the message body; a tag without
// rules is unknown (kept in the innermost open group).
var placements = map[string][]rule{
	"RCI": {
		{at: splitLevel, attach: func(d *Decoder, s *edifact.Segment) { x := d.split(); x.Locators = d.readRCI(s, x.Locators) }},
		{at: belowLeg, how: outOfPlace, where: "in its itinerary segment", attach: rciLeg},
		{at: legLevel, attach: rciLeg},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { d.pnr.Locators = d.readRCI(s, d.pnr.Locators) }},
	},
	"DAT": {
		{at: ticketLevel, attach: datTicket},
		{at: paymentLevel, when: paymentHasTicket, how: outOfPlace, where: "with its ticket", attach: datTicket},
		{at: inLeg, attach: func(d *Decoder, s *edifact.Segment) { d.newCheckIn(CheckIn{Dates: d.readDAT(s, nil)}) }},
		{at: historyLevel, attach: datHistory},
		{at: belowHistory, how: outOfPlace, where: "in its history entry", attach: datHistory},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { d.pnr.Dates = d.readDAT(s, d.pnr.Dates) }},
	},
	"IFT": {
		{at: travelerLevel, attach: func(d *Decoder, s *edifact.Segment) { t := d.traveler(); t.Remarks = append(t.Remarks, readIFT(s)) }},
		{at: ticketLevel, how: outOfPlace, where: "in its ticket group", attach: func(d *Decoder, s *edifact.Segment) { t := d.ticket(); t.Remarks = append(t.Remarks, readIFT(s)) }},
		{at: paymentLevel, attach: func(d *Decoder, s *edifact.Segment) { x := d.payment(); x.Remarks = append(x.Remarks, readIFT(s)) }},
		{at: belowLeg, how: outOfPlace, where: "in its itinerary segment", attach: iftLeg},
		{at: legLevel, attach: iftLeg},
		{at: inHistory, attach: func(d *Decoder, s *edifact.Segment) { c := d.changeFor(s); c.Remarks = append(c.Remarks, readIFT(s)) }},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { d.pnr.Remarks = append(d.pnr.Remarks, readIFT(s)) }},
	},
	"ORG": {
		{at: checkInLevel, when: agentFree, attach: orgCheckIn},
		{at: boardingLevel, when: agentFree, how: outOfPlace, where: "in its check-in", attach: orgCheckIn},
		{at: boardingLevel, how: outOfPlace, where: "in its check-in", attach: (*Decoder).misplaced},
		{at: checkInLevel, how: misplaced},
		{at: legLevel, how: outOfPlace, where: "in a check-in without DAT", attach: func(d *Decoder, s *edifact.Segment) { o := readOrg(s); d.newCheckIn(CheckIn{Agent: &o}) }},
		{at: anywhere, when: func(d *Decoder) bool { return d.pnr.Agency != nil }, how: misplaced},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { o := readOrg(s); d.pnr.Agency = &o }},
	},
	"ADD": {
		{at: gr1, how: pnrLevel, attach: addPNR},
		{at: paymentLevel, when: func(d *Decoder) bool { return d.payment().BillingAddress == nil }, attach: func(d *Decoder, s *edifact.Segment) { a := readADD(s); d.payment().BillingAddress = &a }},
		{at: travelerLevel, attach: addTraveler},
		{at: belowTraveler, when: (*Decoder).hasTraveler, how: outOfPlace, where: "with its traveller", attach: addTraveler},
		{at: anywhere, how: pnrLevel, attach: addPNR},
	},
	"EBD": {
		{at: travelerLevel, attach: ebdTraveler},
		{at: belowTraveler, when: (*Decoder).hasTraveler, how: outOfPlace, where: "with its traveller", attach: ebdTraveler},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { d.pnr.ExcessBaggage = append(d.pnr.ExcessBaggage, readValues(s)) }},
	},
	"TIF": {
		{at: checkInLevel, attach: tifBoarding},
		{at: boardingLevel, when: func(d *Decoder) bool { return d.boarding().Traveler == nil }, attach: func(d *Decoder, s *edifact.Segment) { n := readName(s); d.boarding().Traveler = &n }},
		{at: boardingLevel, attach: tifBoarding},
		{at: changeLevel, when: func(d *Decoder) bool { return d.change().Traveler == nil }, attach: func(d *Decoder, s *edifact.Segment) { n := readName(s); d.change().Traveler = &n }},
		{at: inHistory, how: outOfPlace, where: "in a history change of its own", attach: func(d *Decoder, s *edifact.Segment) { n := readName(s); d.newChange(Change{Traveler: &n}) }},
		{at: inTraveler, attach: (*Decoder).newTravelers},
		{at: anywhere, how: pnrLevel, where: "as a traveller", attach: (*Decoder).newTravelers},
	},
	"FTI": travelerDetail(func(t *Traveler, s *edifact.Segment) { t.FrequentFlyers = readFTI(s, t.FrequentFlyers) }),
	"REF": travelerDetail(func(t *Traveler, s *edifact.Segment) { t.UniqueIDs = readREF(s, t.UniqueIDs) }),
	"FAR": travelerDetail(func(t *Traveler, s *edifact.Segment) { t.Fares = append(t.Fares, readValues(s)) }),
	"SSR": {
		{at: travelerLevel, attach: ssrTraveler},
		{at: belowTraveler, when: (*Decoder).hasTraveler, how: outOfPlace, where: "with its traveller", attach: ssrTraveler},
		{at: legLevel, attach: ssrLeg},
		{at: belowLeg, how: outOfPlace, where: "in its itinerary segment", attach: ssrLeg},
		{at: inHistory, attach: func(d *Decoder, s *edifact.Segment) { c := d.changeFor(s); c.SSRs = append(c.SSRs, readSSR(s)) }},
		{at: anywhere, how: pnrLevel, attach: func(d *Decoder, s *edifact.Segment) { d.pnr.SSRs = append(d.pnr.SSRs, readSSR(s)) }},
	},
	"TKT": {
		{at: inTraveler, attach: (*Decoder).newTicket},
		{at: anywhere, how: outOfPlace, where: "with the last traveller", attach: (*Decoder).newTicket},
	},
	"MON": ticketDetail(func(t *Ticket, s *edifact.Segment) { t.Amounts = readMON(s, t.Amounts) }),
	"PTK": ticketDetail(func(t *Ticket, s *edifact.Segment) { t.Pricing = append(t.Pricing, readValues(s)) }),
	"TXD": ticketDetail(func(t *Ticket, s *edifact.Segment) { t.Taxes = append(t.Taxes, readValues(s)) }),
	"FOP": {
		{at: belowTraveler, attach: (*Decoder).newPayment},
		{at: anywhere, how: outOfPlace, where: "with the last ticket", attach: (*Decoder).newPayment},
	},
	"TVL": {
		{at: nonAirLevel, attach: func(d *Decoder, s *edifact.Segment) { x := d.nonAir(); x.Items = append(x.Items, readValues(s)) }},
		{at: inHistory, attach: (*Decoder).newHistoryLeg},
		{at: anywhere, when: func(d *Decoder) bool { return len(d.pnr.Splits)+len(d.pnr.NonAir)+len(d.pnr.History) > 0 }, how: outOfPlace, where: "as an itinerary segment", attach: (*Decoder).newLeg},
		{at: anywhere, attach: (*Decoder).newLeg},
	},
	"TRA": legDetail(func(l *Leg) bool { return l.OperatedBy == nil }, func(l *Leg, s *edifact.Segment) { l.OperatedBy = readTRA(s) }),
	"RPI": append([]rule{{at: historyLegLvl, when: func(d *Decoder) bool { l := d.historyLeg(); return l.Quantity == "" && l.Status == "" },
		attach: func(d *Decoder, s *edifact.Segment) {
			l := d.historyLeg()
			l.Quantity, l.Status = s.Value(0, 0), s.Value(1, 0)
		}}},
		legDetail(func(l *Leg) bool { return l.Quantity == "" && l.Status == "" }, func(l *Leg, s *edifact.Segment) { l.Quantity, l.Status = s.Value(0, 0), s.Value(1, 0) })...),
	"APD": legDetail(func(l *Leg) bool { return l.Equipment == "" }, func(l *Leg, s *edifact.Segment) { l.Equipment = s.Value(0, 0) }),
	"TRI": boardingRules(nil, func(d *Decoder, s *edifact.Segment) { d.newBoarding(readTRI(s)) }),
	"SSD": boardingRules(
		&rule{at: boardingLevel, when: func(d *Decoder) bool { b := d.boarding(); return b.Seat == "" && b.Cabin == "" }, attach: func(d *Decoder, s *edifact.Segment) { readSSD(s, d.boarding()) }},
		func(d *Decoder, s *edifact.Segment) {
			d.missingTRI(s)
			b := Boarding{}
			readSSD(s, &b)
			d.newBoarding(b)
		}),
	"TBD": append([]rule{
		{at: boardingLevel, when: func(d *Decoder) bool { return d.boarding().Bags == nil }, attach: func(d *Decoder, s *edifact.Segment) { d.boarding().Bags = d.readTBD(s) }},
		{at: changeLevel, when: changeBagsFree, attach: tbdChange},
		{at: historyLegLvl, when: changeBagsFree, how: outOfPlace, where: "in its history change", attach: tbdChange}},
		boardingRules(nil, func(d *Decoder, s *edifact.Segment) { d.missingTRI(s); d.newBoarding(Boarding{Bags: d.readTBD(s)}) })...),
	"EQN": {{at: anywhere, attach: func(d *Decoder, s *edifact.Segment) {
		d.pnr.Splits = append(d.pnr.Splits, Split{Count: d.readCount(s)})
		d.lv, d.started = lvSplit, true
	}}},
	"MSG": {{at: anywhere, attach: func(d *Decoder, s *edifact.Segment) {
		d.pnr.NonAir = append(d.pnr.NonAir, NonAir{MSG: readValues(s)})
		d.lv, d.started = lvNonAir, true
	}}},
	"ABI": {{at: anywhere, attach: func(d *Decoder, s *edifact.Segment) {
		d.pnr.History = append(d.pnr.History, History{Source: readValues(s)})
		d.lv, d.started = lvHistory, true
	}}},
	"SAC": {
		{at: anywhere, when: func(d *Decoder) bool { return len(d.pnr.History) == 0 }, how: outOfPlace, where: "in a history entry without ABI", attach: func(d *Decoder, s *edifact.Segment) {
			d.pnr.History = append(d.pnr.History, History{})
			d.newChange(Change{SAC: readValues(s)})
		}},
		{at: inHistory, attach: sacChange},
		{at: anywhere, how: outOfPlace, where: "in the last history entry", attach: sacChange},
	},
	"LTS": {{at: anywhere, attach: func(d *Decoder, s *edifact.Segment) {
		d.pnr.HistoryLines = append(d.pnr.HistoryLines, readLTS(s))
		d.lv = lvPNR
	}}},
	"SRC": nil, // opens a PNR (body); a known tag without placement
}

// travelerDetail is the placement of a Gr2 segment that only a traveller
// holds (FTI, REF, FAR).
func travelerDetail(set func(*Traveler, *edifact.Segment)) []rule {
	attach := func(d *Decoder, s *edifact.Segment) { set(d.traveler(), s) }
	return []rule{
		{at: anywhere, when: func(d *Decoder) bool { return !d.hasTraveler() }, how: misplaced},
		{at: travelerLevel, attach: attach},
		{at: anywhere, how: outOfPlace, where: "with the last traveller", attach: attach},
	}
}

// ticketDetail is the placement of a Gr3 segment (MON, PTK, TXD).
func ticketDetail(set func(*Ticket, *edifact.Segment)) []rule {
	attach := func(d *Decoder, s *edifact.Segment) { set(d.ticket(), s) }
	return []rule{
		{at: ticketLevel, attach: attach},
		{at: paymentLevel, when: paymentHasTicket, how: outOfPlace, where: "with its ticket", attach: attach},
		{at: anywhere, how: misplaced},
	}
}

// legDetail is the placement of a Gr5 segment that a leg holds once (TRA,
// RPI, APD): a second one is kept as unknown.
func legDetail(free func(*Leg) bool, set func(*Leg, *edifact.Segment)) []rule {
	when := func(d *Decoder) bool { return free(d.leg()) }
	attach := func(d *Decoder, s *edifact.Segment) { set(d.leg(), s) }
	return []rule{
		{at: legLevel, when: when, attach: attach},
		{at: belowLeg, when: when, how: outOfPlace, where: "in its itinerary segment", attach: attach},
		{at: anywhere, how: misplaced},
	}
}

// boardingRules is the placement of a Gr7 segment (TRI, SSD, TBD): in the
// open check-in, or in one opened in the open (or else the last) leg. first,
// when not nil, comes before them.
func boardingRules(first *rule, attach func(*Decoder, *edifact.Segment)) []rule {
	var r []rule
	if first != nil {
		r = append(r, *first)
	}
	opened := func(d *Decoder, s *edifact.Segment) { d.newCheckIn(CheckIn{}); attach(d, s) }
	return append(r,
		rule{at: belowLeg, attach: attach},
		rule{at: legLevel, how: outOfPlace, where: "in a check-in without DAT", attach: opened},
		rule{at: anywhere, when: func(d *Decoder) bool { return len(d.pnr.Itinerary) == 0 }, how: misplaced},
		rule{at: anywhere, how: outOfPlace, where: "in the last itinerary segment", attach: opened},
	)
}

// place files a segment of the open PNR by its tag's rules.
func (d *Decoder) place(seg *edifact.Segment) {
	rules := rulesOf(seg.Tag)
	if len(rules) == 0 {
		d.report(seg, CodeUnknownSegment, 0, 0, "unknown segment"+unknownTag(seg.Tag)+": kept in place")
		d.unknown(seg)
		return
	}
	bit := levels(1) << d.lv
	for i := range rules {
		r := &rules[i]
		if r.at&bit == 0 || r.when != nil && !r.when(d) {
			continue
		}
		switch r.how {
		case outOfPlace:
			d.drift(seg, r.where)
		case pnrLevel:
			if d.lv != lvPNR || d.started {
				d.drift(seg, whereOr(r.where))
			}
		case misplaced:
			d.misplaced(seg)
			return
		}
		r.attach(d, seg)
		return
	}
}

// ruleIndex maps a three-letter tag to 1 + its place in ruleSets, for the
// decoder's hot path (a map lookup per segment costs more).
// ruleTags[i] is the tag of ruleSets[i], the string diagnostics carry.
var (
	ruleSets  [][]rule
	ruleTags  []string
	ruleIndex [26 * 26 * 26]uint8
)

// init indexes placements (in a function: the rules' attachments report
// diagnostics, which read the index, an initialization cycle otherwise).
func init() {
	for tag, r := range placements {
		ruleSets = append(ruleSets, r)
		ruleTags = append(ruleTags, tag)
		ruleIndex[tagSlot(tag)] = uint8(len(ruleSets))
	}
}

// tagSlot returns the index of a tag of three upper-case letters, -1 for
// any other tag.
func tagSlot(tag string) int {
	if len(tag) != 3 {
		return -1
	}
	n := 0
	for i := 0; i < 3; i++ {
		c := tag[i]
		if c < 'A' || c > 'Z' {
			return -1
		}
		n = n*26 + int(c-'A')
	}
	return n
}

// rulesOf returns the placement rules of tag, nil for an unknown tag.
func rulesOf(tag string) []rule {
	if i := tagSlot(tag); i >= 0 && ruleIndex[i] > 0 {
		return ruleSets[ruleIndex[i]-1]
	}
	return nil
}
