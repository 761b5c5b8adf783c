package watchlist

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/openpiu/piu/civil"
)

// Category says what kind of thing a list entry describes. Travellers are
// screened against individuals (and against entries of unknown category, as
// national lists often do not say); entities, vessels and aircraft are kept so
// that a list loads without loss, and documents covers lists of lost or
// stolen documents, whose entries carry no names.
type Category uint8

// Categories of list entries.
const (
	CategoryUnknown Category = iota
	CategoryIndividual
	CategoryEntity
	CategoryVessel
	CategoryAircraft
	CategoryDocument
)

var categoryNames = [...]string{"unknown", "individual", "entity", "vessel", "aircraft", "document"}

// String returns the lower-case name used in JSON and CSV.
func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return fmt.Sprintf("category(%d)", uint8(c))
}

// ParseCategory parses the names String returns; ok is false for anything else.
func ParseCategory(s string) (Category, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return CategoryUnknown, true
	}
	for i, n := range categoryNames {
		if n == s {
			return Category(i), true
		}
	}
	return CategoryUnknown, false
}

// MarshalText implements encoding.TextMarshaler.
func (c Category) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Category) UnmarshalText(b []byte) error {
	v, ok := ParseCategory(string(b))
	if !ok {
		return fmt.Errorf("%w: unknown category", ErrValue)
	}
	*c = v
	return nil
}

// Gender of a listed person or a traveller. API messages send M, F or U (and
// X for unspecified); lists say Male or Female when they say anything.
type Gender uint8

// Genders.
const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
)

// String returns "", "M" or "F".
func (g Gender) String() string {
	switch g {
	case GenderMale:
		return "M"
	case GenderFemale:
		return "F"
	}
	return ""
}

// ParseGender accepts M, F, MALE, FEMALE in any case; anything else (U, X,
// empty) is GenderUnknown.
func ParseGender(s string) Gender {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "M", "MALE":
		return GenderMale
	case "F", "FEMALE":
		return GenderFemale
	}
	return GenderUnknown
}

// MarshalText implements encoding.TextMarshaler.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Gender) UnmarshalText(b []byte) error { *g = ParseGender(string(b)); return nil }

// NameKind says which role a name plays in an entry.
type NameKind uint8

// Name kinds.
const (
	NamePrimary        NameKind = iota // the name the list is keyed by
	NameAlias                          // also known as (a.k.a.)
	NameFormer                         // formerly known as (f.k.a.), or now known as (n.k.a.)
	NameOriginalScript                 // the name in its original, non-Latin script
)

var nameKindNames = [...]string{"primary", "alias", "former", "originalScript"}

