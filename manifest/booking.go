package manifest

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov"
)

// Booking is what a traveller's PNR says for all its travellers: its
// locator, lead time, party, payments, agency and links to other PNRs. The
// travellers of one PNR share one Booking, which must not be changed. A
// pointer field is nil when it is unknown.
type Booking struct {
	// Locator is the PNR's record locator; Created its creation (RCI),
	// which reservation systems write in UTC.
	Locator string         `json:"locator"`
	Created civil.DateTime `json:"created,omitzero"`
	// LeadHours is the time from the PNR's creation (RCI, which reservation
	// systems write in UTC) to the flight's departure, in hours; LeadDays
	// the whole days of it.
	LeadHours *float64 `json:"leadHours,omitempty"`
	LeadDays  *int     `json:"leadDays,omitempty"`
	// PartySize is the number of travellers in the PNR.
	PartySize int `json:"partySize"`
	// Payments are the PNR's forms of payment in order; Cash whether one is
	// cash (FOP CA); ThirdParty whether a payer the PNR names (IFT 4:43) is
	// none of its travellers (nil when no payer is named).
	Payments   []Payment `json:"payments,omitempty"`
	Cash       bool      `json:"cash,omitempty"`
	ThirdParty *bool     `json:"thirdParty,omitempty"`
	// Agency is the booking agent or office (ORG), nil when absent.
	Agency *pnrgov.Org `json:"agency,omitempty"`
	// Contacts are the PNR's contacts that name no one traveller (those
	// that do are in Traveler.Contacts).
	Contacts []Contact `json:"contacts,omitempty"`
	// Links are the indices in Flight.Links of what this PNR shares with
	// other PNRs; LinkedPNRs counts the other PNRs that share a card,
	// phone, e-mail, address or frequent-flyer number with it (an agent,
	// shared by all an agency books, does not count).
	Links      []int `json:"links,omitempty"`
	LinkedPNRs int   `json:"linkedPnrs,omitempty"`
}

// Payment is one form of payment of a PNR (FOP C641, with the payer of its
// Gr4 group).
type Payment struct {
	// Type is FOP 9888: CC card, CA cash, MS miscellaneous, ...
	Type string `json:"type"`
	// Amount is the amount paid, nil when not sent or not a number.
	Amount *float64 `json:"amount,omitempty"`
	// Vendor is the card vendor (VI, AX, CA), Account the card number as
	// sent (airlines mask it: 372395XXXXX9581), Expiry MMYY as sent.
	Vendor  string `json:"vendor,omitempty"`
	Account string `json:"account,omitempty"`
	Expiry  string `json:"expiry,omitempty"`
	// Holder is the card holder or sponsor (IFT 4:43), as sent.
	Holder string `json:"holder,omitempty"`
}

// Contact is a phone number, e-mail address or postal address of a
// traveller, as sent (an AIRIMP e-mail decoded).
type Contact struct {
	Kind pnrgov.ContactKind `json:"kind"`
	// Value is the phone number, the e-mail address or an address's street
	// (its lines joined by ", ").
	Value string `json:"value"`
	// City, PostalCode and Country are an address's.
	City       string `json:"city,omitempty"`
	PostalCode string `json:"postalCode,omitempty"`
	Country    string `json:"country,omitempty"`
	// Source is "api" or "pnr".
	Source string `json:"source"`
}

// Boarding is a traveller's seat, bags and check-in on one leg of the trip.
type Boarding struct {
	// Leg is the leg's index in Traveler.Trip.Legs, -1 when the trip has
	// no such leg.
	Leg int `json:"leg"`
	// Seat (011D) and Cabin (J) as sent; Number the boarding or sequence
	// number.
	Seat   string `json:"seat,omitempty"`
	Cabin  string `json:"cabin,omitempty"`
	Number string `json:"number,omitempty"`
	// Bags and BagWeight are the checked bags, the weight in kilograms.
	Bags      int      `json:"bags,omitempty"`
	BagWeight *float64 `json:"bagWeight,omitempty"`
	// Source is "api" (the list of this flight) or "pnr" (a check-in, Gr6).
	Source string `json:"source"`
}

// bookings returns the booking of each of the flight's PNRs.
func (f *Flight) bookings(dep time.Time, pnr []pnrTraveler, n *numbers) []Booking {
	out := make([]Booking, len(f.PNRs))
	npay, ncontact := 0, 0
	for _, p := range f.PNRs {
		for i := range p.Payments {
			npay += len(p.Payments[i].Forms)
		}
		for i := range p.Contacts {
			if p.Contacts[i].Traveler == -1 {
				ncontact++
			}
		}
	}
	pays := make([]Payment, 0, npay)
	contacts := make([]Contact, 0, ncontact)
	first := 0 // the PNR's first traveller in pnr
	for k, p := range f.PNRs {
		b := &out[k]
		b.Locator, b.Created, b.PartySize, b.Agency = p.Locator(), p.Created, len(p.Travelers), p.Agency
		if !dep.IsZero() && !p.Created.IsZero() {
			h := hours(dep.Sub(p.Created.In(time.UTC)))
			b.LeadHours, b.LeadDays = n.float(h), n.int(int(math.Floor(h/24)))
		}
		start := len(pays)
		pays = b.payments(pays, p, pnr[first:first+len(p.Travelers)], n)
		first += len(p.Travelers)
		if len(pays) > start {
			b.Payments = pays[start:len(pays):len(pays)]
		}
		start = len(contacts)
		if contacts = pnrContacts(contacts, p, -1); len(contacts) > start {
			b.Contacts = contacts[start:len(contacts):len(contacts)]
		}
	}
	return out
}

