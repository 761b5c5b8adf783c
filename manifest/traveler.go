package manifest

import (
	"strings"
	"unicode"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/watchlist"
)

// linkStrength is each method's Link.Strength.
var linkStrength = map[LinkMethod]int{LinkLocator: 3, LinkDocument: 2, LinkNameBirthDate: 1}

// travelers builds the travellers from the links, their records and links
// in a few shared allocations.
func (l *linker) travelers() []*Traveler {
	n, linked, docs, contacts := len(l.api), 0, 0, 0
	for i := range l.api {
		docs += len(l.api[i].p.Documents)
		contacts += len(l.api[i].p.Contacts)
		if a := &l.api[i].p.Address; len(a.Street) > 0 || a.City != "" || a.PostalCode != "" {
			contacts++
		}
		if l.toPNR[i] >= 0 {
			linked++
		}
	}
	for j := range l.pnr {
		docs += len(l.pnr[j].t.Documents)
		contacts += int(l.pnr[j].contacts)
		if l.toAPI[j] < 0 {
			n++
		}
	}
	s := &slabs{
		travelers: make([]Traveler, 0, n),
		apis:      make([]APIRecord, 0, len(l.api)),
		pnrs:      make([]PNRRecord, 0, n-len(l.api)+linked),
		links:     make([]Link, 0, linked),
		docs:      make([]Document, 0, docs),
		contacts:  make([]Contact, 0, contacts),
	}
	out := make([]*Traveler, 0, n)
	for i := range l.api {
		var t *pnrTraveler
		if j := l.toPNR[i]; j >= 0 {
			t = &l.pnr[j]
		}
		out = append(out, s.traveler(&l.api[i], t, l.how[i]))
	}
	for j := range l.pnr {
		if l.toAPI[j] < 0 {
			out = append(out, s.traveler(nil, &l.pnr[j], ""))
		}
	}
	return out
}

// slabs hold the travellers of a flight and their parts.
type slabs struct {
	travelers []Traveler
	apis      []APIRecord
	pnrs      []PNRRecord
	links     []Link
	docs      []Document
	contacts  []Contact
}

// traveler builds a traveller from its API person, its PNR traveller, or
// both (joined by how).
func (s *slabs) traveler(a *apiPerson, t *pnrTraveler, how LinkMethod) *Traveler {
	s.travelers = append(s.travelers, Traveler{Role: RolePassenger})
	tr := &s.travelers[len(s.travelers)-1]
	docs := len(s.docs)
	if t != nil {
		s.pnrs = append(s.pnrs, PNRRecord{PNR: int(t.pnr), Index: int(t.idx), Locator: t.p.Locator(), Traveler: t.t})
		tr.PNR = &s.pnrs[len(s.pnrs)-1]
		tr.fromPNR(t)
	}
	if a != nil {
		s.apis = append(s.apis, APIRecord{Source: a.src, Index: a.idx, Person: a.p, Cancelled: a.cancelled})
		tr.API = &s.apis[len(s.apis)-1]
		if t != nil {
			s.links = append(s.links, Link{Method: how, Strength: linkStrength[how]})
			tr.Link = &s.links[len(s.links)-1]
			tr.Conflicts = conflicts(a.p, tr)
		}
		tr.fromAPI(a.p, t != nil)
		for _, d := range a.p.Documents {
			s.docs = append(s.docs, Document{Type: string(d.Type), Number: d.Number, IssuingCountry: d.IssuingCountry,
				ExpiryDate: d.ExpiryDate, IssueDate: d.IssueDate, Source: "api"})
		}
	}
	if t != nil {
		for _, d := range t.t.Documents {
			if !hasDocument(s.docs[docs:], d.Number, d.IssuingCountry) {
				s.docs = append(s.docs, Document{Type: d.Type, Number: d.Number, IssuingCountry: d.IssuingCountry,
					ExpiryDate: d.ExpiryDate, Source: "pnr"})
			}
		}
	}
	if len(s.docs) > docs {
		tr.Documents = s.docs[docs:len(s.docs):len(s.docs)]
	}
	c := len(s.contacts)
	if a != nil {
		s.contacts = apiContacts(s.contacts, a.p)
	}
	if t != nil {
		s.contacts = pnrContacts(s.contacts, t.p, int(t.idx))
		tr.FrequentFlyers = t.t.FrequentFlyers
	}
	if len(s.contacts) > c {
		tr.Contacts = s.contacts[c:len(s.contacts):len(s.contacts)]
	}
	return tr
}

// fromPNR fills the identity fields from a PNR traveller.
func (tr *Traveler) fromPNR(t *pnrTraveler) {
	tr.Surname, tr.GivenNames = t.t.Surname, t.t.Given
	tr.Title, tr.TitleInferred = t.t.Title, t.t.TitleInferred
	tr.Infant = t.infant()
	tr.BirthDate = t.birth
	for _, d := range t.t.Documents {
		if tr.Gender == watchlist.GenderUnknown {
			tr.Gender = watchlist.ParseGender(docGender(d.Gender))
		}
		if tr.Nationality == "" {
			tr.Nationality = d.Nationality
		}
	}
	for _, ad := range t.t.TravelAddresses {
		if ad.Type == "R" && tr.Residence == "" {
			tr.Residence = ad.Country
		}
	}
}

