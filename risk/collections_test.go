package risk_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov/ssr"
	"github.com/openpiu/piu/risk"
)

// find returns the first traveller of f that ok accepts.
func find(t *testing.T, f *manifest.Flight, what string, ok func(tr *manifest.Traveler) bool) *manifest.Traveler {
	t.Helper()
	i := slices.IndexFunc(f.Travelers, ok)
	if i < 0 {
		t.Fatalf("no traveller %s in the realistic flight", what)
	}
	return f.Travelers[i]
}

// codes are known code values.
func codes(s ...string) []risk.Value {
	out := []risk.Value{}
	for _, c := range s {
		out = append(out, risk.Code(c))
	}
	return out
}

func TestCollectionsRealistic(t *testing.T) {
	cat := risk.NewCatalogue()
	f := realistic(t, 30, 7)
	check := func(env *risk.Env, coll, path string, want []risk.Value) {
		t.Helper()
		got, known := elements(t, cat, env, coll, path)
		if !known {
			t.Errorf("%s of %s: unknown", coll, env.Traveler.ID)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s of %s, %s (-want +got):\n%s", coll, env.Traveler.ID, path, d)
		}
	}

	// A traveller whose trip goes on from Seoul: two legs, one transit.
	tr := find(t, f, "with two legs", func(tr *manifest.Traveler) bool { return len(tr.Trip.Legs) == 2 })
	env := &risk.Env{Flight: f, Traveler: tr, Now: now}
	next := tr.Trip.Legs[1]
	check(env, "legs", "leg.origin", codes("SIN", "ICN"))
	check(env, "legs", "leg.destination", codes("ICN", next.Arrival.Airport))
	check(env, "legs", "leg.number", codes("100", "7201"))
	check(env, "legs", "leg.originCountry", codes("SG", "KR"))
	check(env, "legs", "leg.thisFlight", []risk.Value{risk.Bool(true), risk.Bool(false)})
	// 09:40 in Seoul (UTC+9) is 00:40 UTC.
	check(env, "legs", "leg.departure", []risk.Value{risk.DateTime(utc(2026, 11, 25, 6, 30)), risk.DateTime(utc(2026, 11, 26, 0, 40))})
	if env.LegIndex != 1 || env.Leg != &tr.Trip.Legs[1] {
		t.Errorf("after the last leg: LegIndex %d, Leg %p, want 1, %p", env.LegIndex, env.Leg, &tr.Trip.Legs[1])
	}
	check(env, "transits", "transit.airport", codes("ICN"))
	check(env, "transits", "transit.country", codes("KR"))
	check(env, "transits", "transit.dwellHours", []risk.Value{risk.Hours(*tr.Trip.Transits[0].DwellHours)})
	var seats, thisFlight []risk.Value
	for _, b := range tr.Boardings {
		seats = append(seats, risk.Code(b.Seat))
		thisFlight = append(thisFlight, risk.Bool(b.Leg == 0))
	}
	check(env, "boardings", "boarding.seat", seats)
	check(env, "boardings", "boarding.thisFlight", thisFlight)

	// A traveller with documents and co-travellers.
	tr = find(t, f, "with documents and co-travellers", func(tr *manifest.Traveler) bool {
		return len(tr.Documents) > 0 && len(tr.CoTravelers) > 0
	})
	env = &risk.Env{Flight: f, Traveler: tr, Now: now}
	var numbers, sources, expires, surnames, ids []risk.Value
	for _, d := range tr.Documents {
		numbers = append(numbers, risk.String(d.Number))
		sources = append(sources, risk.Code(d.Source))
		expires = append(expires, risk.Number(float64(*d.ExpiresInDays)))
	}
	check(env, "documents", "document.number", numbers)
	check(env, "documents", "document.source", sources)
	check(env, "documents", "document.expiresInDays", expires)
	check(env, "documents", "document.expiryDate", []risk.Value{risk.Date(tr.Documents[0].ExpiryDate)})
	for _, id := range tr.CoTravelers {
		other := f.Travelers[slices.IndexFunc(f.Travelers, func(o *manifest.Traveler) bool { return o.ID == id })]
		surnames = append(surnames, risk.String(other.Surname))
		ids = append(ids, risk.Bool(other.API != nil))
	}
	check(env, "coTravelers", "coTraveler.surname", surnames)
	check(env, "coTravelers", "coTraveler.hasApi", ids)
	if env.CoTraveler == nil || env.CoTraveler.ID != tr.CoTravelers[len(tr.CoTravelers)-1] {
		t.Errorf("co-traveller set to %v, want %s", env.CoTraveler, tr.CoTravelers[len(tr.CoTravelers)-1])
	}

	// Payments, contacts and links of the booking.
	var types, amounts, holders, kinds, domains, links, pnrs []risk.Value
	for _, p := range tr.Booking.Payments {
		types, amounts, holders = append(types, risk.Code(p.Type)), append(amounts, risk.Number(*p.Amount)), append(holders, risk.String(p.Holder))
	}
	check(env, "payments", "payment.type", types)
	check(env, "payments", "payment.amount", amounts)
	check(env, "payments", "payment.holder", holders)
	check(env, "payments", "payment.vendor", codes(slices.Repeat([]string{"VI"}, len(types))...))
	for _, c := range slices.Concat(tr.Contacts, tr.Booking.Contacts) {
		kinds = append(kinds, risk.Code(string(c.Kind)))
		if c.Kind == "email" {
			domains = append(domains, risk.Code("EXAMPLE.ORG")) // the push's traveller_i-k@example.org
		} else {
			domains = append(domains, risk.MissingOf(risk.TypeCode))
		}
	}
	check(env, "contacts", "contact.kind", kinds)
	check(env, "contacts", "contact.emailDomain", domains)
	agent := false
	for _, k := range tr.Booking.Links {
		l := f.Links[k]
		links, pnrs = append(links, risk.String(l.Value)), append(pnrs, risk.Number(float64(len(l.PNRs))))
		agent = agent || l.Kind == manifest.LinkAgent
	}
	if !agent {
		t.Error("the PNR shares no agent: the push's PNRs all have one")
	}
	check(env, "links", "link.value", links)
	check(env, "links", "link.pnrs", pnrs)
	check(env, "conflicts", "conflict.field", []risk.Value{})

	// The SSRs of the first traveller of the first PNR: the meal and the
	// wheelchair the test gave it are left out.
	tr = find(t, f, "of the first PNR", func(tr *manifest.Traveler) bool { return tr.PNR != nil && tr.PNR.PNR == 0 && tr.PNR.Index == 0 })
	env = &risk.Env{Flight: f, Traveler: tr, Now: now}
	var want, texts []risk.Value
	for _, s := range tr.PNR.Traveler.SSRs {
		if s.Code != "VGML" && s.Code != "WCHR" {
			want, texts = append(want, risk.Code(s.Code)), append(texts, risk.String(s.Text))
		}
	}
	check(env, "ssrs", "ssr.code", want)
	check(env, "ssrs", "ssr.text", texts)
	if !slices.ContainsFunc(want, func(v risk.Value) bool { return v.Str == "TKNE" }) || len(want) != len(tr.PNR.Traveler.SSRs)-2 {
		t.Errorf("ssrs %v", want)
	}
	for _, v := range want {
		if _, sensitive := ssr.Sensitive(v.Str); sensitive || strings.HasSuffix(v.Str, "ML") {
			t.Errorf("ssrs shows %s", v.Str)
		}
	}
}

