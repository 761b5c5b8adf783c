package risk

import (
	"time"

	"github.com/openpiu/piu/manifest"
)

// bookingAttributes are what the traveller's PNR says for all its
// travellers. Every one is unknown for a traveller without a PNR.
func bookingAttributes() []Attribute {
	// with reads the booking, or gives t's missing value without one.
	with := func(t Type, f func(b *manifest.Booking) Value) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Traveler == nil || e.Traveler.Booking == nil {
				return MissingOf(t)
			}
			return f(e.Traveler.Booking)
		}
	}
	return []Attribute{
		{Path: "booking.locator", Name: "Record locator", Type: TypeCode, Entity: EntityBooking, Identifying: true,
			Doc: "The PNR's record locator; unknown without a PNR.",
			Get: with(TypeCode, func(b *manifest.Booking) Value { return Code(b.Locator) })},
		{Path: "booking.created", Name: "Booking created", Type: TypeDateTime, Entity: EntityBooking,
			Doc: "The instant (UTC) the PNR was created (RCI, which reservation systems write in UTC); unknown when not sent.",
			Get: with(TypeDateTime, func(b *manifest.Booking) Value {
				if b.Created.IsZero() {
					return MissingOf(TypeDateTime)
				}
				return DateTime(b.Created.In(time.UTC))
			})},
		{Path: "booking.leadHours", Name: "Lead time (hours)", Type: TypeDuration, Entity: EntityBooking,
			Doc: "The hours from the PNR's creation to the flight's departure; unknown when either is.",
			Get: with(TypeDuration, func(b *manifest.Booking) Value { return hoursOf(b.LeadHours) })},
		{Path: "booking.leadDays", Name: "Lead time (days)", Type: TypeNumber, Entity: EntityBooking,
			Doc: "The whole days from the PNR's creation to the flight's departure; unknown when either is.",
			Get: with(TypeNumber, func(b *manifest.Booking) Value { return intOf(b.LeadDays) })},
		{Path: "booking.partySize", Name: "Party size", Type: TypeNumber, Entity: EntityBooking, Identifying: true,
			Doc: "The number of travellers in the PNR; unknown without a PNR. Identifying: EU directive 2016/681 art. 12(2)(a) masks the number travelling together with the names.",
			Get: with(TypeNumber, func(b *manifest.Booking) Value { return count(b.PartySize) })},
		{Path: "booking.cash", Name: "Paid in cash", Type: TypeBool, Entity: EntityBooking,
			Doc: "Whether a form of payment of the PNR is cash (FOP CA); unknown without a PNR.",
			Get: with(TypeBool, func(b *manifest.Booking) Value { return Bool(b.Cash) })},
		{Path: "booking.thirdPartyPayer", Name: "Third-party payer", Type: TypeBool, Entity: EntityBooking,
			Doc: "Whether a payer the PNR names is none of its travellers; unknown when no payer is named.",
			Get: with(TypeBool, func(b *manifest.Booking) Value {
				if b.ThirdParty == nil {
					return MissingOf(TypeBool)
				}
				return Bool(*b.ThirdParty)
			})},
		{Path: "booking.totalAmount", Name: "Total paid", Type: TypeNumber, Entity: EntityBooking,
			Doc: "The sum of the PNR's payment amounts as sent (in their currencies, which are not converted); " +
				"unknown when no payment states an amount.",
			Get: with(TypeNumber, func(b *manifest.Booking) Value {
				sum, known := 0.0, false
				for i := range b.Payments {
					if a := b.Payments[i].Amount; a != nil {
						sum, known = sum+*a, true
					}
				}
				if !known {
					return MissingOf(TypeNumber)
				}
				return Number(sum)
			})},
		{Path: "booking.agency", Name: "Agency", Type: TypeCode, Entity: EntityBooking,
			Doc: "The booking agent's IATA number (ORG C300), else its office id; unknown without an agency.",
			Get: with(TypeCode, func(b *manifest.Booking) Value {
				if b.Agency == nil {
					return MissingOf(TypeCode)
				}
				if b.Agency.AgentID != "" {
					return Code(b.Agency.AgentID)
				}
				return Code(b.Agency.OfficeID)
			})},
		{Path: "booking.agencyCountry", Name: "Agency country", Type: TypeCode, Entity: EntityBooking,
			Doc: "The booking agency's country as sent (ORG C354); unknown when not sent.",
			Get: with(TypeCode, func(b *manifest.Booking) Value {
				if b.Agency == nil {
					return MissingOf(TypeCode)
				}
				return Code(b.Agency.Country)
			})},
		{Path: "booking.agencyCity", Name: "Agency city", Type: TypeCode, Entity: EntityBooking,
			Doc: "The booking agency's city (ORG C328), else its location (C336); unknown when neither is sent.",
			Get: with(TypeCode, func(b *manifest.Booking) Value {
				if b.Agency == nil {
					return MissingOf(TypeCode)
				}
				if b.Agency.City != "" {
					return Code(b.Agency.City)
				}
				return Code(b.Agency.Location)
			})},
		{Path: "booking.linkedPnrs", Name: "Linked PNRs", Type: TypeNumber, Entity: EntityBooking,
			Doc: "The number of other PNRs (of the flight and the host's window) that share a card, phone, e-mail, " +
				"address or frequent-flyer number with this one; unknown without a PNR.",
			Get: with(TypeNumber, func(b *manifest.Booking) Value { return count(b.LinkedPNRs) })},
	}
}

