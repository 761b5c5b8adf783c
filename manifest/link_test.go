package manifest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

func traveler(surname, given string, docs ...ssr.Document) pnrgov.Traveler {
	return pnrgov.Traveler{Name: pnrgov.Name{Surname: surname, Given: given, GivenRaw: given, Type: pnrgov.TravelerAdult}, Documents: docs}
}

func passport(number, country string, birth string, gender ssr.Gender) ssr.Document {
	b, _ := ssr.ParseDate(birth, date(2026, 11, 25), true)
	return ssr.Document{Type: "P", Number: number, IssuingCountry: country, BirthDate: b, Gender: gender, Source: "DOCS"}
}

func person(surname, given, locator string, docs ...paxlst.Document) paxlst.Person {
	return paxlst.Person{Role: paxlst.RolePassenger, Surname: surname, GivenNames: given, PNR: locator, Documents: docs}
}

// view is what the linking tests compare of a traveller.
type view struct {
	Name   string
	API    bool
	PNR    string // locator/index
	Method manifest.LinkMethod
}

func views(f *manifest.Flight) []view {
	var out []view
	for _, t := range f.Travelers {
		v := view{Name: t.Surname + "/" + t.GivenNames, API: t.API != nil}
		if t.PNR != nil {
			v.PNR = t.PNR.Locator + "/" + string(rune('0'+t.PNR.Index))
		}
		if t.Link != nil {
			v.Method = t.Link.Method
		}
		out = append(out, v)
	}
	return out
}

func build1(t *testing.T, l *paxlst.Message, p *pnrgov.Message) *manifest.Flight {
	t.Helper()
	b := manifest.NewBuilder()
	b.AddPAXLST(l)
	b.AddPNRGOV(p)
	fs := b.Build()
	if len(fs) != 1 {
		t.Fatalf("%d flights, want 1", len(fs))
	}
	return fs[0]
}

func TestLinkRules(t *testing.T) {
	bd := date(1980, 2, 3)
	withBirth := func(p paxlst.Person) paxlst.Person { p.BirthDate = bd; return p }
	doc := paxlst.Document{Type: paxlst.DocumentPassport, Number: "X123-456", IssuingCountry: "XXA"}
	cases := []struct {
		name string
		api  []paxlst.Person
		pnrs []*pnrgov.PNR
		want []view
	}{
		{"locator and name",
			[]paxlst.Person{person("DOE", "JANE", "ABC123")},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JANE MARIA"))},
			[]view{{"DOE/JANE", true, "ABC123/0", manifest.LinkLocator}}},
		{"document, no locator",
			[]paxlst.Person{person("DOE", "JANE", "", doc)},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "J", passport("X123456", "XXA", "", "")))},
			[]view{{"DOE/JANE", true, "ABC123/0", manifest.LinkDocument}}},
		{"name and birth date",
			[]paxlst.Person{withBirth(person("DOE", "JANE", ""))},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JANE", passport("", "", "03FEB80", "F")))},
			[]view{{"DOE/JANE", true, "ABC123/0", manifest.LinkNameBirthDate}}},
		{"name alone is not enough",
			[]paxlst.Person{person("DOE", "JANE", "")},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JANE"))},
			[]view{{"DOE/JANE", true, "", ""}, {"DOE/JANE", false, "ABC123/0", ""}}},
		{"two namesakes in one PNR: left apart",
			[]paxlst.Person{person("DOE", "JOHN", "ABC123")},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JOHN"), traveler("DOE", "JOHN"))},
			[]view{{"DOE/JOHN", true, "", ""}, {"DOE/JOHN", false, "ABC123/0", ""}, {"DOE/JOHN", false, "ABC123/1", ""}}},
		{"two namesakes in one PNR: told apart by birth date",
			[]paxlst.Person{withBirth(person("DOE", "JOHN", "ABC123"))},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JOHN", passport("", "", "09SEP55", "M")),
				traveler("DOE", "JOHN", passport("", "", "03FEB80", "M")))},
			[]view{{"DOE/JOHN", true, "ABC123/1", manifest.LinkLocator}, {"DOE/JOHN", false, "ABC123/0", ""}}},
		{"two API namesakes for one traveller: left apart",
			[]paxlst.Person{person("DOE", "JOHN", "ABC123"), person("DOE", "JOHN", "ABC123")},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JOHN"))},
			[]view{{"DOE/JOHN", true, "", ""}, {"DOE/JOHN", true, "", ""}, {"DOE/JOHN", false, "ABC123/0", ""}}},
		{"crew are never linked",
			[]paxlst.Person{{Role: paxlst.RoleCrew, Surname: "DOE", GivenNames: "JANE", PNR: "ABC123"}},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JANE"))},
			[]view{{"DOE/JANE", true, "", ""}, {"DOE/JANE", false, "ABC123/0", ""}}},
		{"a booked traveller without API stays",
			[]paxlst.Person{person("DOE", "JANE", "ABC123")},
			[]*pnrgov.PNR{booking("ABC123", traveler("DOE", "JANE")), booking("XYZ789", traveler("ROE", "RICHARD"))},
			[]view{{"DOE/JANE", true, "ABC123/0", manifest.LinkLocator}, {"ROE/RICHARD", false, "XYZ789/0", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := build1(t, list(c.api...), pushOf(c.pnrs...))
			if d := cmp.Diff(c.want, views(f)); d != "" {
				t.Errorf("travellers (-want +got):\n%s", d)
			}
		})
	}
}

