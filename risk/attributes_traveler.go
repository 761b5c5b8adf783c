package risk

import (
	"github.com/openpiu/piu/manifest"
)

// travelerAttributes are the traveller's own: identity (the API record's,
// read from the travel document, else the PNR's), features on this flight,
// and how its records were joined.
func travelerAttributes() []Attribute {
	// str and code read a string field of the traveller.
	str := func(f func(t *manifest.Traveler) string) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Traveler == nil {
				return MissingOf(TypeString)
			}
			return String(f(e.Traveler))
		}
	}
	code := func(f func(t *manifest.Traveler) string) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Traveler == nil {
				return MissingOf(TypeCode)
			}
			return Code(f(e.Traveler))
		}
	}
	// boolean reads a bool the traveller always has.
	boolean := func(f func(t *manifest.Traveler) bool) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Traveler == nil {
				return MissingOf(TypeBool)
			}
			return Bool(f(e.Traveler))
		}
	}
	// number reads a number that is known when ok says so.
	number := func(f func(t *manifest.Traveler) (int, bool)) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Traveler == nil {
				return MissingOf(TypeNumber)
			}
			n, ok := f(e.Traveler)
			if !ok {
				return MissingOf(TypeNumber)
			}
			return count(n)
		}
	}
	return []Attribute{
		{Path: "traveler.surname", Name: "Surname", Type: TypeString, Entity: EntityTraveler, Identifying: true,
			Doc: "The surname as sent; unknown when not sent.",
			Get: str(func(t *manifest.Traveler) string { return t.Surname })},
		{Path: "traveler.givenNames", Name: "Given names", Type: TypeString, Entity: EntityTraveler, Identifying: true,
			Doc: "The given names as sent (a PNR's without the title); unknown when not sent.",
			Get: str(func(t *manifest.Traveler) string { return t.GivenNames })},
		{Path: "traveler.middleName", Name: "Middle name", Type: TypeString, Entity: EntityTraveler, Identifying: true,
			Doc: "The API record's middle name as sent; unknown when not sent.",
			Get: str(func(t *manifest.Traveler) string { return t.MiddleName })},
		{Path: "traveler.title", Name: "Title", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The PNR name's title (MR, MRS, DR); unknown without a PNR or when the name has none.",
			Get: code(func(t *manifest.Traveler) string { return t.Title })},
		{Path: "traveler.birthDate", Name: "Date of birth", Type: TypeDate, Entity: EntityTraveler, Identifying: true,
			Doc: "The date of birth (API, else the PNR's DOCS); unknown when neither gives it.",
			Get: func(e *Env) Value {
				if e.Traveler == nil {
					return MissingOf(TypeDate)
				}
				return Date(e.Traveler.BirthDate)
			}},
		{Path: "traveler.ageYears", Name: "Age", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The age in whole years on the flight's date; unknown when the birth date or the flight's date is.",
			Get: func(e *Env) Value {
				if e.Traveler == nil {
					return MissingOf(TypeNumber)
				}
				return intOf(e.Traveler.Features.AgeYears)
			}},
		{Path: "traveler.gender", Name: "Gender", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The gender, M or F; unknown when not sent, undisclosed or unspecified.",
			Get: code(func(t *manifest.Traveler) string { return t.Gender.String() })},
		{Path: "traveler.infant", Name: "Infant", Type: TypeBool, Entity: EntityTraveler,
			Doc: "Whether the traveller is a PNR infant on an adult's lap; false when no record says so.",
			Get: boolean(func(t *manifest.Traveler) bool { return t.Infant })},
		{Path: "traveler.role", Name: "Role", Type: TypeCode, Entity: EntityTraveler,
			Doc: "What the traveller is on the flight: passenger, crew or other; unknown when not set.",
			Get: code(func(t *manifest.Traveler) string { return string(t.Role) })},
		{Path: "traveler.nationality", Name: "Nationality", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The nationality as sent (ISO 3166 alpha-3 from API, alpha-2 or 3 from a PNR's DOCS); unknown when not sent.",
			Get: code(func(t *manifest.Traveler) string { return t.Nationality })},
		{Path: "traveler.residence", Name: "Country of residence", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The country of residence as sent (alpha-3 from API, alpha-2 or 3 from a PNR's DOCA); unknown when not sent.",
			Get: code(func(t *manifest.Traveler) string { return t.Residence })},
		{Path: "traveler.embarkation", Name: "Embarkation", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The airport the traveller boards at: the API record's, else the flight's first departure; unknown when neither is known.",
			Get: func(e *Env) Value { return Code(embarkation(e)) }},
		{Path: "traveler.debarkation", Name: "Debarkation", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The airport the traveller leaves the flight at: the API record's, else the flight's last arrival; unknown when neither is known.",
			Get: func(e *Env) Value { return Code(debarkation(e)) }},
		{Path: "traveler.embarkationCountry", Name: "Embarkation country", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The ISO 3166 alpha-2 country of the embarkation airport; unknown when the airport is unknown or not in the table.",
			Get: func(e *Env) Value { return country(embarkation(e)) }},
		{Path: "traveler.debarkationCountry", Name: "Debarkation country", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The ISO 3166 alpha-2 country of the debarkation airport; unknown when the airport is unknown or not in the table.",
			Get: func(e *Env) Value { return country(debarkation(e)) }},
		{Path: "traveler.seat", Name: "Seat", Type: TypeCode, Entity: EntityTraveler,
			Doc: "The seat on this flight (011D): the API record's, else the PNR's check-in; unknown when neither gives one.",
			Get: code(func(t *manifest.Traveler) string { return t.Features.Seat })},
		{Path: "traveler.bags", Name: "Checked bags", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The number of bags checked on this flight; unknown when no API record or check-in of this flight is known.",
			Get: func(e *Env) Value {
				if e.Traveler == nil || e.Flight == nil || !boardsThisFlight(e.Flight, e.Traveler) {
					return MissingOf(TypeNumber)
				}
				return count(e.Traveler.Features.Bags)
			}},
		{Path: "traveler.bagWeight", Name: "Bag weight", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The weight of the bags checked on this flight, in kilograms; unknown when not sent.",
			Get: func(e *Env) Value {
				if e.Traveler == nil {
					return MissingOf(TypeNumber)
				}
				return numberOf(e.Traveler.Features.BagWeight)
			}},
		{Path: "traveler.checkedIn", Name: "Checked in", Type: TypeBool, Entity: EntityTraveler,
			Doc: "Whether the traveller checked in for this flight: an API record no later list cancelled, or a " +
				"check-in of this flight's leg in the PNR; false when neither.",
			Get: boolean(func(t *manifest.Traveler) bool { return t.Features.CheckedIn })},
		{Path: "traveler.coTravelers", Name: "Co-travellers", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The number of other travellers of the same PNR on the flight; unknown without a PNR.",
			Get: number(func(t *manifest.Traveler) (int, bool) { return len(t.CoTravelers), t.PNR != nil })},
		{Path: "traveler.hasApi", Name: "Has API", Type: TypeBool, Entity: EntityTraveler,
			Doc: "Whether a passenger or crew list (API) names the traveller; always known.",
			Get: boolean(func(t *manifest.Traveler) bool { return t.API != nil })},
		{Path: "traveler.hasPnr", Name: "Has PNR", Type: TypeBool, Entity: EntityTraveler,
			Doc: "Whether a PNR names the traveller; always known.",
			Get: boolean(func(t *manifest.Traveler) bool { return t.PNR != nil })},
		{Path: "traveler.linkMethod", Name: "Link method", Type: TypeCode, Entity: EntityTraveler,
			Doc: "How the API and PNR records were joined: locator, document or nameBirthDate; unknown when they were not.",
			Get: func(e *Env) Value {
				if e.Traveler == nil || e.Traveler.Link == nil {
					return MissingOf(TypeCode)
				}
				return Code(string(e.Traveler.Link.Method))
			}},
		{Path: "traveler.linkStrength", Name: "Link strength", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "How strongly the records were joined: 3 by locator, 2 by document, 1 by name and birth date; unknown when they were not.",
			Get: number(func(t *manifest.Traveler) (int, bool) {
				if t.Link == nil {
					return 0, false
				}
				return t.Link.Strength, true
			})},
		{Path: "traveler.conflictCount", Name: "Record conflicts", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The number of fields the API and PNR records disagree on; unknown when they were not joined.",
			Get: number(func(t *manifest.Traveler) (int, bool) { return len(t.Conflicts), t.Link != nil })},
		{Path: "traveler.cancelled", Name: "Cancelled", Type: TypeBool, Entity: EntityTraveler,
			Doc: "Whether a later list cancelled the API record (BGM 1004 XR); false without an API record.",
			Get: boolean(func(t *manifest.Traveler) bool { return t.API != nil && t.API.Cancelled })},
		{Path: "traveler.frequentFlyerCount", Name: "Frequent-flyer numbers", Type: TypeNumber, Entity: EntityTraveler,
			Doc: "The number of frequent-flyer numbers in the PNR traveller's record; unknown without a PNR.",
			Get: number(func(t *manifest.Traveler) (int, bool) { return len(t.FrequentFlyers), t.PNR != nil })},
		// Prohibited: they are here so that a rule naming them is refused
		// with the reason, not as an unknown field a host might then add.
		{Path: "traveler.specialMeals", Name: "Special meals", Type: TypeBool, Entity: EntityTraveler, Prohibited: true,
			Doc: "Special meal requests (SSR xxML) may reveal religion or health (EU directive 2016/681 art. 13(4)): " +
				"no rule may use them; always unknown.",
			Get: func(*Env) Value { return MissingOf(TypeBool) }},
		{Path: "traveler.medicalSsrs", Name: "Medical requests", Type: TypeBool, Entity: EntityTraveler, Prohibited: true,
			Doc: "Medical and assistance requests (MEDA, WCHR, BLND) reveal health (EU directive 2016/681 art. 13(4)): " +
				"no rule may use them; always unknown.",
			Get: func(*Env) Value { return MissingOf(TypeBool) }},
	}
}

// embarkation is the API person's embarkation, else the flight's first
// departure airport.
func embarkation(e *Env) string {
	if t := e.Traveler; t != nil && t.API != nil && t.API.Person != nil && t.API.Person.Embarkation != "" {
		return t.API.Person.Embarkation
	}
	return origin(e.Flight)
}

// debarkation is the API person's debarkation, else the flight's last
// arrival airport.
func debarkation(e *Env) string {
	if t := e.Traveler; t != nil && t.API != nil && t.API.Person != nil && t.API.Person.Debarkation != "" {
		return t.API.Person.Debarkation
	}
	return destination(e.Flight)
}

// boardsThisFlight reports a boarding record of the traveller on this
// flight, the source of Features.Bags: the API record's (always of this
// flight), or a PNR check-in of one of the flight's legs.
func boardsThisFlight(f *manifest.Flight, t *manifest.Traveler) bool {
	for i := range t.Boardings {
		if boardingOfFlight(f, t, &t.Boardings[i]) {
			return true
		}
	}
	return false
}

// boardingOfFlight reports whether a boarding of the traveller is on this
// flight.
func boardingOfFlight(f *manifest.Flight, t *manifest.Traveler, b *manifest.Boarding) bool {
	if b.Source == "api" {
		return true
	}
	return t.Trip != nil && b.Leg >= 0 && b.Leg < len(t.Trip.Legs) && f.Includes(t.Trip.Legs[b.Leg])
}
