package risk

import (
	"slices"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/manifest"
)

// Ruleset is a compiled rules file: immutable and safe for concurrent use.
type Ruleset struct {
	Name    string
	Version string

	rules []*rule
	hash  string
	lists []ListVersion
	cat   *Catalogue
	cmp   *fuzzymatch.Comparator

	// The index (buildIndex): rules by scope, and by their key condition.
	unscoped  []int            // rules with no carrier or airport in scope
	byCarrier map[string][]int // upper case
	byAirport map[string][]int
	keys      []keyIndex // one per attribute that key conditions use
	unkeyed   []bool     // by rule: no key condition, always evaluated
}

// rule is one compiled rule.
type rule struct {
	spec   RuleSpec
	when   *node
	weight float64
	index  int
	key    int // its keyIndex, -1 when none
}

// ListVersion names a list a result used: a reference list of the ruleset
// or a watchlist.
type ListVersion struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// Kind is "reference" or "watchlist".
	Kind string `json:"kind"`
}

// Hash is the SHA-256 of the ruleset's canonical form ("sha256:..."): two
// rulesets with the same hash evaluate alike, given the same lists.
func (rs *Ruleset) Hash() string { return rs.hash }

// Len is the number of rules.
func (rs *Ruleset) Len() int { return len(rs.rules) }

// Rules returns the rules as written (with defaults not filled in).
func (rs *Ruleset) Rules() []RuleSpec {
	out := make([]RuleSpec, len(rs.rules))
	for i, r := range rs.rules {
		out[i] = r.spec
	}
	return out
}

// Lists returns the reference lists the ruleset uses, with their versions.
func (rs *Ruleset) Lists() []ListVersion { return slices.Clone(rs.lists) }

// DueForReview returns the ids of the active rules whose review date is on
// or before the date of now, in UTC: criteria must be reviewed regularly
// (EU directive 2016/681 art. 6(4)).
func (rs *Ruleset) DueForReview(now time.Time) []string {
	today := civil.DateOf(now.UTC())
	var out []string
	for _, r := range rs.rules {
		if r.active(today) && !r.spec.ReviewBy.IsZero() && !today.Before(r.spec.ReviewBy) {
			out = append(out, r.spec.ID)
		}
	}
	return out
}

// active reports a rule in force on date.
func (r *rule) active(date civil.Date) bool {
	s := &r.spec
	return (s.Status == "" || s.Status == StatusActive) &&
		(s.EffectiveFrom.IsZero() || !date.Before(s.EffectiveFrom)) &&
		(s.EffectiveTo.IsZero() || !s.EffectiveTo.Before(date))
}

// inScope reports whether the rule applies to the flight.
func (r *rule) inScope(f *manifest.Flight) bool {
	sc := &r.spec.Scope
	if sc.Direction != "" && sc.Direction != f.Direction {
		return false
	}
	if len(sc.Carriers) > 0 && !slices.ContainsFunc(sc.Carriers, func(c string) bool { return flightCarrier(f, c) }) {
		return false
	}
	if len(sc.Airports) > 0 && !slices.ContainsFunc(sc.Airports, func(a string) bool { return flightAirport(f, a) }) {
		return false
	}
	return true
}

func flightCarrier(f *manifest.Flight, c string) bool {
	if strings.EqualFold(f.Carrier, c) {
		return true
	}
	for _, d := range f.Codeshares {
		if strings.EqualFold(d.Carrier, c) {
			return true
		}
	}
	return false
}

func flightAirport(f *manifest.Flight, a string) bool {
	for _, l := range f.Legs {
		if strings.EqualFold(l.Departure.Airport, a) || strings.EqualFold(l.Arrival.Airport, a) {
			return true
		}
	}
	return false
}

// keyIndex maps the values of one attribute to the rules whose key
// condition asks for them: a rule whose key condition is eq or in on a
// traveller-level code or string is evaluated only for travellers with one
// of its values (or with the value unknown, where the rule may be not
// evaluable).
type keyIndex struct {
	attr *Attribute
	// coll, when set, is the collection whose elements the attribute is
	// read of (a key condition inside "any"); list says the attribute is a
	// list whose elements are looked up (contains).
	coll   *Collection
	list   bool
	rules  map[string][]int // upper-case value: rules
	all    []int            // every rule of this attribute, for an unknown value
	folded bool
}

// buildIndex indexes the rules by scope and by key condition.
func (rs *Ruleset) buildIndex() {
	rs.byCarrier, rs.byAirport = map[string][]int{}, map[string][]int{}
	rs.unkeyed = make([]bool, len(rs.rules))
	byAttr := map[string]int{}
	for i, r := range rs.rules {
		sc := &r.spec.Scope
		switch {
		case len(sc.Carriers) > 0:
			for _, c := range sc.Carriers {
				rs.byCarrier[strings.ToUpper(c)] = append(rs.byCarrier[strings.ToUpper(c)], i)
			}
		case len(sc.Airports) > 0:
			for _, a := range sc.Airports {
				rs.byAirport[strings.ToUpper(a)] = append(rs.byAirport[strings.ToUpper(a)], i)
			}
		default:
			rs.unscoped = append(rs.unscoped, i)
		}
		r.key = -1
		kn, coll := keyNode(r.when)
		if kn == nil {
			rs.unkeyed[i] = true
			continue
		}
		id := kn.attr.Path
		if coll != nil {
			id = coll.Name + " " + id
		}
		k, ok := byAttr[id]
		if !ok {
			k = len(rs.keys)
			byAttr[id] = k
			rs.keys = append(rs.keys, keyIndex{attr: kn.attr, coll: coll, list: kn.attr.Type == TypeList, rules: map[string][]int{}})
		}
		r.key = k
		x := &rs.keys[k]
		x.all = append(x.all, i)
		vals := kn.operand.strs
		if kn.op == OpEq || kn.op == OpContains {
			vals = []string{kn.operand.str}
		}
		for v := range kn.operand.set {
			vals = append(vals, v)
		}
		for _, v := range vals {
			u := strings.ToUpper(v)
			if !slices.Contains(x.rules[u], i) {
				x.rules[u] = append(x.rules[u], i)
			}
		}
	}
}

// keyNode returns a condition that must hold for the rule to hit and that
// an index can look up, at the top or a conjunct of a top-level all: an eq
// or in (not negated) on a code or string of the flight, traveller,
// booking or trip; a contains on a list of theirs (route.countries); or an
// eq or in on an element's attribute that some element must satisfy (in
// "any" over a collection, or at the top of its where or a conjunct of
// it), with the collection.
func keyNode(n *node) (*node, *Collection) {
	lookup := func(n *node, entities []Entity) bool {
		if n.kind != nodeCompare || n.negate || !slices.Contains(entities, n.attr.Entity) {
			return false
		}
		return (n.op == OpEq || n.op == OpIn) && n.attr.Type.textual() || n.op == OpContains && n.attr.Type == TypeList
	}
	try := func(n *node) (*node, *Collection) {
		if lookup(n, scalarEntities) {
			return n, nil
		}
		if n.kind != nodeSome {
			return nil, nil
		}
		elem := []Entity{n.coll.Entity}
		if w := n.where; lookup(w, elem) {
			return w, n.coll
		} else if w.kind == nodeAll {
			for _, k := range w.kids {
				if lookup(k, elem) {
					return k, n.coll
				}
			}
		}
		return nil, nil
	}
	if k, c := try(n); k != nil {
		return k, c
	}
	if n.kind == nodeAll {
		for _, kid := range n.kids {
			if k, c := try(kid); k != nil {
				return k, c
			}
		}
	}
	return nil, nil
}
