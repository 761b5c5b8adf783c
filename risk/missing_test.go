package risk_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/risk"
)

// build builds the one flight of a passenger list and pushes.
func build(t *testing.T, l *paxlst.Message, pushes ...*pnrgov.Message) *manifest.Flight {
	t.Helper()
	b := manifest.NewBuilder()
	b.Country = "KR"
	if l != nil {
		b.AddPAXLST(l)
	}
	for _, p := range pushes {
		b.AddPNRGOV(p)
	}
	fs := b.Build()
	if len(fs) != 1 {
		t.Fatalf("%d flights, want 1", len(fs))
	}
	return fs[0]
}

// list is a passenger list of ZZ 100 from an airport to ICN on 25
// November 2026 with persons.
func list(from string, persons ...paxlst.Person) *paxlst.Message {
	d := civil.Date{Year: 2026, Month: 11, Day: 25}
	return &paxlst.Message{ListType: paxlst.ListPassengers,
		Flights: []paxlst.Leg{{Carrier: "ZZ", FlightNumber: "ZZ100",
			Departure: paxlst.Stop{Airport: from, Time: civil.DateTime{Date: d, Hour: 14, Minute: 30}},
			Arrival:   paxlst.Stop{Airport: "ICN", Time: civil.DateTime{Date: d, Hour: 22, Minute: 5}}}},
		Persons: persons}
}

// person is an API passenger with a document, a seat, bags, an e-mail
// and an address, and no PNR.
var person = paxlst.Person{Role: paxlst.RolePassenger, Surname: "OKAFOR", GivenNames: "ANNA", MiddleName: "RUTH",
	Gender: "F", BirthDate: civil.Date{Year: 1980, Month: 3, Day: 9}, Nationality: "NGA", Residence: "GBR",
	Documents: []paxlst.Document{{Type: "P", Number: "A1234567", IssuingCountry: "NGA",
		ExpiryDate: civil.Date{Year: 2030, Month: 1, Day: 1}}},
	Seat: "012A", Bags: paxlst.Bags{Count: 2, Weight: 30, WeightUnit: "KGM"},
	Contacts: []paxlst.Contact{{Number: "ANNA.OKAFOR", Type: paxlst.ContactEmail}},
	Address:  paxlst.Address{Street: []string{"1 HIGH STREET"}, City: "LONDON", PostalCode: "N1 1AA", Country: "GBR"}}

// known reports the state of each collection for env.
func known(cat *risk.Catalogue, env *risk.Env) map[string]bool {
	out := map[string]bool{}
	for _, k := range cat.Collections() {
		_, out[k.Name] = k.Len(env)
	}
	return out
}

// missing checks that each path is missing for env.
func missing(t *testing.T, cat *risk.Catalogue, env *risk.Env, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if v := get(t, cat, env, p); v.State != risk.Missing {
			t.Errorf("%s: %+v, want missing", p, v)
		}
	}
}

// bookingPaths are every booking attribute.
var bookingPaths = []string{"booking.locator", "booking.created", "booking.leadHours", "booking.leadDays",
	"booking.partySize", "booking.cash", "booking.thirdPartyPayer", "booking.totalAmount", "booking.agency",
	"booking.agencyCountry", "booking.agencyCity", "booking.linkedPnrs"}

func TestNoEnv(t *testing.T) {
	cat := risk.NewCatalogue()
	env := &risk.Env{}
	for _, a := range cat.Attributes() {
		if v := a.Get(env); v.State != risk.Missing || v.Type != a.Type {
			t.Errorf("%s on an empty Env: %+v", a.Path, v)
		}
	}
	for name, k := range known(cat, env) {
		if k {
			t.Errorf("%s is known on an empty Env", name)
		}
	}
	// On a traveller, outside a quantifier, no element is set.
	f := realistic(t, 3, 7)
	env = &risk.Env{Flight: f, Traveler: f.Travelers[0], Now: now}
	for _, a := range cat.Attributes() {
		switch a.Entity {
		case risk.EntityFlight, risk.EntityTraveler, risk.EntityBooking, risk.EntityTrip:
		default:
			if v := a.Get(env); v.State != risk.Missing {
				t.Errorf("%s without an element: %+v", a.Path, v)
			}
		}
	}
}

