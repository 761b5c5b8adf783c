package manifest

import (
	"strings"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// apiContacts appends the API person's contacts (COM, then the NAD
// address) to out.
func apiContacts(out []Contact, p *paxlst.Person) []Contact {
	for _, c := range p.Contacts {
		kind := pnrgov.ContactPhone
		if c.Type == paxlst.ContactEmail {
			kind = pnrgov.ContactEmail
		}
		if c.Number != "" {
			out = append(out, Contact{Kind: kind, Value: c.Number, Source: "api"})
		}
	}
	if a := &p.Address; len(a.Street) > 0 || a.City != "" || a.PostalCode != "" {
		out = append(out, Contact{Kind: pnrgov.ContactAddress, Value: joinParts(a.Street...), City: a.City,
			PostalCode: a.PostalCode, Country: a.Country, Source: "api"})
	}
	return out
}

// pnrContacts appends to out the contacts of p that name traveller k, or
// with k = -1 those of the PNR as a whole.
func pnrContacts(out []Contact, p *pnrgov.PNR, k int) []Contact {
	for i := range p.Contacts {
		c := &p.Contacts[i]
		if c.Traveler != k {
			continue
		}
		x := Contact{Kind: c.Kind, Value: c.Value, Source: "pnr"}
		if a := c.Address; c.Kind == pnrgov.ContactAddress && a != nil {
			x.Value, x.City, x.PostalCode, x.Country = a.Street, a.City, a.PostalCode, a.Country
		}
		if x.Value != "" || x.City != "" || x.PostalCode != "" {
			out = append(out, x)
		}
	}
	return out
}

// joinParts joins the non-empty parts with ", ".
func joinParts(parts ...string) string {
	if len(parts) == 1 {
		return strings.TrimSpace(parts[0])
	}
	var b strings.Builder
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p)
		}
	}
	return b.String()
}
