package manifest

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	s := linkScan{seed: maphash.MakeSeed(), first: make(map[uint64]int32, 8*len(pnrs))}
	for k, p := range pnrs {
		s.pnr, s.inPNR = k, s.inPNR[:0]
		s.scan(p)
	}
	slices.SortFunc(s.links, func(x, y PNRLink) int {
		return cmp.Or(strings.Compare(string(x.Kind), string(y.Kind)), strings.Compare(x.Value, y.Value))
	})
	return s.links
}

// linkScan gathers the identifiers of PNRs. Most identifiers are on one PNR
// only: each is kept as a hash with the first PNR that has it, and its
// string is built only when a second PNR has it too.
type linkScan struct {
	seed  maphash.Seed
	pnr   int
	buf   []byte   // the identifier: its kind's first byte, then its form compared
	inPNR []uint64 // the hashes already seen in this PNR
	// first maps a hash to the first PNR with it (a value >= 0) or to the
	// index in links of its group (-1 - index).
	first map[uint64]int32
	links []PNRLink
}

// scan visits each identifier of p.
func (s *linkScan) scan(p *pnrgov.PNR) {
	for _, pay := range p.Payments {
		for _, f := range pay.Forms {
			if f.Type == "CC" || f.Vendor != "" {
				s.visit(LinkCard, appendCard(s.start(LinkCard), f))
			}
		}
	}
	for _, c := range p.Contacts {
		switch c.Kind {
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
	for _, t := range p.Travelers {
		for _, ff := range t.FrequentFlyers {
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
	at, ok := s.first[h]
	switch {
	case !ok:
		s.first[h] = int32(s.pnr)
	case at >= 0: // a second PNR: the group starts
		s.first[h] = int32(-1 - len(s.links))
		s.links = append(s.links, PNRLink{Kind: kind, Value: string(b[1:]), PNRs: []int{int(at), s.pnr}})
	default:
		// A 64-bit hash collision (odds of about 1 in 10^11 for a window
		// of 10^4 identifiers) could join two values; a later PNR is
		// checked against the group's value.
		if l := &s.links[-1-at]; l.Kind == kind && l.Value == string(b[1:]) {
			l.PNRs = append(l.PNRs, s.pnr)
		}
	}
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
func appendCard(b []byte, f pnrgov.PaymentForm) []byte {
	digits := 0
	for i := 0; i < len(f.Account); i++ {
		if isDigit(f.Account[i]) {
			digits++
		}
	}
	if digits < 4 {
		return b
	}
	b = append(appendFold(b, f.Vendor), ' ')
	return appendFold(append(appendFold(b, f.Account), ' '), f.Expiry)
}

// appendPhone appends the last 9 digits of a number; nothing for fewer
// than 6.
func appendPhone(b []byte, s string) []byte {
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

// appendFold appends s upper case without white space.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToUpper, false)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			b = append(b, c)
		}
	}
	return b
}

// appendLower appends s lower case without white space.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], unicode.IsSpace, unicode.ToLower, false)
		case c >= 'A' && c <= 'Z':
			b = append(b, c-'A'+'a')
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			b = append(b, c)
		}
	}
	return b
}

// appendAlnum appends the letters and digits of s, upper case.
func appendAlnum(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendRunes(b, s[i:], isAlnum, unicode.ToUpper, true)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c >= 'A' && c <= 'Z' || isDigit(c):
			b = append(b, c)
		}
	}
	return b
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// appendRunes appends the runes of s mapped by to: those for which class
// is keep, the others dropped.
func appendRunes(b []byte, s string, class func(rune) bool, to func(rune) rune, keep bool) []byte {
	for _, r := range s {
		if class(r) == keep {
			b = utf8.AppendRune(b, to(r))
		}
	}
	return b
}