func TestAPIOnly(t *testing.T) {
	cat := risk.NewCatalogue()
	f := build(t, list("SIN", person))
	tr := f.Travelers[0]
	env := &risk.Env{Flight: f, Traveler: tr, Now: now}
	missing(t, cat, env, bookingPaths...)
	missing(t, cat, env, "traveler.title", "traveler.coTravelers", "traveler.frequentFlyerCount",
		"traveler.linkMethod", "traveler.linkStrength", "traveler.conflictCount")
	want := map[string]risk.Value{
		"traveler.middleName": risk.String("RUTH"), "traveler.residence": risk.Code("GBR"),
		"traveler.gender": risk.Code("F"), "traveler.ageYears": risk.Number(46),
		"traveler.hasApi": risk.Bool(true), "traveler.hasPnr": risk.Bool(false), "traveler.cancelled": risk.Bool(false),
		"traveler.infant": risk.Bool(false), "traveler.seat": risk.Code("012A"), "traveler.bags": risk.Number(2),
		"traveler.bagWeight": risk.Number(30), "traveler.checkedIn": risk.Bool(true),
		// No embarkation in the list: the flight's.
		"traveler.embarkation": risk.Code("SIN"), "traveler.debarkationCountry": risk.Code("KR"),
		// Without a PNR, the trip is this flight.
		"trip.legs": risk.Number(1), "trip.type": risk.Code("oneWay"), "trip.hours": risk.Hours(6.58),
		"route.airports": risk.List([]string{"SIN", "ICN"}),
	}
	for path, w := range want {
		if d := cmp.Diff(w, get(t, cat, env, path)); d != "" {
			t.Errorf("%s (-want +got):\n%s", path, d)
		}
	}
	wantKnown := map[string]bool{"documents": true, "legs": true, "contacts": true, "boardings": true, "transits": true,
		"payments": false, "coTravelers": false, "links": false, "conflicts": false, "ssrs": false}
	if d := cmp.Diff(wantKnown, known(cat, env)); d != "" {
		t.Errorf("collections known (-want +got):\n%s", d)
	}
	check := func(coll, path string, want ...risk.Value) {
		t.Helper()
		got, _ := elements(t, cat, env, coll, path)
		if want == nil {
			want = []risk.Value{}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s, %s (-want +got):\n%s", coll, path, d)
		}
	}
	check("documents", "document.issuedDaysAgo", risk.MissingOf(risk.TypeNumber))
	check("documents", "document.expiresInDays", risk.Number(1133))
	check("contacts", "contact.kind", risk.Code("email"), risk.Code("address"))
	// An e-mail without @ has no domain; an address has none either.
	check("contacts", "contact.emailDomain", risk.MissingOf(risk.TypeCode), risk.MissingOf(risk.TypeCode))
	check("contacts", "contact.city", risk.MissingOf(risk.TypeString), risk.String("LONDON"))
	check("contacts", "contact.postalCode", risk.MissingOf(risk.TypeString), risk.String("N1 1AA"))
	check("boardings", "boarding.thisFlight", risk.Bool(true))
	check("boardings", "boarding.cabin", risk.MissingOf(risk.TypeCode))
	check("transits", "transit.airport")
}

func TestPNROnly(t *testing.T) {
	cat := risk.NewCatalogue()
	f := build(t, nil, pnrgovtest.Push(3, 7))
	tr := f.Travelers[0]
	env := &risk.Env{Flight: f, Traveler: tr, Now: now}
	missing(t, cat, env, "traveler.linkMethod", "traveler.linkStrength", "traveler.conflictCount", "traveler.middleName")
	for path, w := range map[string]risk.Value{"traveler.hasApi": risk.Bool(false), "traveler.hasPnr": risk.Bool(true),
		"traveler.cancelled": risk.Bool(false), "traveler.embarkation": risk.Code("SIN"),
		"traveler.debarkation": risk.Code("ICN"), "booking.agency": risk.Code("12345675")} {
		if d := cmp.Diff(w, get(t, cat, env, path)); d != "" {
			t.Errorf("%s (-want +got):\n%s", path, d)
		}
	}
	k := known(cat, env)
	if k["conflicts"] || !k["payments"] || !k["ssrs"] || !k["coTravelers"] || !k["links"] {
		t.Errorf("collections known: %v", k)
	}
}

func TestUnknownAirport(t *testing.T) {
	cat := risk.NewCatalogue()
	f := build(t, list("QQQ", person)) // no such airport in the table
	env := &risk.Env{Flight: f, Traveler: f.Travelers[0], Now: now}
	missing(t, cat, env, "flight.departure", "flight.originCountry", "flight.hoursToDeparture", "flight.direction",
		"traveler.embarkationCountry", "trip.hours")
	if v := get(t, cat, env, "flight.arrival"); !cmp.Equal(v, risk.DateTime(utc(2026, 11, 25, 13, 5))) {
		t.Errorf("flight.arrival %+v", v)
	}
	if v := get(t, cat, env, "flight.origin"); !cmp.Equal(v, risk.Code("QQQ")) {
		t.Errorf("flight.origin %+v", v)
	}
	got, _ := elements(t, cat, env, "legs", "leg.departure")
	if d := cmp.Diff([]risk.Value{risk.MissingOf(risk.TypeDateTime)}, got); d != "" {
		t.Errorf("leg.departure (-want +got):\n%s", d)
	}
	got, _ = elements(t, cat, env, "legs", "leg.originCountry")
	if d := cmp.Diff([]risk.Value{risk.MissingOf(risk.TypeCode)}, got); d != "" {
		t.Errorf("leg.originCountry (-want +got):\n%s", d)
	}
	// Without a time of evaluation there are no hours to departure.
	env = &risk.Env{Flight: build(t, list("SIN", person)), Traveler: f.Travelers[0]}
	missing(t, cat, env, "flight.hoursToDeparture")
}

