package privacy

import (
	"github.com/openpiu/piu/paxlst"
)

// walkPAXLST visits a PAXLST message: every person's API data (art.
// 12(2)(f)) that identifies them: names, date and place of birth, address,
// contacts, document numbers and references. Role, gender, nationality,
// residence, places of embarkation and debarkation, document types,
// issuing countries and dates, seats and bags stay.
func walkPAXLST(v visitor, m *paxlst.Message) {
	root := &fieldPath{index: -1}
	walkSegments(v, &m.Unknown)
	walkSegments(v, &m.Trailing)
	extra(v, &m.Extra)
	each2(v, &m.Flights, func(_ int, l *paxlst.Leg) {
		walkSegments(v, &l.Unknown)
		extra(v, &l.Extra)
	})
	each2(v, &m.Persons, func(i int, p *paxlst.Person) {
		at := root.at("persons", i)
		person(v, &at, p)
	})
}

func person(v visitor, at *fieldPath, p *paxlst.Person) {
	v.str(CategoryName, &p.Surname)
	v.str(CategoryName, &p.GivenNames)
	v.str(CategoryName, &p.MiddleName)
	strs(v, CategoryName, &p.NameExtra)
	v.str(CategoryReference, &p.PartyID)
	a := &p.Address
	strs(v, CategoryContact, &a.Lines)
	strs(v, CategoryContact, &a.Street)
	v.str(CategoryContact, &a.City)
	v.str(CategoryContact, &a.PostalCode)
	b := at.at("birthDate", -1)
	v.date(&b, &p.BirthDate)
	v.str(CategoryAPI, &p.BirthPlace.Name)
	each2(v, &p.Documents, func(_ int, d *paxlst.Document) {
		v.str(CategoryAPI, &d.Number)
		walkSegments(v, &d.Unknown)
		extra(v, &d.Extra)
	})
	v.str(CategoryReference, &p.PNR)
	v.str(CategoryReference, &p.PassengerRef)
	v.str(CategoryReference, &p.AgencyRef)
	v.str(CategoryReference, &p.CustomerRef)
	v.str(CategoryReference, &p.TransactionRef)
	each2(v, &p.OtherRefs, func(_ int, r *paxlst.Reference) { v.str(CategoryReference, &r.Value) })
	each2(v, &p.Contacts, func(_ int, c *paxlst.Contact) { v.str(CategoryContact, &c.Number) })
	walkSegments(v, &p.Unknown)
	extra(v, &p.Extra)
}

// extra visits values kept beside the model: their meaning is not known.
func extra(v visitor, xs *[]paxlst.ExtraValue) {
	each2(v, xs, func(_ int, x *paxlst.ExtraValue) { v.str(CategoryUnknown, &x.Value) })
}
