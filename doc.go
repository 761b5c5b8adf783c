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
//   - [github.com/openpiu/piu/privacy]: what EU directive 2016/681 asks of
//     the data: sensitive data filtered out of PNRGOV (also while decoding),
//     depersonalisation of PNRGOV, PAXLST and manifest values (stable HMAC
//     pseudonyms, sealed for re-personalisation with a key the masker lacks),
//     retention periods, audit records of evaluations.
//   - [github.com/openpiu/piu/report]: one self-contained HTML page of a
//     flight's evaluation for the officer who reviews its hits.
//   - cmd/piu: the command-line tool (decode, validate, screen, rules, report,
//     filter, mask, demo); examples/: small programs to copy (quickstart, iapi, customrule,
//     matcherbench, listreload, pushpull).
//
// # From bytes to an officer's report
//
// One flight's API list and PNR push, as the quick start (go run ./cmd/piu
// demo) and examples/quickstart run them on risktest's synthetic data:
//
//	b := manifest.NewBuilder()            // flights by carrier, number and date
//	b.Country = "KR"                      // the receiving state: each flight's direction
//	b.Decode(paxlstBytes)                 // edifact.Reader, paxlst.Decode: persons, documents
//	b.Decode(pnrgovBytes)                 // pnrgov.Decode, pnrgov.Merge: PNRs, full or changes-only
//	flights := b.Build()                  // API persons linked to PNR travellers, features derived
//
//	lists, _ := risk.ReadLists(listsJSON) // versioned reference lists
//	rs, err := risk.Compile(rulesJSON, &risk.CompileOptions{Lists: lists}) // or risk.ReadGTAS
//	entries, _ := watchlist.LoadJSON(r, nil)                               // or LoadUN, LoadOFAC, LoadCSV
//	idx, _ := watchlist.NewIndex(entries, watchlist.DefaultOptions())      // names prepared by fuzzymatch
//	e, _ := risk.NewEngine(risk.Config{Rules: rs,
//		Watchlists: []risk.Watchlist{{Name: "national", Version: v, Index: idx}}})
//	res, _ := e.Evaluate(ctx, flights[0]) // criteria hits with evidence, watchlist hits apart
//	report.HTML(w, flights[0], res, nil)  // the page an officer reviews
//
// Every hit is for an officer to review; the Result carries the ruleset
// hash, the list versions and the time for the host's audit log.
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
