package paxlst

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

// ValidateOptions select the rules Validate applies. The zero value applies
// the WCO/IATA implementation guide.
type ValidateOptions struct {
	// Profile adds a national profile's rules: "US" for the DHS guide (UNG
	// required, DOC and EMP with code list 110:111, no - or ' in names).
	Profile string `json:"profile,omitempty"`
	// FlightDate is the date documents must still be valid on and birth dates
	// must precede. Zero means the first leg's departure date, or else the
	// date of the interchange.
	FlightDate civil.Date `json:"flightDate,omitzero"`
	// MaxAge is the oldest plausible age in years; zero means 120.
	MaxAge int `json:"maxAge,omitempty"`
}

// Finding is one breach of a rule, located by a path into the model in the
// form of its JSON (persons[3].documents[0].expiryDate). Like diagnostics,
// findings never contain passenger data.
type Finding struct {
	Path     string           `json:"path"`
	Code     edifact.Code     `json:"code"`
	Severity edifact.Severity `json:"severity"`
	Message  string           `json:"message"`
}

// String formats the finding on one line.
func (f Finding) String() string {
	return fmt.Sprintf("%s %s: %s: %s", f.Severity, f.Code, f.Path, f.Message)
}

// Finding codes.
const (
	RuleRequired    edifact.Code = "paxlst-required"         // error: a value the guide makes mandatory is empty
	RuleCode        edifact.Code = "paxlst-invalid-code"     // error: a code outside its list or format
	RuleExpired     edifact.Code = "paxlst-document-expired" // error: a document expires before the flight
	RuleDate        edifact.Code = "paxlst-implausible-date" // error: a birth date after the flight or implausibly old
	RuleRole        edifact.Code = "paxlst-role"             // warning: a crew member in a passenger list or the reverse
	RuleRoute       edifact.Code = "paxlst-route"            // warning: consecutive legs that do not connect
	RuleTotals      edifact.Code = "paxlst-totals"           // warning: CNT missing for the list type
	RuleCharacters  edifact.Code = "paxlst-name-characters"  // error: characters a profile forbids in names
	RuleProfile     edifact.Code = "paxlst-profile"          // error: a profile requirement on the envelope or code lists
	RuleNoDocuments edifact.Code = "paxlst-no-document"      // warning: a person without any travel document
)

// Validate checks m against the implementation guide's rules and returns
// every finding, in model order. It does not stop at the first.
func Validate(m *Message, opts ValidateOptions) []Finding {
	v := validator{opts: opts}
	if v.opts.MaxAge <= 0 {
		v.opts.MaxAge = 120
	}
	v.date = opts.FlightDate
	if v.date.IsZero() && len(m.Flights) > 0 {
		v.date = m.Flights[0].Departure.Time.Date
	}
	if v.date.IsZero() {
		v.date = m.Envelope.Interchange.Prepared.Date
	}
	v.airports = map[string]bool{}
	for _, l := range m.Flights {
		for _, s := range append([]Stop{l.Departure, l.Arrival}, l.Places...) {
			if s.Airport != "" {
				v.airports[s.Airport] = true
			}
		}
	}
	v.message(m)
	return v.out
}

type validator struct {
	opts     ValidateOptions
	date     civil.Date
	airports map[string]bool // every airport the legs name
	out      []Finding
}

func (v *validator) add(path string, code edifact.Code, sev edifact.Severity, msg string) {
	v.out = append(v.out, Finding{Path: path, Code: code, Severity: sev, Message: msg})
}

func (v *validator) required(path, value, what string) bool {
	if value == "" {
		v.add(path, RuleRequired, edifact.Error, what+" is missing")
		return false
	}
	return true
}