// TestEveryAttributeRealistic reads every attribute of every traveller of
// the realistic flight, the element ones on every element of their
// collections: values are of the attribute's type, never masked, and a
// known string is never empty.
func TestEveryAttributeRealistic(t *testing.T) {
	cat := risk.NewCatalogue()
	f := realistic(t, 30, 7)
	known := map[string]int{}
	for _, tr := range f.Travelers {
		env := &risk.Env{Flight: f, Traveler: tr, Now: now}
		visit(cat, env, func(a risk.Attribute, v risk.Value) {
			switch {
			case v.Type != a.Type:
				t.Errorf("%s of %s: type %s, want %s", a.Path, tr.ID, v.Type, a.Type)
			case v.State == risk.Masked:
				t.Errorf("%s of %s: masked", a.Path, tr.ID)
			case v.State == risk.Known && (a.Type == risk.TypeString || a.Type == risk.TypeCode) && v.Str == "":
				t.Errorf("%s of %s: known and empty", a.Path, tr.ID)
			case v.State == risk.Known:
				known[a.Path]++
			}
		})
	}
	// Every attribute is known for some traveller or element of the
	// flight, except exactly those the push never sends and the prohibited
	// ones.
	never := []string{"traveler.middleName", "traveler.specialMeals", "traveler.medicalSsrs", "traveler.residence",
		"document.issueDate", "document.issuedDaysAgo", "conflict.field"}
	for _, a := range cat.Attributes() {
		if (known[a.Path] == 0) != slices.Contains(never, a.Path) {
			t.Errorf("%s known %d times on the realistic flight", a.Path, known[a.Path])
		}
	}
}

// visit calls fn with every attribute's value for env's traveller: those
// of the traveller's entities once, those of an element entity on each
// element of its collections.
func visit(cat *risk.Catalogue, env *risk.Env, fn func(risk.Attribute, risk.Value)) {
	byEntity := map[risk.Entity][]risk.Attribute{}
	for _, a := range cat.Attributes() {
		byEntity[a.Entity] = append(byEntity[a.Entity], a)
	}
	for _, e := range []risk.Entity{risk.EntityFlight, risk.EntityTraveler, risk.EntityBooking, risk.EntityTrip} {
		for _, a := range byEntity[e] {
			fn(a, a.Get(env))
		}
	}
	for _, k := range cat.Collections() {
		n, _ := k.Len(env)
		for i := range n {
			k.Set(env, i)
			for _, a := range byEntity[k.Entity] {
				fn(a, a.Get(env))
			}
		}
	}
}
