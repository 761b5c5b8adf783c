// Package edifact reads and writes UN/EDIFACT interchanges (ISO 9735 syntax
// versions 3 and 4) as airline passenger data uses them: PAXLST and CUSRES
// (UN directories) and PNRGOV (IATA PADIS).
//
// # Grammar
//
//	interchange = [UNA] UNB ( group* | message* ) UNZ
//	group       = UNG message* UNE
//	message     = UNH segment* UNT
//	segment     = tag (element-separator element)* terminator
//	element     = component (component-separator component)* (repetition-separator ...)*
//
// UNA sets the six service characters; without it the level A defaults apply
// (:+.? '). A release character makes the next character literal (?+ ?: ?' ??).
// A repetition separator applies only where a syntax version 4 interchange
// declares one in UNA position 5 (ReadOptions.NoRepetition turns it off, as
// PNRGOV needs).
//
// # Reading
//
// A Reader streams segments from an io.Reader. Lenient mode, the default,
// accepts what real traffic does (line breaks, wrapped lines, Type B envelopes,
// byte order marks, changed separators, a UNA with a missing position or a
// terminator the body contradicts (read as the body tokenizes), spaces or tabs
// before UNB or after a tag, wrong control counts, a missing UNZ or
// terminator, junk after UNZ, characters outside the declared repertoire,
// UTF-8 under an 8-bit set) and
// reports each as a Diagnostic with a Code, a Severity, the byte offset, the
// segment index and tag. Strict mode returns the first defect as a *SyntaxError
// instead. Diagnostics and errors never contain element values, so they may be
// logged; errors unwrap to sentinels such as ErrControlCount.
//
//	r := edifact.NewReader(f, nil)
//	for {
//		seg, err := r.Read()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err
//		}
//		fmt.Println(seg.Tag, seg.Value(0, 0))
//	}
//	for _, d := range r.Diagnostics() {
//		log.Println(d)
//	}
//
// ReadInterchange and Parse return whole interchanges with typed envelopes
// (InterchangeHeader, GroupHeader, MessageHeader and their trailers).
//
// By default the caller owns every segment. ReadOptions.ZeroCopy returns
// segments whose strings alias the Reader's buffer, valid only until the next
// Read: the fastest way to scan large inputs.
//
// Values are decoded to UTF-8 by the character set UNB declares (UNOA to UNOL,
// UNOW, UNOY, IATA, IATB).
//
// # Writing
//
// A Writer encodes segments and whole interchanges, releasing separators in
// values, writing UNA when the separators differ from the defaults, and
// computing every control count.
//
// # Multi-part messages and acknowledgements
//
// Assemble groups the parts of multi-part messages by common access reference
// and orders them; Acknowledge builds the CONTRL message (ISO 9735-4) that
// answers a received interchange from its diagnostics.
package edifact
