package manifest

import (
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/watchlist"
)

// Flight is one operating flight on one date and the travellers on it, from
// every message that named it.
type Flight struct {
	// Carrier is the operating carrier's designator (IATA, or ICAO when
	// sent so), Number the flight number without the carrier and without
	// leading zeros ("602", "1234A").
	Carrier string `json:"carrier"`
	Number  string `json:"number"`
	// Date is the local departure date of the first leg.
	Date civil.Date `json:"date"`
	// Direction is the flight's direction relative to the receiving state
	// (Builder.Country): "" when that is not set, the flight does not touch
	// it, or an airport is not in the airport table.
	Direction Direction `json:"direction,omitempty"`
	// Legs are the legs the messages name, in order of departure.
	Legs []Leg `json:"legs"`
	// Codeshares are the marketing designators the PNRs book the flight
	// under, when they differ from the operating one.
	Codeshares []Designator `json:"codeshares,omitempty"`
	// Sources are the messages the flight was built from, in the order
	// they apply (preparation time, then the order they were added).
	Sources []Source `json:"sources"`
	// PNRs are the flight's PNRs after every push was applied (changes-only
	// pushes merged with pnrgov.Merge).
	PNRs []*pnrgov.PNR `json:"pnrs"`
	// Travelers are everyone on the flight: API persons in list order (each
	// linked to its PNR traveller where one is found), then the PNR
	// travellers no API record was linked to.
	Travelers []*Traveler `json:"travelers"`
	// Links are the identifiers several PNRs share (LinkPNRs): over the
	// flight's PNRs and the Builder's Window, whose PNRs index past the
	// flight's (index len(PNRs)+i is Window[i]).
	Links []PNRLink `json:"links,omitempty"`
}

// Direction is a flight's direction relative to the receiving state.
type Direction string

// Directions.
const (
	// DirectionInbound: the flight leaves from abroad and ends in the state.
	DirectionInbound Direction = "inbound"
	// DirectionOutbound: the flight leaves from the state.
	DirectionOutbound Direction = "outbound"
	// DirectionDomestic: every airport of the flight is in the state.
	DirectionDomestic Direction = "domestic"
	// DirectionThrough: the flight leaves from abroad, lands in the state
	// and goes on abroad.
	DirectionThrough Direction = "through"
)

// Designator is a carrier and flight number.
type Designator struct {
	Carrier string `json:"carrier"`
	Number  string `json:"number"`
}

// Leg is one take-off and landing, with local times and no zone (the zone
// is the airport's), and the flight's designator as booked.
type Leg struct {
	Carrier   string `json:"carrier,omitempty"`
	Number    string `json:"number,omitempty"`
	Departure Stop   `json:"departure"`
	Arrival   Stop   `json:"arrival"`
}

// Stop is an airport (IATA location code) and a local time there.
type Stop struct {
	Airport string         `json:"airport"`
	Time    civil.DateTime `json:"time,omitzero"`
}

// Format names a message format, as UNH 0065 names it.
type Format string

// Formats the Builder reads.
const (
	FormatPAXLST Format = "PAXLST"
	FormatPNRGOV Format = "PNRGOV"
)

// Source is one message a flight was built from.
type Source struct {
	Format Format `json:"format"`
	// Input is the order in which the message was added to the Builder.
	Input int `json:"input"`
	// ControlRef is the interchange control reference (UNB 0020), Reference
	// the message reference (UNH 0062), Prepared the preparation time (UNB
	// S004).
	ControlRef string         `json:"controlRef"`
	Reference  string         `json:"reference"`
	Prepared   civil.DateTime `json:"prepared,omitzero"`
	// Kind is the PAXLST list type (BGM 1001) or the PNRGOV push type (MSG
	// 1225); Function the PAXLST function (BGM 1004: CP, XR, ...).
	Kind     string `json:"kind"`
	Function string `json:"function,omitempty"`

	api *paxlst.Message
	pnr *pnrgov.Message
}

// Role is what a traveller is on the flight.
type Role string

// Roles.
const (
	RolePassenger Role = "passenger"
	RoleCrew      Role = "crew"
	// RoleOther is an API person of another role (the US COT party).
	RoleOther Role = "other"
)

