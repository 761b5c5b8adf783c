package manifest

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"sync"

	"github.com/openpiu/piu/internal/pseudonym"
	"github.com/openpiu/piu/pnrgov"
)

// PNRLink is an identifier that several PNRs share: a payment card, phone
// number, e-mail address, postal address, frequent-flyer number or booking
// agent. Unrelated bookings that share one are a classic targeting signal
// (one card paying for several parties, one phone behind many bookings).
type PNRLink struct {
	Kind LinkKind `json:"kind"`
	// Value is the identifier in the form compared (see LinkKind): it
	// identifies a person, as the PNRs' values do.
	Value string `json:"value"`
	// PNRs are the indices of the PNRs that share it, ascending (two or
	// more).
	PNRs []int `json:"pnrs"`
}

// LinkKind is what PNRs share.
type LinkKind string

// Link kinds, and the form in which each is compared.
const (
	// LinkCard: a card's vendor, number as sent (masked alike by the
	// airline) and expiry, upper case without spaces: "VI 4111XXXXXXXX1111
	// 1227". A number with fewer than 4 digits is not compared.
	LinkCard LinkKind = "card"
	// LinkPhone: the last 9 digits of the number (all of them when fewer,
	// and at least 6), so that "+44 20 7946 0000" and "020 7946 0000" are
	// one.
	LinkPhone LinkKind = "phone"
	// LinkEmail: the address in lower case.
	LinkEmail LinkKind = "email"
	// LinkAddress: the street, postal code and country, letters and digits
	// upper case; an address without a street is not compared.
	LinkAddress LinkKind = "address"
	// LinkFrequentFlyer: the airline and number, upper case.
	LinkFrequentFlyer LinkKind = "frequentFlyer"
	// LinkAgent: the booking agent's IATA number (ORG C300), else its
	// office id with the reservation system.
	LinkAgent LinkKind = "agent"
)

// LinkPNRs returns the identifiers that two or more of pnrs share, by
// kind, then value. The indices in each PNRLink are into pnrs: a host that
// links a flight's PNRs with those of other flights passes them together.
func LinkPNRs(pnrs []*pnrgov.PNR) []PNRLink {
	s := scanPool.Get().(*linkScan)
	defer s.release()
	s.seed, s.index = maphash.MakeSeed(), newHashIndex(identifiers(pnrs))
	for k, p := range pnrs {
		s.pnr, s.inPNR = int32(k), s.inPNR[:0]
		s.scan(p)
	}
	return s.links()
}

// scanPool keeps the scans of past calls: their buffers are scratch (about
// 40 KB for 300 PNRs, grown by appends), which the result does not share.
var scanPool = sync.Pool{New: func() any { return new(linkScan) }}

// release empties the scan, gives it and its index back to the pools.
func (s *linkScan) release() {
	s.index.release()
	s.index = nil
	s.buf, s.inPNR, s.groups, s.members, s.values = s.buf[:0], s.inPNR[:0], s.groups[:0], s.members[:0], s.values[:0]
	scanPool.Put(s)
}

// identifiers is at least the number of identifiers of pnrs.
func identifiers(pnrs []*pnrgov.PNR) int {
	n := 0
	for _, p := range pnrs {
		n += len(p.Contacts) + 1 // and the agent
		for i := range p.Payments {
			n += len(p.Payments[i].Forms)
		}
		for i := range p.Travelers {
			n += len(p.Travelers[i].FrequentFlyers)
		}
	}
	return n
}

// linkScan gathers the identifiers of PNRs. Most identifiers are on one PNR
// only: each is kept as a hash with the first PNR that has it, and its value
// is kept only when a second PNR has it too. The groups of shared values
// become PNRLinks at the end, their values in one string and their PNRs in
// one slice.
type linkScan struct {
	seed  maphash.Seed
	pnr   int32
	buf   []byte   // the identifier: its kind's first byte, then its form compared
	inPNR []uint64 // the hashes already seen in this PNR
	// index holds one entry per hash, valued the first PNR with it (>= 0)
	// or the index in groups of its group (-1 - index).
	index   *hashIndex
	groups  []linkGroup
	members []linkMember // each group's PNRs, in the order they were seen
	values  []byte       // the groups' values, one after another
	order   []int32      // scratch of links
}

// linkGroup is an identifier of two or more PNRs.
type linkGroup struct {
	kind       LinkKind
	start, end int32 // its value in values
	count      int32 // its PNRs
}

type linkMember struct{ group, pnr int32 }

// scan visits each identifier of p.
func (s *linkScan) scan(p *pnrgov.PNR) {
	for i := range p.Payments {
		for k := range p.Payments[i].Forms {
			if f := &p.Payments[i].Forms[k]; f.Type == "CC" || f.Vendor != "" {
				s.visit(LinkCard, appendCard(s.start(LinkCard), f))
			}
		}
	}
	for i := range p.Contacts {
		switch c := &p.Contacts[i]; c.Kind {
		case pnrgov.ContactPhone:
			s.visit(LinkPhone, appendPhone(s.start(LinkPhone), c.Value))
		case pnrgov.ContactEmail:
			s.visit(LinkEmail, appendLower(s.start(LinkEmail), c.Value))
		case pnrgov.ContactAddress:
			if a := c.Address; a != nil {
				s.visit(LinkAddress, appendAddress(s.start(LinkAddress), a.Street, a.PostalCode, a.Country))
			}
		}
	}
	for i := range p.Travelers {
		for k := range p.Travelers[i].FrequentFlyers {
			ff := &p.Travelers[i].FrequentFlyers[k]
			if b := appendFold(s.start(LinkFrequentFlyer), ff.Airline); strings.TrimSpace(ff.Number) != "" {
				s.visit(LinkFrequentFlyer, appendFold(append(b, ' '), ff.Number))
			}
		}
	}
	if a := p.Agency; a != nil {
		switch {
		case a.AgentID != "":
			s.visit(LinkAgent, appendFold(s.start(LinkAgent), a.AgentID))
		case a.OfficeID != "":
			s.visit(LinkAgent, appendFold(append(appendFold(s.start(LinkAgent), a.System), ' '), a.OfficeID))
		}
	}
}

