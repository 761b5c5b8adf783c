// Package privacy holds what EU directive 2016/681 asks of a PIU's data
// beyond screening: the sensitive data it may not process (art. 13(4)) is
// removed as soon as it is received, records are depersonalised on time
// and re-personalised only with an authority's approval (art. 12), and
// what was done is recorded (art. 13).
//
// # Sensitive data
//
// A Filter removes from a decoded PNRGOV message (or a PNR) every SSR whose
// code reveals religion, belief or health (special meals, medical and
// assistance codes: pnrgov/ssr.Sensitive) and every free text that matches
// its patterns (DefaultPatterns), in the typed model and in the segments
// kept as sent, and reports each removal by path, reason and rule, never by
// value. The message it returns encodes (pnrgov.Encode) without them; with
// Filter.DecodeFilter in pnrgov.DecodeOptions.Filter, decoded messages
// never hold them.
//
//	f, err := privacy.NewFilter(nil) // DefaultPatterns
//	clean, removed := f.PNRGOV(msg)
//	for _, r := range removed {
//		log.Println(r.Path, r.Reason, r.Rule) // "pnrs[3].travelers[0].ssrs[2] meal KSML"
//	}
//
// # Depersonalisation
//
// A Masker masks every value of a PNRGOV or PAXLST message that identifies
// a person (art. 12(2): names of every traveller, addresses and contacts,
// payment data, frequent-flyer numbers, general remarks and free text, API
// data; and references that single one person out: record locators,
// ticket numbers, customer ids). One walk over the models (fields.go) knows
// every such field; a test fills every field of the models and fails for
// one that is neither masked nor listed as kept, so a field added to a
// model is classified before it can leak.
//
//   - An identifier becomes its pseudonym: "=" and 16 base32 characters of
//     HMAC-SHA-256 under the host key (HostKey). The same card, phone,
//     e-mail, name or locator gives the same pseudonym in every PNR and
//     every run, so PNR links (manifest.LinkPNRs), merging of pushes and
//     linking of API with PNR still work on depersonalised data. Free text
//     (remarks, history lines, SSR texts, contacts and documents as sent,
//     whose parts the decoder holds in fields of their own) becomes a
//     pseudonym numbered within its masking (no HMAC: nothing links
//     texts).
//   - A date of birth becomes its year alone: "1980" in JSON, DTM format
//     602 in PAXLST. Message models otherwise carry full dates only.
//   - Masked values are never empty: IsMasked tells them from values as
//     sent. With risk.Options.Masked set to IsMasked (or
//     risk.Options.Depersonalised), rules see them as masked: unknown, in
//     three-valued logic; a year alone where a date is due is masked
//     without any hook.
//   - Kept as they are: codes, countries, flights, times, seats, bags,
//     amounts, document types, issuing countries and expiry dates, gender
//     and nationality, the agency: what analysis of depersonalised data
//     needs and what identifies nobody directly. The number in party
//     (RPI) is masked with the names, as art. 12(2)(a) asks, and rules see
//     booking.partySize as masked; the number of a PNR's traveller records
//     stays visible, each with masked names, so that API and PNR records
//     still link.
//   - The segments as received (Message.Segments, PNR.Segments) are not in
//     the masked copy; values of unknown segments are masked, as their
//     meaning is not known.
//
// PNRGOV, PAXLST and Flight return a masked copy and leave their input as
// it was. MaskPNRGOV and MaskPAXLST mask the message itself, at less than
// half the cost (a 300-PNR push: under 2 ms on one core), for a host that
// decodes a message only to depersonalise it; the masked message is the
// same, to the byte.
//
// With a SealKey, the Masker also seals what it masked (Masking.Sealed):
// X25519 with a fresh key per message, HKDF-SHA-256, AES-256-GCM, Go's
// standard crypto only. The SealKey is public: the party that masks cannot
// open what it sealed. An Unmasker with the private UnsealKey restores the
// message, from the masked model or from its EDIFACT read back. No key
// prints (String, GoString, %v) and no error holds one.
//
//	host, _ := privacy.ParseHostKey(hostKeyFile) // 32 bytes or 64 hex digits
//	seal, _ := privacy.ParseSealKey(sealKeyFile)
//	masked, r, err := privacy.NewMasker(host, seal).PNRGOV(msg)
//	// store masked and r.Sealed; later, with the authority's UnsealKey:
//	back, err := privacy.NewUnmasker(unseal).PNRGOV(masked, r.Sealed)
//
// RetentionOf says when a record must be depersonalised (six months after
// its transfer) and deleted (five years after), as a pure function the
// host calls.
//
// # Audit
//
// AuditOf makes the record of an evaluation (risk.Result): flight,
// message references, ruleset hash, list versions and every hit by
// traveller place, rule or list and fingerprint; AddMasking and
// AddRemovals count what masking and filtering did. The host fills who,
// why and when, and stores it. It holds no value of any traveller.
package privacy
