package manifest

import (
	"strings"
	"unicode"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/watchlist"
)

// strength is each method's Link.Strength.
func strength(m LinkMethod) int {
	switch m {
	case LinkLocator:
		return 3
	case LinkDocument:
		return 2
	case LinkNameBirthDate:
		return 1
	}
	return 0
}

// travelers builds the travellers from the links, their records and links
// in a few shared allocations, each of the size needed.
func (l *linker) travelers() []*Traveler {
	n, linked, docs, contacts := len(l.api), 0, 0, 0
	for i := range l.api {
		p := l.api[i].p
		docs += len(p.Documents)
		contacts += len(p.Contacts)
		if a := &p.Address; len(a.Street) > 0 || a.City != "" || a.PostalCode != "" {
			contacts++
		}
		if j := l.toPNR[i]; j >= 0 {
			linked++
			docs += l.pnr[j].newDocuments(p)
		}
	}
	for j := range l.pnr {
		contacts += int(l.pnr[j].contacts)
		if l.toAPI[j] < 0 {
			n++
			docs += l.pnr[j].newDocuments(nil)
		}
	}
	s := &slabs{
		travelers: make([]Traveler, n),
		apis:      make([]APIRecord, len(l.api)),
		pnrs:      make([]PNRRecord, n-len(l.api)+linked),
		links:     make([]Link, linked),
		docs:      make([]Document, 0, docs),
		contacts:  make([]Contact, 0, contacts),
	}
	out := make([]*Traveler, n)
	for i := range l.api {
		var t *pnrTraveler
		if j := l.toPNR[i]; j >= 0 {
			t = &l.pnr[j]
		}
		out[i] = s.traveler(&l.api[i], t, l.how[i])
	}
	i := len(l.api)
	for j := range l.pnr {
		if l.toAPI[j] < 0 {
			out[i] = s.traveler(nil, &l.pnr[j], "")
			i++
		}
	}
	return out
}

// slabs hold the travellers of a flight and their parts: the first four
// are filled in order (the next one's index is in the counts), the others
// appended to.
type slabs struct {
	travelers []Traveler
	apis      []APIRecord
	pnrs      []PNRRecord
	links     []Link
	docs      []Document
	contacts  []Contact

	ntravelers, napis, npnrs, nlinks int
}

