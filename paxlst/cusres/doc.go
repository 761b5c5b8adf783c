// Package cusres reads and writes the CUSRES messages of interactive API
// (iAPI): the state's answer to a PAXLST (BGM 962, one ERP group per
// passenger with its board status), an unsolicited status change (BGM 132)
// and the airline's acknowledgement of one (BGM 312), as the WCO/IATA/ICAO
// API guidelines and the US DHS guide describe them (CUSRES:D:05B:UN:IATA).
//
// # Message
//
//	UNH  CUSRES:D:05B:UN:IATA
//	BGM  962 | 132 | 312
//	RFF  TN: the request's transaction reference; AF: the flight
//	DTM  189 departure, 232 arrival (YYMMDDHHMM, format 201, local time)
//	LOC  125 departure airport, 87 arrival airport
//	ERP  1 message level, 2 passenger level; then per ERP:
//	  RFF  AVF record locator, ABO unique passenger reference
//	  ERC  board status: 0Z OK to board, 1Z no board in one national scheme
//	  FTX  AAP free text
//	UNT
//
// Decode and Decoder (NewDecoder, Next, Diagnostics) are lenient like
// paxlst's: unknown segments and qualifiers are kept and reported as
// edifact.Diagnostic with paxlst-* codes, bounded by Limits.MaxDiagnostics;
// strict mode stops with a *DecodeError wrapping ErrGrammar or ErrValue.
// Decoder streams, holding one message at a time. Encode writes the envelope
// back whole, raising the declared repertoire as paxlst.Encode does. Respond builds
// the answer to a received list from per-passenger decisions; Acknowledge
// builds the 312 that answers a 132.
//
//	resp, err := cusres.Respond(list, []cusres.Decision{
//		{Person: 0, Status: cusres.StatusOKToBoard},
//		{Person: 1, Status: cusres.StatusNoBoard, Text: []string{"CONTACT GOVERNMENT"}},
//	}, cusres.RespondOptions{})
//	data, err := cusres.Encode(resp, paxlst.EncodeOptions{})
//
// # JSON
//
// The JSON of a Result (Result.MarshalJSON), which piu decode prints, is a
// public contract:
//
//	{"format": "CUSRES", "responses": [Response...], "diagnostics": [Diagnostic...]}
//
// responses and diagnostics are arrays, never null. Each response has
// envelope (edifact.Envelope: interchange, group, header, as in paxlst), type ("962", "132", "312"),
// documentId, transactionRef, flight, otherRefs [{qualifier, value}],
// departure and arrival ({qualifier, airport, time}), results
// [{level, pnr, passengerRef, otherRefs, status, statusCodeList, text: [lines], unknown}]
// and unknown. Codes are as sent; times are "YYYY-MM-DDTHH:MM", local.
package cusres