// TestHandBuilt reads travellers a host builds itself, with what the
// Builder always fills left out.
func TestHandBuilt(t *testing.T) {
	cat := risk.NewCatalogue()
	others := []*manifest.Traveler{{ID: "t9", Surname: "NOWAK", Infant: true}, {ID: "x", Surname: "SILVA"}}
	pnr := &pnrgov.Traveler{SSRs: []pnrgov.SSR{{Code: "KSML"}, {Code: "UMNR", Text: "MINOR"}, {Code: "meda"}, {Code: "DOCS"}}}
	tr := &manifest.Traveler{ID: "t1", Role: manifest.RolePassenger,
		API:       &manifest.APIRecord{Person: &paxlst.Person{}, Cancelled: true},
		PNR:       &manifest.PNRRecord{Traveler: pnr},
		Link:      &manifest.Link{Method: manifest.LinkDocument, Strength: 2},
		Conflicts: []manifest.Conflict{{Field: "nationality", API: "NGA", PNR: "GHA"}, {Field: "birthDate"}},
		// t9 is not at Travelers[8]; t7 is nowhere.
		CoTravelers: []string{"t9", "t7"},
		Boardings:   []manifest.Boarding{{Leg: -1, Seat: "001A", Source: "pnr"}},
	}
	f := &manifest.Flight{Carrier: "ZZ", Number: "100", Travelers: append([]*manifest.Traveler{tr}, others...)}
	env := &risk.Env{Flight: f, Traveler: tr, Now: now}
	// No Booking, no Trip, no legs.
	missing(t, cat, env, bookingPaths...)
	missing(t, cat, env, "trip.type", "trip.oneWay", "trip.hours", "trip.legs", "route.airports", "route.countries",
		"flight.departure", "flight.origin", "flight.date", "traveler.embarkation", "traveler.bags")
	for path, w := range map[string]risk.Value{"traveler.cancelled": risk.Bool(true), "traveler.checkedIn": risk.Bool(false),
		"traveler.conflictCount": risk.Number(2), "traveler.linkMethod": risk.Code("document"),
		"flight.legs": risk.Number(0), "flight.passengers": risk.Number(1), "traveler.coTravelers": risk.Number(2),
		"traveler.frequentFlyerCount": risk.Number(0)} {
		if d := cmp.Diff(w, get(t, cat, env, path)); d != "" {
			t.Errorf("%s (-want +got):\n%s", path, d)
		}
	}
	wantKnown := map[string]bool{"documents": true, "legs": false, "contacts": true, "boardings": true, "transits": false,
		"payments": false, "coTravelers": true, "links": false, "conflicts": true, "ssrs": true}
	if d := cmp.Diff(wantKnown, known(cat, env)); d != "" {
		t.Errorf("collections known (-want +got):\n%s", d)
	}
	for _, tt := range []struct {
		coll, path string
		want       []risk.Value
	}{
		{"conflicts", "conflict.field", codes("nationality", "birthDate")},
		// The kosher meal and the medical case (in lower case) are left out.
		{"ssrs", "ssr.code", codes("UMNR", "DOCS")},
		{"ssrs", "ssr.text", []risk.Value{risk.String("MINOR"), risk.MissingOf(risk.TypeString)}},
		{"coTravelers", "coTraveler.surname", []risk.Value{risk.String("NOWAK"), risk.MissingOf(risk.TypeString)}},
		{"coTravelers", "coTraveler.infant", []risk.Value{risk.Bool(true), risk.MissingOf(risk.TypeBool)}},
		{"coTravelers", "coTraveler.ageYears", []risk.Value{risk.MissingOf(risk.TypeNumber), risk.MissingOf(risk.TypeNumber)}},
		// A PNR boarding on no leg of the trip is not on this flight.
		{"boardings", "boarding.thisFlight", []risk.Value{risk.Bool(false)}},
		{"boardings", "boarding.bagWeight", []risk.Value{risk.MissingOf(risk.TypeNumber)}},
	} {
		got, _ := elements(t, cat, env, tt.coll, tt.path)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s, %s (-want +got):\n%s", tt.coll, tt.path, d)
		}
	}

	// A booking whose link index is past the flight's links, and a
	// payment without an amount.
	tr.Booking = &manifest.Booking{Links: []int{5}, Payments: []manifest.Payment{{Type: "CA"}}, Cash: true}
	for _, tt := range []struct {
		coll, path string
		want       []risk.Value
	}{
		{"links", "link.kind", []risk.Value{risk.MissingOf(risk.TypeCode)}},
		{"payments", "payment.amount", []risk.Value{risk.MissingOf(risk.TypeNumber)}},
		{"payments", "payment.vendor", []risk.Value{risk.MissingOf(risk.TypeCode)}},
	} {
		got, _ := elements(t, cat, env, tt.coll, tt.path)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s, %s (-want +got):\n%s", tt.coll, tt.path, d)
		}
	}
	missing(t, cat, env, "booking.totalAmount", "booking.agency", "booking.agencyCity", "booking.created",
		"booking.thirdPartyPayer", "booking.locator", "booking.leadHours")
	if v := get(t, cat, env, "booking.cash"); !cmp.Equal(v, risk.Bool(true)) {
		t.Errorf("booking.cash %+v", v)
	}
}