func (s *linkScan) start(kind LinkKind) []byte { return append(s.buf[:0], kind[0]) }

// visit adds the identifier in b (its kind byte, then its value) of the
// PNR being scanned; b with nothing after the kind byte is no identifier.
func (s *linkScan) visit(kind LinkKind, b []byte) {
	s.buf = b
	if len(b) < 2 {
		return
	}
	h := maphash.Bytes(s.seed, b)
	if slices.Contains(s.inPNR, h) {
		return
	}
	s.inPNR = append(s.inPNR, h)
	e := s.index.lookupOrAdd(h, s.pnr)
	if e < 0 {
		return
	}
	switch at := &s.index.entries[e].value; {
	case *at >= 0: // a second PNR: the group starts
		g := int32(len(s.groups))
		s.groups = append(s.groups, linkGroup{kind, int32(len(s.values)), int32(len(s.values) + len(b) - 1), 2})
		s.values = append(s.values, b[1:]...)
		s.members = append(s.members, linkMember{g, *at}, linkMember{g, s.pnr})
		*at = -1 - g
	default:
		// A 64-bit hash collision (odds of about 1 in 10^11 for a window
		// of 10^4 identifiers) could join two values; a later PNR is
		// checked against the group's value.
		g := -1 - *at
		if l := &s.groups[g]; l.kind == kind && string(s.values[l.start:l.end]) == string(b[1:]) {
			l.count++
			s.members = append(s.members, linkMember{g, s.pnr})
		}
	}
}

// links returns the groups as links, sorted by kind and value. The groups
// are sorted as indices (swapping links would copy their pointers, each
// copy through the collector's write barrier while it marks), then the
// links are made in that order.
func (s *linkScan) links() []PNRLink {
	if len(s.groups) == 0 {
		return nil
	}
	s.order = zeroed(s.order, 2*len(s.groups))
	order, at := s.order[:len(s.groups)], s.order[len(s.groups):] // at: each group's place in order
	for g := range order {
		order[g] = int32(g)
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, b := &s.groups[x], &s.groups[y]
		return cmp.Or(strings.Compare(string(a.kind), string(b.kind)), bytes.Compare(s.values[a.start:a.end], s.values[b.start:b.end]))
	})
	values := string(s.values)
	pnrs := make([]int, len(s.members))
	out := make([]PNRLink, len(s.groups))
	off := 0
	for i, g := range order {
		l := &s.groups[g]
		out[i] = PNRLink{Kind: l.kind, Value: values[l.start:l.end], PNRs: pnrs[off : off : off+int(l.count)]}
		at[g] = int32(i)
		off += int(l.count)
	}
	for _, m := range s.members { // in the order seen: ascending in each group
		l := &out[at[m.group]]
		l.PNRs = append(l.PNRs, int(m.pnr))
	}
	return out
}

// outside returns the PNRs of window whose locator is none of pnrs'.
func outside(window, pnrs []*pnrgov.PNR) []*pnrgov.PNR {
	if len(window) == 0 {
		return nil
	}
	have := make(map[string]bool, len(pnrs))
	for _, p := range pnrs {
		have[p.Locator()] = true
	}
	var out []*pnrgov.PNR
	for _, p := range window {
		if loc := p.Locator(); loc == "" || !have[loc] {
			out = append(out, p)
		}
	}
	return out
}

// appendCard appends a card's vendor, number and expiry; nothing for a
// number of fewer than 4 digits.
func appendCard(b []byte, f *pnrgov.PaymentForm) []byte {
	digits := 0
	for i := 0; i < len(f.Account); i++ {
		if isDigit(f.Account[i]) {
			digits++
		}
	}
	if digits < 4 && !pseudonym.Is(f.Account) {
		return b
	}
	b = append(appendFold(b, f.Vendor), ' ')
	return appendFold(append(appendFold(b, f.Account), ' '), f.Expiry)
}

// appendPhone appends the last 9 digits of a number; nothing for fewer
// than 6.
func appendPhone(b []byte, s string) []byte {
	if pseudonym.Is(s) { // depersonalised: the same number masks alike
		return append(b, s...)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	if n < 6 {
		return b
	}
	skip := max(0, n-9)
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if skip > 0 {
				skip--
				continue
			}
			b = append(b, s[i])
		}
	}
	return b
}

// appendAddress appends the street, postal code and country, letters and
// digits only; nothing without a street.
func appendAddress(b []byte, street, postal, country string) []byte {
	n := len(b)
	if b = appendAlnum(b, street); len(b) == n {
		return b
	}
	return appendFold(append(appendAlnum(append(b, ' '), postal), ' '), country)
}
