package pnrgov

import (
	"encoding/json"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// The JSON of a Result is the public contract that `piu decode` prints (see
// the package documentation). The MarshalJSON methods below only make sure
// that the arrays the contract names are present, as [] when empty.

// MarshalJSON writes {"format":"PNRGOV","messages":[...],"diagnostics":[...]}.
func (r Result) MarshalJSON() ([]byte, error) {
	out := struct {
		Format      string               `json:"format"`
		Messages    []*Message           `json:"messages"`
		Diagnostics []edifact.Diagnostic `json:"diagnostics"`
	}{"PNRGOV", r.Messages, r.Diagnostics}
	if out.Messages == nil {
		out.Messages = []*Message{}
	}
	if out.Diagnostics == nil {
		out.Diagnostics = []edifact.Diagnostic{}
	}
	return json.Marshal(out)
}

// MarshalJSON writes the message with "pnrs" always present.
func (m Message) MarshalJSON() ([]byte, error) {
	type plain Message
	q := plain(m)
	if q.PNRs == nil {
		q.PNRs = []*PNR{}
	}
	return json.Marshal(q)
}

// MarshalJSON writes the PNR with "locator" (the first record locator) and
// its arrays always present.
func (p PNR) MarshalJSON() ([]byte, error) {
	type plain PNR
	c := plain(p)
	if c.Locators == nil {
		c.Locators = []RecordLocator{}
	}
	if c.Contacts == nil {
		c.Contacts = []Contact{}
	}
	if c.Travelers == nil {
		c.Travelers = []Traveler{}
	}
	if c.Tickets == nil {
		c.Tickets = []Ticket{}
	}
	if c.Payments == nil {
		c.Payments = []Payment{}
	}
	if c.Itinerary == nil {
		c.Itinerary = []Leg{}
	}
	return json.Marshal(struct {
		Locator string `json:"locator"`
		*plain
	}{p.Locator(), &c})
}

// MarshalJSON writes the traveller with "documents" always present.
func (t Traveler) MarshalJSON() ([]byte, error) {
	type plain Traveler
	c := plain(t)
	if c.Documents == nil {
		c.Documents = []ssr.Document{}
	}
	return json.Marshal(c)
}

// MarshalJSON writes the check-in with "travelers" always present.
func (c CheckIn) MarshalJSON() ([]byte, error) {
	type plain CheckIn
	q := plain(c)
	if q.Boardings == nil {
		q.Boardings = []Boarding{}
	}
	return json.Marshal(q)
}
