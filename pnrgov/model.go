package pnrgov

import (
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// Message is one PNRGOV message (UNH..UNT): the push of the PNRs of one flight.
//
// Fields marked "derived" are computed by the decoder from other fields and
// ignored by Encode; everything else is written back by Encode.
type Message struct {
	// Envelope holds the interchange, group and message headers it came in.
	Envelope edifact.Envelope `json:"envelope"`
	// Version is the guide version from UNH S009, 0052.0054: "11.1", "13.1".
	// Encode writes it into UNH; empty means 11.1.
	Version string `json:"version"`
	// PushType is MSG C302 1225: 22 full push, 141 changes only.
	PushType PushType `json:"pushType"`
	// Sender is the ORG segment of the message header: the sending system.
	Sender Org `json:"sender"`
	// Flight is the TVL segment of the header: the flight pushed.
	Flight Flight `json:"flight"`
	// PNRCount is EQN 6350, the number of PNRs the sender says it pushes. In
	// a multi-part message it is the total over all parts.
	PNRCount int `json:"pnrCount"`
	// Parts is the number of UNH..UNT parts (UNH 0068 and S010) Decode
	// assembled the message from (an identical copy of a part received
	// twice not counted), 0 for a message sent whole. Encode splits
	// the PNRs over as many parts when it is above 1.
	Parts int `json:"parts,omitempty"`
	// PNRs are the Gr1 groups, in order.
	PNRs []*PNR `json:"pnrs"`
	// Unknown holds header segments this package does not know, in order.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Segments are the header segments (UNH excluded, up to the first SRC) as
	// received. Ignored by Encode.
	Segments []edifact.Segment `json:"-"`
}

// Org is an ORG segment: a sender, a booking agency or a check-in agent.
type Org struct {
	Airline  string `json:"airline,omitempty"`  // C336 9906 company
	Location string `json:"location,omitempty"` // C336 3225 location (city or airport)
	// AgentID is the IATA or ARC agency number, OfficeID the in-house
	// identification (office id, pseudo city code): C300.
	AgentID  string `json:"agentId,omitempty"`
	OfficeID string `json:"officeId,omitempty"`
	City     string `json:"city,omitempty"` // C328 3225 location code
	// System and SystemLocation name the reservation system: second C336.
	System         string `json:"system,omitempty"`
	SystemLocation string `json:"systemLocation,omitempty"`
	// OriginatorType is 9972: A airline agent, T travel agent, E, ...
	OriginatorType string `json:"originatorType,omitempty"`
	// Country, Currency and Language are C354.
	Country  string `json:"country,omitempty"`
	Currency string `json:"currency,omitempty"`
	Language string `json:"language,omitempty"`
	// Authority (9904), Communication (the agent's sign or duty code) and
	// Partner are the ORG's last three elements, as sent.
	Authority     string `json:"authority,omitempty"`
	Communication string `json:"communication,omitempty"`
	Partner       string `json:"partner,omitempty"`
}

// Point is one end of a flight: an airport and the local date-time there.
type Point struct {
	Airport string         `json:"airport"` // C328 3225
	Time    civil.DateTime `json:"time"`    // local, no zone
	// DateInferred reports that the message gave a time without a date
	// (TVL 280918:1220:1505): the date was taken as the departure date, or
	// the day after when the time is earlier than the departure time.
	DateInferred bool `json:"dateInferred,omitempty"`
}

// Flight is a TVL segment: a flight with its times and carriers.
type Flight struct {
	// Carrier is the marketing carrier (C306 9906), OperatingCarrier the
	// operating one when TVL names it (C306 second component).
	Carrier          string `json:"carrier"`
	OperatingCarrier string `json:"operatingCarrier,omitempty"`
	FlightNumber     string `json:"flightNumber"` // C308 9908
	// Suffix is C308's third component (operational suffix), when sent.
	Suffix    string `json:"suffix,omitempty"`
	Departure Point  `json:"departure"`
	Arrival   Point  `json:"arrival"`
}

// RecordLocator is one C330 of an RCI: a reservation system's PNR reference.
type RecordLocator struct {
	Airline string `json:"airline"` // 9906: system or airline (1A, SQ)
	Locator string `json:"locator"` // 9956
	// ControlType is 9958 (for example C for a codeshare record).
	ControlType string `json:"controlType,omitempty"`
	// Created is the date and time the record was created (ddmmyy, hhmm[ss]).
	Created civil.DateTime `json:"created,omitzero"`
}

// Stamp is one C688 of a DAT segment: a qualified local date-time.
type Stamp struct {
	// Qualifier is 2005: 700 last PNR transaction, 710 ticket issue, 2
	// check-in, T history transaction, ...
	Qualifier string         `json:"qualifier,omitempty"`
	Time      civil.DateTime `json:"time,omitzero"`
}

// PNR is one passenger name record (Gr1, from SRC to the next SRC).
type PNR struct {
	// Locators are the PNR-level RCI record locators, every system's.
	Locators []RecordLocator `json:"locators"`
	// Created is the creation date-time of the first locator that has one. Derived.
	Created civil.DateTime `json:"created"`
	// LastTransaction is the DAT 700 date-time, zero when absent. Derived.
	LastTransaction civil.DateTime `json:"lastTransaction,omitzero"`
	// Dates are the PNR-level DAT values.
	Dates []Stamp `json:"dates,omitempty"`
	// Agency is the booking agent or office (ORG), nil when absent.
	Agency *Org `json:"agency,omitempty"`
	// Addresses are the PNR-level ADD segments (addresses and phones).
	Addresses []Address `json:"addresses,omitempty"`
	// Contacts gathers every address, phone and e-mail of the PNR, its
	// travellers and its legs: ADD, SSR CTCE/CTCM/CTCH, IFT contact lines.
	// Derived.
	Contacts []Contact `json:"contacts"`
	// ExcessBaggage are PNR-level EBD segments, as sent.
	ExcessBaggage []Values `json:"excessBaggage,omitempty"`
	// Travelers are the Gr2 groups: every TIF, with or without documents.
	Travelers []Traveler `json:"travelers"`
	// Tickets are the Gr3 groups, each naming its traveller by index.
	Tickets []Ticket `json:"tickets"`
	// Payments are the Gr4 groups, each naming its ticket by index.
	Payments []Payment `json:"payments"`
	// SSRs are PNR-level special service requests.
	SSRs []SSR `json:"ssrs,omitempty"`
	// Remarks are PNR-level IFT free texts (OSI, remarks, contacts).
	Remarks []Remark `json:"remarks,omitempty"`
	// Itinerary are the Gr5 flight segments, with check-in data per leg.
	Itinerary []Leg `json:"itinerary"`
	// Splits are the Gr8 groups: PNRs split from this one.
	Splits []Split `json:"splits,omitempty"`
	// NonAir are the Gr9 groups: hotel, car, rail and other segments.
	NonAir []NonAir `json:"nonAir,omitempty"`
	// History are the Gr10 groups of structured PNR history.
	History []History `json:"history,omitempty"`
	// HistoryLines are the LTS unstructured history lines, as sent.
	HistoryLines []string `json:"historyLines,omitempty"`
	// Unknown holds PNR-level segments this package does not know.
	Unknown []edifact.Segment `json:"unknown,omitempty"`
	// Segments are the PNR's segments as received, SRC first, for audit and
	// for data beyond the typed fields. Ignored by Encode.
	Segments []edifact.Segment `json:"-"`
}

// Locator returns the first record locator, "" when there is none.
func (p *PNR) Locator() string {
	if len(p.Locators) == 0 {
		return ""
	}
	return p.Locators[0].Locator
}

// Name is a TIF segment: a traveller's name as sent, with the title split off.
type Name struct {
	Surname string `json:"surname"` // C322 9936
	// SurnameQualifier is C322 9941 (I individual, G group, ...).
	SurnameQualifier string `json:"surnameQualifier,omitempty"`
	// GivenRaw is C324 9942 as sent: given names, often with a title appended.
	GivenRaw string `json:"givenRaw,omitempty"`
	// Given is GivenRaw without the title. Derived.
	Given string `json:"givenNames"`
	// Title is the title found in GivenRaw (ISABELLE MRS, MOLLYMRS) or in the
	// type component. Derived.
	Title string `json:"title,omitempty"`
	// TitleInferred reports that Title was cut from the end of a word
	// (MOLLYMRS): a guess, so that name matching can try GivenRaw too. Derived.
	TitleInferred bool `json:"titleInferred,omitempty"`
	// Type is C324 6353 as sent: A adult, C child, IN infant (some systems
	// put a title there). Ref is 9944, the traveller reference number, and
	// InfantIndicator 9945 (1: travels with an infant).
	Type            TravelerType `json:"type"`
	Ref             string       `json:"ref,omitempty"`
	InfantIndicator string       `json:"infantIndicator,omitempty"`
}

// Traveler is a Gr2 group: a TIF with everything that belongs to it.
type Traveler struct {
	Name
	// InfantRef is the Ref of the infant travelling with this adult, AdultRef
	// the Ref of the adult an infant travels with. Derived.
	InfantRef string `json:"infantRef,omitempty"`
	AdultRef  string `json:"adultRef,omitempty"`
	// FrequentFlyers are FTI values.
	FrequentFlyers []FrequentFlyer `json:"frequentFlyers,omitempty"`
	// UniqueIDs are REF values (the unique passenger reference).
	UniqueIDs []Reference `json:"uniqueIds,omitempty"`
	Remarks   []Remark    `json:"remarks,omitempty"`
	// ExcessBaggage (EBD) and Fares (FAR) are kept as sent.
	ExcessBaggage []Values  `json:"excessBaggage,omitempty"`
	Fares         []Values  `json:"fares,omitempty"`
	SSRs          []SSR     `json:"ssrs,omitempty"`
	Addresses     []Address `json:"addresses,omitempty"`
	// Documents are parsed from SSR DOCS and FOID, Visas from DOCO,
	// TravelAddresses from DOCA: the traveller's own, from the traveller's
	// group, an adult's group (infant documents) and segment SSRs naming the
	// traveller. Derived.
	Documents       []ssr.Document      `json:"documents"`
	Visas           []ssr.Visa          `json:"visas,omitempty"`
	TravelAddresses []ssr.TravelAddress `json:"travelAddresses,omitempty"`
	Unknown         []edifact.Segment   `json:"unknown,omitempty"`
}

// FrequentFlyer is one C326 of an FTI segment.
type FrequentFlyer struct {
	Airline string `json:"airline"`
	Number  string `json:"number"`
	// Reference, Tier, TierName and Alliance are the next components, as sent.
	Reference string `json:"reference,omitempty"`
	Tier      string `json:"tier,omitempty"`
	TierName  string `json:"tierName,omitempty"`
	Alliance  string `json:"alliance,omitempty"`
}

// Reference is one element of a REF segment: qualifier and value.
type Reference struct {
	Qualifier string `json:"qualifier,omitempty"`
	Value     string `json:"value"`
}

// SSR is a special service request (SSR segment).
type SSR struct {
	Code     string `json:"code"`               // C334 9962: DOCS, INFT, SEAT, ...
	Status   string `json:"status,omitempty"`   // 4405: HK, HN, KK, ...
	Quantity string `json:"quantity,omitempty"` // 6060
	Airline  string `json:"airline,omitempty"`  // 9906
	// Field5 and Field6 are C334 components 5 and 6, as sent.
	Field5 string `json:"field5,omitempty"`
	Field6 string `json:"field6,omitempty"`
	Board  string `json:"board,omitempty"` // 3225 board point
	Off    string `json:"off,omitempty"`   // 3225 off point
	// Text is 4440, the free text (DOCS data, INFT name, ...), as sent.
	Text string `json:"text,omitempty"`
	// More holds C334 components after the free text.
	More []string `json:"more,omitempty"`
	// Details are the C332 elements: seat, traveller reference.
	Details []SSRDetail `json:"details,omitempty"`
}

// SSRDetail is one C332 of an SSR: a seat and the traveller it is for.
type SSRDetail struct {
	Seat           string   `json:"seat,omitempty"`
	Characteristic string   `json:"characteristic,omitempty"`
	TravelerRef    string   `json:"travelerRef,omitempty"`
	More           []string `json:"more,omitempty"`
}

// Remark is an IFT segment: coded or literal free text.
type Remark struct {
	// Qualifier is C346 4451 (3 coded, 4 literal), Type 9980 (28 OSI, 43
	// sponsor or card holder, ...); Field3 is the third component as sent.
	Qualifier string `json:"qualifier,omitempty"`
	Type      string `json:"type,omitempty"`
	Field3    string `json:"field3,omitempty"`
	Airline   string `json:"airline,omitempty"`
	Language  string `json:"language,omitempty"`
	// Text holds the 4440 elements.
	Text []string `json:"text,omitempty"`
}

// Address is an ADD segment: `ADD+function+purpose:street:city:state:area:country:postcode:phone`.
type Address struct {
	// Function is the first element when the address details follow in the
	// second (ADD++702:...); empty otherwise.
	Function string `json:"function,omitempty"`
	// Purpose is 3299: 700, 701, 702, ... as sent.
	Purpose    string   `json:"purpose,omitempty"`
	Street     string   `json:"street,omitempty"`
	City       string   `json:"city,omitempty"`
	State      string   `json:"state,omitempty"`
	Area       string   `json:"area,omitempty"`
	Country    string   `json:"country,omitempty"`
	PostalCode string   `json:"postalCode,omitempty"`
	Phone      string   `json:"phone,omitempty"`
	More       []string `json:"more,omitempty"`
}

// Ticket is a Gr3 group: TKT with its amounts, pricing, taxes and dates.
type Ticket struct {
	// Traveler is the index in PNR.Travelers of the traveller the ticket
	// belongs to, -1 when it came before any traveller.
	Traveler int      `json:"traveler"`
	Number   string   `json:"number"`             // C667 1004
	Type     string   `json:"type,omitempty"`     // T ticket, E EMD, ...
	Booklets string   `json:"booklets,omitempty"` // number of booklets
	More     []string `json:"more,omitempty"`
	// Amounts are the MON values: B base fare, T total, ...
	Amounts []Amount `json:"amounts,omitempty"`
	// Pricing (PTK) and Taxes (TXD) are kept as sent.
	Pricing []Values `json:"pricing,omitempty"`
	Taxes   []Values `json:"taxes,omitempty"`
	Dates   []Stamp  `json:"dates,omitempty"` // DAT (710 issue)
	// Remarks are IFT segments found inside the ticket group.
	Remarks []Remark          `json:"remarks,omitempty"`
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// Amount is one element of a MON segment.
type Amount struct {
	Qualifier string `json:"qualifier"` // B base, T total, ...
	Amount    string `json:"amount"`    // as sent, decimal mark included
	Currency  string `json:"currency,omitempty"`
}

// Payment is a Gr4 group: a FOP with the card holder and billing address.
type Payment struct {
	// Ticket is the index in PNR.Tickets of the ticket paid, -1 when none.
	Ticket int           `json:"ticket"`
	Forms  []PaymentForm `json:"forms"`
	// Holder is the card holder or sponsor named by IFT 4:43. Derived.
	Holder         string            `json:"holder,omitempty"`
	BillingAddress *Address          `json:"billingAddress,omitempty"`
	Remarks        []Remark          `json:"remarks,omitempty"`
	Unknown        []edifact.Segment `json:"unknown,omitempty"`
}

// PaymentForm is one C641 of a FOP: `CC::amount:vendor:masked PAN:MMYY`.
type PaymentForm struct {
	Type      string `json:"type"`                // 9888: CC card, CA cash, MS miscellaneous, ...
	Indicator string `json:"indicator,omitempty"` // second component
	Amount    string `json:"amount,omitempty"`
	Vendor    string `json:"vendor,omitempty"` // card vendor: AX, VI, CA
	// Account is the card number as sent: masked by the airline (372395XXXXX9581).
	Account string   `json:"account,omitempty"`
	Expiry  string   `json:"expiry,omitempty"` // MMYY as sent
	More    []string `json:"more,omitempty"`
}

// Split is a Gr8 group: EQN (number of PNRs split off) and their locators.
type Split struct {
	Count    int               `json:"count"`
	Locators []RecordLocator   `json:"locators,omitempty"`
	Unknown  []edifact.Segment `json:"unknown,omitempty"`
}

// NonAir is a Gr9 group: a non-air segment (hotel, car, rail) as sent.
type NonAir struct {
	// MSG is the group's MSG segment, as sent (its function code).
	MSG Values `json:"msg,omitempty"`
	// Items are the group's TVL segments, as sent.
	Items   []Values          `json:"items,omitempty"`
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// History is a Gr10 group: one history entry (ABI, DAT) and its changes.
type History struct {
	// Source is the ABI segment, as sent (originator of the change).
	Source  Values            `json:"source,omitempty"`
	Dates   []Stamp           `json:"dates,omitempty"`
	Changes []Change          `json:"changes,omitempty"`
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// Change is a Gr11 group: one history action and what it touched.
type Change struct {
	// SAC is the SAC segment, as sent; Action its first value (A added, X
	// cancelled). Action is derived.
	SAC      Values            `json:"sac,omitempty"`
	Action   string            `json:"action,omitempty"`
	Traveler *Name             `json:"traveler,omitempty"`
	SSRs     []SSR             `json:"ssrs,omitempty"`
	Remarks  []Remark          `json:"remarks,omitempty"`
	Bags     *Bags             `json:"bags,omitempty"`
	Legs     []HistoryLeg      `json:"legs,omitempty"`
	Unknown  []edifact.Segment `json:"unknown,omitempty"`
}

// HistoryLeg is a Gr12 group: a flight segment in the history (TVL, RPI).
type HistoryLeg struct {
	Flight
	Class    string            `json:"class,omitempty"`
	Quantity string            `json:"quantity,omitempty"`
	Status   string            `json:"status,omitempty"`
	Unknown  []edifact.Segment `json:"unknown,omitempty"`
}

// Values are the elements and components of a segment this package keeps as
// sent: Values[e][c] is component c of element e (after the tag).
type Values [][]string

// Contact is an address, phone number or e-mail address found in a PNR.
type Contact struct {
	Kind ContactKind `json:"kind"`
	// Use is what the contact is for when the message says: H home, M
	// mobile, B business, A agency, T travel agent, or the ADD purpose.
	Use string `json:"use,omitempty"`
	// Value is the phone number or the decoded e-mail address.
	Value   string   `json:"value,omitempty"`
	Address *Address `json:"address,omitempty"`
	// Raw is the text as sent (AIRIMP e-mail encoding included).
	Raw string `json:"raw,omitempty"`
	// Source is where it was found: ADD, SSR CTCE, SSR CTCM, SSR CTCH, IFT.
	Source string `json:"source"`
	// Traveler is the index in PNR.Travelers, -1 for the PNR as a whole.
	Traveler int `json:"traveler"`
	// Leg is the index in PNR.Itinerary of the flight segment the contact
	// was sent with (an SSR or IFT of that leg), -1 when it was not.
	Leg int `json:"leg"`
}
