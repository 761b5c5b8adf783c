package privacy

import (
	"crypto/rand"
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/internal/pseudonym"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// Category is a kind of identifying data, as EU directive 2016/681 art.
// 12(2) lists them.
type Category string

// Categories. Each masked value counts in one.
const (
	// CategoryName: names, of every traveller of a PNR (art. 12(2)(a)).
	CategoryName Category = "names"
	// CategoryContact: addresses, phone numbers, e-mail (b).
	CategoryContact Category = "contacts"
	// CategoryPayment: card numbers and expiry, holders, billing addresses (c).
	CategoryPayment Category = "payments"
	// CategoryFrequentFlyer: frequent-flyer numbers (d).
	CategoryFrequentFlyer Category = "frequentFlyer"
	// CategoryRemarks: general remarks, OSI and SSR free text, history
	// lines, non-air items (e).
	CategoryRemarks Category = "remarks"
	// CategoryAPI: API data: document numbers, names on documents, dates
	// and places of birth, SSR DOCS, DOCO, DOCA and FOID (f).
	CategoryAPI Category = "api"
	// CategoryReference: record locators, ticket numbers, customer and
	// passenger references. Not in art. 12(2)'s list, but each singles out
	// one person; being pseudonyms, they still join PNRs, pushes and API.
	CategoryReference Category = "references"
	// CategoryUnknown: values of segments the models keep unparsed, whose
	// meaning is not known.
	CategoryUnknown Category = "unknown"
)

// Masker depersonalises decoded messages (EU directive 2016/681 art.
// 12(2)): every identifying text becomes its pseudonym under the host key,
// and every date of birth its year alone. With a SealKey it also seals the
// values it masked, for an Unmasker with the matching UnsealKey to restore
// (art. 12(3)). A Masker is safe for concurrent use.
type Masker struct {
	host  HostKey
	seal  SealKey
	state sync.Pool // *masking
	// The sizes of the last masking: pseudonyms written, bytes to seal.
	pseudonyms, plain atomic.Int64
}

// NewMasker returns a Masker under the host key. The zero SealKey seals
// nothing: masking is then final.
func NewMasker(host HostKey, seal SealKey) *Masker {
	m := &Masker{host: host, seal: seal}
	m.state.New = func() any {
		return &masking{ps: newPseudonyms(m.host), memo: new([memoSize]memoEntry), seed: maphash.MakeSeed()}
	}
	return m
}

// Masking is what a masking did: how many values of each category it
// masked (nothing of the values themselves), and the sealed values.
type Masking struct {
	Masked map[Category]int `json:"masked"`
	// Sealed holds the masked values, sealed for the SealKey (nil without
	// one). The host stores it beside the depersonalised message; only the
	// UnsealKey opens it.
	Sealed []byte `json:"sealed,omitempty"`
}

// PNRGOV returns a depersonalised copy of msg, and what was masked. msg is
// not changed. The segments as received (Message.Segments, PNR.Segments)
// are not in the copy. The error is only ever a sealing failure (the
// system's random source).
func (m *Masker) PNRGOV(msg *pnrgov.Message) (*pnrgov.Message, *Masking, error) {
	out := *msg
	r, err := m.walk(func(v visitor) { walkPNRGOV(v, &out) }, false)
	if err != nil {
		return nil, nil, err
	}
	return &out, r, nil
}

// MaskPNRGOV depersonalises msg in place, as PNRGOV masks a copy, and
// drops its segments as received: for a host that holds the message only
// to depersonalise it, at about half PNRGOV's cost (nothing is copied).
// Only msg's fields change: the values as sent stay in the memory they
// were decoded from (the input bytes) until the host drops it. msg must
// not be read while it is masked; on an error it is masked but not sealed.
func (m *Masker) MaskPNRGOV(msg *pnrgov.Message) (*Masking, error) {
	return m.walk(func(v visitor) { walkPNRGOV(v, msg) }, true)
}

// PAXLST returns a depersonalised copy of msg, and what was masked. msg is
// not changed.
func (m *Masker) PAXLST(msg *paxlst.Message) (*paxlst.Message, *Masking, error) {
	out := *msg
	r, err := m.walk(func(v visitor) { walkPAXLST(v, &out) }, false)
	if err != nil {
		return nil, nil, err
	}
	return &out, r, nil
}

// MaskPAXLST depersonalises msg in place, as MaskPNRGOV does a PNRGOV
// message.
func (m *Masker) MaskPAXLST(msg *paxlst.Message) (*Masking, error) {
	return m.walk(func(v visitor) { walkPAXLST(v, msg) }, true)
}

// Flight returns a depersonalised copy of a built flight (manifest), and
// what was masked: its PNRs as PNRGOV masks them, each traveller's records
// as PAXLST and PNRGOV mask them, and the values the flight derived from
// them (names, dates of birth, documents, contacts, payments, links,
// conflicting values). f is not changed. A flight built from masked
// messages is masked as well.
func (m *Masker) Flight(f *manifest.Flight) (*manifest.Flight, *Masking, error) {
	out := *f
	r, err := m.walk(func(v visitor) { walkFlight(v, &out) }, false)
	if err != nil {
		return nil, nil, err
	}
	return &out, r, nil
}

// walk runs one masking over what fn walks.
func (m *Masker) walk(fn func(visitor), inPlace bool) (*Masking, error) {
	w := m.begin()
	defer m.release(w)
	fn(&walker{mask: w, inPlace: inPlace})
	return m.end(w)
}

// Pseudonym returns the pseudonym value masks to: so that a host can find
// a card, phone number or e-mail in depersonalised data without unmasking
// it.
func (m *Masker) Pseudonym(value string) string {
	w := m.begin()
	defer m.release(w)
	return pseudonymText(w.ps.id(value))
}

func (m *Masker) begin() *masking {
	w := m.state.Get().(*masking)
	w.counts = [len(categories)]int{}
	w.sealing = m.seal.pub != nil
	w.plain = w.plain[:0]
	w.number = 0
	if _, err := rand.Read(w.prefix[:]); err != nil {
		panic("privacy: crypto/rand failed: " + err.Error()) // rand.Read does not fail on supported systems
	}
	// The strings of the last masking keep their slabs; this one's first
	// holds as many pseudonyms as the last masking of this Masker wrote,
	// and its entries to seal as many bytes: a host masks pushes of
	// similar sizes, and the state in the pool is lost at each collection.
	w.ps.slab = nil
	w.ps.chunks = w.ps.chunks[:0]
	// Bounded, so that one huge masking does not make every small one
	// that follows allocate (and its message keep) as much.
	w.ps.next, w.ps.written = min(int(m.pseudonyms.Load()), 1<<16), 0
	if n := min(int(m.plain.Load()), 8<<20); w.sealing && cap(w.plain) < n {
		w.plain = make([]byte, 0, n)
	}
	return w
}

// release returns w to the pool without a value of the masking in it.
func (m *Masker) release(w *masking) {
	clear(w.memo[:])
	clear(w.plain)
	m.state.Put(w)
}

func (m *Masker) end(w *masking) (*Masking, error) {
	m.pseudonyms.Store(int64(w.ps.written))
	if w.sealing {
		m.plain.Store(int64(len(w.plain)))
	}
	r := &Masking{Masked: map[Category]int{}}
	for i, n := range w.counts {
		if n > 0 {
			r.Masked[categories[i]] = n
		}
	}
	if w.sealing {
		s, err := seal(m.seal, w.plain)
		clear(w.plain) // the values in the clear do not wait in the pool
		if err != nil {
			return nil, err
		}
		r.Sealed = s
	}
	return r, nil
}

// categories index the counts.
var categories = [...]Category{CategoryName, CategoryContact, CategoryPayment, CategoryFrequentFlyer,
	CategoryRemarks, CategoryAPI, CategoryReference, CategoryUnknown}

// categoryIndex is the index of c in categories: a switch, which compiles
// to a few length and byte comparisons, where a loop over the list
// compared strings one after another for every value masked.
func categoryIndex(c Category) int {
	switch c {
	case CategoryName:
		return 0
	case CategoryContact:
		return 1
	case CategoryPayment:
		return 2
	case CategoryFrequentFlyer:
		return 3
	case CategoryRemarks:
		return 4
	case CategoryAPI:
		return 5
	case CategoryReference:
		return 6
	}
	return len(categories) - 1
}

// masking is the visitor of one masking.
type masking struct {
	ps      *pseudonyms
	counts  [len(categories)]int
	sealing bool
	plain   []byte // entries to seal
	path    []byte // scratch: a date's path
	// Free text is masked to a number of this masking, after a random
	// prefix of its own: no link analysis compares remarks or texts as
	// sent, and a numbered pseudonym costs no HMAC (a push holds thousands
	// of remarks, history lines and SSRs). Identifiers keep HMAC
	// pseudonyms.
	prefix [5]byte
	number uint64
	// memo holds pseudonyms this masking wrote, by a hash of the value: a
	// push repeats most identifiers (a family's surname, a contact in its
	// SSR and its element: 6,300 distinct of 16,800 in a 300-PNR push),
	// and a lookup costs less than an HMAC and its base32. Direct-mapped,
	// so that it neither grows nor allocates; a value it lost is hashed
	// again. Cleared after each masking, so that no value waits in the
	// pool.
	memo *[memoSize]memoEntry
	seed maphash.Seed
}

const memoSize = 4096 // a power of two

type memoEntry struct{ value, text string }

// nextNumber returns the id of the next free text.
func (w *masking) nextNumber() (id [pseudonymID]byte) {
	w.number++
	copy(id[:], w.prefix[:])
	n := w.number
	for i := pseudonymID - 1; i >= len(w.prefix); i-- {
		id[i] = byte(n)
		n >>= 8
	}
	return id
}

// str masks an identifying value: to its HMAC pseudonym, free text to a
// number of this masking.
func (w *masking) str(c Category, s *string) { w.put(c, s, c == CategoryRemarks) }

// text masks a text to a number of this masking.
func (w *masking) text(c Category, s *string) { w.put(c, s, true) }

func (w *masking) put(c Category, s *string, numbered bool) {
	if *s == "" {
		return
	}
	if pseudonym.Is(*s) {
		if w.ps.wrote(*s) {
			// Met again, in place, where the message shares the value:
			// counted as masking a copy counts it, and sealed once.
			w.counts[categoryIndex(c)]++
			return
		}
		// Masked before: masking twice changes nothing. Sealed as it is,
		// so that unmasking finds every pseudonym (one a sender wrote is
		// restored to itself).
		if id, ok := parsePseudonym(*s); ok && w.sealing {
			w.plain = appendText(w.plain, id, *s)
		}
		return
	}
	w.counts[categoryIndex(c)]++
	if numbered {
		w.seal(w.nextNumber(), s)
		return
	}
	e := &w.memo[maphash.String(w.seed, *s)&(memoSize-1)]
	if e.value == *s {
		*s = e.text // and sealed already
		return
	}
	value := *s
	w.seal(w.ps.id(value), s)
	*e = memoEntry{value: value, text: *s}
}

// seal seals the value of s under id, and replaces it with its pseudonym.
func (w *masking) seal(id [pseudonymID]byte, s *string) {
	if w.sealing {
		w.plain = appendText(w.plain, id, *s)
	}
	*s = w.ps.text(id)
}

func (w *masking) date(at *fieldPath, d *civil.Date) {
	if !d.Valid() {
		if d.Partial() && w.sealing {
			w.path = at.appendTo(w.path[:0])
			w.plain = appendDateEntry(w.plain, w.path, *d) // restored to itself
		}
		return // not given, or a year alone already
	}
	if w.sealing {
		w.path = at.appendTo(w.path[:0])
		w.plain = appendDateEntry(w.plain, w.path, *d)
	}
	*d = civil.Date{Year: d.Year}
	w.counts[categoryIndex(CategoryAPI)]++
}
