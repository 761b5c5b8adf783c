package privacy

import (
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// This file and fields_paxlst.go are the one place that knows which fields
// of the message models identify a person (EU directive 2016/681 art.
// 12(2)): masking, unmasking and the tests that every identifying value is
// masked all walk the fields through them. The walk copies every slice and
// struct it goes into before it hands a field to the visitor, so that the
// message it was given is never changed; or, masking in place, changes the
// message's own slices and structs.
//
// Kept as they are, because they do not identify anyone directly: codes
// (SSR codes, document types, statuses, genders), countries (issuing,
// nationality, residence, of an address), flights, airports, times, dates
// of travel and of documents, seats, classes, bags, amounts and currencies,
// the agency, the reporting party, and the traveller references that only
// number travellers within one PNR. The number in party (RPI) is masked
// with the names (art. 12(2)(a)); the number of travellers of a PNR stays
// visible as the number of its traveller records: each keeps its place,
// with masked names, so that API and PNR records still link.

// visitor is told every identifying value: a masking replaces it, an
// unmasking restores it. A concrete type rather than an interface, so that
// the paths handed to date do not escape to the heap.
type visitor = *walker

type walker struct {
	mask   *masking
	unmask *unmasking
	slabs  slabs
	// inPlace: the walk changes what it was given, copying nothing.
	inPlace bool
}

// str is an identifying text of category c.
func (w *walker) str(c Category, s *string) {
	if w.mask != nil {
		w.mask.str(c, s)
		return
	}
	w.unmask.str(s)
}

// text is a text as sent whose identifying parts are also held, parsed,
// in fields of their own (an SSR's free text, a contact or document as
// sent): masked as free text is, since link analysis compares the parsed
// values.
func (w *walker) text(c Category, s *string) {
	if w.mask != nil {
		w.mask.text(c, s)
		return
	}
	w.unmask.str(s)
}

// date is an identifying date, at a path unmasking finds it by.
func (w *walker) date(at *fieldPath, d *civil.Date) {
	if w.mask != nil {
		w.mask.date(at, d)
		return
	}
	w.unmask.date(at, d)
}

// each2 clones *s (unless the walk is in place) and calls fn with each
// element of the clone.
func each2[T any](v visitor, s *[]T, fn func(i int, x *T)) {
	if *s == nil {
		return
	}
	if !v.inPlace {
		*s = cloneIn(v, *s)
	}
	for i := range *s {
		fn(i, &(*s)[i])
	}
}

// strs clones a list of texts and visits each.
func strs(v visitor, c Category, s *[]string) {
	each2(v, s, func(_ int, x *string) { v.str(c, x) })
}

// ptr clones *p when set (unless the walk is in place), so that fn changes
// the clone.
func ptr[T any](v visitor, p **T, fn func(x *T)) {
	if *p == nil {
		return
	}
	if !v.inPlace {
		*p = copyIn(v, *p)
	}
	fn(*p)
}

// walkSegments visits every component of segments kept unparsed: what the
// model does not know it cannot tell harmless.
func walkSegments(v visitor, s *[]edifact.Segment) {
	each2(v, s, func(_ int, seg *edifact.Segment) {
		each2(v, &seg.Elements, func(_ int, e *edifact.Element) {
			strs(v, CategoryUnknown, &e.Components)
			each2(v, &e.Repetitions, func(_ int, r *[]string) { strs(v, CategoryUnknown, r) })
		})
	})
}

// walkValues visits every value of segments kept as values (hotel, car and
// other non-air items).
func walkValues(v visitor, c Category, vs *pnrgov.Values) {
	each2(v, (*[][]string)(vs), func(_ int, e *[]string) { strs(v, c, e) })
}

// walkPNRGOV visits a PNRGOV message. The segments as received (Segments)
// are dropped, not visited: they repeat every value as sent, and Encode
// does not write them.
func walkPNRGOV(v visitor, m *pnrgov.Message) {
	root := &fieldPath{index: -1}
	m.Segments = nil
	walkSegments(v, &m.Unknown)
	each2(v, &m.PNRs, func(i int, p **pnrgov.PNR) {
		at := root.at("pnrs", i)
		ptr(v, p, func(q *pnrgov.PNR) { walkPNR(v, &at, q) })
	})
}

// walkPNR visits one PNR.
func walkPNR(v visitor, at *fieldPath, p *pnrgov.PNR) {
	p.Segments = nil
	locators(v, &p.Locators)
	each2(v, &p.Addresses, func(_ int, a *pnrgov.Address) { address(v, CategoryContact, a) })
	each2(v, &p.Contacts, func(_ int, c *pnrgov.Contact) {
		v.str(CategoryContact, &c.Value)
		v.text(CategoryContact, &c.Raw)
		ptr(v, &c.Address, func(a *pnrgov.Address) { address(v, CategoryContact, a) })
	})
	each2(v, &p.Travelers, func(i int, t *pnrgov.Traveler) {
		l := at.at("travelers", i)
		traveler(v, &l, t)
	})
	each2(v, &p.Tickets, func(_ int, t *pnrgov.Ticket) {
		v.str(CategoryReference, &t.Number)
		remarks(v, &t.Remarks)
		walkSegments(v, &t.Unknown)
	})
	each2(v, &p.Payments, func(_ int, pay *pnrgov.Payment) {
		v.str(CategoryPayment, &pay.Holder)
		ptr(v, &pay.BillingAddress, func(a *pnrgov.Address) { address(v, CategoryPayment, a) })
		each2(v, &pay.Forms, func(_ int, f *pnrgov.PaymentForm) {
			v.str(CategoryPayment, &f.Account)
			v.str(CategoryPayment, &f.Expiry)
			strs(v, CategoryPayment, &f.More)
		})
		remarks(v, &pay.Remarks)
		walkSegments(v, &pay.Unknown)
	})
	ssrs(v, &p.SSRs)
	remarks(v, &p.Remarks)
	each2(v, &p.Itinerary, func(_ int, l *pnrgov.Leg) {
		// RPI's number in party: art. 12(2)(a) masks the number of
		// travellers travelling together with their names.
		v.str(CategoryName, &l.Quantity)
		ssrs(v, &l.SSRs)
		locators(v, &l.Locators)
		remarks(v, &l.Remarks)
		each2(v, &l.CheckIns, func(_ int, c *pnrgov.CheckIn) {
			each2(v, &c.Boardings, func(_ int, b *pnrgov.Boarding) {
				ptr(v, &b.Traveler, func(n *pnrgov.Name) { name(v, n) })
				walkSegments(v, &b.Unknown)
			})
			walkSegments(v, &c.Unknown)
		})
		walkSegments(v, &l.Unknown)
	})
	each2(v, &p.Splits, func(_ int, s *pnrgov.Split) {
		locators(v, &s.Locators)
		walkSegments(v, &s.Unknown)
	})
	each2(v, &p.NonAir, func(_ int, n *pnrgov.NonAir) {
		each2(v, &n.Items, func(_ int, vs *pnrgov.Values) { walkValues(v, CategoryRemarks, vs) })
		walkSegments(v, &n.Unknown)
	})
	each2(v, &p.History, func(_ int, h *pnrgov.History) {
		each2(v, &h.Changes, func(_ int, c *pnrgov.Change) {
			ptr(v, &c.Traveler, func(n *pnrgov.Name) { name(v, n) })
			ssrs(v, &c.SSRs)
			remarks(v, &c.Remarks)
			each2(v, &c.Legs, func(_ int, l *pnrgov.HistoryLeg) {
				v.str(CategoryName, &l.Quantity)
				walkSegments(v, &l.Unknown)
			})
			walkSegments(v, &c.Unknown)
		})
		walkSegments(v, &h.Unknown)
	})
	strs(v, CategoryRemarks, &p.HistoryLines)
	walkSegments(v, &p.Unknown)
}

func locators(v visitor, ls *[]pnrgov.RecordLocator) {
	each2(v, ls, func(_ int, l *pnrgov.RecordLocator) { v.str(CategoryReference, &l.Locator) })
}

// name visits a traveller's name: the title and type stay.
func name(v visitor, n *pnrgov.Name) {
	v.str(CategoryName, &n.Surname)
	v.str(CategoryName, &n.GivenRaw)
	v.str(CategoryName, &n.Given)
}

// address visits a PNRGOV address: its state and country stay.
func address(v visitor, c Category, a *pnrgov.Address) {
	v.str(c, &a.Street)
	v.str(c, &a.City)
	v.str(c, &a.Area)
	v.str(c, &a.PostalCode)
	v.str(c, &a.Phone)
	strs(v, c, &a.More)
}

func remarks(v visitor, rs *[]pnrgov.Remark) {
	each2(v, rs, func(_ int, r *pnrgov.Remark) { strs(v, CategoryRemarks, &r.Text) })
}

// ssrs visits the free text of SSRs, of the category their code says; the
// code and status stay, so that rules on codes still work. The text is
// masked as free text: what it holds that links PNRs (a document, an
// e-mail, a frequent-flyer number) the decoder parsed into fields of its
// own.
func ssrs(v visitor, rs *[]pnrgov.SSR) {
	each2(v, rs, func(_ int, r *pnrgov.SSR) {
		c := ssrCategory(r.Code)
		v.text(c, &r.Text)
		each2(v, &r.More, func(_ int, x *string) { v.text(c, x) })
		each2(v, &r.Details, func(_ int, d *pnrgov.SSRDetail) {
			each2(v, &d.More, func(_ int, x *string) { v.text(c, x) })
		})
	})
}

// ssrCategory is the category of an SSR's free text (IATA Reservations
// Services Manual codes; PNRGOV implementation guide, SSR).
func ssrCategory(code string) Category {
	switch code {
	case "DOCS", "DOCO", "DOCA", "FOID", "PSPT":
		return CategoryAPI
	case "CTCE", "CTCM", "CTCR", "CTCB", "CTCH", "CTCP", "PCTC":
		return CategoryContact
	case "FQTV", "FQTR", "FQTS", "FQTU":
		return CategoryFrequentFlyer
	}
	return CategoryRemarks
}

// traveler visits one PNR traveller, with the documents the decoder read
// from its SSRs.
func traveler(v visitor, at *fieldPath, t *pnrgov.Traveler) {
	name(v, &t.Name)
	each2(v, &t.FrequentFlyers, func(_ int, f *pnrgov.FrequentFlyer) {
		v.str(CategoryFrequentFlyer, &f.Number)
		v.str(CategoryFrequentFlyer, &f.Reference)
	})
	each2(v, &t.UniqueIDs, func(_ int, r *pnrgov.Reference) { v.str(CategoryReference, &r.Value) })
	remarks(v, &t.Remarks)
	ssrs(v, &t.SSRs)
	each2(v, &t.Addresses, func(_ int, a *pnrgov.Address) { address(v, CategoryContact, a) })
	each2(v, &t.Documents, func(i int, d *ssr.Document) {
		v.str(CategoryAPI, &d.Number)
		v.str(CategoryAPI, &d.Surname)
		v.str(CategoryAPI, &d.Given)
		v.str(CategoryAPI, &d.Middle)
		v.text(CategoryAPI, &d.Raw)
		l := at.at("documents", i)
		b := l.at("birthDate", -1)
		v.date(&b, &d.BirthDate)
	})
	each2(v, &t.Visas, func(_ int, d *ssr.Visa) {
		v.str(CategoryAPI, &d.Number)
		v.str(CategoryAPI, &d.BirthPlace)
		v.str(CategoryAPI, &d.IssuePlace)
		v.text(CategoryAPI, &d.Raw)
	})
	each2(v, &t.TravelAddresses, func(_ int, a *ssr.TravelAddress) {
		v.str(CategoryAPI, &a.Street)
		v.str(CategoryAPI, &a.City)
		v.str(CategoryAPI, &a.PostalCode)
		v.text(CategoryAPI, &a.Raw)
	})
	walkSegments(v, &t.Unknown)
}
