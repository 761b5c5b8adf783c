package watchlist

import (
	"fmt"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/watchlist/internal/synth"
)

// synthEntries returns n synthetic listed people, deterministic for seed:
// a primary name, for 30 % an alias and for 10 % a second one (spelling
// variants, as lists record them), a date of birth (exact for 70 %, year
// only for 20 %, a range for 10 %), nationality, gender and, for half of
// them, a passport.
func synthEntries(n int, seed uint64) []Entry {
	g := synth.New(seed)
	r := g.Rand()
	out := make([]Entry, n)
	for i := range out {
		p := g.Person()
		e := Entry{ID: fmt.Sprintf("S:%d", i), Source: "synthetic", Category: CategoryIndividual,
			Names: []Name{{Surname: p.Surname, Given: p.Given, Full: p.Surname + ", " + p.Given}}}
		aliases := 0
		switch x := r.IntN(10); {
		case x < 1:
			aliases = 2
		case x < 3:
			aliases = 1
		}
		for range aliases {
			s, gv, _ := g.RandomVariant(p.Surname, p.Given)
			e.Names = append(e.Names, Name{Surname: s, Given: gv, Full: s + ", " + gv, Kind: NameAlias})
		}
		switch x := r.IntN(10); {
		case x < 7:
			e.BirthDates = []BirthDate{ExactBirthDate(p.Year, time.Month(p.Month), p.Day)}
		case x < 9:
			e.BirthDates = []BirthDate{BirthYear(p.Year)}
		default:
			e.BirthDates = []BirthDate{BirthYearRange(p.Year-1, p.Year+1)}
		}
		e.Nationalities = []string{p.Nationality}
		e.Gender = GenderMale
		if p.Female {
			e.Gender = GenderFemale
		}
		if r.IntN(2) == 0 {
			e.Documents = []Document{{Type: "Passport", Number: g.Document(), IssuingCountry: p.Nationality}}
		}
		out[i] = e
	}
	return out
}

// synthQueries returns n travellers: 70 % are listed people under a name
// variant (typing error, transliteration, dropped or swapped names), with
// their date of birth; 30 % are people drawn from the same population with
// another seed, mostly not listed.
func synthQueries(entries []Entry, n int, seed uint64) []Query {
	g := synth.New(seed)
	other := synth.New(seed + 1)
	r := g.Rand()
	out := make([]Query, n)
	for i := range out {
		if r.IntN(10) < 7 {
			e := &entries[r.IntN(len(entries))]
			s, gv, _ := g.RandomVariant(e.Names[0].Surname, e.Names[0].Given)
			q := Query{Ref: fmt.Sprint(i), Surname: s, Given: gv, Gender: e.Gender, Nationality: e.Nationalities[0]}
			if b := e.BirthDates[0]; full(b.From) {
				q.BirthDate = b.From
			}
			out[i] = q
			continue
		}
		p := other.Person()
		q := Query{Ref: fmt.Sprint(i), Surname: p.Surname, Given: p.Given, Nationality: p.Nationality,
			BirthDate: civil.Date{Year: p.Year, Month: time.Month(p.Month), Day: p.Day}}
		out[i] = q
	}
	return out
}