func (v *validator) message(m *Message) {
	if v.required("listType", string(m.ListType), "document name code (BGM 1001)") && !m.ListType.Known() {
		v.add("listType", RuleCode, edifact.Error, "document name code not in the PAXLST list")
	}
	if m.Function != "" && !m.Function.Known() {
		v.add("function", RuleCode, edifact.Warning, "document identifier (BGM 1004) not in the code list")
	}
	if len(m.Flights) == 0 {
		v.add("flights", RuleRequired, edifact.Error, "no flight leg (TDT)")
	}
	for i := range m.Flights {
		v.leg("flights["+strconv.Itoa(i)+"]", &m.Flights[i])
		if i > 0 {
			prev, cur := m.Flights[i-1].Arrival.Airport, m.Flights[i].Departure.Airport
			if prev != "" && cur != "" && prev != cur {
				v.add("flights["+strconv.Itoa(i)+"].departure.airport", RuleRoute, edifact.Warning,
					"leg does not depart from the previous leg's arrival airport")
			}
		}
	}
	status := m.ListType == ListFlightStatus || m.Function == FunctionCloseOnBoard || m.Function == FunctionCancelFlight ||
		m.Function == FunctionCloseNotOnBoard || m.Function == FunctionClose
	if len(m.Persons) == 0 && !status {
		v.add("persons", RuleRequired, edifact.Error, "list without persons")
	}
	for i := range m.Persons {
		v.person("persons["+strconv.Itoa(i)+"]", m, &m.Persons[i])
	}
	switch m.ListType {
	case ListPassengers:
		if m.Totals.Passengers == nil {
			v.add("totals.passengers", RuleTotals, edifact.Warning, "passenger list without CNT 42")
		}
	case ListCrew, ListMasterCrew:
		if m.Totals.Crew == nil {
			v.add("totals.crew", RuleTotals, edifact.Warning, "crew list without CNT 41")
		}
	}
	if v.opts.Profile == "US" {
		if m.Envelope.Group == nil {
			v.add("envelope.group", RuleProfile, edifact.Error, "the US profile requires a functional group (UNG)")
		}
		if r := m.Envelope.Interchange.Recipient.ID; r != "USCSAPIS" && r != "DHSTEST" && r != "USADHS" {
			v.add("envelope.recipient.id", RuleProfile, edifact.Warning, "recipient is not USCSAPIS (or DHSTEST)")
		}
	}
}

func (v *validator) leg(path string, l *Leg) {
	v.required(path+".flightNumber", l.FlightNumber, "flight identification (TDT 8028)")
	if l.Stage != stageMain && l.Stage != stageOverflight {
		v.add(path+".stage", RuleCode, edifact.Error, "transport stage is not 20 or 34")
	}
	for _, end := range []struct {
		name string
		s    *Stop
	}{{"departure", &l.Departure}, {"arrival", &l.Arrival}} {
		p := path + "." + end.name
		if v.required(p+".airport", end.s.Airport, end.name+" airport") && !isAlpha(end.s.Airport, 3) {
			v.add(p+".airport", RuleCode, edifact.Error, "airport is not a three-letter IATA code")
		}
		if end.s.Time.IsZero() {
			v.add(p+".time", RuleRequired, edifact.Error, end.name+" date and time missing")
		}
	}
}

