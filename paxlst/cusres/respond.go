package cusres

import (
	"errors"
	"fmt"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// Decision is the state's answer about one person of a received list.
type Decision struct {
	// Person is the index in the list's Persons; -1 makes a message-level
	// result (ERP 1) that names no passenger.
	Person int `json:"person"`
	// Status is the board status to send (ERC).
	Status Status `json:"status"`
	// Text is free text for the airline (FTX+AAP), one entry per line.
	Text []string `json:"text,omitempty"`
}

// RespondOptions complete the envelope of a response.
type RespondOptions struct {
	// Prepared is the date and time written in UNB; zero leaves it out.
	Prepared civil.DateTime `json:"prepared,omitzero"`
	// ControlRef and Reference are UNB 0020 and UNH 0062; empty means "1".
	ControlRef string `json:"controlRef,omitempty"`
	Reference  string `json:"reference,omitempty"`
}

// ErrDecision: a decision names a person the list does not have.
var ErrDecision = errors.New("cusres: decision for a person not in the list")

// Respond builds the CUSRES (BGM 962) that answers list: the envelope goes
// back to the list's sender (sender and recipient swapped, a CUSRES group
// when the list came in one), RFF+TN echoes the list's transaction
// reference, RFF+AF, DTM and LOC name its first leg, and each decision
// becomes an ERP group identifying the passenger by record locator (AVF) and
// unique passenger reference (ABO).
func Respond(list *paxlst.Message, decisions []Decision, opts RespondOptions) (*Response, error) {
	in := list.Envelope
	r := &Response{
		Envelope: swapped(&in, opts),
		Type:     TypeResponse, TransactionRef: list.TransactionRef, Results: make([]Answer, 0, len(decisions)),
	}
	r.Envelope.Header.ID = defaultID
	if v := in.Header.ID; v.Version != "" {
		r.Envelope.Header.ID.Version, r.Envelope.Header.ID.Release = v.Version, v.Release
	}
	if r.Envelope.Group != nil {
		r.Envelope.Group.ID = "CUSRES"
	}
	if len(list.Flights) > 0 {
		l := &list.Flights[0]
		r.Flight = l.FlightNumber
		r.Departure = paxlst.Stop{Qualifier: "125", Airport: l.Departure.Airport, Time: l.Departure.Time}
		r.Arrival = paxlst.Stop{Qualifier: "87", Airport: l.Arrival.Airport, Time: l.Arrival.Time}
		if r.Departure.Airport == "" {
			r.Departure.Qualifier = ""
		}
		if r.Arrival.Airport == "" {
			r.Arrival.Qualifier = ""
		}
	}
	for i, d := range decisions {
		res := Answer{Level: LevelMessage, Status: d.Status, Text: d.Text}
		switch {
		case d.Person == -1:
		case d.Person < 0 || d.Person >= len(list.Persons):
			return nil, fmt.Errorf("%w: decisions[%d] names person %d of %d", ErrDecision, i, d.Person, len(list.Persons))
		default:
			p := &list.Persons[d.Person]
			res.Level, res.PNR, res.PassengerRef = LevelPassenger, p.PNR, p.PassengerRef
		}
		r.Results = append(r.Results, res)
	}
	return r, nil
}

// Acknowledge builds the airline's CUSRES (BGM 312) acknowledging a status
// change (BGM 132): the envelope swapped back, the references, flight and
// passengers echoed, no statuses.
func Acknowledge(change *Response, opts RespondOptions) *Response {
	in := change.Envelope
	r := &Response{
		Envelope: swapped(&in, opts),
		Type:     TypeAcknowledgement, TransactionRef: change.TransactionRef, Flight: change.Flight,
		Departure: change.Departure, Arrival: change.Arrival, Results: make([]Answer, 0, len(change.Results)),
	}
	r.Envelope.Header.ID = in.Header.ID
	if r.Envelope.Header.ID.Type == "" {
		r.Envelope.Header.ID = defaultID
	}
	for _, x := range change.Results {
		r.Results = append(r.Results, Answer{Level: x.Level, PNR: x.PNR, PassengerRef: x.PassengerRef})
	}
	return r
}

// swapped returns the envelope of an answer to a message that came in in:
// sender and recipient swapped, the syntax, application reference and test
// indicator kept, the group (when in had one) likewise swapped, dates and
// references from opts.
func swapped(in *edifact.Envelope, opts RespondOptions) edifact.Envelope {
	ic := &in.Interchange
	env := edifact.Envelope{
		Interchange: edifact.InterchangeHeader{Syntax: ic.Syntax, Sender: ic.Recipient, Recipient: ic.Sender,
			Prepared: opts.Prepared, ControlRef: opts.ControlRef, AppRef: ic.AppRef, Test: ic.Test},
		Header: edifact.MessageHeader{Reference: opts.Reference},
	}
	if g := in.Group; g != nil {
		env.Group = &edifact.GroupHeader{ID: g.ID, Sender: g.Recipient, Recipient: g.Sender,
			Prepared: opts.Prepared, Reference: opts.ControlRef, Agency: g.Agency, Version: g.Version}
	}
	return env
}
