package risk

import (
	"encoding/json"
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
