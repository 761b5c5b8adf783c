package risk

import (
	"strings"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
)

// element builds the Get of an attribute of one element entity: it reads
// the element cur finds in the Env, or gives t's missing value when no
// element is set (outside a quantifier over its collection).
func element[E any](cur func(e *Env) *E) func(t Type, f func(e *Env, x *E) Value) func(e *Env) Value {
	return func(t Type, f func(e *Env, x *E) Value) func(e *Env) Value {
		return func(e *Env) Value {
			x := cur(e)
			if x == nil {
				return MissingOf(t)
			}
			return f(e, x)
		}
	}
}

// documentAttributes are those of a travel document of the traveller.
func documentAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Document { return e.Document })
	return []Attribute{
		{Path: "document.type", Name: "Document type", Type: TypeCode, Entity: EntityDocument,
			Doc: "The document type as sent: PAXLST DOC 1001 (P passport, I identity card, V visa) or the PNR's DOCS/FOID; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, d *manifest.Document) Value { return Code(d.Type) })},
		{Path: "document.number", Name: "Document number", Type: TypeString, Entity: EntityDocument, Identifying: true,
			Doc: "The document number as sent; unknown when not sent.",
			Get: with(TypeString, func(_ *Env, d *manifest.Document) Value { return String(d.Number) })},
		{Path: "document.issuingCountry", Name: "Issuing country", Type: TypeCode, Entity: EntityDocument,
			Doc: "The issuing country as sent (ISO 3166 alpha-3, or alpha-2 from some PNRs); unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, d *manifest.Document) Value { return Code(d.IssuingCountry) })},
		{Path: "document.expiryDate", Name: "Expiry date", Type: TypeDate, Entity: EntityDocument,
			Doc: "The document's expiry date; unknown when not sent.",
			Get: with(TypeDate, func(_ *Env, d *manifest.Document) Value { return Date(d.ExpiryDate) })},
		{Path: "document.issueDate", Name: "Issue date", Type: TypeDate, Entity: EntityDocument,
			Doc: "The document's issue date (API only); unknown when not sent.",
			Get: with(TypeDate, func(_ *Env, d *manifest.Document) Value { return Date(d.IssueDate) })},
		{Path: "document.expiresInDays", Name: "Days to expiry", Type: TypeNumber, Entity: EntityDocument,
			Doc: "The days from the flight's date to the expiry, negative when expired; unknown when either date is.",
			Get: with(TypeNumber, func(_ *Env, d *manifest.Document) Value { return intOf(d.ExpiresInDays) })},
		{Path: "document.issuedDaysAgo", Name: "Days since issue", Type: TypeNumber, Entity: EntityDocument,
			Doc: "The days from the issue to the flight's date; unknown when either date is.",
			Get: with(TypeNumber, func(_ *Env, d *manifest.Document) Value { return intOf(d.IssuedDaysAgo) })},
		{Path: "document.source", Name: "Document source", Type: TypeCode, Entity: EntityDocument,
			Doc: "The record the document comes from: api or pnr; unknown outside a document.",
			Get: with(TypeCode, func(_ *Env, d *manifest.Document) Value { return Code(d.Source) })},
	}
}

// legAttributes are those of a flight of the traveller's itinerary.
func legAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Leg { return e.Leg })
	return []Attribute{
		{Path: "leg.carrier", Name: "Leg carrier", Type: TypeCode, Entity: EntityLeg,
			Doc: "The leg's carrier designator as booked; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return Code(l.Carrier) })},
		{Path: "leg.number", Name: "Leg flight number", Type: TypeCode, Entity: EntityLeg,
			Doc: "The leg's flight number without the carrier; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return Code(l.Number) })},
		{Path: "leg.origin", Name: "Leg origin", Type: TypeCode, Entity: EntityLeg,
			Doc: "The IATA code of the airport the leg leaves from; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return Code(l.Departure.Airport) })},
		{Path: "leg.destination", Name: "Leg destination", Type: TypeCode, Entity: EntityLeg,
			Doc: "The IATA code of the airport the leg lands at; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return Code(l.Arrival.Airport) })},
		{Path: "leg.originCountry", Name: "Leg origin country", Type: TypeCode, Entity: EntityLeg,
			Doc: "The ISO 3166 alpha-2 country of the leg's origin; unknown when the airport is unknown or not in the table.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return country(l.Departure.Airport) })},
		{Path: "leg.destinationCountry", Name: "Leg destination country", Type: TypeCode, Entity: EntityLeg,
			Doc: "The ISO 3166 alpha-2 country of the leg's destination; unknown when the airport is unknown or not in the table.",
			Get: with(TypeCode, func(_ *Env, l *manifest.Leg) Value { return country(l.Arrival.Airport) })},
		{Path: "leg.departure", Name: "Leg departure", Type: TypeDateTime, Entity: EntityLeg,
			Doc: "The instant (UTC) the leg leaves, its local time read in the airport's zone; unknown when the time or the zone is.",
			Get: with(TypeDateTime, func(_ *Env, l *manifest.Leg) Value { return stopTime(l.Departure) })},
		{Path: "leg.arrival", Name: "Leg arrival", Type: TypeDateTime, Entity: EntityLeg,
			Doc: "The instant (UTC) the leg lands, its local time read in the airport's zone; unknown when the time or the zone is.",
			Get: with(TypeDateTime, func(_ *Env, l *manifest.Leg) Value { return stopTime(l.Arrival) })},
		{Path: "leg.thisFlight", Name: "Leg is this flight", Type: TypeBool, Entity: EntityLeg,
			Doc: "Whether the leg is of the flight being evaluated (its designator or a codeshare's, from one of its " +
				"airports on its date); unknown without a flight.",
			Get: with(TypeBool, func(e *Env, l *manifest.Leg) Value {
				if e.Flight == nil {
					return MissingOf(TypeBool)
				}
				return Bool(e.Flight.Includes(*l))
			})},
	}
}

// contactAttributes are those of a phone number, e-mail or address of the
// traveller or the PNR.
func contactAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Contact { return e.Contact })
	return []Attribute{
		{Path: "contact.kind", Name: "Contact kind", Type: TypeCode, Entity: EntityContact,
			Doc: "What the contact is: phone, email or address; unknown outside a contact.",
			Get: with(TypeCode, func(_ *Env, c *manifest.Contact) Value { return Code(string(c.Kind)) })},
		{Path: "contact.value", Name: "Contact", Type: TypeString, Entity: EntityContact, Identifying: true,
			Doc: "The phone number, the e-mail address or the address's street, as sent; unknown when not sent.",
			Get: with(TypeString, func(_ *Env, c *manifest.Contact) Value { return String(c.Value) })},
		{Path: "contact.emailDomain", Name: "E-mail domain", Type: TypeCode, Entity: EntityContact,
			Doc: "The part of an e-mail address after its last @, as sent (codes compare without case); unknown for " +
				"phones and addresses, and for an address without @.",
			Get: with(TypeCode, func(_ *Env, c *manifest.Contact) Value {
				if c.Kind != pnrgov.ContactEmail {
					return MissingOf(TypeCode)
				}
				i := strings.LastIndexByte(c.Value, '@')
				if i < 0 {
					return MissingOf(TypeCode)
				}
				return Code(c.Value[i+1:]) // a substring: no allocation
			})},
		{Path: "contact.city", Name: "City", Type: TypeString, Entity: EntityContact, Identifying: true,
			Doc: "An address's city as sent; unknown for phones and e-mails, and when not sent.",
			Get: with(TypeString, func(_ *Env, c *manifest.Contact) Value { return String(c.City) })},
		{Path: "contact.postalCode", Name: "Postal code", Type: TypeString, Entity: EntityContact, Identifying: true,
			Doc: "An address's postal code as sent; unknown for phones and e-mails, and when not sent.",
			Get: with(TypeString, func(_ *Env, c *manifest.Contact) Value { return String(c.PostalCode) })},
		{Path: "contact.country", Name: "Address country", Type: TypeCode, Entity: EntityContact,
			Doc: "An address's country as sent; unknown for phones and e-mails, and when not sent.",
			Get: with(TypeCode, func(_ *Env, c *manifest.Contact) Value { return Code(c.Country) })},
	}
}

// boardingAttributes are those of the traveller's seat, bags and check-in
// on one leg.
func boardingAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Boarding { return e.Boarding })
	return []Attribute{
		{Path: "boarding.seat", Name: "Boarding seat", Type: TypeCode, Entity: EntityBoarding,
			Doc: "The seat (011D) as sent; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, b *manifest.Boarding) Value { return Code(b.Seat) })},
		{Path: "boarding.cabin", Name: "Cabin", Type: TypeCode, Entity: EntityBoarding,
			Doc: "The cabin or class (J, Y) of a PNR check-in; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, b *manifest.Boarding) Value { return Code(b.Cabin) })},
		{Path: "boarding.bags", Name: "Boarding bags", Type: TypeNumber, Entity: EntityBoarding,
			Doc: "The bags checked at this boarding (0 when none are stated); unknown outside a boarding.",
			Get: with(TypeNumber, func(_ *Env, b *manifest.Boarding) Value { return count(b.Bags) })},
		{Path: "boarding.bagWeight", Name: "Boarding bag weight", Type: TypeNumber, Entity: EntityBoarding,
			Doc: "The weight of the bags checked at this boarding, in kilograms; unknown when not sent.",
			Get: with(TypeNumber, func(_ *Env, b *manifest.Boarding) Value { return numberOf(b.BagWeight) })},
		{Path: "boarding.thisFlight", Name: "Boarding is this flight", Type: TypeBool, Entity: EntityBoarding,
			Doc: "Whether the boarding is on the flight being evaluated (an API record's always is); unknown without a flight.",
			Get: with(TypeBool, func(e *Env, b *manifest.Boarding) Value {
				if e.Flight == nil || e.Traveler == nil {
					return MissingOf(TypeBool)
				}
				return Bool(boardingOfFlight(e.Flight, e.Traveler, b))
			})},
	}
}

// transitAttributes are those of a connection of the itinerary.
func transitAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Transit { return e.Transit })
	return []Attribute{
		{Path: "transit.airport", Name: "Transit airport", Type: TypeCode, Entity: EntityTransit,
			Doc: "The IATA code of the airport where one flight arrives and the next leaves; unknown outside a transit.",
			Get: with(TypeCode, func(_ *Env, t *manifest.Transit) Value { return Code(t.Airport) })},
		{Path: "transit.country", Name: "Transit country", Type: TypeCode, Entity: EntityTransit,
			Doc: "The ISO 3166 alpha-2 country of the transit airport; unknown when the airport is not in the table.",
			Get: with(TypeCode, func(_ *Env, t *manifest.Transit) Value { return Code(t.Country) })},
		{Path: "transit.dwellHours", Name: "Dwell hours", Type: TypeDuration, Entity: EntityTransit,
			Doc: "The hours between the arrival and the next departure there; unknown when a time or the zone is.",
			Get: with(TypeDuration, func(_ *Env, t *manifest.Transit) Value { return hoursOf(t.DwellHours) })},
	}
}

