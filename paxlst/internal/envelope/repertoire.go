package envelope

import (
	"errors"

	"github.com/openpiu/piu/edifact"
)

// Repertoire makes the syntax identifier of ic (UNB S001 0001) one whose
// repertoire holds every value: the declared one when it can, else the
// first of its level B sibling (UNOA to UNOB, IATA to IATB), UNOC (ISO
// 8859-1) and UNOW (UTF-8) that can. A list decoded from an interchange
// that broke its own declaration (an É under UNOA) is so written under a
// declaration that is true, and reads back to the same values; the
// identifier is the one thing that changes. It returns the identifier
// written. When no candidate holds the values (a line break in a value),
// the declared one is kept and the writer reports the defect.
func Repertoire(ic *edifact.Interchange) string {
	id := ic.Header.Syntax.ID
	if !needsCheck(ic, id) {
		return id
	}
	candidates := []string{id}
	switch id {
	case "UNOA":
		candidates = append(candidates, "UNOB")
	case "IATA":
		candidates = append(candidates, "IATB")
	}
	candidates = append(candidates, "UNOC", "UNOW")
	for _, c := range candidates {
		ic.Header.Syntax.ID = c
		if _, err := edifact.Marshal(ic, &edifact.Writer{}); !errors.Is(err, edifact.ErrCharacter) {
			return c
		}
	}
	ic.Header.Syntax.ID = id
	return id
}

// needsCheck reports whether some value of ic may lie outside the declared
// repertoire: a byte outside ASCII, or a lower-case letter under a level A
// set. The common case, all values plainly within, costs one pass over the
// bytes and no trial encoding.
func needsCheck(ic *edifact.Interchange, id string) bool {
	cs := edifact.LookupCharset(id)
	if cs == nil {
		return false // an unknown set is written as UTF-8, which holds anything
	}
	levelA := id == "UNOA" || id == "IATA"
	bad := func(v string) bool {
		for i := 0; i < len(v); i++ {
			if c := v[i]; c >= 0x80 || levelA && c >= 'a' && c <= 'z' {
				return true
			}
		}
		return false
	}
	switch id {
	case "UNOW", "UNOY":
		return false // UTF-8 holds anything
	case "UNOC":
		// ISO 8859-1 holds every rune up to U+00FF: no trial needed for
		// the accented letters of Western names.
		bad = func(v string) bool {
			for _, r := range v {
				if r > 0xFF {
					return true
				}
			}
			return false
		}
	}
	h := &ic.Header
	for _, v := range []string{h.Sender.ID, h.Sender.Routing, h.Recipient.ID, h.Recipient.Routing,
		h.RecipientReference, h.AppRef, h.Agreement, h.ControlRef} {
		if bad(v) {
			return true
		}
	}
	msgs := func(ms []*edifact.Message) bool {
		for _, m := range ms {
			for i := range m.Segments {
				for _, e := range m.Segments[i].Elements {
					for _, c := range e.Components {
						if bad(c) {
							return true
						}
					}
					for _, r := range e.Repetitions {
						for _, c := range r {
							if bad(c) {
								return true
							}
						}
					}
				}
			}
		}
		return false
	}
	if msgs(ic.Messages) {
		return true
	}
	for _, g := range ic.Groups {
		if msgs(g.Messages) || bad(g.Header.Sender.ID) || bad(g.Header.Recipient.ID) || bad(g.Header.Password) {
			return true
		}
	}
	return false
}
