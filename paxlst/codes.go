package paxlst

// Code lists of the WCO/IATA/ICAO PAXLST implementation guide (editions 2010
// to 2016) and the US DHS consolidated user guide. Every code type is a string
// holding the code exactly as sent: unknown codes are kept, Known reports
// whether the guide lists them, and JSON carries the code itself.

// ListType is BGM 1001, the document name code: what kind of list this is.
type ListType string

// List types (BGM 1001).
const (
	ListPassengers   ListType = "745" // passenger list
	ListCrew         ListType = "250" // crew list
	ListMasterCrew   ListType = "336" // US master crew list
	ListFlightStatus ListType = "266" // iAPI flight status
	ListGatePass     ListType = "655" // gate pass request
)

var listTypeNames = map[ListType]string{
	ListPassengers:   "passenger list",
	ListCrew:         "crew list",
	ListMasterCrew:   "master crew list",
	ListFlightStatus: "flight status",
	ListGatePass:     "gate pass",
}

// Known reports whether the guide lists the code.
func (t ListType) Known() bool { _, ok := listTypeNames[t]; return ok }

// String returns the English name of a known code, else the code as sent.
func (t ListType) String() string { return name(listTypeNames, t) }

// Function is BGM 1004, the document identifier that iAPI and the US profile
// use to say what the message does to data sent before. Crew lists of the US
// profile put their crew list function (C, CC, B, ...) here too.
type Function string

// Functions (BGM 1004).
const (
	FunctionChangePassenger   Function = "CP"   // change passenger data
	FunctionCancelReservation Function = "XR"   // cancel reservation
	FunctionReduceParty       Function = "RP"   // reduction in party
	FunctionClose             Function = "CL"   // flight close
	FunctionCloseOnBoard      Function = "CLOB" // close with passengers on board
	FunctionCloseNotOnBoard   Function = "CLNB" // close, passengers not on board
	FunctionCancelFlight      Function = "XF"   // cancel flight
	FunctionChangeFlight      Function = "CF"   // change flight
)

var functionNames = map[Function]string{
	FunctionChangePassenger:   "change passenger data",
	FunctionCancelReservation: "cancel reservation",
	FunctionReduceParty:       "reduction in party",
	FunctionClose:             "flight close",
	FunctionCloseOnBoard:      "close with passengers on board",
	FunctionCloseNotOnBoard:   "close, not on board",
	FunctionCancelFlight:      "cancel flight",
	FunctionChangeFlight:      "change flight",
	// US DHS crew list functions (BGM 250 and 336).
	"C": "crew: regular scheduled", "CC": "crew: regular scheduled, change",
	"B": "crew: charter", "BC": "crew: charter, change",
	"A": "crew: flight crew", "D": "crew: deadhead", "E": "crew: emergency",
	"EC": "crew: emergency, change", "F": "crew: ferry", "FC": "crew: ferry, change",
	"G": "master crew list: add", "H": "master crew list: delete", "I": "master crew list: change",
}

// Known reports whether the guide lists the code.
func (f Function) Known() bool { _, ok := functionNames[f]; return ok }

// String returns the English name of a known code, else the code as sent.
func (f Function) String() string { return name(functionNames, f) }

// Role is NAD 3035 in segment group 4: what the person is on this flight.
type Role string

// Roles (NAD 3035).
const (
	RolePassenger          Role = "FL"  // passenger
	RoleCrew               Role = "FM"  // crew member
	RoleIntransitCrew      Role = "DDT" // in-transit crew member
	RoleIntransitPassenger Role = "DDU" // in-transit passenger
	RoleCOT                Role = "COT" // US DHS further party code, kept as its own role
)

var roleNames = map[Role]string{
	RolePassenger:          "passenger",
	RoleCrew:               "crew",
	RoleIntransitCrew:      "in-transit crew",
	RoleIntransitPassenger: "in-transit passenger",
	RoleCOT:                "COT (US)",
}

// Known reports whether the guide lists the code.
func (r Role) Known() bool { _, ok := roleNames[r]; return ok }

// String returns the English name of a known code, else the code as sent.
func (r Role) String() string { return name(roleNames, r) }

// IsCrew reports whether the role counts towards the crew total (CNT 41).
func (r Role) Crew() bool { return r == RoleCrew || r == RoleIntransitCrew }

// IsPassenger reports whether the role counts towards the passenger total (CNT 42).
func (r Role) Passenger() bool { return r == RolePassenger || r == RoleIntransitPassenger }

// Gender is ATT 9019 (attribute 2): the gender as the document states it.
type Gender string

