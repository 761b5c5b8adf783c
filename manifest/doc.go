// Package manifest joins the API (PAXLST) and PNR (PNRGOV) messages of a
// flight into one view of the people on it: the step between decoding and
// screening or targeting.
//
// A Builder takes decoded messages in any order, for any number of flights:
// passenger and crew lists, progressive lists of other legs, changes (BGM
// 1004 CP, XR), full and changes-only pushes (merged with pnrgov.Merge), and
// the parts of a multi-part push decoded apart. Build groups them by
// operating carrier, flight number and departure date (a flight number sent
// with its carrier, "UA0123", is the same flight as "123" of UA), applies
// them in the order they were prepared (UNB S004), and links the travellers.
// Builder.Decode reads raw bytes of either format; Detect tells the format
// of an input from its first UNH.
//
// Linking joins an API person and a PNR traveller by the strongest rule
// that holds, and records it (Traveler.Link): the record locator (RFF+AVF)
// and the names (strength 3), a document number and issuing country (2), or
// the names and the birth date (1). A pair is linked only when each is the
// other's one candidate under the rule, after narrowing by birth date: two
// namesakes in one PNR, a parent and a lap infant of the same name, or two
// API persons for one booking are left apart rather than linked by guess.
// Crew are never linked. Travellers on one side only stay, marked by a nil
// Traveler.API (booked, no API record: perhaps a no-show) or a nil
// Traveler.PNR (no booking found, or crew). Where linked records disagree
// on the birth date, gender, nationality or a document's number, both
// values are kept in Traveler.Conflicts: a targeting signal in itself.
//
// The records stay whole (Traveler.API.Person, Traveler.PNR.Traveler and
// Flight.PNRs are the decoded models, not copies); the identity fields of a
// Traveler are the API's, which was read from the travel document, or the
// PNR's. Traveler.Queries gives the watchlist queries of every name form
// screening should try.
//
//	b := manifest.NewBuilder()
//	for _, in := range inputs { // PAXLST and PNRGOV, in any order
//		if _, err := b.Decode(in); err != nil {
//			return err
//		}
//	}
//	for _, f := range b.Build() {
//		for _, t := range f.Travelers {
//			matches, err := index.Screen(ctx, t.Query())
//			...
//		}
//	}
//
// A Traveler holds its names, documents (each with its days to expiry and
// since issue), contacts, frequent-flyer numbers, and its seats, bags and
// check-ins on each leg (Boardings). Derived once per traveller
// (Features: age at travel, this flight's seat, bags and check-in) and once
// per PNR, shared by its travellers: the Trip (legs, one way, return or
// open jaw, duration, route airports and countries, transits with dwell
// times) and the Booking (lead time, party size, payments with amounts,
// cash, a third-party payer, agency, the PNR's own contacts, links).
// Durations across zones use package airport's zones; an airport not in
// its table gives no country and no duration, never a guess.
//
// Flight.Links are the identifiers several PNRs share (LinkPNRs): a card,
// phone, e-mail, postal address, frequent-flyer number or booking agent,
// each compared in a documented normal form, over the flight's PNRs and
// any the host passes in Builder.Window. With Builder.Country set, each
// flight has its Direction (inbound, outbound, domestic, through) relative
// to the receiving state.
package manifest
