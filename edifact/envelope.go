package edifact

import "github.com/openpiu/piu/civil"

// Interchange is one UNB..UNZ interchange with its groups and messages.
type Interchange struct {
	// Separators in force: from UNA, or the defaults.
	Separators Separators `json:"separators"`
	// UNA reports whether the interchange began with a service string advice.
	UNA     bool                `json:"una"`
	Header  InterchangeHeader   `json:"header"`
	Trailer *InterchangeTrailer `json:"trailer,omitempty"` // UNZ; nil when missing
	// Groups holds the functional groups (UNG..UNE) when the interchange uses them.
	Groups []*Group `json:"groups,omitempty"`
	// Messages holds the messages sent outside any functional group.
	Messages []*Message `json:"messages,omitempty"`
	// Orphans are segments found outside any message (a defect, reported as a
	// diagnostic), kept so that nothing is lost.
	Orphans []Segment `json:"orphans,omitempty"`
}

// AllMessages returns every message of the interchange in order, inside groups or not.
func (ic *Interchange) AllMessages() []*Message {
	if len(ic.Groups) == 0 {
		return ic.Messages
	}
	var all []*Message
	for _, g := range ic.Groups {
		all = append(all, g.Messages...)
	}
	return append(all, ic.Messages...)
}

// Envelope is what surrounds one message: the interchange, group and message
// headers it came in. Message packages (paxlst, paxlst/cusres, pnrgov) embed
// it in their models and their encoders write it back, so that no header
// element is lost on a round trip. The headers' Segment fields are left empty:
// separators and positions are not part of a message model.
type Envelope struct {
	Interchange InterchangeHeader `json:"interchange"` // UNB
	// Group is the UNG header; nil when the message came outside any group.
	Group  *GroupHeader  `json:"group,omitempty"`
	Header MessageHeader `json:"header"` // UNH
}

// SyntaxIdentifier is UNB composite S001.
type SyntaxIdentifier struct {
	ID      string `json:"id"`      // 0001: UNOA, UNOC, IATA, ...
	Version string `json:"version"` // 0002: 1..4
	// CodeListVersion (0080) and Encoding (0133) are version 4 additions.
	CodeListVersion string `json:"codeListVersion,omitempty"`
	Encoding        string `json:"encoding,omitempty"`
}

// Party identifies a sender or recipient (UNB S002/S003, UNG S006/S007).
type Party struct {
	ID        string `json:"id"`                  // 0004 / 0010 / 0040 / 0044
	Qualifier string `json:"qualifier,omitempty"` // 0007: ZZ mutually defined, 4 IATA, ...
	// Routing is UNB 0008 / 0014: the address for reverse routing (version
	// 3), the internal identification (version 4).
	Routing string `json:"routing,omitempty"`
	// SubID is UNB 0042 / 0046, the internal sub-identification (version 4).
	SubID string `json:"subId,omitempty"`
}

// InterchangeHeader is the UNB segment.
type InterchangeHeader struct {
	Syntax    SyntaxIdentifier `json:"syntax"`    // S001
	Sender    Party            `json:"sender"`    // S002
	Recipient Party            `json:"recipient"` // S003
	// Prepared is S004 date and time of preparation: local, no zone.
	Prepared   civil.DateTime `json:"prepared"`
	ControlRef string         `json:"controlRef"` // 0020
	// RecipientReference is S005 0022 (password or reference) and
	// RecipientReferenceQualifier S005 0025 (AA reference, BB password).
	RecipientReference          string `json:"recipientReference,omitempty"`
	RecipientReferenceQualifier string `json:"recipientReferenceQualifier,omitempty"`
	// AppRef is 0026, the application reference (APIS, USADHS, PNRGOV).
	AppRef     string  `json:"appRef,omitempty"`
	Priority   string  `json:"priority,omitempty"`   // 0029
	AckRequest string  `json:"ackRequest,omitempty"` // 0031: 1 acknowledgement requested
	Agreement  string  `json:"agreement,omitempty"`  // 0032
	Test       string  `json:"test,omitempty"`       // 0035: 1 test interchange
	Segment    Segment `json:"-"`
}

// InterchangeTrailer is the UNZ segment.
type InterchangeTrailer struct {
	Count      int     `json:"count"`      // 0036: groups, or messages when there are no groups
	ControlRef string  `json:"controlRef"` // 0020
	Segment    Segment `json:"-"`
}