func (v *validator) person(path string, m *Message, p *Person) {
	if !p.Role.Known() {
		v.add(path+".role", RuleCode, edifact.Error, "party qualifier not FL, FM, DDT, DDU or COT")
	}
	switch {
	case m.ListType == ListPassengers && p.Role.Crew():
		v.add(path+".role", RuleRole, edifact.Warning, "crew member in a passenger list")
	case (m.ListType == ListCrew || m.ListType == ListMasterCrew) && p.Role.Passenger():
		v.add(path+".role", RuleRole, edifact.Warning, "passenger in a crew list")
	}
	v.required(path+".surname", p.Surname, "surname")
	if v.opts.Profile == "US" {
		for _, n := range []struct{ field, value string }{{"surname", p.Surname}, {"givenNames", p.GivenNames}, {"middleName", p.MiddleName}} {
			if strings.ContainsAny(n.value, "-'") {
				v.add(path+"."+n.field, RuleCharacters, edifact.Error, "the US profile forbids - and ' in names")
			}
		}
	}
	if v.required(path+".gender", string(p.Gender), "gender") && !p.Gender.Known() {
		v.add(path+".gender", RuleCode, edifact.Error, "gender is not M, F, U or X")
	}
	switch {
	case p.BirthDate.IsZero():
		v.add(path+".birthDate", RuleRequired, edifact.Error, "date of birth is missing")
	case !v.date.IsZero() && v.date.Before(p.BirthDate):
		v.add(path+".birthDate", RuleDate, edifact.Error, "date of birth after the flight")
	case !v.date.IsZero() && p.BirthDate.Year < v.date.Year-v.opts.MaxAge:
		v.add(path+".birthDate", RuleDate, edifact.Warning, "date of birth implies an implausible age")
	}
	if v.required(path+".nationality", p.Nationality, "nationality") && !isAlpha(p.Nationality, 3) {
		v.add(path+".nationality", RuleCode, edifact.Error, "nationality is not an ISO 3166 alpha-3 code")
	}
	for _, c := range []struct{ field, value string }{
		{"residence", p.Residence}, {"embarkation", p.Embarkation}, {"debarkation", p.Debarkation}, {"clearance", p.Clearance},
	} {
		if c.value != "" && !isAlpha(c.value, 3) {
			v.add(path+"."+c.field, RuleCode, edifact.Warning, "not a three-letter code")
		}
	}
	for _, c := range []struct{ field, value string }{{"embarkation", p.Embarkation}, {"debarkation", p.Debarkation}} {
		if c.value != "" && isAlpha(c.value, 3) && len(v.airports) > 0 && !v.airports[c.value] {
			v.add(path+"."+c.field, RuleRoute, edifact.Warning, "airport is not one of the flight's")
		}
	}
	if p.Verification != "" && !p.Verification.Known() {
		v.add(path+".verification", RuleCode, edifact.Warning, "verification code is not 173 or 174")
	}
	if len(p.Documents) == 0 {
		v.add(path+".documents", RuleNoDocuments, edifact.Warning, "no travel document")
	}
	for i := range p.Documents {
		v.document(path+".documents["+strconv.Itoa(i)+"]", &p.Documents[i])
	}
	if f := p.CrewFunction; f != nil && v.opts.Profile == "US" && (f.CodeList != "110" || f.Agency != "111") {
		v.add(path+".crewFunction", RuleProfile, edifact.Warning, "the US profile qualifies EMP with code list 110:111")
	}
}

func (v *validator) document(path string, d *Document) {
	if v.required(path+".type", string(d.Type), "document type") && !d.Type.Known() {
		v.add(path+".type", RuleCode, edifact.Error, "document type not in the code list")
	}
	v.required(path+".number", d.Number, "document number")
	if v.required(path+".issuingCountry", d.IssuingCountry, "issuing country") && !isAlpha(d.IssuingCountry, 3) {
		v.add(path+".issuingCountry", RuleCode, edifact.Error, "issuing country is not an ISO 3166 alpha-3 code")
	}
	switch {
	case d.ExpiryDate.IsZero():
		if d.Type == DocumentPassport {
			v.add(path+".expiryDate", RuleRequired, edifact.Error, "passport without expiry date")
		}
	case !v.date.IsZero() && d.ExpiryDate.Before(v.date):
		v.add(path+".expiryDate", RuleExpired, edifact.Error, "document expires before the flight")
	}
	if !d.IssueDate.IsZero() && !d.ExpiryDate.IsZero() && d.ExpiryDate.Before(d.IssueDate) {
		v.add(path+".issueDate", RuleDate, edifact.Error, "document issued after it expires")
	}
	if v.opts.Profile == "US" && (d.CodeList != "110" || d.Agency != "111") {
		v.add(path+".type", RuleProfile, edifact.Warning, "the US profile qualifies DOC with code list 110:111")
	}
}

// isAlpha reports whether s is n upper-case ASCII letters.
func isAlpha(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