// coTravelerAttributes are those of another traveller of the same PNR.
func coTravelerAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Traveler { return e.CoTraveler })
	return []Attribute{
		{Path: "coTraveler.surname", Name: "Co-traveller surname", Type: TypeString, Entity: EntityCoTraveler, Identifying: true,
			Doc: "The co-traveller's surname as sent; unknown when not sent.",
			Get: with(TypeString, func(_ *Env, t *manifest.Traveler) Value { return String(t.Surname) })},
		{Path: "coTraveler.givenNames", Name: "Co-traveller given names", Type: TypeString, Entity: EntityCoTraveler, Identifying: true,
			Doc: "The co-traveller's given names as sent; unknown when not sent.",
			Get: with(TypeString, func(_ *Env, t *manifest.Traveler) Value { return String(t.GivenNames) })},
		{Path: "coTraveler.ageYears", Name: "Co-traveller age", Type: TypeNumber, Entity: EntityCoTraveler,
			Doc: "The co-traveller's age in whole years on the flight's date; unknown when the birth date is.",
			Get: with(TypeNumber, func(_ *Env, t *manifest.Traveler) Value { return intOf(t.Features.AgeYears) })},
		{Path: "coTraveler.gender", Name: "Co-traveller gender", Type: TypeCode, Entity: EntityCoTraveler,
			Doc: "The co-traveller's gender, M or F; unknown when not sent, undisclosed or unspecified.",
			Get: with(TypeCode, func(_ *Env, t *manifest.Traveler) Value { return Code(t.Gender.String()) })},
		{Path: "coTraveler.nationality", Name: "Co-traveller nationality", Type: TypeCode, Entity: EntityCoTraveler,
			Doc: "The co-traveller's nationality as sent; unknown when not sent.",
			Get: with(TypeCode, func(_ *Env, t *manifest.Traveler) Value { return Code(t.Nationality) })},
		{Path: "coTraveler.infant", Name: "Co-traveller infant", Type: TypeBool, Entity: EntityCoTraveler,
			Doc: "Whether the co-traveller is an infant on an adult's lap; unknown outside a co-traveller.",
			Get: with(TypeBool, func(_ *Env, t *manifest.Traveler) Value { return Bool(t.Infant) })},
		{Path: "coTraveler.hasApi", Name: "Co-traveller has API", Type: TypeBool, Entity: EntityCoTraveler,
			Doc: "Whether a passenger list names the co-traveller; unknown outside a co-traveller.",
			Get: with(TypeBool, func(_ *Env, t *manifest.Traveler) Value { return Bool(t.API != nil) })},
	}
}