// payments appends the PNR's forms of payment to pays, and fills Cash and
// ThirdParty; ts are the PNR's travellers.
func (b *Booking) payments(pays []Payment, p *pnrgov.PNR, ts []pnrTraveler, n *numbers) []Payment {
	for i := range p.Payments {
		pay := &p.Payments[i]
		for k := range pay.Forms {
			f := &pay.Forms[k]
			b.Cash = b.Cash || f.Type == "CA"
			x := Payment{Type: f.Type, Vendor: f.Vendor, Account: f.Account, Expiry: f.Expiry, Holder: pay.Holder}
			if v, ok := amount(f.Amount); ok {
				x.Amount = n.float(v)
			}
			pays = append(pays, x)
		}
		if pay.Holder == "" {
			continue
		}
		third, h := true, normName(pay.Holder)
		for i := range ts {
			if holderIs(h, &ts[i]) {
				third = false
				break
			}
		}
		if b.ThirdParty == nil || third && !*b.ThirdParty {
			b.ThirdParty = n.bool(third)
		}
	}
	return pays
}

// amount parses a payment amount as strconv.ParseFloat does once white
// space is trimmed, and reports whether it is a finite number. A plain
// decimal of up to 15 digits (123.45) is parsed here: its digits and its
// power of ten are exact as float64, so that one division rounds as
// ParseFloat does (its own fast path), without its general machinery.
func amount(s string) (float64, bool) {
	if v, ok := plainDecimal(s); ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return v, err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
}

// pow10 are the powers of ten that plainDecimal divides by, all exact.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// plainDecimal parses a sign, 1 to 15 digits and a decimal point between
// them; false for anything else.
func plainDecimal(s string) (float64, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	var m uint64
	digits, frac := 0, -1 // frac: the digits after the point, -1 before it
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			m = m*10 + uint64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0 && digits > 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || frac == 0 {
		return 0, false
	}
	v := float64(m) / pow10[max(frac, 0)]
	if neg {
		v = -v
	}
	return v, true
}

// holderIs reports whether a payer's name h (normName'd: SURNAME GIVEN, or
// GIVEN SURNAME) is the traveller's.
func holderIs(h string, t *pnrTraveler) bool {
	s, g := t.surname, t.given
	if s == "" {
		return false
	}
	return joined(h, s, g) || joined(h, g, s) || h == s || joined(h, s, t.givenRaw)
}

// joined reports whether h is a+" "+b, without building that string.
func joined(h, a, b string) bool {
	return len(h) == len(a)+1+len(b) && h[len(a)] == ' ' && h[:len(a)] == a && h[len(a)+1:] == b
}

// linkBookings fills each booking's links from the flight's links (those
// of window PNRs index past the flight's).
func (f *Flight) linkBookings(out []Booking) {
	if len(f.Links) == 0 {
		return
	}
	count, total, npnr := make([]int, len(out)), 0, len(out)
	for _, l := range f.Links {
		for _, k := range l.PNRs {
			if k < len(out) {
				count[k]++
				total++
			}
			npnr = max(npnr, k+1)
		}
	}
	idx := make([]int, 0, total)
	for k, c := range count {
		out[k].Links = idx[len(idx) : len(idx) : len(idx)+c]
		idx = idx[:len(idx)+c]
	}
	for li, l := range f.Links {
		for _, k := range l.PNRs {
			if k < len(out) {
				out[k].Links = append(out[k].Links, li)
			}
		}
	}
	// A PNR's linked PNRs are the union of its links' other PNRs: its
	// largest link counts whole, and the others add the PNRs not in it
	// (one card shared by a whole flight must not cost a scan per PNR).
	// The PNRs of one largest link are counted together, with its PNRs
	// marked once, so that counting costs the links' sizes.
	scratch := make([]int32, len(out)+2*npnr)
	big := scratch[:len(out)]                     // each PNR's largest link, -1 for none
	in := scratch[len(out) : len(out)+npnr]       // the largest link (plus one) whose PNRs are marked
	seen := scratch[len(out)+npnr : len(scratch)] // the last PNR (plus one) that counted each other PNR
	for k := range out {
		big[k] = -1
		for _, li := range out[k].Links {
			if f.Links[li].Kind != LinkAgent && (big[k] < 0 || len(f.Links[li].PNRs) > len(f.Links[big[k]].PNRs)) {
				big[k] = int32(li)
			}
		}
	}
	for li, l := range f.Links {
		marked := false
		for _, k := range l.PNRs {
			if k >= len(out) || big[k] != int32(li) {
				continue
			}
			if !marked {
				for _, o := range l.PNRs {
					in[o] = int32(li) + 1
				}
				marked = true
			}
			out[k].LinkedPNRs = len(l.PNRs) - 1
			for _, lj := range out[k].Links {
				if lj == li || f.Links[lj].Kind == LinkAgent {
					continue
				}
				for _, o := range f.Links[lj].PNRs {
					if in[o] != int32(li)+1 && o != k && seen[o] != int32(k)+1 {
						seen[o] = int32(k) + 1
						out[k].LinkedPNRs++
					}
				}
			}
		}
	}
	for k := range out {
		if len(out[k].Links) == 0 {
			out[k].Links = nil
		}
	}
}
