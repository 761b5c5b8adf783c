// Package paxlst reads and writes UN/EDIFACT PAXLST passenger and crew lists
// (Advance Passenger Information) and, in package cusres, the CUSRES responses
// of interactive API, as the WCO/IATA/ICAO implementation guide (2010 to 2016
// editions, directories D02B, D03B, D05B, D12B, D15B) and the US DHS profile
// describe them.
//
// # Decoding
//
// Decode and Decoder build on package edifact, reading it in its zero-copy
// streaming mode and copying only the values they keep into an arena of their
// own, so the caller owns every Message. Decoder streams: it returns a list as
// soon as its last part has been read. Each list becomes a typed Message: header (BGM, RFF), reporting party (NAD+MS), flight legs
// (TDT, LOC, DTM), persons (NAD and its ATT, DTM, MEA, GEI, FTX, LOC, COM,
// EMP, NAT, RFF) with their documents (DOC, DTM, LOC) and the totals (CNT).
// Multi-part lists (UNH 0068 and S010) are reassembled with edifact.Assemble,
// across interchanges and in any arrival order: persons merged, header values
// from any part, CNT read as the flight total it is.
//
// Nothing the message carries is lost. Values of a recognised segment that no
// typed field holds (a code-list qualifier in NAT or a person's LOC, TDT
// means of transport, a repetition under syntax version 4, a component the
// guide does not define) are kept as ExtraValue entries, by segment and
// position, in the Extra list of the message, leg, person or document the
// segment belongs to; the list is nil in the common case and the encoder
// writes each value back in place. Only DTM 2379, the format of a date the
// model holds as a civil date, is not kept: the encoder writes its own.
//
// Decoding is lenient by default: a person is never dropped (a single name,
// an empty DOC, an unknown gender code all decode), unknown codes are kept as
// sent, and segments that fit nowhere are kept in the Unknown list of their
// group with their position. Every such case is an edifact.Diagnostic with a
// paxlst-* Code, the same type the syntax level uses, so one list reports
// both. DecodeOptions.Strict stops at the first defect instead, with a
// *DecodeError that wraps ErrGrammar (a segment outside the message grammar)
// or ErrValue (a malformed value). Diagnostics and errors carry positions
// and codes, never passenger data: a segment tag that is not three letters
// or digits (it may be a value that lost its tag) is never echoed, only its
// length. The diagnostics of one input are bounded by
// DecodeOptions.Limits.MaxDiagnostics, with one edifact.CodeDiagnosticsTruncated
// marker past it; what they report is kept all the same.
//
// Decoder.Next streams lists from an io.Reader in the memory of the lists
// being assembled: a stream of 1,000,000 lists stays under 64 MB of heap
// (29 MB measured by TestStreamMillionBoundedHeap). One list is bounded by
// 32,768 segments and edifact's 8 MiB MaxMessageSize unless Limits say
// otherwise: the largest such list is decoded in about 25 MB. Package paxlsttest
// builds synthetic lists and responses for tests and examples.
//
// Two-digit years pivot on the interchange date (UNB S004): a birth date lies
// before it (321210 in a 2020 message is 1932), an expiry near or after it.
// Times are local civil times (civil.DateTime) with no invented zone.
//
//	res, err := paxlst.Decode(data, nil)
//	if err != nil {
//		return err
//	}
//	for _, m := range res.Messages {
//		for _, p := range m.Persons {
//			fmt.Println(p.Role, p.Surname, p.Forenames(), p.BirthDate)
//		}
//	}
//
// # Validation and encoding
//
// Validate applies the implementation guide's rules as a separate step and
// returns every Finding with a path into the model
// (persons[3].documents[0].expiryDate), a document that expires before the
// flight included. Encode writes a Message back as an interchange with all
// control counts and every element of its envelope, split into parts of
// EncodeOptions.PartSize persons; decoding the result gives the same Message.
// Values outside the repertoire UNB declares (an É that a UNOA sender put in
// anyway) are written under the first of UNOB/IATB, UNOC and UNOW that holds
// them, and UNB declares that set: the syntax identifier is the one value a
// round trip may change.
//
// Package cusres (paxlst/cusres) reads and writes the CUSRES answers of
// interactive API and builds the answer to a received list from per-passenger
// board decisions.
//
// # JSON
//
// The JSON of a Result (Result.MarshalJSON) is a public contract, which piu
// decode prints:
//
//	{"format": "PAXLST", "messages": [Message...], "diagnostics": [Diagnostic...]}
//
// messages and diagnostics are arrays, never null.
//
// Each message has these fields (more may be added; none will be removed or
// change meaning):
//
//	envelope        edifact.Envelope, every header element:
//	                interchange (UNB) {syntax {id, version, codeListVersion, encoding},
//	                  sender and recipient {id, qualifier, routing}, prepared, controlRef,
//	                  recipientReference, appRef, priority, ackRequest, agreement, test},
//	                group (UNG, when sent) {id, sender, recipient, prepared, reference,
//	                  agency, version, password},
//	                header (UNH) {reference, id {type, version, release, agency,
//	                  association}, commonAccessRef, transfer {sequence, marker}}
//	parts           UNH..UNT messages the list was assembled from; missing the part
//	                numbers that did not arrive; complete
//	                (a multi-part list has the envelope of its lowest part, without transfer)
//	listType        BGM 1001 as sent: "745" passengers, "250" crew, ...
//	function        BGM 1004 as sent: "CP", "CLOB", ...
//	transactionRef  RFF+TN; revision its revision number
//	reportingParty  {id, name: [components], contacts: [{number, type}]}
//	flights         [{stage, flightNumber, carrier, carrierCodeList, transportMode,
//	                  departure: {qualifier, airport, codeList, agency, time},
//	                  arrival: {...}, places: [...], unknown: [...], extra: [...]}]
//	persons         [{role, surname, givenNames, middleName, partyId, nameExtra,
//	                  address {lines: [C058 lines], street: [lines], city, region,
//	                           regionName, postalCode, country},
//	                  gender, birthDate, nationality, residence, birthPlace {code, name},
//	                  embarkation, debarkation, clearance,
//	                  documents: [{type, codeList, agency, number, issuingCountry,
//	                               expiryDate, issueDate, unknown, extra}],
//	                  seat, bags {count, weight, weightUnit, tags: [{first, count}]},
//	                  pnr, passengerRef, agencyRef, customerRef, transactionRef,
//	                  otherRefs: [{qualifier, value}], verification,
//	                  crewFunction {category, code, codeList, agency},
//	                  contacts, unknown, extra}]
//	totals          {passengers, crew}: CNT 42 and 41, flight totals
//	unknown         message-level segments kept as edifact.Segment
//	                {tag, elements: [{components, repetitions}], offset, index}
//	trailing        segments kept after CNT, likewise
//	extra           values of BGM, RFF+TN, NAD+MS, COM and CNT no field holds
//
// Each extra entry is {segment, qualifier, index, element, component,
// repetition, value}: the segment's tag and first value (empty for BGM, TDT,
// DOC, EMP, COM), the item of a list it belongs to (see ExtraValue.Index),
// 1-based element and component, and 0 or the n-th repetition.
//
// The fields the contract names (format, messages, diagnostics; flights with
// carrier, flightNumber, departure and arrival with airport and time; persons
// with role, surname, givenNames, gender, birthDate, nationality, documents;
// documents with type, number, issuingCountry, expiryDate) are always
// present; the others are left out when empty. givenNames and middleName are
// NAD C080 components 2 and 3 as sent (Person.Forenames joins them). Dates are "YYYY-MM-DD", local date-times
// "YYYY-MM-DDTHH:MM" (":SS" only when seconds were sent), an absent date is
// "". Codes are strings exactly as the message carries them. Each diagnostic
// is {severity, code, offset, segment, tag, element, component, message}.
package paxlst