// fromAPI fills the identity fields from an API person, over the PNR's
// where linked (a gender the person does not state stays the PNR's).
func (tr *Traveler) fromAPI(p *paxlst.Person, linked bool) {
	tr.Role = role(p.Role)
	tr.Surname, tr.GivenNames, tr.MiddleName = p.Surname, p.GivenNames, p.MiddleName
	tr.BirthDate = p.BirthDate
	if g := watchlist.ParseGender(string(p.Gender)); g != watchlist.GenderUnknown || !linked {
		tr.Gender = g
	}
	tr.Nationality = or(p.Nationality, tr.Nationality)
	tr.Residence = or(p.Residence, tr.Residence)
}

func role(r paxlst.Role) Role {
	switch {
	case r.Crew():
		return RoleCrew
	case r.Passenger() || r == "":
		return RolePassenger
	}
	return RoleOther
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// hasDocument reports a document in docs with the same number and country.
func hasDocument(docs []Document, number, country string) bool {
	n := normDocument(number)
	for _, d := range docs {
		if d.IssuingCountry == country && normDocument(d.Number) == n {
			return true
		}
	}
	return false
}

// conflicts lists what the API person p says differently from the PNR
// record already in tr (its birth date, gender and nationality are the
// PNR's at this point; its documents not yet filled).
func conflicts(p *paxlst.Person, tr *Traveler) []Conflict {
	var out []Conflict
	add := func(field, api, pnr string) {
		if api != "" && pnr != "" && api != pnr {
			out = append(out, Conflict{field, api, pnr})
		}
	}
	if !p.BirthDate.IsZero() && !tr.BirthDate.IsZero() && p.BirthDate != tr.BirthDate {
		add("birthDate", p.BirthDate.String(), tr.BirthDate.String())
	}
	add("gender", watchlist.ParseGender(string(p.Gender)).String(), tr.Gender.String())
	add("nationality", p.Nationality, tr.Nationality)
	// A document of the same type and issuing country with another number.
	for _, d := range p.Documents {
		for _, e := range tr.PNR.Traveler.Documents {
			if e.Source == "DOCS" && string(d.Type) == e.Type && d.IssuingCountry == e.IssuingCountry &&
				normDocument(d.Number) != normDocument(e.Number) {
				add("documents", d.Number, e.Number)
			}
		}
	}
	return out
}

// Query returns the watchlist query of the traveller: names as sent, birth
// date, gender, nationality and every document. Ref is the traveller's ID.
func (t *Traveler) Query() watchlist.Query {
	q := watchlist.Query{Ref: t.ID, Surname: t.Surname, Given: joinNames(t.GivenNames, t.MiddleName),
		BirthDate: t.BirthDate, Gender: t.Gender, Nationality: t.Nationality}
	for _, d := range t.Documents {
		q.Documents = append(q.Documents, watchlist.Document{Type: d.Type, Number: d.Number, IssuingCountry: d.IssuingCountry})
	}
	return q
}

// Queries returns Query and a query for each other name form screening
// should try: the PNR's name when it differs from the API's, and the PNR's
// given names as sent when a title was inferred from them (MOLLYMRS may be
// a name, not MOLLY and MRS).
func (t *Traveler) Queries() []watchlist.Query {
	q := t.Query()
	out := []watchlist.Query{q}
	seen := map[string]bool{normName(q.Surname) + "|" + normName(q.Given): true}
	alt := func(surname, given string) {
		if k := normName(surname) + "|" + normName(given); surname+given != "" && !seen[k] {
			seen[k] = true
			a := q
			a.Surname, a.Given = surname, given
			out = append(out, a)
		}
	}
	if t.PNR != nil {
		n := &t.PNR.Traveler.Name
		alt(n.Surname, n.Given)
		if n.TitleInferred {
			alt(n.Surname, n.GivenRaw)
		}
	}
	return out
}

func joinNames(given, middle string) string {
	if middle == "" {
		return given
	}
	if given == "" {
		return middle
	}
	return given + " " + middle
}

// normName folds a name for comparison: upper case, letters and digits,
// words separated by one space (hyphens and apostrophes join nothing).
func normName(s string) string {
	if folded(s) {
		return s // the common case: no allocation
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToUpper(r))
		case r == '\'' || r == '.':
		default:
			space = true
		}
	}
	return b.String()
}

// folded reports whether s is already as normName makes it.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// maxDocument is the longest normalised document number (watchlist's).
const maxDocument = 48

// docNumber writes watchlist.NormalizeDocumentNumber(s) into buf, without
// allocating; nil when that is "".
func docNumber(buf *[maxDocument]byte, s string) []byte {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		default:
			continue
		}
		switch c {
		case 'O':
			c = '0'
		case 'I':
			c = '1'
		}
		if n == maxDocument {
			return nil
		}
		buf[n] = c
		n++
	}
	if n == 0 {
		return nil
	}
	return buf[:n]
}

// normDocument is watchlist's normalised document number, without an
// allocation when the number is already in that form.
func normDocument(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' && c != 'O' && c != 'I' || c >= '0' && c <= '9') || i == 47 {
			return watchlist.NormalizeDocumentNumber(s)
		}
	}
	return s
}