// TestLinkInfant: a parent and a lap infant of the same names in one PNR
// are each linked to their own API person, by birth date, never crosswise.
func TestLinkInfant(t *testing.T) {
	infant := traveler("DOE", "JOHN", passport("", "", "09MAR25", ssr.GenderMaleInfant))
	infant.Type, infant.AdultRef = pnrgov.TravelerInfant, "1"
	adult := traveler("DOE", "JOHN")
	baby := person("DOE", "JOHN", "ABC123")
	baby.BirthDate = date(2025, 3, 9)
	dad := person("DOE", "JOHN", "ABC123")
	dad.BirthDate = date(1980, 2, 3)
	f := build1(t, list(dad, baby), pushOf(booking("ABC123", adult, infant)))
	want := []view{{"DOE/JOHN", true, "ABC123/0", manifest.LinkLocator}, {"DOE/JOHN", true, "ABC123/1", manifest.LinkLocator}}
	if d := cmp.Diff(want, views(f)); d != "" {
		t.Errorf("travellers (-want +got):\n%s", d)
	}
	if !f.Travelers[1].Infant || f.Travelers[0].Infant {
		t.Errorf("infant flags %v %v, want false true", f.Travelers[0].Infant, f.Travelers[1].Infant)
	}
	if d := cmp.Diff([]string{"t2"}, f.Travelers[0].CoTravelers); d != "" {
		t.Errorf("co-travellers (-want +got):\n%s", d)
	}
	// Without the infant's birth date on the API side, both API persons
	// name the PNR adult: neither is linked by locator, and nothing is
	// linked crosswise.
	baby.BirthDate = date(0, 0, 0)
	f = build1(t, list(dad, baby), pushOf(booking("ABC123", adult, infant)))
	for _, tr := range f.Travelers {
		if tr.API != nil && tr.PNR != nil && tr.API.Person.BirthDate.Year == 1980 && tr.PNR.Index != 0 {
			t.Errorf("the adult was linked to the infant: %+v", views(f))
		}
	}
}

func TestConflicts(t *testing.T) {
	p := person("DOE", "JANE", "ABC123", paxlst.Document{Type: paxlst.DocumentPassport, Number: "X1", IssuingCountry: "XXA"})
	p.BirthDate, p.Gender, p.Nationality = date(1980, 2, 3), paxlst.GenderFemale, "XXA"
	d := passport("X2", "XXA", "04FEB80", ssr.GenderMale)
	d.Nationality = "XXB"
	f := build1(t, list(p), pushOf(booking("ABC123", traveler("DOE", "JANE", d))))
	tr := f.Travelers[0]
	want := []manifest.Conflict{
		{Field: "birthDate", API: "1980-02-03", PNR: "1980-02-04"},
		{Field: "gender", API: "F", PNR: "M"},
		{Field: "nationality", API: "XXA", PNR: "XXB"},
		{Field: "documents", API: "X1", PNR: "X2"},
	}
	if diff := cmp.Diff(want, tr.Conflicts); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
	// The API's values are the traveller's; both documents are kept.
	if tr.BirthDate != p.BirthDate || tr.Nationality != "XXA" || len(tr.Documents) != 2 {
		t.Errorf("traveller %+v", tr)
	}
}
