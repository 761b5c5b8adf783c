package manifest

import (
	"hash/maphash"
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
	out := (*apiPool.Get().(*[]apiPerson))[:0] // releaseAPI gives it back
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
	pnr, idx int32
	contacts int32 // how many of the PNR's contacts name the traveller
	p        *pnrgov.PNR
	t        *pnrgov.Traveler
	surname  string // normName of the surname, the given names, and the
	given    string // given names as sent (a title cut or not)
	givenRaw string
	birth    civil.Date
}

// pnrTravelers returns the travellers of pnrs, from the pool (they are
// scratch of one build, about 60 KB for 500 travellers); releaseTravelers
// gives them back.
func pnrTravelers(pnrs []*pnrgov.PNR) []pnrTraveler {
	n := 0
	for _, p := range pnrs {
		n += len(p.Travelers)
	}
	out, j := *travelerPool.Get().(*[]pnrTraveler), 0
	if cap(out) < n {
		out = make([]pnrTraveler, n)
	}
	out = out[:n]
	for i, p := range pnrs {
		for k := range p.Travelers {
			t := &out[j]
			j++
			tr := &p.Travelers[k]
			*t = pnrTraveler{pnr: int32(i), idx: int32(k), p: p, t: tr, surname: normName(tr.Surname), given: normName(tr.Given)}
			t.givenRaw = t.given // most given names come without a title
			if tr.GivenRaw != tr.Given {
				t.givenRaw = normName(tr.GivenRaw)
			}
			t.birth = t.birthDate()
			for c := range p.Contacts {
				if p.Contacts[c].Traveler == k {
					t.contacts++
				}
			}
		}
	}
	return out
}

