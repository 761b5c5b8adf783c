package risk_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
)

// spec is the built-in catalogue as specified: path, type and flag (id:
// identifying, prohibited), one attribute a line.
const spec = `
flight.carrier code;flight.number code;flight.direction code;flight.date date;flight.departure dateTime
flight.arrival dateTime;flight.origin code;flight.destination code;flight.originCountry code
flight.destinationCountry code;flight.legs number;flight.passengers number;flight.hoursToDeparture duration
traveler.surname string id;traveler.givenNames string id;traveler.middleName string id;traveler.title code
traveler.birthDate date id;traveler.ageYears number;traveler.gender code;traveler.infant bool;traveler.role code
traveler.nationality code;traveler.residence code;traveler.embarkation code;traveler.debarkation code
traveler.embarkationCountry code;traveler.debarkationCountry code;traveler.seat code;traveler.bags number
traveler.bagWeight number;traveler.checkedIn bool;traveler.coTravelers number;traveler.hasApi bool
traveler.hasPnr bool;traveler.linkMethod code;traveler.linkStrength number;traveler.conflictCount number
traveler.cancelled bool;traveler.frequentFlyerCount number;traveler.specialMeals bool prohibited
traveler.medicalSsrs bool prohibited
booking.locator code id;booking.created dateTime;booking.leadHours duration;booking.leadDays number
booking.partySize number id;booking.cash bool;booking.thirdPartyPayer bool;booking.totalAmount number
booking.agency code;booking.agencyCountry code;booking.agencyCity code;booking.linkedPnrs number
trip.type code;trip.oneWay bool;trip.return bool;trip.openJaw bool;trip.hours duration;trip.legs number
route.airports list;route.countries list
document.type code;document.number string id;document.issuingCountry code;document.expiryDate date
document.issueDate date;document.expiresInDays number;document.issuedDaysAgo number;document.source code
leg.carrier code;leg.number code;leg.origin code;leg.destination code;leg.originCountry code
leg.destinationCountry code;leg.departure dateTime;leg.arrival dateTime;leg.thisFlight bool
payment.type code;payment.amount number;payment.vendor code;payment.account string id;payment.holder string id
contact.kind code;contact.value string id;contact.emailDomain code;contact.city string id
contact.postalCode string id;contact.country code
boarding.seat code;boarding.cabin code;boarding.bags number;boarding.bagWeight number;boarding.thisFlight bool
transit.airport code;transit.country code;transit.dwellHours duration
coTraveler.surname string id;coTraveler.givenNames string id;coTraveler.ageYears number;coTraveler.gender code
coTraveler.nationality code;coTraveler.infant bool;coTraveler.hasApi bool
link.kind code;link.value string id;link.pnrs number
conflict.field code
ssr.code code;ssr.text string id`

// collections maps each collection to its elements' entity.
var collections = map[string]risk.Entity{
	"documents": risk.EntityDocument, "legs": risk.EntityLeg, "payments": risk.EntityPayment,
	"contacts": risk.EntityContact, "boardings": risk.EntityBoarding, "transits": risk.EntityTransit,
	"coTravelers": risk.EntityCoTraveler, "links": risk.EntityLink, "conflicts": risk.EntityConflict,
	"ssrs": risk.EntitySSR,
}

