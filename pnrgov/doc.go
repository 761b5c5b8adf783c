// Package pnrgov reads and writes PNRGOV, the IATA PADIS message that pushes
// passenger name records (PNRs) from airlines to governments, full pushes
// (MSG 22) and changes-only pushes (MSG 141) alike, guide versions 10.1 to
// 21.1.
//
// It decodes into a typed model that loses nothing: every TIF becomes a
// Traveler, with or without SSR DOCS; names are kept as sent, with a title
// appended to the given name (MOLLYMRS) split off only as a marked guess, and
// never cut from real names such as AMR, DREW or YASIR; infants are linked to
// their adults; seats and bags stay per leg, never summed; segments this
// package does not know are kept in place; and every PNR keeps its segments
// as received. Real traffic drifts from the grammar (segments out of order,
// IFT inside Gr3, TRI missing, lines wrapped, UNA malformed): the decoder
// keeps such data in its PNR and reports each drift as an edifact.Diagnostic
// with a code of this package, a position, and no passenger data. A strict
// option turns them into errors.
//
// # Grammar
//
//	UNH MSG ORG TVL EQN
//	Gr1  SRC RCI SSR* DAT IFT* ORG ADD* EBD*
//	     Gr2  TIF FTI IFT* REF EBD FAR* SSR* ADD*
//	          Gr3  TKT MON PTK TXD* DAT  Gr4  FOP IFT ADD
//	     Gr5  TVL TRA RPI APD SSR* RCI IFT*
//	          Gr6  DAT ORG  Gr7  TRI TIF SSD TBD
//	     Gr8  EQN RCI     Gr9  MSG TVL*
//	     Gr10 ABI DAT     Gr11 SAC TIF SSR IFT TBD  Gr12 TVL RPI
//	     LTS*
//	UNT
//
// Read with Decode for a whole input, or NewDecoder for a stream of any size,
// one PNR at a time: DecodeOptions.MaxSegmentsPerPNR (16,384 by default)
// bounds the one PNR, or message header, a Decoder holds, and edifact's
// Limits bound a message (131,072 segments and 8 MiB, some 1,500 PNRs). Decode also assembles multi-part pushes (UNH 0068 and
// S010, parts in any order and interchange) and reports missing parts and
// parts received twice (an identical copy is dropped, a differing one kept); the
// Decoder yields parts as they come. Encode writes a Message back, split into
// parts when Message.Parts says so; decode(Encode(m)) gives m. The segments
// as received (PNR.Segments, Message.Segments) are part of that for input in
// the grammar's order, apart from their offsets (a history line wrapped with
// an unreleased separator keeps its elements); Encode writes segments that
// stood out of place in the grammar's order, so that there they differ.
// Merge applies a changes-only push to an earlier one by record locator.
// Package pnrgov/ssr reads SSR free text on its own (DOCS, DOCO, DOCA, FOID,
// AIRIMP e-mail addresses) and holds the types of what it reads (Document,
// Visa, TravelAddress, Gender), which the model here uses; SplitTitle is the
// title rule. Package pnrgovtest builds synthetic pushes for tests.
//
//	res, err := pnrgov.Decode(data, nil) // lenient
//	if err != nil {
//		return err // a limit, not EDIFACT, or no PNRGOV message
//	}
//	for _, m := range res.Messages {
//		for _, p := range m.PNRs {
//			for _, t := range p.Travelers {
//				fmt.Println(p.Locator(), t.Surname, t.Given, t.Type, len(t.Documents))
//			}
//		}
//	}
//
// # JSON
//
// The JSON of a Result is what `piu decode` prints, and a public contract:
//
//	{"format": "PNRGOV", "messages": [...], "diagnostics": [...]}
//
// Each message has "flight" with "carrier", "flightNumber", and "departure"
// and "arrival", each with "airport" and "time"; "pushType" (22, 141);
// "version"; "sender"; "pnrCount"; "parts" when assembled from parts;
// "envelope"; and "pnrs". Each PNR has
// "locator" (the first record locator), "locators", "created",
// "travelers", "itinerary", "contacts", "payments" and "tickets" (always
// present, [] when empty), and when present "lastTransaction", "agency",
// "ssrs", "remarks", "splits", "nonAir", "history", "historyLines" and
// "unknown". Each traveller has "surname", "givenNames" (the given names
// without the title), "givenRaw" (as sent), "title" when known with
// "titleInferred" when it was cut from a word, "type" (A, C, IN), "ref",
// "infantRef"/"adultRef", and "documents" (always present), each with
// "type", "number", "issuingCountry", "birthDate", "gender", "expiryDate",
// plus "nationality", "surname", "givenNames", "source" and "raw". Each
// itinerary leg has "carrier", "flightNumber", "departure", "arrival",
// "class", "status", "equipment" and "checkIns", whose "travelers" carry
// "boardingNumber", "seat", "cabin" and "bags" ("count", "weight", "unit",
// "tags"): seats and bags are per leg. Each contact has "kind" (address,
// phone, email), "value", "source" (ADD, SSR CTCx, IFT), "raw", and
// "traveler" and "leg", the indexes of the traveller and the itinerary leg
// it was sent with. Tickets name their traveller and payments their ticket
// by index ("traveler", "ticket"). Every such index is -1 for none.
// Dates are "YYYY-MM-DD", local date-times "YYYY-MM-DDTHH:MM" (":SS" when
// the message gives seconds), with no time zone; codes are as in the
// message. Each diagnostic has "severity", "code", "offset", "segment",
// "tag" and "message". A diagnostic's tag is empty where data stood in place
// of a tag (its text gives the length only), and Limits.MaxDiagnostics bounds
// the PNRGOV diagnostics, with one diagnostics-truncated marker, as it bounds
// the syntax level's. Fields may be added; none is removed or renamed.
package pnrgov
