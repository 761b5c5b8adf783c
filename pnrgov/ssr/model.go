package ssr

import "github.com/openpiu/piu/civil"

// Document is a travel document from SSR DOCS (or FOID).
type Document struct {
	// Type is as sent: P passport, I identity card, ... (FOID: PP, NI, ...).
	Type           string     `json:"type"`
	Number         string     `json:"number"`
	IssuingCountry string     `json:"issuingCountry"`
	Nationality    string     `json:"nationality,omitempty"`
	BirthDate      civil.Date `json:"birthDate"`
	Gender         Gender     `json:"gender"`
	ExpiryDate     civil.Date `json:"expiryDate"`
	Surname        string     `json:"surname,omitempty"`
	// Given and Middle are DOCS's given and second given names, as sent
	// (line-wrap spaces included).
	Given  string `json:"givenNames,omitempty"`
	Middle string `json:"middleName,omitempty"`
	// Holder is the primary holder flag (H) of a multi-passenger passport.
	Holder string `json:"holder,omitempty"`
	// Source is the SSR code the document came from: DOCS or FOID.
	Source string `json:"source"`
	// Raw is the SSR free text as sent.
	Raw string `json:"raw"`
}

// Visa is an SSR DOCO: a visa or other document for the destination.
type Visa struct {
	BirthPlace string     `json:"birthPlace,omitempty"`
	Type       string     `json:"type"` // V visa, ...
	Number     string     `json:"number"`
	IssuePlace string     `json:"issuePlace,omitempty"`
	IssueDate  civil.Date `json:"issueDate,omitzero"`
	Country    string     `json:"country,omitempty"` // country it is valid for
	Infant     bool       `json:"infant,omitempty"`
	Raw        string     `json:"raw"`
}

// TravelAddress is an SSR DOCA: an address of residence (R) or destination (D).
type TravelAddress struct {
	Type       string `json:"type"`
	Country    string `json:"country,omitempty"`
	Street     string `json:"street,omitempty"`
	City       string `json:"city,omitempty"`
	State      string `json:"state,omitempty"`
	PostalCode string `json:"postalCode,omitempty"`
	Infant     bool   `json:"infant,omitempty"`
	Raw        string `json:"raw"`
}

// Gender is the gender code of SSR DOCS.
type Gender string

// Gender codes of SSR DOCS.
const (
	GenderMale         Gender = "M"
	GenderFemale       Gender = "F"
	GenderMaleInfant   Gender = "MI"
	GenderFemaleInfant Gender = "FI"
	GenderUndisclosed  Gender = "U"
	GenderUnspecified  Gender = "X"
)

// String returns a readable name, or the code as sent.
func (g Gender) String() string {
	switch g {
	case GenderMale:
		return "male"
	case GenderFemale:
		return "female"
	case GenderMaleInfant:
		return "male infant"
	case GenderFemaleInfant:
		return "female infant"
	case GenderUndisclosed:
		return "undisclosed"
	case GenderUnspecified:
		return "unspecified"
	}
	return string(g)
}

// Known reports whether DOCS defines the code.
func (g Gender) Known() bool {
	switch g {
	case GenderMale, GenderFemale, GenderMaleInfant, GenderFemaleInfant, GenderUndisclosed, GenderUnspecified:
		return true
	}
	return false
}

// Infant reports an infant's gender code (MI, FI).
func (g Gender) Infant() bool { return g == GenderMaleInfant || g == GenderFemaleInfant }
