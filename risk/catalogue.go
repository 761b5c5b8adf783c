package risk

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
)

// Entity is the object an attribute reads. Attributes of the flight, the
// traveller, the booking and the trip have one value per traveller; those of
// the other entities one per element of a collection (a document, a leg),
// read inside a quantifier over it, or, in a condition of their own, by
// "some element" (see Condition).
type Entity string

// Entities.
const (
	EntityFlight     Entity = "flight"
	EntityTraveler   Entity = "traveler"
	EntityBooking    Entity = "booking"
	EntityTrip       Entity = "trip"
	EntityDocument   Entity = "document"
	EntityLeg        Entity = "leg"
	EntityPayment    Entity = "payment"
	EntityContact    Entity = "contact"
	EntityBoarding   Entity = "boarding"
	EntityTransit    Entity = "transit"
	EntityCoTraveler Entity = "coTraveler"
	EntityLink       Entity = "link"
)

// Attribute is one field a rule may use.
type Attribute struct {
	// Path names it in rules: "traveler.nationality", "document.expiresInDays".
	Path string `json:"path"`
	// Name is a display name, Doc what it is, its unit and what it is when
	// unknown.
	Name string `json:"name"`
	Doc  string `json:"doc"`
	Type Type   `json:"type"`
	// Entity is what it reads; it decides where the attribute may be used.
	Entity Entity `json:"entity"`
	// Identifying: the value identifies a person, and is masked after
	// depersonalisation (EU directive 2016/681 art. 12(2)); rules then see
	// it as unknown.
	Identifying bool `json:"identifying,omitempty"`
	// Prohibited: the value may reveal race or ethnic origin, religion or
	// belief, political opinion, trade-union membership, health, sex life or
	// sexual orientation (art. 13(4)). A rule that uses it does not compile.
	Prohibited bool `json:"prohibited,omitempty"`
	// Get reads the value. It must not allocate, block or keep env.
	Get func(env *Env) Value `json:"-"`

	// slot numbers it in its catalogue, and scalar says it has one value
	// per traveller: the evaluator reads it once per traveller.
	slot   int
	scalar bool
}

// Collection is what a quantifier ranges over: a traveller's documents, the
// legs of the trip, the booking's payments.
type Collection struct {
	// Name names it in rules: "documents".
	Name string `json:"name"`
	// Entity is its elements' entity.
	Entity Entity `json:"entity"`
	Doc    string `json:"doc"`
	// Len is the number of elements, and false when the collection itself
	// is unknown (no PNR: no payments known); Set makes element i the one
	// env's attributes of Entity read.
	Len func(env *Env) (int, bool) `json:"-"`
	Set func(env *Env, i int)      `json:"-"`
}

// Env is what attributes read: the flight, the traveller, and the element of
// each quantifier being evaluated.
type Env struct {
	Flight   *manifest.Flight
	Traveler *manifest.Traveler
	// Departure is the flight's first departure in UTC, zero when unknown;
	// Now the time of evaluation.
	Departure time.Time
	Now       time.Time
	// Data is what the host passed in Options.Data, for its own attributes.
	Data any
	// Depersonalised is Options.Depersonalised: a plug-in rule that reads
	// identifying data must treat it as masked.
	Depersonalised bool
	masked         func(string) bool

	Document   *manifest.Document
	Leg        *manifest.Leg
	LegIndex   int
	Payment    *manifest.Payment
	Contact    *manifest.Contact
	Boarding   *manifest.Boarding
	Transit    *manifest.Transit
	CoTraveler *manifest.Traveler
	Link       *manifest.PNRLink

	// passengers counts the passengers of passengersOf, for
	// flight.passengers.
	passengers   int
	passengersOf *manifest.Flight
	Conflict     *manifest.Conflict
	SSR          *pnrgov.SSR
}

// IsMasked reports whether s is a value that depersonalisation replaced,
// by Options.Masked (false when it is not set). Plug-in rules call it on
// the text values they read.
func (e *Env) IsMasked(s string) bool { return e.masked != nil && e.masked(s) }

// Catalogue is the set of attributes and collections rules may use. The
// zero Catalogue is empty; NewCatalogue gives the built-in one. Register
// before compiling: a Catalogue must not change while rulesets compiled
// against it are in use.
type Catalogue struct {
	attrs map[string]*Attribute
	colls map[string]*Collection
}

