package risk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
)

// File is a rules file: a named, versioned list of rules.
//
//	{"name": "national criteria", "version": "2026-12", "rules": [ ... ]}
type File struct {
	Name    string     `json:"name,omitempty"`
	Version string     `json:"version,omitempty"`
	Rules   []RuleSpec `json:"rules"`
}

// RuleSpec is one rule as written: its metadata, scope and condition. It
// is data: it never holds code.
type RuleSpec struct {
	// ID names the rule ("R-7"); Version is raised at each change, and a
	// hit names both.
	ID      string `json:"id"`
	Version int    `json:"version"`
	Title   string `json:"title"`
	// Rationale says why the criterion is targeted and specific (EU
	// directive 2016/681 art. 6(4)).
	Rationale string   `json:"rationale,omitempty"`
	Category  string   `json:"category,omitempty"`
	Severity  Severity `json:"severity,omitempty"`
	// Weight in [0, 1] is the rule's share in a traveller's score.
	Weight float64 `json:"weight,omitempty"`
	Author string  `json:"author,omitempty"`
	// Status is draft, active (the default) or retired: only active rules
	// are evaluated.
	Status Status `json:"status,omitempty"`
	// EffectiveFrom and EffectiveTo bound the dates (of evaluation, in UTC)
	// on which the rule applies, both included; ReviewBy is its next review
	// (Ruleset.DueForReview).
	EffectiveFrom civil.Date `json:"effectiveFrom,omitzero"`
	EffectiveTo   civil.Date `json:"effectiveTo,omitzero"`
	ReviewBy      civil.Date `json:"reviewBy,omitzero"`
	// Scope limits the flights the rule is evaluated on.
	Scope Scope `json:"scope,omitzero"`
	// HitCap is the most travellers of one flight the rule may hit (0: no
	// cap); past it the result marks the rule capped, as GTAS's
	// over-max-hits does, and raises no more hits.
	HitCap int `json:"hitCap,omitempty"`
	// When is the condition.
	When Condition `json:"when"`
}

// Severity grades a rule.
type Severity string