// String returns the lower-case name used in JSON and CSV.
func (k NameKind) String() string {
	if int(k) < len(nameKindNames) {
		return nameKindNames[k]
	}
	return fmt.Sprintf("namekind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k NameKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *NameKind) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" {
		*k = NamePrimary
		return nil
	}
	for i, n := range nameKindNames {
		if strings.EqualFold(n, s) {
			*k = NameKind(i)
			return nil
		}
	}
	return fmt.Errorf("%w: unknown name kind", ErrValue)
}

// Quality is how much a list trusts an alias. The UN list marks aliases
// "Good" or "Low"; OFAC distinguishes strong a.k.a.s (in the alt file) from
// weak ones (only in remarks). Weak aliases are still screened, with a penalty
// (Options.WeakAliasPenalty), because they are often short or common.
type Quality uint8

// Alias qualities.
const (
	QualityStrong Quality = iota
	QualityWeak
)

// String returns "strong" or "weak".
func (q Quality) String() string {
	if q == QualityWeak {
		return "weak"
	}
	return "strong"
}

// MarshalText implements encoding.TextMarshaler.
func (q Quality) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (q *Quality) UnmarshalText(b []byte) error {
	switch strings.ToLower(strings.TrimSpace(string(b))) {
	case "", "strong", "good":
		*q = QualityStrong
	case "weak", "low":
		*q = QualityWeak
	default:
		return fmt.Errorf("%w: unknown alias quality", ErrValue)
	}
	return nil
}

// Name is one name of a listed person or organisation, kept as listed.
type Name struct {
	// Full is the whole name as the list gives it (for OFAC "SURNAME, Given",
	// for the UN list the name parts joined in list order).
	Full string `json:"full"`
	// Surname and Given are the parts when the list separates them (UN
	// FIRST_NAME is Given, the following name elements the surname side; OFAC
	// splits at the comma). Empty when unknown.
	Surname string   `json:"surname,omitempty"`
	Given   string   `json:"givenNames,omitempty"`
	Kind    NameKind `json:"kind"`
	Quality Quality  `json:"quality"`
}

// Text returns the name the index matches on: given names then surname when
// the parts are known, otherwise Full.
func (n Name) Text() string {
	if n.Surname != "" || n.Given != "" {
		return strings.TrimSpace(n.Given + " " + n.Surname)
	}
	return n.Full
}

// Document is an identity or travel document.
type Document struct {
	// Type as listed ("Passport", "National Identification Number", "Cedula
	// No.") or, for queries, the API document type code (P, I, ...).
	Type string `json:"type,omitempty"`
	// Number as listed or sent; NormalizeDocumentNumber gives the matching form.
	Number string `json:"number"`
	// IssuingCountry as listed or sent: an ISO 3166-1 code (alpha-2 or
	// alpha-3) or an English country name, resolved to alpha-3 for matching.
	IssuingCountry string `json:"issuingCountry,omitempty"`
}

// Entry is one listed person, organisation or document. Entries are values
// the loaders produce and NewIndex consumes; an Index never changes them.
type Entry struct {
	// ID is unique within an index: the loaders use "UN:<DATAID>" and
	// "OFAC:<ent_num>"; national lists choose their own.
	ID string `json:"id"`
	// Source names the list ("UN", "OFAC SDN", or the national list's name).
	Source string `json:"source"`
	// Programs are the sanctions regimes or list sections (UN_LIST_TYPE, OFAC
	// program codes).
	Programs []string `json:"programs,omitempty"`
	Category Category `json:"category"`
	// Reference is the list's own reference (UN REFERENCE_NUMBER).
	Reference string `json:"reference,omitempty"`
	// ListedOn is the date of listing, when the list gives it.
	ListedOn civil.Date `json:"listedOn,omitzero"`
	// Titles and honorifics (UN TITLE, OFAC title column).
	Titles []string `json:"titles,omitempty"`
	// Names: the primary name first, then aliases in list order.
	Names      []Name      `json:"names,omitempty"`
	BirthDates []BirthDate `json:"birthDates,omitempty"`
	// BirthPlaces as listed, free text ("Giza, Egypt").
	BirthPlaces []string `json:"birthPlaces,omitempty"`
	// Nationalities as listed: country names or ISO codes. Citizenship counts.
	Nationalities []string   `json:"nationalities,omitempty"`
	Gender        Gender     `json:"gender,omitempty"`
	Documents     []Document `json:"documents,omitempty"`
	// Addresses as listed, one line each.
	Addresses []string `json:"addresses,omitempty"`
	// Remarks keeps what the list says that has no field here.
	Remarks string `json:"remarks,omitempty"`
}

// Query is one traveller to screen, as decoded from API (PAXLST) or PNR
// data: names in Latin capitals, surname and given names apart.
type Query struct {
	// Ref is the caller's reference for the traveller; results echo it.
	Ref string `json:"ref,omitempty"`
	// Surname and Given as sent (NAD 3036 in PAXLST, the SSR DOCS or name
	// element in PNR). If both are empty, Name is used.
	Surname string `json:"surname,omitempty"`
	Given   string `json:"givenNames,omitempty"`
	// Name is a whole name when the parts are unknown.
	Name string `json:"name,omitempty"`
	// BirthDate; the zero civil.Date means not given.
	BirthDate civil.Date `json:"birthDate,omitzero"`
	Gender    Gender     `json:"gender,omitempty"`
	// Nationality: ISO 3166-1 alpha-3 as API sends it (alpha-2 and English
	// names are accepted too).
	Nationality string     `json:"nationality,omitempty"`
	Documents   []Document `json:"documents,omitempty"`
}

// nameText returns the name a query is matched on.
func (q *Query) nameText() string {
	if q.Surname != "" || q.Given != "" {
		return strings.TrimSpace(q.Given + " " + q.Surname)
	}
	return q.Name
}

// String returns a JSON form of the entry, for debugging. It contains person
// data: never put it in logs that are not meant to hold list data.
func (e *Entry) String() string {
	b, err := json.Marshal(e)
	if err != nil {
		return e.ID
	}
	return string(b)
}
