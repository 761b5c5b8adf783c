package cusres

import (
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// Response is one CUSRES message.
type Response struct {
	// Envelope is what UNB, UNG and UNH said about the message, every
	// element kept; Encode writes it back whole.
	Envelope edifact.Envelope `json:"envelope"`
	// Type is BGM 1001: 962 response, 132 status change, 312 acknowledgement.
	Type Type `json:"type"`
	// DocumentID is BGM 1004, as sent.
	DocumentID string `json:"documentId,omitempty"`
	// TransactionRef is RFF+TN: the transaction reference of the PAXLST
	// answered, echoed.
	TransactionRef string `json:"transactionRef,omitempty"`
	// Flight is RFF+AF, the flight identification (XX123).
	Flight string `json:"flight,omitempty"`
	// OtherRefs are header RFF with other qualifiers.
	OtherRefs []paxlst.Reference `json:"otherRefs,omitempty"`
	// Departure is LOC 125 and DTM 189; Arrival LOC 87 and DTM 232.
	Departure paxlst.Stop `json:"departure"`
	Arrival   paxlst.Stop `json:"arrival"`
	// Results are the ERP groups in message order.
	Results []Answer `json:"results"`
	// Unknown holds header segments the decoder could not place.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// Answer is one ERP group: the answer about one passenger (level 2) or about
// the message as a whole (level 1).
type Answer struct {
	Level        Level              `json:"level"`                  // ERP C701 1049
	PNR          string             `json:"pnr,omitempty"`          // RFF+AVF
	PassengerRef string             `json:"passengerRef,omitempty"` // RFF+ABO
	OtherRefs    []paxlst.Reference `json:"otherRefs,omitempty"`    // RFF, other qualifiers
	// Status is ERC C901 9321, the board status code as sent; StatusCodeList
	// its 1131 where sent.
	Status         Status   `json:"status,omitempty"`
	StatusCodeList string   `json:"statusCodeList,omitempty"`
	Text           []string `json:"text,omitempty"` // FTX+AAP C108, one entry per line
	// Unknown holds the group's segments the decoder could not place.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// Type is BGM 1001 of a CUSRES.
type Type string

// Types (BGM 1001).
const (
	TypeResponse        Type = "962" // answer to a PAXLST
	TypeStatusChange    Type = "132" // unsolicited change of a passenger's status
	TypeAcknowledgement Type = "312" // the airline's acknowledgement of a 132
)

var typeNames = map[Type]string{TypeResponse: "response", TypeStatusChange: "status change",
	TypeAcknowledgement: "acknowledgement"}

// Known reports whether the guide lists the code.
func (t Type) Known() bool { _, ok := typeNames[t]; return ok }

// String returns the English name of a known code, else the code as sent.
func (t Type) String() string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return string(t)
}

// Level is ERP C701 1049: what an answer is about.
type Level string

// Levels (ERP).
const (
	LevelMessage   Level = "1"
	LevelPassenger Level = "2"
)

// Status is ERC 9321, a board status. Codes differ between national schemes;
// the constants are those of the scheme the guidelines cite, and any other
// code is kept as sent.
type Status string

// Board statuses of the scheme the guidelines cite (ERC).
const (
	StatusOKToBoard Status = "0Z"
	StatusNoBoard   Status = "1Z"
)

var statusNames = map[Status]string{StatusOKToBoard: "OK to board", StatusNoBoard: "no board"}

// Known reports whether the code is one of the constants.
func (s Status) Known() bool { _, ok := statusNames[s]; return ok }

// String returns the English name of a known code, else the code as sent.
func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return string(s)
}
