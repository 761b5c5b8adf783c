package envelope

import (
	"errors"

	"github.com/openpiu/piu/edifact"
)

// Raise is called when the repertoire UNB declares (S001 0001) cannot hold
// every value of ic, as edifact.ErrCharacter said. It sets the identifier to
// the first of the declared set's level B sibling (UNOA to UNOB, IATA to
// IATB), UNOC (ISO 8859-1) and UNOW (UTF-8) under which ic can be written,
// and reports whether one could. A list decoded from an interchange that
// broke its own declaration (an É under UNOA) is so written under a
// declaration that is true, and reads back to the same values; the
// identifier is the one thing that changes. When none can (a line break in
// a value), the declared identifier is kept.
func Raise(ic *edifact.Interchange) bool {
	id := ic.Header.Syntax.ID
	var candidates []string
	switch id {
	case "UNOA":
		candidates = append(candidates, "UNOB")
	case "IATA":
		candidates = append(candidates, "IATB")
	}
	if id != "UNOW" && id != "UNOY" {
		candidates = append(candidates, "UNOC", "UNOW")
	}
	for _, c := range candidates {
		if c == id {
			continue
		}
		ic.Header.Syntax.ID = c
		if _, err := edifact.Marshal(ic, &edifact.Writer{}); !errors.Is(err, edifact.ErrCharacter) {
			return true
		}
	}
	ic.Header.Syntax.ID = id
	return false
}