// Traveler is one person on the flight: an API record, a PNR record, or both
// linked. The identity fields are the API record's where there is one (it
// was read from the travel document), else the PNR's; what the two records
// say differently is in Conflicts, and each record stays whole.
type Traveler struct {
	// ID is "t1", "t2", ...: the traveller's place in Flight.Travelers.
	ID   string `json:"id"`
	Role Role   `json:"role"`
	// Surname, GivenNames and MiddleName as sent.
	Surname    string `json:"surname"`
	GivenNames string `json:"givenNames"`
	MiddleName string `json:"middleName,omitempty"`
	// Title is the PNR name's title (MR, MRS), TitleInferred whether it was
	// cut from a glued word (MOLLYMRS): then the PNR's given names as sent
	// are a name form of their own (see Queries).
	Title         string           `json:"title,omitempty"`
	TitleInferred bool             `json:"titleInferred,omitempty"`
	BirthDate     civil.Date       `json:"birthDate,omitzero"`
	Gender        watchlist.Gender `json:"gender,omitempty"`
	// Infant is a PNR infant (travelling on an adult's lap): its name type,
	// its DOCS gender (MI, FI) or its link to an adult say so.
	Infant      bool   `json:"infant,omitempty"`
	Nationality string `json:"nationality,omitempty"`
	Residence   string `json:"residence,omitempty"`
	// Documents are every travel document of both records, the API's first.
	Documents []Document `json:"documents,omitempty"`
	// Contacts are the API record's (COM, NAD address), then the PNR
	// traveller's own (those of the PNR as a whole are Booking.Contacts).
	Contacts []Contact `json:"contacts,omitempty"`
	// FrequentFlyers are the PNR traveller's (FTI), the model's slice.
	FrequentFlyers []pnrgov.FrequentFlyer `json:"frequentFlyers,omitempty"`
	// Boardings are the seats, bags and check-ins of the traveller on the
	// legs of the trip: the API record's for this flight, then the PNR's.
	Boardings []Boarding `json:"boardings,omitempty"`
	// API and PNR are the records, Link how they were joined.
	API  *APIRecord `json:"api,omitempty"`
	PNR  *PNRRecord `json:"pnr,omitempty"`
	Link *Link      `json:"link,omitempty"`
	// Conflicts are the fields the linked records disagree on: a targeting
	// signal in itself.
	Conflicts []Conflict `json:"conflicts,omitempty"`
	// CoTravelers are the IDs of the other travellers of the same PNR.
	CoTravelers []string `json:"coTravelers,omitempty"`
	// Features are the traveller's features on this flight, Trip the
	// journey and Booking the PNR's (nil without a PNR); the travellers of
	// one PNR share its Trip and Booking.
	Features Features `json:"features"`
	Trip     *Trip    `json:"trip"`
	Booking  *Booking `json:"booking,omitempty"`
}

// Document is a travel document of a traveller.
type Document struct {
	// Type as sent: PAXLST DOC 1001 (P, I, V, ...) or SSR DOCS/FOID.
	Type           string     `json:"type"`
	Number         string     `json:"number"`
	IssuingCountry string     `json:"issuingCountry,omitempty"`
	ExpiryDate     civil.Date `json:"expiryDate,omitzero"`
	IssueDate      civil.Date `json:"issueDate,omitzero"`
	// Source is "api" or "pnr".
	Source string `json:"source"`
	// ExpiresInDays is the days from the flight's date to the expiry
	// (negative: expired), IssuedDaysAgo from the issue to the flight's
	// date; nil when the date is not known.
	ExpiresInDays *int `json:"expiresInDays,omitempty"`
	IssuedDaysAgo *int `json:"issuedDaysAgo,omitempty"`
}

// APIRecord is a traveller's person in a PAXLST list.
type APIRecord struct {
	// Source is the list's index in Flight.Sources, Index the person's in
	// its Persons.
	Source int            `json:"source"`
	Index  int            `json:"index"`
	Person *paxlst.Person `json:"person"`
	// Cancelled: a later list cancelled the person's reservation (BGM
	// 1004 XR). The traveller is kept, marked.
	Cancelled bool `json:"cancelled,omitempty"`
}

// PNRRecord is a traveller of a PNR.
type PNRRecord struct {
	// PNR is the PNR's index in Flight.PNRs, Index the traveller's in its
	// Travelers.
	PNR      int              `json:"pnr"`
	Index    int              `json:"index"`
	Locator  string           `json:"locator"`
	Traveler *pnrgov.Traveler `json:"traveler"`
}

// LinkMethod is how an API person and a PNR traveller were found to be the
// same person.
type LinkMethod string

// Link methods, strongest first.
const (
	// LinkLocator: the person's record locator (RFF+AVF) is the PNR's, and
	// the names agree.
	LinkLocator LinkMethod = "locator"
	// LinkDocument: a document number and issuing country are the same.
	LinkDocument LinkMethod = "document"
	// LinkNameBirthDate: the names and the birth dates agree.
	LinkNameBirthDate LinkMethod = "nameBirthDate"
)

// Link records how a traveller's records were joined.
type Link struct {
	Method LinkMethod `json:"method"`
	// Strength is 3 for LinkLocator, 2 for LinkDocument and 1 for
	// LinkNameBirthDate.
	Strength int `json:"strength"`
}

// Conflict is a field on which a traveller's API and PNR records disagree.
type Conflict struct {
	// Field is the Traveler field's JSON name: birthDate, gender,
	// nationality or documents.
	Field string `json:"field"`
	API   string `json:"api"`
	PNR   string `json:"pnr"`
}