// Group is one UNG..UNE functional group.
type Group struct {
	Header   GroupHeader   `json:"header"`
	Trailer  *GroupTrailer `json:"trailer,omitempty"` // UNE; nil when missing
	Messages []*Message    `json:"messages,omitempty"`
}

// GroupHeader is the UNG segment.
type GroupHeader struct {
	ID        string         `json:"id"`                 // 0038: PAXLST, CUSRES, PNRGOV
	Sender    Party          `json:"sender"`             // S006
	Recipient Party          `json:"recipient"`          // S007
	Prepared  civil.DateTime `json:"prepared"`           // S004
	Reference string         `json:"reference"`          // 0048
	Agency    string         `json:"agency,omitempty"`   // 0051: UN, IA
	Version   string         `json:"version,omitempty"`  // S008 joined with ':' (D:05B, 11:1)
	Password  string         `json:"password,omitempty"` // 0058
	Segment   Segment        `json:"-"`
}

// GroupTrailer is the UNE segment.
type GroupTrailer struct {
	Count     int     `json:"count"`     // 0060
	Reference string  `json:"reference"` // 0048
	Segment   Segment `json:"-"`
}

// MessageID is UNH composite S009.
type MessageID struct {
	Type        string `json:"type"`                  // 0065: PAXLST, CUSRES, PNRGOV, CONTRL
	Version     string `json:"version"`               // 0052: D, 11, 4
	Release     string `json:"release"`               // 0054: 05B, 1
	Agency      string `json:"agency"`                // 0051: UN, IA
	Association string `json:"association,omitempty"` // 0057: IATA
	// CodeListVersion (0110) and SubFunction (0113, message type
	// sub-function identification) are version 4 additions.
	CodeListVersion string `json:"codeListVersion,omitempty"`
	SubFunction     string `json:"subFunction,omitempty"`
}

// String returns type:version:release:agency[:association[:code list
// version[:sub-function]]].
func (id MessageID) String() string {
	s := id.Type + ":" + id.Version + ":" + id.Release + ":" + id.Agency
	rest := []string{id.Association, id.CodeListVersion, id.SubFunction}
	for len(rest) > 0 && rest[len(rest)-1] == "" {
		rest = rest[:len(rest)-1]
	}
	for _, v := range rest {
		s += ":" + v
	}
	return s
}

// Identification is one of the version 4 UNH composites S016 (message
// subset: 0115, 0116, 0118, 0051), S017 (message implementation guideline:
// 0121, 0122, 0124, 0051) and S018 (scenario: 0127, 0128, 0130, 0051): an
// identifier, its version and release, and the controlling agency.
type Identification struct {
	ID      string `json:"id"`
	Version string `json:"version,omitempty"`
	Release string `json:"release,omitempty"`
	Agency  string `json:"agency,omitempty"` // 0051
}

// Transfer is UNH composite S010, the status of transfer of a multi-part message.
type Transfer struct {
	Sequence int    `json:"sequence"`         // 0070
	Marker   string `json:"marker,omitempty"` // 0073: C (more parts follow) or F (final)
}

// MessageHeader is the UNH segment.
type MessageHeader struct {
	Reference string    `json:"reference"` // 0062
	ID        MessageID `json:"id"`        // S009
	// CommonAccessRef (0068) ties the parts of a multi-part message together.
	CommonAccessRef string `json:"commonAccessRef,omitempty"`
	// Transfer is nil when UNH carries no S010.
	Transfer *Transfer `json:"transfer,omitempty"`
	// Subset (S016), Guideline (S017) and Scenario (S018) are version 4
	// additions; nil when absent.
	Subset    *Identification `json:"subset,omitempty"`
	Guideline *Identification `json:"guideline,omitempty"`
	Scenario  *Identification `json:"scenario,omitempty"`
	Segment   Segment         `json:"-"`
}

// MessageTrailer is the UNT segment.
type MessageTrailer struct {
	Count     int     `json:"count"`     // 0074: segments from UNH to UNT inclusive
	Reference string  `json:"reference"` // 0062
	Segment   Segment `json:"-"`
}

// Message is one UNH..UNT message.
type Message struct {
	Header  MessageHeader   `json:"header"`
	Trailer *MessageTrailer `json:"trailer,omitempty"` // nil when missing
	// Segments are the segments between UNH and UNT, both excluded.
	Segments []Segment `json:"segments"`
}
