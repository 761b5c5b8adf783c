package privacy

import (
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// walkFlight visits a built flight: its PNRs, and each traveller's names,
// date of birth, documents, contacts, frequent-flyer numbers, records,
// conflicting values and booking. The travellers of one PNR share one
// Booking in the copy as in f. The sources keep their references, not the
// messages they were built from.
func walkFlight(v visitor, f *manifest.Flight) {
	root := &fieldPath{index: -1}
	each2(v, &f.Sources, func(_ int, s *manifest.Source) {
		*s = manifest.Source{Format: s.Format, Input: s.Input, ControlRef: s.ControlRef, Reference: s.Reference,
			Prepared: s.Prepared, Kind: s.Kind, Function: s.Function}
	})
	each2(v, &f.PNRs, func(i int, p **pnrgov.PNR) {
		at := root.at("pnrs", i)
		ptr(v, p, func(q *pnrgov.PNR) { walkPNR(v, &at, q) })
	})
	bookings := map[*manifest.Booking]*manifest.Booking{}
	each2(v, &f.Travelers, func(i int, tp **manifest.Traveler) {
		at := root.at("travelers", i)
		ptr(v, tp, func(t *manifest.Traveler) { flightTraveler(v, &at, t, bookings) })
	})
	each2(v, &f.Links, func(_ int, l *manifest.PNRLink) {
		switch l.Kind {
		case manifest.LinkAgent: // the agency's, not a traveller's
		case manifest.LinkCard:
			v.str(CategoryPayment, &l.Value)
		case manifest.LinkFrequentFlyer:
			v.str(CategoryFrequentFlyer, &l.Value)
		default:
			v.str(CategoryContact, &l.Value)
		}
	})
}

func flightTraveler(v visitor, at *fieldPath, t *manifest.Traveler, bookings map[*manifest.Booking]*manifest.Booking) {
	v.str(CategoryName, &t.Surname)
	v.str(CategoryName, &t.GivenNames)
	v.str(CategoryName, &t.MiddleName)
	b := at.at("birthDate", -1)
	v.date(&b, &t.BirthDate)
	each2(v, &t.Documents, func(_ int, d *manifest.Document) { v.str(CategoryAPI, &d.Number) })
	each2(v, &t.Contacts, func(_ int, c *manifest.Contact) { contact(v, c) })
	each2(v, &t.FrequentFlyers, func(_ int, f *pnrgov.FrequentFlyer) {
		v.str(CategoryFrequentFlyer, &f.Number)
		v.str(CategoryFrequentFlyer, &f.Reference)
	})
	ptr(v, &t.API, func(r *manifest.APIRecord) {
		l := at.at("api", -1)
		ptr(v, &r.Person, func(p *paxlst.Person) { person(v, &l, p) })
	})
	ptr(v, &t.PNR, func(r *manifest.PNRRecord) {
		v.str(CategoryReference, &r.Locator)
		l := at.at("pnr", -1)
		ptr(v, &r.Traveler, func(pt *pnrgov.Traveler) { traveler(v, &l, pt) })
	})
	each2(v, &t.Conflicts, func(_ int, c *manifest.Conflict) {
		if c.Field != "gender" && c.Field != "nationality" { // birthDate, documents, or one added later
			v.str(CategoryAPI, &c.API)
			v.str(CategoryAPI, &c.PNR)
		}
	})
	if t.Booking != nil {
		if done, ok := bookings[t.Booking]; ok {
			t.Booking = done
			return
		}
		orig := t.Booking
		ptr(v, &t.Booking, func(k *manifest.Booking) {
			v.str(CategoryReference, &k.Locator)
			each2(v, &k.Payments, func(_ int, p *manifest.Payment) {
				v.str(CategoryPayment, &p.Account)
				v.str(CategoryPayment, &p.Expiry)
				v.str(CategoryPayment, &p.Holder)
			})
			each2(v, &k.Contacts, func(_ int, c *manifest.Contact) { contact(v, c) })
		})
		bookings[orig] = t.Booking
	}
}

// contact visits a manifest contact: its kind and country stay.
func contact(v visitor, c *manifest.Contact) {
	v.str(CategoryContact, &c.Value)
	v.str(CategoryContact, &c.City)
	v.str(CategoryContact, &c.PostalCode)
}