// traveler builds a traveller from its API person, its PNR traveller, or
// both (joined by how).
func (s *slabs) traveler(a *apiPerson, t *pnrTraveler, how LinkMethod) *Traveler {
	tr := &s.travelers[s.ntravelers]
	s.ntravelers++
	tr.Role = RolePassenger
	docs := len(s.docs)
	if t != nil {
		tr.PNR = &s.pnrs[s.npnrs]
		s.npnrs++
		*tr.PNR = PNRRecord{PNR: int(t.pnr), Index: int(t.idx), Locator: t.p.Locator(), Traveler: t.t}
		tr.fromPNR(t)
	}
	if a != nil {
		tr.API = &s.apis[s.napis]
		s.napis++
		*tr.API = APIRecord{Source: a.src, Index: a.idx, Person: a.p, Cancelled: a.cancelled}
		if t != nil {
			tr.Link = &s.links[s.nlinks]
			s.nlinks++
			*tr.Link = Link{Method: how, Strength: strength(how)}
			tr.Conflicts = conflicts(a.p, tr)
		}
		tr.fromAPI(a.p, t != nil)
		for k := range a.p.Documents {
			d := &a.p.Documents[k]
			s.docs = append(s.docs, Document{Type: string(d.Type), Number: d.Number, IssuingCountry: d.IssuingCountry,
				ExpiryDate: d.ExpiryDate, IssueDate: d.IssueDate, Source: "api"})
		}
	}
	if t != nil {
		var p *paxlst.Person
		if a != nil {
			p = a.p
		}
		for k := range t.t.Documents {
			if d := &t.t.Documents[k]; t.newDocument(p, k) {
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

// newDocuments counts the traveller's documents that newDocument keeps.
func (t *pnrTraveler) newDocuments(p *paxlst.Person) int {
	n := 0
	for k := range t.t.Documents {
		if t.newDocument(p, k) {
			n++
		}
	}
	return n
}

// newDocument reports whether the traveller's document k is a document of
// its own: of a number and country that neither the API person p (nil
// without one) nor an earlier document of the traveller has.
func (t *pnrTraveler) newDocument(p *paxlst.Person, k int) bool {
	d := &t.t.Documents[k]
	if p != nil {
		for i := range p.Documents {
			if e := &p.Documents[i]; e.IssuingCountry == d.IssuingCountry && sameNumber(e.Number, d.Number) {
				return false
			}
		}
	}
	for i := range k {
		if e := &t.t.Documents[i]; e.IssuingCountry == d.IssuingCountry && sameNumber(e.Number, d.Number) {
			return false
		}
	}
	return true
}

// sameNumber reports whether two document numbers are the same once
// normalised.
func sameNumber(a, b string) bool {
	if a == b {
		return true
	}
	var x, y [maxDocument]byte
	return string(docNumber(&x, a)) == string(docNumber(&y, b))
}

// fromPNR fills the identity fields from a PNR traveller.
func (tr *Traveler) fromPNR(t *pnrTraveler) {
	tr.Surname, tr.GivenNames = t.t.Surname, t.t.Given
	tr.Title, tr.TitleInferred = t.t.Title, t.t.TitleInferred
	tr.Infant = t.infant()
	tr.BirthDate = t.birth
	for i := range t.t.Documents {
		d := &t.t.Documents[i]
		if tr.Gender == watchlist.GenderUnknown {
			tr.Gender = parseGender(docGender(d.Gender))
		}
		if tr.Nationality == "" {
			tr.Nationality = d.Nationality
		}
	}
	for i := range t.t.TravelAddresses {
		if ad := &t.t.TravelAddresses[i]; ad.Type == "R" && tr.Residence == "" {
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
	if g := parseGender(string(p.Gender)); g != watchlist.GenderUnknown || !linked {
		tr.Gender = g
	}
	tr.Nationality = or(p.Nationality, tr.Nationality)
	tr.Residence = or(p.Residence, tr.Residence)
}

// parseGender is watchlist.ParseGender, without its trimming and upper
// casing for the codes messages send (M, F, or none).
func parseGender(s string) watchlist.Gender {
	switch s {
	case "":
		return watchlist.GenderUnknown
	case "M":
		return watchlist.GenderMale
	case "F":
		return watchlist.GenderFemale
	}
	return watchlist.ParseGender(s)
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
	add("gender", parseGender(string(p.Gender)).String(), tr.Gender.String())
	add("nationality", p.Nationality, tr.Nationality)
	// A document of the same type and issuing country with another number.
	for i := range p.Documents {
		d := &p.Documents[i]
		for k := range tr.PNR.Traveler.Documents {
			if e := &tr.PNR.Traveler.Documents[k]; e.Source == "DOCS" && string(d.Type) == e.Type &&
				d.IssuingCountry == e.IssuingCountry && !sameNumber(d.Number, e.Number) {
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
		c := docByte[s[i]]
		if c == 0 {
			continue
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

// docByte maps each byte of a document number to its normalised form:
// letters upper case, O and I as 0 and 1; 0 for a byte dropped.
var docByte = func() (t [256]byte) {
	for c := range 256 {
		b := byte(c)
		switch {
		case b >= 'a' && b <= 'z':
			b -= 'a' - 'A'
		case b >= 'A' && b <= 'Z' || b >= '0' && b <= '9':
		default:
			continue
		}
		switch b {
		case 'O':
			b = '0'
		case 'I':
			b = '1'
		}
		t[c] = b
	}
	return t
}()