func TestCatalogueMatchesSpec(t *testing.T) {
	cat := risk.NewCatalogue()
	var want, got []string
	for _, line := range strings.FieldsFunc(spec, func(r rune) bool { return r == ';' || r == '\n' }) {
		f := strings.Fields(line)
		entity := strings.Split(f[0], ".")[0]
		if entity == "route" {
			entity = "trip"
		}
		want = append(want, strings.Join(append([]string{f[0], f[1], entity}, f[2:]...), " "))
	}
	for _, a := range cat.Attributes() {
		s := []string{a.Path, a.Type.String(), string(a.Entity)}
		if a.Identifying {
			s = append(s, "id")
		}
		if a.Prohibited {
			s = append(s, "prohibited")
		}
		got = append(got, strings.Join(s, " "))
		if a.Name == "" || a.Get == nil {
			t.Errorf("%s: name %q, Get %v", a.Path, a.Name, a.Get != nil)
		}
		// The doc says what the value is when it is not known.
		if !strings.HasSuffix(a.Doc, ".") || !containsAny(a.Doc, "unknown", "always known", "false when", "false without") {
			t.Errorf("%s: doc %q does not say what it is when unknown", a.Path, a.Doc)
		}
	}
	slices.Sort(want)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("attributes (-spec +catalogue):\n%s", d)
	}
	gotColl := map[string]risk.Entity{}
	for _, k := range cat.Collections() {
		gotColl[k.Name] = k.Entity
		if k.Doc == "" {
			t.Errorf("collection %s has no doc", k.Name)
		}
	}
	if d := cmp.Diff(collections, gotColl); d != "" {
		t.Errorf("collections (-spec +catalogue):\n%s", d)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// now is the time of evaluation in the tests: six hours before ZZ 100
// leaves Singapore (14:30 local, UTC+8).
var now = time.Date(2026, 11, 25, 0, 30, 0, 0, time.UTC)

// get reads an attribute.
func get(t *testing.T, cat *risk.Catalogue, env *risk.Env, path string) risk.Value {
	t.Helper()
	a, ok := cat.Attribute(path)
	if !ok {
		t.Fatalf("no attribute %s", path)
	}
	v := a.Get(env)
	if v.Type != a.Type {
		t.Errorf("%s: value of type %s, want %s", path, v.Type, a.Type)
	}
	return v
}

// elements returns the values of path for each element of a collection,
// and whether the collection is known.
func elements(t *testing.T, cat *risk.Catalogue, env *risk.Env, coll, path string) ([]risk.Value, bool) {
	t.Helper()
	i := slices.IndexFunc(cat.Collections(), func(k risk.Collection) bool { return k.Name == coll })
	if i < 0 {
		t.Fatalf("no collection %s", coll)
	}
	k := cat.Collections()[i]
	n, known := k.Len(env)
	out := []risk.Value{}
	for j := range n {
		k.Set(env, j)
		out = append(out, get(t, cat, env, path))
	}
	return out, known
}

func utc(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

// TestRealistic reads the attributes of travellers of the realistic flight
// and checks them against the manifest's fields and the push's fixed data.
func TestRealistic(t *testing.T) {
	cat := risk.NewCatalogue()
	f := realistic(t, 30, 7)
	i := slices.IndexFunc(f.Travelers, func(tr *manifest.Traveler) bool {
		return tr.API != nil && tr.PNR != nil && len(tr.Documents) > 0 && len(tr.CoTravelers) > 0
	})
	if i < 0 {
		t.Fatal("no linked traveller with documents and co-travellers")
	}
	tr := f.Travelers[i]
	env := &risk.Env{Flight: f, Traveler: tr, Now: now}
	b := tr.Booking
	var paid float64
	for _, p := range b.Payments {
		paid += *p.Amount
	}
	want := map[string]risk.Value{
		"flight.carrier": risk.Code("ZZ"), "flight.number": risk.Code("100"), "flight.direction": risk.Code("inbound"),
		"flight.date":      risk.Date(f.Date),
		"flight.departure": risk.DateTime(utc(2026, 11, 25, 6, 30)), // 14:30 in Singapore
		"flight.arrival":   risk.DateTime(utc(2026, 11, 25, 13, 5)), // 22:05 in Seoul
		"flight.origin":    risk.Code("SIN"), "flight.destination": risk.Code("ICN"),
		"flight.originCountry": risk.Code("SG"), "flight.destinationCountry": risk.Code("KR"),
		"flight.legs": risk.Number(1), "flight.passengers": risk.Number(float64(len(f.Travelers))),
		"flight.hoursToDeparture": risk.Hours(6),

		"traveler.surname": risk.String(tr.Surname), "traveler.givenNames": risk.String(tr.GivenNames),
		"traveler.middleName": risk.MissingOf(risk.TypeString), "traveler.title": risk.Code(tr.Title),
		"traveler.birthDate": risk.Date(tr.BirthDate), "traveler.ageYears": risk.Number(float64(*tr.Features.AgeYears)),
		"traveler.gender": risk.Code(tr.Gender.String()), "traveler.infant": risk.Bool(tr.Infant),
		"traveler.role": risk.Code("passenger"), "traveler.nationality": risk.Code(tr.Nationality),
		"traveler.residence": risk.Code(tr.Residence), "traveler.embarkation": risk.Code("SIN"),
		"traveler.debarkation": risk.Code("ICN"), "traveler.embarkationCountry": risk.Code("SG"),
		"traveler.debarkationCountry": risk.Code("KR"), "traveler.seat": risk.Code(tr.Features.Seat),
		"traveler.bags": risk.Number(float64(tr.Features.Bags)), "traveler.checkedIn": risk.Bool(true),
		"traveler.coTravelers": risk.Number(float64(len(tr.CoTravelers))), "traveler.hasApi": risk.Bool(true),
		"traveler.hasPnr": risk.Bool(true), "traveler.linkMethod": risk.Code("locator"),
		"traveler.linkStrength": risk.Number(3), "traveler.conflictCount": risk.Number(0),
		"traveler.cancelled": risk.Bool(false), "traveler.frequentFlyerCount": risk.Number(1),
		"traveler.specialMeals": risk.MissingOf(risk.TypeBool), "traveler.medicalSsrs": risk.MissingOf(risk.TypeBool),

		"booking.locator":   risk.Code(tr.PNR.Locator),
		"booking.created":   risk.DateTime(utc(2026, 10, 1+tr.PNR.PNR%28, 9, 15)),
		"booking.leadHours": risk.Hours(*b.LeadHours), "booking.leadDays": risk.Number(float64(*b.LeadDays)),
		"booking.partySize": risk.Number(float64(b.PartySize)), "booking.cash": risk.Bool(false),
		"booking.thirdPartyPayer": risk.Bool(false), "booking.totalAmount": risk.Number(paid),
		"booking.agency": risk.Code("12345675"), "booking.agencyCountry": risk.Code("SG"),
		"booking.agencyCity": risk.Code("MUC"), "booking.linkedPnrs": risk.Number(float64(b.LinkedPNRs)),

		"trip.type": risk.Code(string(tr.Trip.Type)), "trip.hours": risk.Hours(*tr.Trip.Hours),
		"trip.legs": risk.Number(float64(len(tr.Trip.Legs))), "route.airports": risk.List(tr.Trip.Route),
		"route.countries": risk.List(tr.Trip.RouteCountries),
	}
	if fw := tr.Features.BagWeight; fw != nil {
		want["traveler.bagWeight"] = risk.Number(*fw)
	} else {
		want["traveler.bagWeight"] = risk.MissingOf(risk.TypeNumber)
	}
	for _, tt := range []struct {
		path string
		typ  manifest.TripType
	}{{"trip.oneWay", manifest.TripOneWay}, {"trip.return", manifest.TripReturn}, {"trip.openJaw", manifest.TripOpenJaw}} {
		want[tt.path] = risk.Bool(tr.Trip.Type == tt.typ)
	}
	// The lead time is the push's: from the creation to 06:30 UTC.
	if lead := utc(2026, 11, 25, 6, 30).Sub(utc(2026, 10, 1+tr.PNR.PNR%28, 9, 15)).Hours(); *b.LeadHours != lead {
		t.Errorf("lead hours %v, want %v", *b.LeadHours, lead)
	}
	for path, w := range want {
		if d := cmp.Diff(w, get(t, cat, env, path)); d != "" {
			t.Errorf("%s (-want +got):\n%s", path, d)
		}
	}
	for _, a := range cat.Attributes() {
		if _, ok := want[a.Path]; !ok && (a.Entity == risk.EntityFlight || a.Entity == risk.EntityTraveler ||
			a.Entity == risk.EntityBooking || a.Entity == risk.EntityTrip) {
			t.Errorf("%s is not checked", a.Path)
		}
	}
}
