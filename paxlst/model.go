package paxlst

import (
	"encoding/json"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

// Message is one passenger or crew list: a PAXLST message sent whole, or the
// parts of a multi-part message reassembled into one list. Field comments name
// the segment and data element each value comes from.
type Message struct {
	// Envelope is what UNB, UNG and UNH said about the message, every
	// element kept. For a multi-part list it is that of the lowest-numbered
	// part received, without its S010 (Header.Transfer is nil).
	Envelope edifact.Envelope `json:"envelope"`
	// Parts is the number of UNH..UNT messages this list was assembled from.
	Parts int `json:"parts"`
	// Missing lists the part numbers that did not arrive; Complete is true
	// when every part up to the final one did.
	Missing  []int `json:"missing,omitempty"`
	Complete bool  `json:"complete"`
	// ListType is BGM 1001 (745 passengers, 250 crew, ...).
	ListType ListType `json:"listType"`
	// Function is BGM 1004 (CP, XR, CLOB, ...; crew list functions in the US
	// profile). Empty for a plain list.
	Function Function `json:"function,omitempty"`
	// MessageFunction is BGM 1225, which a few national profiles send.
	MessageFunction string `json:"messageFunction,omitempty"`
	// TransactionRef is RFF+TN 1154 and Revision its 1060 (RFF+TN:ref:::rev).
	TransactionRef string `json:"transactionRef,omitempty"`
	Revision       string `json:"revision,omitempty"`
	// ReportingParty is segment group 1: NAD+MS and its COM.
	ReportingParty Party `json:"reportingParty,omitzero"`
	// Flights are the legs of segment group 2 (TDT) in message order.
	Flights []Leg `json:"flights"`
	// Persons are the parties of segment group 4 in message order, across all
	// parts of a multi-part message.
	Persons []Person `json:"persons"`
	// Totals are CNT 42 (passengers) and 41 (crew): flight totals, repeated in
	// every part, not the number of persons in this message.
	Totals Totals `json:"totals,omitzero"`
	// Unknown holds the message-level segments the decoder could not place
	// (unknown tags or qualifiers, duplicates), in order, with their position.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Trailing holds the segments kept after the control totals (CNT), where
	// nothing but CNT belongs.
	Trailing []edifact.Segment `json:"trailing,omitempty"`
	// Extra holds the values of the header, reporting party and CNT segments
	// that no field above holds.
	Extra []ExtraValue `json:"extra,omitempty"`
}

// Directory returns the UN directory of the message, "D05B" for
// PAXLST:D:05B, or "" when UNH does not say.
func (m *Message) Directory() string {
	return m.Envelope.Header.ID.Version + m.Envelope.Header.ID.Release
}

// Party is the reporting party of segment group 1 (NAD+MS).
type Party struct {
	// ID is NAD C082 3039, a party identification some senders use instead of
	// a name (NAD+MS+USD090746).
	ID string `json:"id,omitempty"`
	// Name is NAD C080 3036 as sent, one entry per component
	// (NAD+MS+++DAVIDSON:ROBERT is ["DAVIDSON", "ROBERT"]).
	Name     []string  `json:"name,omitempty"`
	Contacts []Contact `json:"contacts,omitempty"` // COM
}

// Contact is one COM C076 communication number.
type Contact struct {
	Number string      `json:"number"` // 3148
	Type   ContactType `json:"type"`   // 3155: TE, FX, EM
}

// Leg is one flight leg of segment group 2: TDT and its LOC/DTM pairs.
type Leg struct {
	// Stage is TDT 8051: 20 main carriage, 34 overflight.
	Stage string `json:"stage,omitempty"`
	// FlightNumber is TDT 8028 as sent: carrier prefix and number (ZZ123).
	FlightNumber string `json:"flightNumber"`
	// Carrier is TDT C040 3127 (+++ZZ), as sent; empty when TDT has none.
	Carrier string `json:"carrier"`
	// CarrierCodeList is TDT C040 1131, which land border lists use.
	CarrierCodeList string `json:"carrierCodeList,omitempty"`
	// TransportMode is TDT C220 8067 (4 air, 3 road, ...), when sent.
	TransportMode string `json:"transportMode,omitempty"`
	// Departure is LOC 125 (or the first LOC 92) with DTM 189; Arrival is LOC
	// 87 (or the second LOC 92) with DTM 232.
	Departure Stop `json:"departure"`
	Arrival   Stop `json:"arrival"`
	// Places are further LOC of the leg, such as 130 final destination.
	Places []Stop `json:"places,omitempty"`
	// Unknown holds the leg's segments the decoder could not place.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Extra holds the values of the leg's TDT, LOC and DTM that no field
	// above holds (TDT transport mode and means, LOC code lists, ...).
	Extra []ExtraValue `json:"extra,omitempty"`
}

// Overflight reports whether the leg overflies the state (TDT+34).
func (l *Leg) Overflight() bool { return l.Stage == stageOverflight }

// Progressive reports whether the leg names its ends with LOC 92, as
// progressive flights do.
func (l *Leg) Progressive() bool {
	return l.Departure.Qualifier == locProgressive || l.Arrival.Qualifier == locProgressive
}

// Stop is an airport of a leg and its local scheduled time.
type Stop struct {
	// Qualifier is LOC 3227 as sent: 125, 87, 92, 130.
	Qualifier string `json:"qualifier,omitempty"`
	// Airport is LOC C517 3225, the IATA airport code.
	Airport string `json:"airport"`
	// CodeList and Agency are LOC C517 1131 and 3055, which some senders
	// add to the code (LOC+125+AAA:163:5).
	CodeList string `json:"codeList,omitempty"`
	Agency   string `json:"agency,omitempty"`
	// Time is the DTM local date and time (format 201 YYMMDDHHMM); no zone.
	Time civil.DateTime `json:"time"`
}

// Person is one party of segment group 4: a passenger or crew member with
// the documents of segment group 5. Names and codes are as sent.
type Person struct {
	// Role is NAD 3035: FL passenger, FM crew, DDT/DDU in transit.
	Role Role `json:"role"`
	// Surname, GivenNames and MiddleName are NAD C080 3036 components 1 to
	// 3. A single name is the surname.
	Surname    string `json:"surname"`
	GivenNames string `json:"givenNames"`
	MiddleName string `json:"middleName,omitempty"`
	// PartyID is NAD C082 3039, which some land border lists carry.
	PartyID string `json:"partyId,omitempty"`
	// NameExtra holds C080 components after the third (further name parts
	// and 3045, the name format code), as sent.
	NameExtra []string `json:"nameExtra,omitempty"`
	Address   Address  `json:"address,omitzero"`
	// Gender is ATT+2 9019.
	Gender Gender `json:"gender"`
	// BirthDate is DTM 329. A year alone (DTM 2379 format 602, "1980" in
	// JSON) is a date of birth that depersonalisation masked
	// (privacy.Masker): airlines send full dates.
	BirthDate civil.Date `json:"birthDate"`
	// Nationality is NAT+2 3293, an ISO 3166 alpha-3 code as sent.
	Nationality string `json:"nationality"`
	// Residence is LOC 174 (country of residence), BirthPlace LOC 180,
	// Embarkation LOC 178, Debarkation LOC 179, Clearance LOC 22.
	Residence   string `json:"residence,omitempty"`
	BirthPlace  Place  `json:"birthPlace,omitzero"`
	Embarkation string `json:"embarkation,omitempty"`
	Debarkation string `json:"debarkation,omitempty"`
	Clearance   string `json:"clearance,omitempty"`
	// Documents are the DOC groups in message order.
	Documents []Document `json:"documents"`
	// Seat is RFF+SEA.
	Seat string `json:"seat,omitempty"`
	// Bags are MEA+CT, MEA+WT and FTX+BAG.
	Bags Bags `json:"bags,omitzero"`
	// PNR is RFF+AVF (record locator), PassengerRef RFF+ABO (unique passenger
	// reference), AgencyRef RFF+AEA, CustomerRef RFF+CR, TransactionRef RFF+TN.
	PNR            string `json:"pnr,omitempty"`
	PassengerRef   string `json:"passengerRef,omitempty"`
	AgencyRef      string `json:"agencyRef,omitempty"`
	CustomerRef    string `json:"customerRef,omitempty"`
	TransactionRef string `json:"transactionRef,omitempty"`
	// OtherRefs are RFF with other qualifiers, as sent.
	OtherRefs []Reference `json:"otherRefs,omitempty"`
	// Verification is GEI+4: 173 document verified, 174 not verified.
	Verification Verification `json:"verification,omitempty"`
	// CrewFunction is EMP (EMP+1+CR1:110:111).
	CrewFunction *Employment `json:"crewFunction,omitempty"`
	Contacts     []Contact   `json:"contacts,omitempty"` // COM
	// Unknown holds the person's segments the decoder could not place.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Extra holds the values of the person's segments that no field above
	// holds (code-list qualifiers of NAT and LOC, NAD C058, ...).
	Extra []ExtraValue `json:"extra,omitempty"`
}

// Forenames returns the given and middle names as one space-separated
// string, as name matching wants them.
func (p *Person) Forenames() string {
	switch {
	case p.MiddleName == "":
		return p.GivenNames
	case p.GivenNames == "":
		return p.MiddleName
	}
	return p.GivenNames + " " + p.MiddleName
}

type personFields Person

// MarshalJSON writes documents as an array even when there are none, as the
// JSON contract promises.
func (p Person) MarshalJSON() ([]byte, error) {
	if p.Documents == nil {
		p.Documents = []Document{}
	}
	return json.Marshal(personFields(p))
}

// Address is NAD elements 3 and 5 to 9.
type Address struct {
	// Lines are C058 3124, name and address lines in unstructured form, one
	// entry per component, as sent.
	Lines      []string `json:"lines,omitempty"`
	Street     []string `json:"street,omitempty"`     // C059 3042, one entry per line
	City       string   `json:"city,omitempty"`       // 3164
	Region     string   `json:"region,omitempty"`     // C819 3229, the subdivision code
	RegionName string   `json:"regionName,omitempty"` // C819 3228, the subdivision name
	PostalCode string   `json:"postalCode,omitempty"` // 3251
	Country    string   `json:"country,omitempty"`    // 3207
}

// Place is a LOC location as a code (3225) or a free-text name (3224).
type Place struct {
	Code string `json:"code,omitempty"`
	Name string `json:"name,omitempty"`
}

// Document is one travel document: segment group 5.
type Document struct {
	// Type is DOC C002 1001; CodeList and Agency are 1131 and 3055, which the
	// US profile sets (DOC+P:110:111).
	Type     DocumentType `json:"type"`
	CodeList string       `json:"codeList,omitempty"`
	Agency   string       `json:"agency,omitempty"`
	// Number is DOC C503 1004.
	Number string `json:"number"`
	// IssuingCountry is LOC 91 3225.
	IssuingCountry string `json:"issuingCountry"`
	// ExpiryDate is DTM 36 and IssueDate DTM 182.
	ExpiryDate civil.Date `json:"expiryDate"`
	IssueDate  civil.Date `json:"issueDate,omitzero"`
	// Unknown holds the document's segments the decoder could not place.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Extra holds the values of DOC, its dates and LOC 91 that no field
	// above holds.
	Extra []ExtraValue `json:"extra,omitempty"`
}

// Bags are the checked bags of a passenger.
type Bags struct {
	Count      int     `json:"count,omitempty"`      // MEA+CT
	Weight     float64 `json:"weight,omitempty"`     // MEA+WT value
	WeightUnit string  `json:"weightUnit,omitempty"` // MEA+WT unit: KGM, LBR
	// Tags are FTX+BAG: a first tag number and how many consecutive tags follow from it.
	Tags []BagTag `json:"tags,omitempty"`
}

// BagTag is one FTX+BAG+++tag:count.
type BagTag struct {
	First string `json:"first"`
	Count int    `json:"count"`
}

// Reference is an RFF C506 qualifier and value.
type Reference struct {
	Qualifier string `json:"qualifier"` // 1153
	Value     string `json:"value"`     // 1154
}

// Employment is EMP: the crew function.
type Employment struct {
	Category string `json:"category"`           // 9003: 1 (crew)
	Code     string `json:"code"`               // C948 9009: CR1, CR2, ...
	CodeList string `json:"codeList,omitempty"` // 1131 (US: 110)
	Agency   string `json:"agency,omitempty"`   // 3055 (US: 111)
}

// Totals are CNT control totals. A nil field was not sent.
type Totals struct {
	Passengers *int `json:"passengers,omitempty"` // CNT 42
	Crew       *int `json:"crew,omitempty"`       // CNT 41
}