// NewCatalogue returns a catalogue of the built-in attributes and
// collections (see the package documentation for the list).
func NewCatalogue() *Catalogue {
	c := &Catalogue{}
	for _, a := range builtinAttributes() {
		if err := c.Register(a); err != nil {
			panic("risk: built-in attribute: " + err.Error())
		}
	}
	for _, k := range builtinCollections() {
		if err := c.RegisterCollection(k); err != nil {
			panic("risk: built-in collection: " + err.Error())
		}
	}
	return c
}

// ErrCatalogue is returned for an attribute or collection that cannot be
// registered.
var ErrCatalogue = errors.New("risk: catalogue")

// Register adds an attribute: a host's own (say "host.visaOverstays").
// Its path must be new, a dotted camelCase name, and its Get set.
func (c *Catalogue) Register(a Attribute) error {
	switch {
	case !validPath(a.Path):
		return fmt.Errorf("%w: attribute path %q: want dotted camelCase names (traveler.nationality)", ErrCatalogue, a.Path)
	case a.Get == nil:
		return fmt.Errorf("%w: attribute %s has no Get", ErrCatalogue, a.Path)
	case a.Type < TypeString || a.Type > TypeList:
		return fmt.Errorf("%w: attribute %s has no type", ErrCatalogue, a.Path)
	case a.Entity == "":
		return fmt.Errorf("%w: attribute %s has no entity", ErrCatalogue, a.Path)
	}
	if c.attrs == nil {
		c.attrs = map[string]*Attribute{}
	}
	if _, dup := c.attrs[a.Path]; dup {
		return fmt.Errorf("%w: attribute %s is already registered", ErrCatalogue, a.Path)
	}
	a.slot, a.scalar = len(c.attrs), slices.Contains(scalarEntities, a.Entity)
	c.attrs[a.Path] = &a
	return nil
}

// RegisterCollection adds a collection for quantifiers.
func (c *Catalogue) RegisterCollection(k Collection) error {
	switch {
	case !validPath(k.Name) || strings.Contains(k.Name, "."):
		return fmt.Errorf("%w: collection name %q: want a camelCase name (documents)", ErrCatalogue, k.Name)
	case k.Len == nil || k.Set == nil:
		return fmt.Errorf("%w: collection %s needs Len and Set", ErrCatalogue, k.Name)
	}
	if c.colls == nil {
		c.colls = map[string]*Collection{}
	}
	if _, dup := c.colls[k.Name]; dup {
		return fmt.Errorf("%w: collection %s is already registered", ErrCatalogue, k.Name)
	}
	c.colls[k.Name] = &k
	return nil
}

// Attribute returns the attribute of a path.
func (c *Catalogue) Attribute(path string) (Attribute, bool) {
	a, ok := c.attrs[path]
	if !ok {
		return Attribute{}, false
	}
	return *a, true
}

// Attributes returns every attribute, by path.
func (c *Catalogue) Attributes() []Attribute {
	out := make([]Attribute, 0, len(c.attrs))
	for _, a := range c.attrs {
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y Attribute) int { return strings.Compare(x.Path, y.Path) })
	return out
}

// Collections returns every collection, by name.
func (c *Catalogue) Collections() []Collection {
	out := make([]Collection, 0, len(c.colls))
	for _, k := range c.colls {
		out = append(out, *k)
	}
	slices.SortFunc(out, func(x, y Collection) int { return strings.Compare(x.Name, y.Name) })
	return out
}

// collectionOf returns the collection whose elements are of entity e, for a
// condition on an element's attribute outside any quantifier.
func (c *Catalogue) collectionOf(e Entity) *Collection {
	var found *Collection
	for _, k := range c.colls {
		if k.Entity == e && (found == nil || k.Name < found.Name) {
			found = k
		}
	}
	return found
}

// validPath reports dotted names of ASCII letters and digits, each
// beginning with a lower-case letter.
func validPath(p string) bool {
	if p == "" || len(p) > 128 {
		return false
	}
	for _, part := range strings.Split(p, ".") {
		if part == "" || part[0] < 'a' || part[0] > 'z' {
			return false
		}
		for i := 0; i < len(part); i++ {
			if c := part[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}