// conflictAttributes are those of a field the traveller's API and PNR
// records disagree on. What each record says stays out of rules: the
// values are the traveller's identity, and the field is the signal.
func conflictAttributes() []Attribute {
	with := element(func(e *Env) *manifest.Conflict { return e.Conflict })
	return []Attribute{
		{Path: "conflict.field", Name: "Conflicting field", Type: TypeCode, Entity: EntityConflict,
			Doc: "The field the records disagree on: birthDate, gender, nationality or documents; unknown outside a conflict.",
			Get: with(TypeCode, func(_ *Env, c *manifest.Conflict) Value { return Code(c.Field) })},
	}
}

// ssrAttributes are those of a special service request of the traveller's
// PNR record. The collection leaves out the sensitive ones (ssr.Sensitive).
func ssrAttributes() []Attribute {
	with := element(func(e *Env) *pnrgov.SSR { return e.SSR })
	return []Attribute{
		{Path: "ssr.code", Name: "SSR code", Type: TypeCode, Entity: EntitySSR,
			Doc: "The request's code (C334 9962: DOCS, CTCE, UMNR); unknown when not sent. Meal and medical codes never appear.",
			Get: with(TypeCode, func(_ *Env, s *pnrgov.SSR) Value { return Code(s.Code) })},
		{Path: "ssr.text", Name: "SSR text", Type: TypeString, Entity: EntitySSR, Identifying: true,
			Doc: "The request's free text (4440) as sent; unknown when not sent.",
			Get: with(TypeString, func(_ *Env, s *pnrgov.SSR) Value { return String(s.Text) })},
	}
}
