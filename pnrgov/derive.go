package pnrgov

import (
	"strings"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// ssrError reports SSR free text (DOCS, DOCO, DOCA, FOID) that does not
// parse, at the segment that carries it.
func (d *Decoder) ssrError(p *PNR, r *SSR, err error) {
	e, ok := err.(*ssr.Error)
	if !ok {
		return
	}
	at := p.at()
	for i := range p.Segments {
		s := &p.Segments[i]
		if s.Tag == "SSR" && s.Value(0, 0) == r.Code && s.Value(0, 8) == r.Text {
			at = s
			break
		}
	}
	d.report(at, CodeSSRText, 1, 9, "SSR "+e.Code+" free text: field "+itoa(e.Position)+" ("+e.Field+") malformed; raw text kept")
}

// validateSSR parses SSR free text that belongs to no traveller, for its
// diagnostics only.
func (d *Decoder) validateSSR(p *PNR, r *SSR) {
	var err error
	switch r.Code {
	case "DOCS":
		_, err = ssr.ParseDOCS(r.Text, d.ref)
	case "DOCO":
		_, err = ssr.ParseDOCO(r.Text, d.ref)
	case "DOCA":
		_, err = ssr.ParseDOCA(r.Text)
	case "FOID":
		_, err = ssr.ParseFOID(r.Text)
	}
	d.ssrError(p, r, err)
}

// derive computes the derived fields of a PNR once all its segments are read.
func (d *Decoder) derive(p *PNR) {
	for _, l := range p.Locators {
		if !l.Created.IsZero() {
			p.Created = l.Created
			break
		}
	}
	for _, s := range p.Dates {
		if s.Qualifier == "700" {
			p.LastTransaction = s.Time
			break
		}
	}
	d.linkInfants(p)
	d.documents(p)
	for i := range p.Travelers {
		confirmTitle(&p.Travelers[i])
	}
	p.Contacts = contacts(p)
	for i := range p.Payments {
		x := &p.Payments[i]
		for _, r := range x.Remarks {
			if r.Type == "43" && len(r.Text) > 0 {
				x.Holder = strings.Join(r.Text, " ")
				break
			}
		}
	}
	for i := range p.History {
		for j := range p.History[i].Changes {
			c := &p.History[i].Changes[j]
			c.Action = firstValue(c.SAC)
		}
	}
}

func firstValue(v Values) string {
	for _, e := range v {
		for _, c := range e {
			if c != "" {
				return c
			}
		}
	}
	return ""
}

// at returns a segment to hang a PNR-level diagnostic on: the PNR's SRC.
func (p *PNR) at() *edifact.Segment {
	if len(p.Segments) > 0 {
		return &p.Segments[0]
	}
	return &edifact.Segment{Index: -1}
}

// linkInfants pairs each infant (TIF type IN) with an adult whose infant
// indicator is set: the nearest such adult before it, else any unclaimed one.
func (d *Decoder) linkInfants(p *PNR) {
	ts := p.Travelers
	claimed := make([]bool, len(ts))
	carries := func(j int) bool {
		t := &ts[j]
		return !claimed[j] && !t.Type.Infant() && t.InfantIndicator != "" && t.InfantIndicator != "0"
	}
	for i := range ts {
		if !ts[i].Type.Infant() {
			continue
		}
		adult := -1
		for j := i - 1; j >= 0 && adult < 0; j-- {
			if carries(j) {
				adult = j
			}
		}
		for j := i + 1; j < len(ts) && adult < 0; j++ {
			if carries(j) {
				adult = j
			}
		}
		if adult < 0 {
			d.report(p.at(), CodeInfantLink, 0, 0, "infant traveller "+itoa(i)+" is not claimed by any adult")
			continue
		}
		claimed[adult] = true
		ts[adult].InfantRef, ts[i].AdultRef = ts[i].Ref, ts[adult].Ref
	}
}

// documents fills each traveller's Documents, Visas and TravelAddresses from
// the SSRs of the traveller's group, the itinerary (by traveller reference)
// and the PNR level (by reference, or when there is one traveller). An
// infant's document found in its adult's group goes to the infant.
func (d *Decoder) documents(p *PNR) {
	if len(p.Travelers) == 0 {
		return
	}
	place := func(owner int, r *SSR) { d.placeDocument(p, owner, r) }
	for i := range p.Travelers {
		for k := range p.Travelers[i].SSRs {
			r := &p.Travelers[i].SSRs[k]
			owner := i
			if j := p.travelerByRef(r.travelerRef()); j >= 0 {
				owner = j
			}
			place(owner, r)
		}
	}
	for k := range p.SSRs {
		r := &p.SSRs[k]
		place(p.ssrOwner(r), r)
	}
	for l := range p.Itinerary {
		for k := range p.Itinerary[l].SSRs {
			r := &p.Itinerary[l].SSRs[k]
			place(p.ssrOwner(r), r)
		}
	}
	for i := range p.Travelers {
		if len(p.Travelers[i].Documents) == 0 {
			d.report(p.at(), CodeNoDocuments, 0, 0, "traveller "+itoa(i)+" has no SSR DOCS or FOID")
		}
	}
}

// placeDocument files the document, visa or address of one SSR with the
// traveller owner (an infant's with the infant); owner -1 only validates it.
func (d *Decoder) placeDocument(p *PNR, owner int, r *SSR) {
	if owner < 0 {
		d.validateSSR(p, r)
		return
	}
	t := &p.Travelers[owner]
	toInfant := func() *Traveler {
		if t.Type.Infant() {
			return t
		}
		if ref := t.InfantRef; ref != "" {
			if k := p.travelerByRef(ref); k >= 0 {
				return &p.Travelers[k]
			}
		}
		return t
	}
	switch r.Code {
	case "DOCS":
		doc, err := ssr.ParseDOCS(r.Text, d.ref)
		d.ssrError(p, r, err)
		dst := t
		if doc.Gender.Infant() {
			dst = toInfant()
		}
		addDocument(dst, doc)
	case "FOID":
		doc, err := ssr.ParseFOID(r.Text)
		d.ssrError(p, r, err)
		addDocument(t, doc)
	case "DOCO":
		v, err := ssr.ParseDOCO(r.Text, d.ref)
		d.ssrError(p, r, err)
		dst := t
		if v.Infant {
			dst = toInfant()
		}
		for _, x := range dst.Visas {
			if x.Type == v.Type && x.Number == v.Number && x.Country == v.Country {
				return
			}
		}
		dst.Visas = append(dst.Visas, v)
	case "DOCA":
		a, err := ssr.ParseDOCA(r.Text)
		d.ssrError(p, r, err)
		dst := t
		if a.Infant {
			dst = toInfant()
		}
		for _, x := range dst.TravelAddresses {
			if x.Type == a.Type && x.Country == a.Country && x.Street == a.Street && x.City == a.City {
				return
			}
		}
		dst.TravelAddresses = append(dst.TravelAddresses, a)
	}
}

func addDocument(t *Traveler, doc ssr.Document) {
	for _, x := range t.Documents {
		if x.Source == doc.Source && x.Type == doc.Type && x.Number == doc.Number &&
			x.IssuingCountry == doc.IssuingCountry && x.BirthDate == doc.BirthDate {
			return // the same document repeated (segment SSR, adult's group)
		}
	}
	t.Documents = append(t.Documents, doc)
}

// confirmTitle undoes a guessed title split when the traveller's own travel
// document gives the whole word as the given name.
func confirmTitle(t *Traveler) {
	if !t.TitleInferred {
		return
	}
	raw := normalizeName(t.GivenRaw)
	for _, doc := range t.Documents {
		if doc.Source != "DOCS" || doc.Given == "" {
			continue
		}
		g := normalizeName(doc.Given)
		if g == raw || strings.HasPrefix(g, raw) && len(g) > len(raw) {
			t.Given, t.Title, t.TitleInferred = t.GivenRaw, "", false
			return
		}
	}
}

// travelerByRef returns the index in p.Travelers of the traveller whose
// reference (TIF 9944) is ref, or -1.
func (p *PNR) travelerByRef(ref string) int {
	if ref == "" {
		return -1
	}
	for i := range p.Travelers {
		if p.Travelers[i].Ref == ref {
			return i
		}
	}
	return -1
}

// travelerRef is the first traveller reference among the SSR's C332s.
func (r *SSR) travelerRef() string {
	for _, dt := range r.Details {
		if dt.TravelerRef != "" {
			return dt.TravelerRef
		}
	}
	return ""
}

// ssrOwner is the traveller an SSR sent outside any traveller's group
// (PNR or leg level) belongs to: the one its reference names, else the only
// traveller, else -1 (the PNR as a whole).
func (p *PNR) ssrOwner(r *SSR) int {
	owner := p.travelerByRef(r.travelerRef())
	if owner < 0 && len(p.Travelers) == 1 {
		owner = 0
	}
	return owner
}

// contacts gathers every address, phone and e-mail of the PNR: PNR level,
// then each traveller's group, then each leg of the itinerary.
func contacts(p *PNR) []Contact {
	n := len(p.Addresses)*2 + len(p.SSRs) + len(p.Remarks)
	for i := range p.Travelers {
		t := &p.Travelers[i]
		n += len(t.Addresses)*2 + len(t.SSRs) + len(t.Remarks)
	}
	for i := range p.Itinerary {
		n += len(p.Itinerary[i].SSRs) + len(p.Itinerary[i].Remarks)
	}
	out := make([]Contact, 0, n)
	addAddresses := func(as []Address, who int) {
		for i := range as {
			a := &as[i]
			out = append(out, Contact{Kind: ContactAddress, Use: a.Purpose, Address: a, Source: "ADD",
				Traveler: who, Leg: -1})
			if a.Phone != "" {
				out = append(out, Contact{Kind: ContactPhone, Use: a.Purpose, Value: a.Phone, Raw: a.Phone,
					Source: "ADD", Traveler: who, Leg: -1})
			}
		}
	}
	// addSSRs gives each SSR's contact to who; an SSR sent outside any
	// traveller's group (who is -1) belongs to the traveller its reference
	// names, else to the PNR as a whole.
	addSSRs := func(rs []SSR, who, leg int) {
		for k := range rs {
			r := &rs[k]
			owner := who
			if owner < 0 {
				owner = p.travelerByRef(r.travelerRef())
			}
			if c, ok := ssrContact(r, owner, leg); ok {
				out = append(out, c)
			}
		}
	}
	addRemarks := func(rs []Remark, who, leg int) {
		for _, r := range rs {
			for _, t := range r.Text {
				if c, ok := remarkContact(t, who, leg); ok {
					out = append(out, c)
				}
			}
		}
	}
	addAddresses(p.Addresses, -1)
	addSSRs(p.SSRs, -1, -1)
	addRemarks(p.Remarks, -1, -1)
	for i := range p.Travelers {
		t := &p.Travelers[i]
		addAddresses(t.Addresses, i)
		addSSRs(t.SSRs, i, -1)
		addRemarks(t.Remarks, i, -1)
	}
	for l := range p.Itinerary {
		leg := &p.Itinerary[l]
		addSSRs(leg.SSRs, -1, l)
		addRemarks(leg.Remarks, -1, l)
	}
	if len(out) == 0 {
		return nil
	}
	return out[:len(out):len(out)]
}

func ssrContact(r *SSR, who, leg int) (Contact, bool) {
	c := Contact{Raw: r.Text, Source: "SSR " + r.Code, Traveler: who, Leg: leg}
	switch r.Code {
	case "CTCE":
		c.Kind, c.Value = ContactEmail, ssr.DecodeEmail(r.Text)
	case "CTCM", "CTCH", "CTCB":
		c.Kind, c.Use, c.Value = ContactPhone, r.Code[3:], phoneText(r.Text)
	default:
		return c, false
	}
	return c, c.Value != ""
}

// remarkContact reads a contact line of free text: CTCx, optionally after a
// two-letter airline code (SQ CTCM 6591234567).
func remarkContact(t string, who, leg int) (Contact, bool) {
	s := t
	if len(s) > 7 && s[2] == ' ' && strings.HasPrefix(s[3:], "CTC") {
		s = s[3:]
	}
	if len(s) < 5 || !strings.HasPrefix(s, "CTC") {
		return Contact{}, false
	}
	kind := s[3]
	rest := strings.TrimSpace(strings.TrimPrefix(s[4:], "/"))
	c := Contact{Use: string(kind), Raw: t, Source: "IFT", Traveler: who, Leg: leg}
	switch kind {
	case 'E':
		c.Kind, c.Value, c.Use = ContactEmail, ssr.DecodeEmail(rest), ""
	case 'A', 'B', 'H', 'M', 'P', 'T', 'R', 'F':
		c.Kind, c.Value = ContactPhone, rest
	default:
		return Contact{}, false
	}
	return c, c.Value != ""
}

// phoneText reads the number of SSR CTCM/CTCH free text (/447123456789/EN).
func phoneText(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "/")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