// Severities.
const (
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Status is a rule's life-cycle state.
type Status string

// Statuses.
const (
	StatusDraft   Status = "draft"
	StatusActive  Status = "active"
	StatusRetired Status = "retired"
)

// Scope limits a rule to flights of a direction, carriers and airports.
// Each empty part matches every flight.
type Scope struct {
	Direction manifest.Direction `json:"direction,omitempty"`
	// Carriers are operating carrier designators (the flight's, or a
	// codeshare's).
	Carriers []string `json:"carriers,omitempty"`
	// Airports: the flight leaves from or lands at one of them.
	Airports []string `json:"airports,omitempty"`
}

// Condition is a node of a rule's condition tree, one of:
//
//   - a group: {"all": [...]}, {"any": [...]} or {"not": {...}};
//   - a quantifier over a collection: {"any": "documents", "where": {...}},
//     likewise "all" and "none", or {"count": "documents", "where": {...},
//     "op": "ge", "value": 2};
//   - a comparison: {"field": "traveler.nationality", "op": "in", "value":
//     ["XXA"]}.
//
// Every node may have an id, by which hits and compile errors name it. A
// comparison on an element's attribute (document.number) outside a
// quantifier over its collection holds when it holds for some element: to
// ask several things of one document, use {"any": "documents", "where":
// {"all": [...]}}.
type Condition struct {
	ID string
	// All, Any and Not are the groups.
	All []Condition
	Any []Condition
	Not *Condition
	// Quantifier is any, all, none or count; Over the collection; Where the
	// condition on each element (none: every element).
	Quantifier string
	Over       string
	Where      *Condition
	// Field, Op and Value are a comparison, or with count the comparison
	// of the number of elements that hold.
	Field string
	Op    Op
	Value json.RawMessage

	unknown []string // keys the format does not have
	shape   string   // what is wrong with the node's keys, for the compiler
}

// Op is a comparison operator.
type Op string

// Operators. Each not_ form holds where its positive form does not, and is
// unknown where it is unknown.
const (
	OpEq            Op = "eq"
	OpNe            Op = "ne"
	OpLt            Op = "lt"
	OpLe            Op = "le"
	OpGt            Op = "gt"
	OpGe            Op = "ge"
	OpBetween       Op = "between"
	OpNotBetween    Op = "not_between"
	OpIn            Op = "in"
	OpNotIn         Op = "not_in"
	OpStartsWith    Op = "starts_with"
	OpNotStartsWith Op = "not_starts_with"
	OpEndsWith      Op = "ends_with"
	OpNotEndsWith   Op = "not_ends_with"
	OpContains      Op = "contains"
	OpNotContains   Op = "not_contains"
	OpMatches       Op = "matches"
	OpNotMatches    Op = "not_matches"
	OpIsEmpty       Op = "is_empty"
	OpExists        Op = "exists"
	OpWithin        Op = "within"
	OpMemberOf      Op = "member_of"
	OpNotMemberOf   Op = "not_member_of"
	OpNameLike      Op = "name_like"
)

var conditionKeys = []string{"id", "all", "any", "not", "none", "count", "where", "field", "op", "value"}

// UnmarshalJSON reads a condition node. Keys the format does not have,
// and nodes of no kind or of two, are kept for the compiler to report with
// the rule and condition id.
func (c *Condition) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*c = Condition{}
	str := func(key string, dst *string) error {
		if raw, ok := m[key]; ok {
			if err := json.Unmarshal(raw, dst); err != nil {
				return fmt.Errorf("condition %q: %q: want a string", c.ID, key)
			}
		}
		return nil
	}
	if err := str("id", &c.ID); err != nil {
		return err
	}
	kinds := 0
	for _, key := range []string{"all", "any", "none", "count"} {
		raw, ok := m[key]
		if !ok {
			continue
		}
		kinds++
		switch raw = bytes.TrimSpace(raw); {
		case len(raw) > 0 && raw[0] == '[' && (key == "all" || key == "any"):
			var list []Condition
			if err := json.Unmarshal(raw, &list); err != nil {
				return err
			}
			if list == nil {
				list = []Condition{}
			}
			if key == "all" {
				c.All = list
			} else {
				c.Any = list
			}
		case len(raw) > 0 && raw[0] == '"':
			c.Quantifier = key
			if err := str(key, &c.Over); err != nil {
				return err
			}
		default:
			return fmt.Errorf("condition %q: %q: want a list of conditions or a collection name", c.ID, key)
		}
	}
	if raw, ok := m["not"]; ok {
		kinds++
		c.Not = new(Condition)
		if err := json.Unmarshal(raw, c.Not); err != nil {
			return err
		}
	}
	if raw, ok := m["where"]; ok {
		c.Where = new(Condition)
		if err := json.Unmarshal(raw, c.Where); err != nil {
			return err
		}
	}
	if err := str("field", &c.Field); err != nil {
		return err
	}
	var op string
	if err := str("op", &op); err != nil {
		return err
	}
	c.Op = Op(op)
	if raw, ok := m["value"]; ok {
		c.Value = slices.Clone(bytes.TrimSpace(raw))
	}
	if c.Field != "" {
		kinds++
	}
	for k := range m {
		if !slices.Contains(conditionKeys, k) {
			c.unknown = append(c.unknown, k)
		}
	}
	slices.Sort(c.unknown)
	switch {
	case kinds == 0:
		c.shape = "no all, any, not, none, count or field"
	case kinds > 1:
		c.shape = "more than one of all, any, not, none, count and field"
	case c.Where != nil && c.Quantifier == "":
		c.shape = "where without a quantifier"
	case c.Quantifier == "" && c.Field == "" && (c.Op != "" || c.Value != nil):
		c.shape = "op or value without a field"
	}
	return nil
}

// MarshalJSON writes the condition in the form UnmarshalJSON reads, with
// keys in a fixed order: the canonical form a ruleset's hash is taken over.
func (c Condition) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	put := func(key string, v any) error {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		k, _ := json.Marshal(key)
		b.Write(k)
		b.WriteByte(':')
		if raw, ok := v.(json.RawMessage); ok {
			return json.Compact(&b, raw)
		}
		enc, err := json.Marshal(v)
		b.Write(enc)
		return err
	}
	var err error
	add := func(key string, v any) {
		if err == nil {
			err = put(key, v)
		}
	}
	if c.ID != "" {
		add("id", c.ID)
	}
	switch {
	case c.All != nil:
		add("all", c.All)
	case c.Any != nil:
		add("any", c.Any)
	case c.Not != nil:
		add("not", c.Not)
	case c.Quantifier != "":
		add(c.Quantifier, c.Over)
		if c.Where != nil {
			add("where", c.Where)
		}
	}
	if c.Field != "" {
		add("field", c.Field)
	}
	if c.Op != "" {
		add("op", string(c.Op))
	}
	if len(c.Value) > 0 {
		add("value", c.Value)
	}
	b.WriteByte('}')
	return b.Bytes(), err
}

// String is the condition in plain language (Describe).
func (c Condition) String() string { return describe(&c) }

// idOr is the condition's id, or a stand-in naming its kind.
func (c *Condition) idOr() string {
	if c.ID != "" {
		return c.ID
	}
	switch {
	case c.Field != "":
		return c.Field
	case c.Quantifier != "":
		return c.Quantifier + " " + c.Over
	}
	return strings.TrimSpace(strings.Join([]string{kindOf(c)}, ""))
}

func kindOf(c *Condition) string {
	switch {
	case c.All != nil:
		return "all"
	case c.Any != nil:
		return "any"
	case c.Not != nil:
		return "not"
	}
	return "condition"
}
