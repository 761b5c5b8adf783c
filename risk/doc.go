// Package risk is the rule engine of a Passenger Information Unit: it
// evaluates the travellers of a manifest.Flight against pre-determined
// criteria (rules written as JSON data, compiled once), Go plug-in rules and
// watchlists, and says for every hit why: the conditions that held and the
// values observed. Watchlist hits are kept apart from criteria hits, and no
// hit is a decision: each is for an officer to review (EU directive
// 2016/681 art. 6 and 7; CJEU C-817/19).
//
// A rules file is a named, versioned list of rules; a rule has metadata
// (id, version, title, rationale, category, severity, weight, status,
// effective dates, review date), a scope (direction, carriers, airports), a
// hit cap and a condition tree:
//
//	{"id": "R-7", "version": 3, "title": "Short-notice one-way cash bookings",
//	 "severity": "high", "weight": 0.6, "scope": {"direction": "inbound"},
//	 "when": {"all": [
//	   {"id": "c1", "field": "booking.leadHours", "op": "lt", "value": 48},
//	   {"id": "c2", "field": "trip.oneWay", "op": "eq", "value": true},
//	   {"id": "c3", "any": "payments", "where":
//	     {"id": "c4", "field": "payment.type", "op": "eq", "value": "CA"}}]}}
//
// Fields are the paths of a Catalogue of typed attributes (NewCatalogue;
// hosts Register their own); an attribute flagged prohibited (special meals,
// medical SSRs) is refused at compile time, one flagged identifying is
// masked when evaluating depersonalised data (Options.Depersonalised, which
// also skips the watchlists; Options.Masked recognises pseudonyms, and
// plug-ins read both from their Env). Operators: eq, ne, lt, le, gt,
// ge, between, in, starts_with, ends_with, contains, matches (RE2), each
// with a not_ form where it has one, is_empty, exists, within (a window
// around the departure), member_of (a versioned RefList) and name_like (a
// fuzzymatch similarity); quantifiers any, all, none and count range over
// the traveller's collections (documents, legs, payments, contacts, ...).
// Text compares without regard to case.
//
// Evaluation is three-valued: a condition on missing or masked data is
// unknown, and a rule that is unknown is reported as not evaluable, never
// as a hit and never as a miss. Evaluating a traveller allocates nothing
// until a rule holds; rules are indexed by scope and by an eq or in
// condition, so that rules that cannot apply cost nothing.
//
//	rs, err := risk.Compile(rulesJSON, &risk.CompileOptions{Lists: lists})
//	if err != nil {
//		return err // CompileErrors name the rule and the condition
//	}
//	e, err := risk.NewEngine(risk.Config{Rules: rs, Watchlists: []risk.Watchlist{{Name: "UN", Version: v, Index: idx}}})
//	res, err := e.Evaluate(ctx, flight)
//	for _, t := range res.Travelers {
//		for _, h := range t.Hits { ... } // h.Conditions: the evidence
//	}
//
// Rules written in GTAS, US-CBP's open PIU system, as UDRs (User Defined
// Rules, JSON) are converted by ReadGTAS into a File to compile: AND and OR
// groups become all and any, each term a comparison on the catalogue
// attribute of its entity and field, and the terms of one document,
// contact or payment in a conjunction a quantifier over that collection.
// IsGTAS tells such a document from a rules File. A term the catalogue
// cannot express is an error, never left out.
//
// A Result carries the ruleset hash, the list versions and the time of
// evaluation for the host's audit log; Options.Cleared passes the hits
// officers have cleared, which are not raised again while their
// fingerprint stays. A traveller's score is 1 - Π(1 - weight) over its
// criteria hits.
//
// # The built-in catalogue
//
// Attributes by entity (a path is the entity, a dot and the name:
// traveler.nationality; Catalogue.Attributes gives each one's type and
// documentation; prohibited ones do not compile):
//
//   - flight: arrival, carrier, date, departure, destination,
//     destinationCountry, direction, hoursToDeparture, legs, number, origin,
//     originCountry, passengers
//   - traveler: ageYears, bagWeight, bags, birthDate, cancelled, checkedIn,
//     coTravelers, conflictCount, debarkation, debarkationCountry,
//     embarkation, embarkationCountry, frequentFlyerCount, gender, givenNames,
//     hasApi, hasPnr, infant, linkMethod, linkStrength, medicalSsrs
//     (prohibited), middleName, nationality, residence, role, seat,
//     specialMeals (prohibited), surname, title
//   - booking: agency, agencyCity, agencyCountry, cash, created, leadDays,
//     leadHours, linkedPnrs, locator, partySize, thirdPartyPayer, totalAmount
//   - trip: hours, legs, oneWay, openJaw, return, type, route.airports,
//     route.countries (the route has paths of its own)
//   - document: expiresInDays, expiryDate, issueDate, issuedDaysAgo,
//     issuingCountry, number, source, type
//   - leg: arrival, carrier, departure, destination, destinationCountry,
//     number, origin, originCountry, thisFlight
//   - payment: account, amount, holder, type, vendor
//   - contact: city, country, emailDomain, kind, postalCode, value
//   - boarding: bagWeight, bags, cabin, seat, thisFlight
//   - transit: airport, country, dwellHours
//   - coTraveler: ageYears, gender, givenNames, hasApi, infant, nationality,
//     surname
//   - link: kind, pnrs, value
//   - conflict: field
//   - ssr: code, text
//
// Collections for quantifiers: boardings, coTravelers, conflicts, contacts,
// documents, legs, links, payments, ssrs, transits.
package risk
