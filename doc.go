// Package piu is the root of an SDK for Passenger Information Units (PIUs): the
// national units that receive airline passenger data, Advance Passenger
// Information (API) and Passenger Name Records (PNR), screen travellers against
// watchlists and risk criteria, and hand every hit to an officer for review.
//
// The SDK has no storage and no transport: national systems and integrators
// embed its packages. This package holds no code; it documents the map.
//
// # Packages
//
//   - [github.com/openpiu/piu/edifact]: UN/EDIFACT syntax (ISO 9735 v3/v4):
//     streaming reader, writer, the one Envelope type (UNB, UNG, UNH with every
//     element) that the message packages embed, control counts, character sets,
//     multi-part assembly, CONTRL acknowledgements.
//   - [github.com/openpiu/piu/paxlst]: API passenger and crew lists (PAXLST):
//     typed models, decoder, encoder, validation; its subpackage cusres answers
//     interactive API (CUSRES); paxlsttest holds synthetic lists.
//   - [github.com/openpiu/piu/pnrgov]: PNR pushes (PNRGOV): typed models, decoder,
//     encoder, Merge; its subpackage ssr reads SSR free text (DOCS, DOCO, DOCA,
//     FOID); pnrgovtest holds synthetic pushes.
//   - [github.com/openpiu/piu/fuzzymatch]: transliteration-aware person-name
//     matching with explainable scores; its subpackage matchtest measures any
//     matcher's accuracy and speed on labelled pairs.
//   - [github.com/openpiu/piu/watchlist]: indexed screening of travellers against
//     watchlists, and list loaders (UN, OFAC, national CSV/JSON) with limits.
//   - [github.com/openpiu/piu/manifest]: one view of each flight, its API and PNR
//     messages grouped and their travellers linked, with travel features,
//     links between PNRs and watchlist queries.
//   - [github.com/openpiu/piu/risk]: the rule engine: JSON criteria compiled
//     over a typed attribute catalogue, evaluated in three-valued logic with
//     evidence, plug-in rules, GTAS UDR rules converted, and watchlist hits kept
//     apart; risktest holds a synthetic flight with rules and a watchlist.
//   - [github.com/openpiu/piu/civil]: local dates and times with no invented zone.
//   - [github.com/openpiu/piu/airport]: an IATA location code's country and
//     IANA time zone, from a generated table; unknown codes stay unknown.
//   - cmd/piu: the command-line tool (decode, validate, screen, demo).
//
// # From bytes to a hit
//
//	bytes ─► edifact.Reader ─► paxlst / pnrgov Decoder ─► manifest.Builder ─► travellers
//	                                                                          │
//	names ─► fuzzymatch.Prepare ─► watchlist.Index.Screen ◄── Traveler.Query ─┘
//	                                   │
//	                                   └─► matches with evidence ─► the host system,
//	                                        where an officer reviews every hit
//
// The decoders share one shape: Decode for a whole input, NewDecoder(r).Next
// for a stream, Diagnostics, ErrNoMessage; their JSON is camelCase with one
// name per concept across packages. Each is lenient by default: it accepts
// what real airline traffic does, keeps every value, and reports each defect
// as an edifact.Diagnostic with a code and a position, never with passenger
// data in its text or tag, bounded by edifact.Limits.MaxDiagnostics. Package
// risk evaluates a manifest.Flight against criteria and watchlists
// (risk.Engine.Evaluate), with the watchlist hits apart from the criteria hits.
package piu