// birthDate is the first birth date of the traveller's DOCS.
func (t *pnrTraveler) birthDate() civil.Date {
	for i := range t.t.Documents {
		if d := &t.t.Documents[i]; !d.BirthDate.IsZero() {
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
	for i := range t.t.Documents {
		if t.t.Documents[i].Gender.Infant() {
			return true
		}
	}
	return false
}

// apiKeys is what linking compares of an API person, worked out once.
type apiKeys struct {
	surname, given string
}

// linker joins API persons and PNR travellers. Each rule looks its
// candidates up in an index (record locator to PNR, document and surname to
// traveller), so that a flight links in time linear in its travellers.
type linker struct {
	api   []apiPerson
	keys  []apiKeys
	pnr   []pnrTraveler
	first []int32 // each PNR's first traveller in pnr, then len(pnr)
	date  civil.Date
	toPNR []int32 // index in pnr, or -1
	toAPI []int32 // index in api, or -1
	how   []LinkMethod

	seed      maphash.Seed
	byLocator *hashIndex // record locator to PNR
	byKey     *hashIndex // document and surname to traveller

	cand []int32 // a pass's one candidate per API person, or -1
	back []uint8 // how many API persons a pass's candidates name each traveller (0, 1, 2+)
	buf  []int32
}

// link joins the API persons and the PNR travellers (of npnr PNRs) that are
// the same person, strongest rule first. A pair is linked only when each is
// the other's one candidate under the rule (after narrowing by birth date),
// so that namesakes on either side are never linked by guess; crew are
// never linked (they are not booked). It returns the travellers: the API
// persons in order, then the PNR travellers left alone.
func link(api []apiPerson, pnr []pnrTraveler, npnr int, date civil.Date) []*Traveler {
	l := linkerPool.Get().(*linker)
	defer l.release()
	l.api, l.pnr, l.date, l.seed = api, pnr, date, maphash.MakeSeed()
	l.keys, l.toPNR, l.toAPI = zeroed(l.keys, len(api)), zeroed(l.toPNR, len(api)), zeroed(l.toAPI, len(pnr))
	l.how, l.cand, l.back = zeroed(l.how, len(api)), zeroed(l.cand, len(api)), zeroed(l.back, len(pnr))
	for i := range api {
		l.keys[i] = apiKeys{normName(api[i].p.Surname), normName(api[i].p.Forenames())}
		l.toPNR[i] = -1
	}
	l.first = zeroed(l.first, npnr+1)
	for j := range pnr {
		l.first[pnr[j].pnr+1]++
		l.toAPI[j] = -1
	}
	for k := range npnr {
		l.first[k+1] += l.first[k]
	}
	l.indexLocators(npnr)
	l.pass(LinkLocator)
	l.byLocator.release()
	if l.unlinked() {
		l.indexKeys()
		l.pass(LinkDocument)
		l.pass(LinkNameBirthDate)
		l.byKey.release()
	}
	return l.travelers()
}

// pass links, under one rule, the pairs that are each other's only
// candidate.
func (l *linker) pass(method LinkMethod) {
	clear(l.back)
	for i := range l.api {
		l.cand[i] = -1
		if l.toPNR[i] >= 0 || l.api[i].p.Role.Crew() {
			continue
		}
		l.buf = l.candidates(method, i, l.buf[:0])
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
			l.toPNR[i], l.toAPI[j], l.how[i] = j, int32(i), method
		}
	}
}

// candidates appends to buf the travellers not linked yet that the rule
// finds for API person i: of the PNR of its record locator with names that
// agree (and ages that do not tell them apart), with one of its documents,
// or of its names and birth date.
func (l *linker) candidates(method LinkMethod, i int, buf []int32) []int32 {
	p := l.api[i].p
	switch method {
	case LinkLocator:
		if p.PNR == "" {
			break
		}
		for e := l.byLocator.lookup(hashKey(l.seed, saltLocator, p.PNR)); e >= 0; e = l.byLocator.entries[e].next {
			k := l.byLocator.entries[e].value
			if l.first[k] == l.first[k+1] || !hasLocator(l.pnr[l.first[k]].p, p.PNR) {
				continue
			}
			for j := l.first[k]; j < l.first[k+1]; j++ {
				if l.namesAgree(i, j) && l.sameAge(i, j) {
					buf = l.candidate(buf, j)
				}
			}
		}
	case LinkDocument:
		var b1, b2 [maxDocument]byte
		for k := range p.Documents {
			d := &p.Documents[k]
			n := docNumber(&b1, d.Number)
			if n == nil || d.IssuingCountry == "" {
				continue
			}
			for e := l.byKey.lookup(l.docHash(d.IssuingCountry, n)); e >= 0; e = l.byKey.entries[e].next {
				if j := l.byKey.entries[e].value; l.pnr[j].hasDocument(&b2, d.IssuingCountry, n) {
					buf = l.candidate(buf, j)
				}
			}
		}
	case LinkNameBirthDate:
		for e := l.byKey.lookup(hashKey(l.seed, saltSurname, l.keys[i].surname)); e >= 0; e = l.byKey.entries[e].next {
			j := l.byKey.entries[e].value
			if b := l.pnr[j].birth; !b.IsZero() && b == p.BirthDate && l.namesAgree(i, j) {
				buf = l.candidate(buf, j)
			}
		}
	}
	return buf
}

// candidate appends traveller j to buf unless it is linked or there.
func (l *linker) candidate(buf []int32, j int32) []int32 {
	if l.toAPI[j] < 0 && !slices.Contains(buf, j) {
		buf = append(buf, j)
	}
	return buf
}

func hasLocator(p *pnrgov.PNR, loc string) bool {
	for _, r := range p.Locators {
		if r.Locator == loc {
			return true
		}
	}
	return false
}

// hasDocument reports a document of the traveller from country with the
// normalised number n (buf is scratch).
func (t *pnrTraveler) hasDocument(buf *[maxDocument]byte, country string, n []byte) bool {
	for i := range t.t.Documents {
		if d := &t.t.Documents[i]; d.IssuingCountry == country && string(docNumber(buf, d.Number)) == string(n) {
			return true
		}
	}
	return false
}

// narrow keeps the candidates whose birth date is the person's, when the
// dates tell them apart; it filters cands in place.
func (l *linker) narrow(i int, cands []int32) []int32 {
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
func (l *linker) sameAge(i int, j int32) bool {
	b := l.api[i].p.BirthDate
	if infantOn(b, l.date) == l.pnr[j].infant() {
		return true
	}
	return !l.pnr[j].birth.IsZero() && l.pnr[j].birth == b
}

// infantOn reports whether someone born on birth is under two (731 days)
// on date; false when either is unknown. Valid dates are counted in days,
// without time.Date.
func infantOn(birth, date civil.Date) bool {
	switch {
	case birth.IsZero() || date.IsZero():
		return false
	case birth.Valid() && date.Valid():
		return dayNumber(date) < dayNumber(birth)+2*365+1
	}
	return date.Compare(birth.AddDays(2*365+1)) < 0
}

// namesAgree compares an API person's names with a PNR traveller's: the
// same surname, and given names that are equal or of which one begins with
// the other's words (ANA MARIA and ANA), the PNR's title cut or not.
func (l *linker) namesAgree(i int, j int32) bool {
	a, t := &l.keys[i], &l.pnr[j]
	if a.surname == "" || a.surname != t.surname {
		return false
	}
	return givenAgree(a.given, t.given) || t.t.TitleInferred && t.givenRaw != "" && givenAgree(a.given, t.givenRaw)
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
// of the same PNR (of npnr), in one shared allocation; the members of each
// PNR are indices, in memory the collector does not scan.
func coTravelers(ts []*Traveler, npnr int) {
	first := make([]int32, npnr+1) // PNR k's members are members[first[k]:first[k+1]]
	for _, t := range ts {
		if t.PNR != nil {
			first[t.PNR.PNR+1]++
		}
	}
	n := 0
	for k := range npnr {
		if c := int(first[k+1]); c > 1 {
			n += c * (c - 1)
		}
		first[k+1] += first[k]
	}
	if n == 0 {
		return
	}
	members, next := make([]int32, first[npnr]), slices.Clone(first[:npnr])
	for i, t := range ts {
		if t.PNR != nil {
			k := t.PNR.PNR
			members[next[k]] = int32(i)
			next[k]++
		}
	}
	ids := make([]string, 0, n)
	for i, t := range ts {
		if t.PNR == nil {
			continue
		}
		ms := members[first[t.PNR.PNR]:first[t.PNR.PNR+1]]
		if len(ms) < 2 {
			continue
		}
		start := len(ids)
		for _, m := range ms {
			if int(m) != i {
				ids = append(ids, ts[m].ID)
			}
		}
		t.CoTravelers = ids[start:len(ids):len(ids)]
	}
}
