package risk

import (
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// builtinCollections returns the built-in collections. Len and Set index
// the slices the manifest holds, or walk them, and never build one: a
// quantifier over them allocates nothing.
func builtinCollections() []Collection {
	return []Collection{
		{Name: "documents", Entity: EntityDocument,
			Doc: "The traveller's travel documents, the API record's then the PNR's; known, possibly empty.",
			Len: func(e *Env) (int, bool) {
				if e.Traveler == nil {
					return 0, false
				}
				return len(e.Traveler.Documents), true
			},
			Set: func(e *Env, i int) { e.Document = &e.Traveler.Documents[i] }},
		{Name: "legs", Entity: EntityLeg,
			Doc: "The flights of the traveller's itinerary in order of travel (this flight's legs without a PNR); unknown without a trip.",
			Len: func(e *Env) (int, bool) {
				if tr := trip(e); tr != nil {
					return len(tr.Legs), true
				}
				return 0, false
			},
			Set: func(e *Env, i int) { e.Leg, e.LegIndex = &e.Traveler.Trip.Legs[i], i }},
		{Name: "payments", Entity: EntityPayment,
			Doc: "The forms of payment of the traveller's PNR; unknown without a PNR.",
			Len: func(e *Env) (int, bool) {
				if b := booking(e); b != nil {
					return len(b.Payments), true
				}
				return 0, false
			},
			Set: func(e *Env, i int) { e.Payment = &e.Traveler.Booking.Payments[i] }},
		{Name: "contacts", Entity: EntityContact,
			Doc: "The traveller's own contacts (API, then PNR), then those of the PNR as a whole; known, possibly empty.",
			Len: func(e *Env) (int, bool) {
				if e.Traveler == nil {
					return 0, false
				}
				n := len(e.Traveler.Contacts)
				if b := e.Traveler.Booking; b != nil {
					n += len(b.Contacts)
				}
				return n, true
			},
			Set: func(e *Env, i int) {
				if own := e.Traveler.Contacts; i < len(own) {
					e.Contact = &own[i]
				} else {
					e.Contact = &e.Traveler.Booking.Contacts[i-len(own)]
				}
			}},
		{Name: "boardings", Entity: EntityBoarding,
			Doc: "The traveller's seats, bags and check-ins on the legs of the trip; known, possibly empty.",
			Len: func(e *Env) (int, bool) {
				if e.Traveler == nil {
					return 0, false
				}
				return len(e.Traveler.Boardings), true
			},
			Set: func(e *Env, i int) { e.Boarding = &e.Traveler.Boardings[i] }},
		{Name: "transits", Entity: EntityTransit,
			Doc: "The connections of the traveller's itinerary; unknown without a trip.",
			Len: func(e *Env) (int, bool) {
				if tr := trip(e); tr != nil {
					return len(tr.Transits), true
				}
				return 0, false
			},
			Set: func(e *Env, i int) { e.Transit = &e.Traveler.Trip.Transits[i] }},
		{Name: "coTravelers", Entity: EntityCoTraveler,
			Doc: "The other travellers of the traveller's PNR on the flight; unknown without a PNR.",
			Len: func(e *Env) (int, bool) {
				if e.Traveler == nil || e.Traveler.PNR == nil {
					return 0, false
				}
				return len(e.Traveler.CoTravelers), true
			},
			Set: func(e *Env, i int) { e.CoTraveler = travelerByID(e.Flight, e.Traveler.CoTravelers[i]) }},
		{Name: "links", Entity: EntityLink,
			Doc: "The identifiers the traveller's PNR shares with other PNRs (of the flight and the host's window); unknown without a PNR.",
			Len: func(e *Env) (int, bool) {
				if b := booking(e); b != nil {
					return len(b.Links), true
				}
				return 0, false
			},
			Set: func(e *Env, i int) {
				e.Link = nil
				if k := e.Traveler.Booking.Links[i]; e.Flight != nil && k >= 0 && k < len(e.Flight.Links) {
					e.Link = &e.Flight.Links[k]
				}
			}},
		{Name: "conflicts", Entity: EntityConflict,
			Doc: "The fields the traveller's API and PNR records disagree on; unknown when the records were not joined.",
			Len: func(e *Env) (int, bool) {
				if e.Traveler == nil || e.Traveler.Link == nil {
					return 0, false
				}
				return len(e.Traveler.Conflicts), true
			},
			Set: func(e *Env, i int) { e.Conflict = &e.Traveler.Conflicts[i] }},
		{Name: "ssrs", Entity: EntitySSR,
			Doc: "The special service requests of the traveller's PNR record, without the meal, medical and " +
				"assistance ones (art. 13(4)), which rules never see; unknown without a PNR.",
			Len: func(e *Env) (int, bool) {
				t := pnrTraveler(e)
				if t == nil {
					return 0, false
				}
				n := 0
				for i := range t.SSRs {
					if _, sensitive := ssr.Sensitive(t.SSRs[i].Code); !sensitive {
						n++
					}
				}
				return n, true
			},
			// The i-th request that is not sensitive: a walk, since the
			// filtered list is never built (a traveller has a few SSRs).
			Set: func(e *Env, i int) {
				e.SSR = nil
				all := pnrTraveler(e).SSRs
				for k := range all {
					if _, sensitive := ssr.Sensitive(all[k].Code); sensitive {
						continue
					}
					if i == 0 {
						e.SSR = &all[k]
						return
					}
					i--
				}
			}},
	}
}

// booking is the traveller's booking, nil without a PNR.
func booking(e *Env) *manifest.Booking {
	if e.Traveler == nil {
		return nil
	}
	return e.Traveler.Booking
}

// pnrTraveler is the traveller's PNR record, nil without one.
func pnrTraveler(e *Env) *pnrgov.Traveler {
	if e.Traveler == nil || e.Traveler.PNR == nil {
		return nil
	}
	return e.Traveler.PNR.Traveler
}

// travelerByID returns the flight's traveller of an ID ("t3" is
// Flight.Travelers[2]), nil when there is none. The ID is read in place,
// not parsed with strconv (whose errors allocate).
func travelerByID(f *manifest.Flight, id string) *manifest.Traveler {
	if f == nil {
		return nil
	}
	if len(id) > 1 && id[0] == 't' && len(id) <= 10 {
		n := 0
		for i := 1; i < len(id); i++ {
			c := id[i]
			if c < '0' || c > '9' {
				n = 0
				break
			}
			n = n*10 + int(c-'0')
		}
		if n >= 1 && n <= len(f.Travelers) && f.Travelers[n-1].ID == id {
			return f.Travelers[n-1]
		}
	}
	// Not where the ID says (a hand-built flight): look for it.
	for _, t := range f.Travelers {
		if t.ID == id {
			return t
		}
	}
	return nil
}
