// Package privacy holds what EU directive 2016/681 asks of a PIU's data
// beyond screening: the sensitive data it may not process (art. 13(4)) is
// removed as soon as it is received, and records are depersonalised and
// deleted on time (art. 12).
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
// RetentionOf says when a record must be depersonalised (six months after
// its transfer) and deleted (five years after), as a pure function the
// host calls.
package privacy