// paymentAttributes are those of one of the booking's forms of payment.
func paymentAttributes() []Attribute {
	with := func(t Type, f func(p *manifest.Payment) Value) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Payment == nil {
				return MissingOf(t)
			}
			return f(e.Payment)
		}
	}
	return []Attribute{
		{Path: "payment.type", Name: "Payment type", Type: TypeCode, Entity: EntityPayment,
			Doc: "The form of payment (FOP 9888): CC card, CA cash, MS miscellaneous, ...; unknown when not sent.",
			Get: with(TypeCode, func(p *manifest.Payment) Value { return Code(p.Type) })},
		{Path: "payment.amount", Name: "Amount", Type: TypeNumber, Entity: EntityPayment,
			Doc: "The amount paid, in the payment's currency; unknown when not sent or not a number.",
			Get: with(TypeNumber, func(p *manifest.Payment) Value { return numberOf(p.Amount) })},
		{Path: "payment.vendor", Name: "Card vendor", Type: TypeCode, Entity: EntityPayment,
			Doc: "The card vendor (VI, AX, CA); unknown when not sent.",
			Get: with(TypeCode, func(p *manifest.Payment) Value { return Code(p.Vendor) })},
		{Path: "payment.account", Name: "Card number", Type: TypeString, Entity: EntityPayment, Identifying: true,
			Doc: "The card number as sent (airlines mask it: 411111XXXXXX1111); unknown when not sent.",
			Get: with(TypeString, func(p *manifest.Payment) Value { return String(p.Account) })},
		{Path: "payment.holder", Name: "Card holder", Type: TypeString, Entity: EntityPayment, Identifying: true,
			Doc: "The card holder or sponsor (IFT 4:43) as sent; unknown when not sent.",
			Get: with(TypeString, func(p *manifest.Payment) Value { return String(p.Holder) })},
	}
}

// linkAttributes are those of an identifier the traveller's PNR shares
// with other PNRs.
func linkAttributes() []Attribute {
	with := func(t Type, f func(l *manifest.PNRLink) Value) func(e *Env) Value {
		return func(e *Env) Value {
			if e.Link == nil {
				return MissingOf(t)
			}
			return f(e.Link)
		}
	}
	return []Attribute{
		{Path: "link.kind", Name: "Link kind", Type: TypeCode, Entity: EntityLink,
			Doc: "What the PNRs share: card, phone, email, address, frequentFlyer or agent; unknown outside a link.",
			Get: with(TypeCode, func(l *manifest.PNRLink) Value { return Code(string(l.Kind)) })},
		{Path: "link.value", Name: "Shared value", Type: TypeString, Entity: EntityLink, Identifying: true,
			Doc: "The shared identifier in the form compared (a phone's last 9 digits, an e-mail in lower case); unknown outside a link.",
			Get: with(TypeString, func(l *manifest.PNRLink) Value { return String(l.Value) })},
		{Path: "link.pnrs", Name: "PNRs sharing", Type: TypeNumber, Entity: EntityLink,
			Doc: "The number of PNRs that share the identifier, this one included (two or more); unknown outside a link.",
			Get: with(TypeNumber, func(l *manifest.PNRLink) Value { return count(len(l.PNRs)) })},
	}
}