// Genders (ATT+2).
const (
	GenderMale        Gender = "M"
	GenderFemale      Gender = "F"
	GenderUnknown     Gender = "U" // not known
	GenderUnspecified Gender = "X" // unspecified, as ICAO Doc 9303 allows
)

var genderNames = map[Gender]string{
	GenderMale: "male", GenderFemale: "female", GenderUnknown: "unknown", GenderUnspecified: "unspecified",
}

// Known reports whether the guide lists the code.
func (g Gender) Known() bool { _, ok := genderNames[g]; return ok }

// String returns the English name of a known code, else the code as sent.
func (g Gender) String() string { return name(genderNames, g) }

// DocumentType is DOC 1001: the kind of travel document.
type DocumentType string

// Document types (DOC 1001).
const (
	DocumentPassport         DocumentType = "P"
	DocumentVisa             DocumentType = "V"
	DocumentIdentityCard     DocumentType = "I"
	DocumentResidentCard     DocumentType = "A" // alien or permanent resident card
	DocumentCrewCard         DocumentType = "C" // crew member certificate
	DocumentResidentCrewCard DocumentType = "AC"
	DocumentMilitary         DocumentType = "M" // US
	DocumentF                DocumentType = "F" // facilitation or other approved document
	DocumentTravel           DocumentType = "T" // refugee or re-entry travel document
	DocumentPilotLicence     DocumentType = "L" // US
)

var documentTypeNames = map[DocumentType]string{
	DocumentPassport:         "passport",
	DocumentVisa:             "visa",
	DocumentIdentityCard:     "identity card",
	DocumentResidentCard:     "resident card",
	DocumentCrewCard:         "crew member certificate",
	DocumentResidentCrewCard: "resident or crew card",
	DocumentMilitary:         "military identification",
	DocumentF:                "approved non-standard document",
	DocumentTravel:           "travel document",
	DocumentPilotLicence:     "pilot licence",
}

// Known reports whether the guide lists the code.
func (t DocumentType) Known() bool { _, ok := documentTypeNames[t]; return ok }

// String returns the English name of a known code, else the code as sent.
func (t DocumentType) String() string { return name(documentTypeNames, t) }

// Verification is GEI 7365 (GEI+4+...): whether the carrier verified the
// travel document.
type Verification string

// Verification codes (GEI+4).
const (
	VerificationVerified    Verification = "173"
	VerificationNotVerified Verification = "174"
)

var verificationNames = map[Verification]string{VerificationVerified: "verified", VerificationNotVerified: "not verified"}

// Known reports whether the guide lists the code.
func (v Verification) Known() bool { _, ok := verificationNames[v]; return ok }

// String returns the English name of a known code, else the code as sent.
func (v Verification) String() string { return name(verificationNames, v) }

// ContactType is COM 3155, the communication channel.
type ContactType string

// Contact types (COM 3155).
const (
	ContactPhone ContactType = "TE"
	ContactFax   ContactType = "FX"
	ContactEmail ContactType = "EM"
)

var contactTypeNames = map[ContactType]string{ContactPhone: "telephone", ContactFax: "fax", ContactEmail: "e-mail"}

// Known reports whether the guide lists the code.
func (c ContactType) Known() bool { _, ok := contactTypeNames[c]; return ok }

// String returns the English name of a known code, else the code as sent.
func (c ContactType) String() string { return name(contactTypeNames, c) }

func name[T ~string](m map[T]string, v T) string {
	if s, ok := m[v]; ok {
		return s
	}
	return string(v)
}

// Qualifiers the decoder maps to fields. Anything else is kept and reported.
const (
	// TDT 8051 transport stage.
	stageMain       = "20"
	stageOverflight = "34"

	// LOC 3227, segment group 3 (flight).
	locDeparture   = "125"
	locArrival     = "87"
	locProgressive = "92"
	locDestination = "130"

	// DTM 2005.
	dtmDeparture = "189"
	dtmArrival   = "232"
	dtmBirth     = "329"
	dtmExpiry    = "36"
	dtmIssue     = "182"

	// LOC 3227, segment groups 4 and 5 (person, document).
	locClearance   = "22"
	locResidence   = "174"
	locEmbarkation = "178"
	locDebarkation = "179"
	locBirthPlace  = "180"
	locIssuing     = "91"

	// RFF 1153.
	rffTransaction = "TN"
	rffPNR         = "AVF"
	rffPassenger   = "ABO"
	rffSeat        = "SEA"
	rffAgency      = "AEA"
	rffCustomer    = "CR"

	// CNT 6069.
	cntPassengers = "42"
	cntCrew       = "41"
)
