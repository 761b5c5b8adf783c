package manifest

import (
	"slices"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// apiPerson is a person of the flight's lists.
type apiPerson struct {
	src, idx  int
	p         *paxlst.Person
	cancelled bool
}

// apiPersons returns one record per person of the flight's lists, in list
// order: a person sent again by a later list (a progressive list of another
// leg, a change CP) is the later record, in the place of the first; a later
// list of cancellations (XR) marks the person cancelled.
func apiPersons(srcs []Source) []apiPerson {
	n := 0
	for _, s := range srcs {
		if s.api != nil {
			n += len(s.api.Persons)
		}
	}
	out := make([]apiPerson, 0, n)
	if countLists(srcs) <= 1 {
		for si, s := range srcs { // one list: nothing to apply to earlier ones
			if s.api != nil {
				for i := range s.api.Persons {
					out = append(out, apiPerson{si, i, &s.api.Persons[i], s.api.Function == paxlst.FunctionCancelReservation})
				}
			}
		}
		return out
	}
	type seenAt struct{ person, list int } // index in out, and of the list that last sent the key
	seen := make(map[personKey]seenAt, n)
	for si, s := range srcs {
		if s.api == nil {
			continue
		}
		cancel := s.api.Function == paxlst.FunctionCancelReservation
		for i := range s.api.Persons {
			p := &s.api.Persons[i]
			k := keyOf(p)
			if at, ok := seen[k]; ok && at.list != si {
				prev := out[at.person].cancelled && s.api.Function != paxlst.FunctionChangePassenger
				out[at.person] = apiPerson{si, i, p, cancel || prev}
				seen[k] = seenAt{at.person, si}
				continue
			}
			seen[k] = seenAt{len(out), si}
			out = append(out, apiPerson{si, i, p, cancel})
		}
	}
	return out
}

func countLists(srcs []Source) int {
	n := 0
	for _, s := range srcs {
		if s.api != nil {
			n++
		}
	}
	return n
}

// personKey identifies an API person across the lists of a flight: role,
// names and birth date (a change may correct a document, not the person).
type personKey struct {
	crew           bool
	surname, given string
	birth          civil.Date
}

func keyOf(p *paxlst.Person) personKey {
	return personKey{p.Role.Crew(), normName(p.Surname), normName(p.Forenames()), p.BirthDate}
}

// pnrTraveler is a traveller of one of the flight's PNRs, with what
// linking compares worked out once.
type pnrTraveler struct {
	pnr, idx int
	p        *pnrgov.PNR
	t        *pnrgov.Traveler
	surname  string // normName of the surname, the given names, and the
	given    string // given names as sent when a title was inferred
	givenRaw string
	birth    civil.Date
	contacts int // how many of the PNR's contacts name the traveller
}

func pnrTravelers(pnrs []*pnrgov.PNR) []pnrTraveler {
	n := 0
	for _, p := range pnrs {
		n += len(p.Travelers)
	}
	out := make([]pnrTraveler, 0, n)
	for i, p := range pnrs {
		for k := range p.Travelers {
			t := pnrTraveler{pnr: i, idx: k, p: p, t: &p.Travelers[k]}
			t.surname, t.given = normName(t.t.Surname), normName(t.t.Given)
			if t.t.TitleInferred {
				t.givenRaw = normName(t.t.GivenRaw)
			}
			t.birth = t.birthDate()
			for _, c := range p.Contacts {
				if c.Traveler == k {
					t.contacts++
				}
			}
			out = append(out, t)
		}
	}
	return out
}

// birthDate is the first birth date of the traveller's DOCS.
func (t *pnrTraveler) birthDate() civil.Date {
	for _, d := range t.t.Documents {
		if !d.BirthDate.IsZero() {
			return d.BirthDate
		}
	}
	return civil.Date{}
}

// infant reports a lap infant: by name type, DOCS gender or adult link.
func (t *pnrTraveler) infant() bool {
	if t.t.Type == pnrgov.TravelerInfant || t.t.AdultRef != "" {
		return true
	}
	for _, d := range t.t.Documents {
		if d.Gender.Infant() {
			return true
		}
	}
	return false
}

// apiKeys is what linking compares of an API person, worked out once.
type apiKeys struct {
	surname, given string
}

// index maps a key to the PNR travellers that have it, as chains in one
// slice: no allocation per key beyond the map's.
type index[K comparable] struct {
	head    map[K]int // first entry of the key's chain
	entries []indexEntry
}

type indexEntry struct{ traveler, next int }

func newIndex[K comparable](n int) index[K] {
	return index[K]{head: make(map[K]int, n), entries: make([]indexEntry, 0, n)}
}

func (x *index[K]) add(key K, j int) {
	next, ok := x.head[key]
	if !ok {
		next = -1
	} else if x.entries[next].traveler == j {
		return // the traveller has the key twice
	}
	x.head[key] = len(x.entries)
	x.entries = append(x.entries, indexEntry{j, next})
}

// each calls fn for each traveller with key.
func (x *index[K]) each(key K, fn func(j int)) {
	e, ok := x.head[key]
	for ok && e >= 0 {
		fn(x.entries[e].traveler)
		e = x.entries[e].next
	}
}

// docKey is a document's issuing country and normalised number.
type docKey struct{ country, number string }

// linker joins API persons and PNR travellers. Each rule looks its
// candidates up in an index (record locator, document, surname), so that a
// flight links in time linear in its travellers.
type linker struct {
	api   []apiPerson
	keys  []apiKeys
	pnr   []pnrTraveler
	date  civil.Date
	toPNR []int // index in pnr, or -1
	toAPI []int // index in api, or -1
	how   []LinkMethod

	byLocator, bySurname index[string]
	byDocument           index[docKey]

	cand []int   // a pass's one candidate per API person, or -1
	back []uint8 // how many API persons a pass's candidates name each traveller (0, 1, 2+)
	buf  []int
}

// link joins the API persons and the PNR travellers that are the same
// person, strongest rule first. A pair is linked only when each is the
// other's one candidate under the rule (after narrowing by birth date), so
// that namesakes on either side are never linked by guess; crew are never
// linked (they are not booked). It returns the travellers: the API persons
// in order, then the PNR travellers left alone.
func link(api []apiPerson, pnr []pnrTraveler, date civil.Date) []*Traveler {
	l := &linker{api: api, pnr: pnr, date: date, keys: make([]apiKeys, len(api)),
		toPNR: make([]int, len(api)), toAPI: make([]int, len(pnr)), how: make([]LinkMethod, len(api)),
		byLocator: newIndex[string](len(pnr)), byDocument: newIndex[docKey](len(pnr)), bySurname: newIndex[string](len(pnr)),
		cand: make([]int, len(api)), back: make([]uint8, len(pnr))}
	for i := range api {
		l.keys[i] = apiKeys{normName(api[i].p.Surname), normName(api[i].p.Forenames())}
		l.toPNR[i] = -1
	}
	for j := range pnr {
		t := &pnr[j]
		l.toAPI[j] = -1
		for _, loc := range t.p.Locators {
			if loc.Locator != "" {
				l.byLocator.add(loc.Locator, j)
			}
		}
		for _, d := range t.t.Documents {
			if n := normDocument(d.Number); n != "" && d.IssuingCountry != "" {
				l.byDocument.add(docKey{d.IssuingCountry, n}, j)
			}
		}
		l.bySurname.add(t.surname, j)
	}
	l.pass(LinkLocator, func(i int, fn func(int)) {
		if loc := api[i].p.PNR; loc != "" {
			l.byLocator.each(loc, fn)
		}
	}, func(i, j int) bool { return l.namesAgree(i, j) && l.sameAge(i, j) })
	l.pass(LinkDocument, l.documentCandidates, func(i, j int) bool { return true })
	l.pass(LinkNameBirthDate, func(i int, fn func(int)) { l.bySurname.each(l.keys[i].surname, fn) }, func(i, j int) bool {
		return !pnr[j].birth.IsZero() && pnr[j].birth == api[i].p.BirthDate && l.namesAgree(i, j)
	})
	return l.travelers()
}

// pass links, under one rule, the pairs that are each other's only
// candidate: lookup gives an API person's possible travellers, match
// confirms one.
func (l *linker) pass(method LinkMethod, lookup func(i int, fn func(j int)), match func(i, j int) bool) {
	clear(l.back)
	for i := range l.api {
		l.cand[i] = -1
		if l.toPNR[i] >= 0 || l.api[i].p.Role.Crew() {
			continue
		}
		l.buf = l.buf[:0]
		lookup(i, func(j int) {
			if l.toAPI[j] < 0 && !slices.Contains(l.buf, j) && match(i, j) {
				l.buf = append(l.buf, j)
			}
		})
		c := l.narrow(i, l.buf)
		for _, j := range c {
			if l.back[j] < 2 {
				l.back[j]++
			}
		}
		if len(c) == 1 {
			l.cand[i] = c[0]
		}
	}
	for i, j := range l.cand {
		if j >= 0 && l.back[j] == 1 {
			l.toPNR[i], l.toAPI[j], l.how[i] = j, i, method
		}
	}
}

// documentCandidates gives the travellers with a document of the same
// number and issuing country as one of the person's.
func (l *linker) documentCandidates(i int, fn func(j int)) {
	for _, d := range l.api[i].p.Documents {
		if n := normDocument(d.Number); n != "" && d.IssuingCountry != "" {
			l.byDocument.each(docKey{d.IssuingCountry, n}, fn)
		}
	}
}

// narrow keeps the candidates whose birth date is the person's, when the
// dates tell them apart; it filters cands in place.
func (l *linker) narrow(i int, cands []int) []int {
	b := l.api[i].p.BirthDate
	if len(cands) < 2 || b.IsZero() {
		return cands
	}
	n := 0
	for _, j := range cands {
		if l.pnr[j].birth == b {
			n++
		}
	}
	if n == 0 {
		return cands
	}
	same := cands[:0]
	for _, j := range cands {
		if l.pnr[j].birth == b {
			same = append(same, j)
		}
	}
	return same
}

// sameAge refuses to pair an infant with an adult by name alone (a parent
// and a lap infant often share names): when one side is an infant, the
// birth dates must agree.
func (l *linker) sameAge(i, j int) bool {
	b := l.api[i].p.BirthDate
	apiInfant := !b.IsZero() && !l.date.IsZero() && l.date.Compare(b.AddDays(2*365+1)) < 0
	if apiInfant == l.pnr[j].infant() {
		return true
	}
	return !l.pnr[j].birth.IsZero() && l.pnr[j].birth == b
}

// namesAgree compares an API person's names with a PNR traveller's: the
// same surname, and given names that are equal or of which one begins with
// the other's words (ANA MARIA and ANA), the PNR's title cut or not.
func (l *linker) namesAgree(i, j int) bool {
	a, t := &l.keys[i], &l.pnr[j]
	if a.surname == "" || a.surname != t.surname {
		return false
	}
	return givenAgree(a.given, t.given) || t.givenRaw != "" && givenAgree(a.given, t.givenRaw)
}

func givenAgree(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || b[:len(a)] == a && b[len(a)] == ' '
}

// docGender is a DOCS gender without the infant mark.
func docGender(g ssr.Gender) string {
	switch g {
	case ssr.GenderMaleInfant:
		return "M"
	case ssr.GenderFemaleInfant:
		return "F"
	}
	return string(g)
}

// coTravelers fills each traveller's CoTravelers with the other travellers
// of the same PNR (of npnr), in one shared allocation.
func coTravelers(ts []*Traveler, npnr int) {
	count := make([]int, npnr)
	for _, t := range ts {
		if t.PNR != nil {
			count[t.PNR.PNR]++
		}
	}
	byPNR := make([][]string, npnr)
	n := 0
	for _, c := range count {
		n += c * c
	}
	ids := make([]string, 0, n) // the members of each PNR, then the co-travellers
	for p, c := range count {
		byPNR[p] = ids[len(ids) : len(ids) : len(ids)+c]
		ids = ids[:len(ids)+c]
	}
	for _, t := range ts {
		if t.PNR != nil {
			byPNR[t.PNR.PNR] = append(byPNR[t.PNR.PNR], t.ID)
		}
	}
	for _, t := range ts {
		if t.PNR == nil || count[t.PNR.PNR] < 2 {
			continue
		}
		start := len(ids)
		for _, id := range byPNR[t.PNR.PNR] {
			if id != t.ID {
				ids = append(ids, id)
			}
		}
		t.CoTravelers = ids[start:len(ids):len(ids)]
	}
}
