package risk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/openpiu/piu/fuzzymatch"
)

// CompileOptions are the inputs of Compile besides the rules.
type CompileOptions struct {
	// Catalogue is the attributes rules may use; nil is NewCatalogue's.
	Catalogue *Catalogue
	// Lists are the reference lists member_of names, by name.
	Lists map[string]*RefList
	// Comparator scores name_like; nil is fuzzymatch's defaults.
	Comparator *fuzzymatch.Comparator
	// Limits bound a ruleset's size; the zero Limits are DefaultLimits.
	Limits Limits
}

// Limits bound what a rules file may ask, so that no ruleset can make
// compiling or evaluating unbounded. A zero field is its default.
type Limits struct {
	// MaxRules per ruleset (default 100,000); MaxConditions per rule
	// (1,000); MaxDepth of a condition tree (32); MaxValues in one in
	// list (100,000); MaxPattern, the bytes of a regular expression
	// (1,000).
	MaxRules      int `json:"maxRules,omitempty"`
	MaxConditions int `json:"maxConditions,omitempty"`
	MaxDepth      int `json:"maxDepth,omitempty"`
	MaxValues     int `json:"maxValues,omitempty"`
	MaxPattern    int `json:"maxPattern,omitempty"`
}

// DefaultLimits are the limits a zero Limits stands for.
var DefaultLimits = Limits{MaxRules: 100_000, MaxConditions: 1_000, MaxDepth: 32, MaxValues: 100_000, MaxPattern: 1_000}

func (l Limits) orDefault() Limits {
	d := DefaultLimits
	pick := func(v, def int) int {
		if v > 0 {
			return v
		}
		return def
	}
	return Limits{pick(l.MaxRules, d.MaxRules), pick(l.MaxConditions, d.MaxConditions), pick(l.MaxDepth, d.MaxDepth),
		pick(l.MaxValues, d.MaxValues), pick(l.MaxPattern, d.MaxPattern)}
}

// CompileError is a rule that does not compile: which rule, which
// condition (its id, or its field), and why.
type CompileError struct {
	Rule      string `json:"rule"`
	Condition string `json:"condition,omitempty"`
	Reason    string `json:"reason"`
}

func (e *CompileError) Error() string {
	if e.Condition == "" {
		return "risk: rule " + e.Rule + ": " + e.Reason
	}
	return "risk: rule " + e.Rule + ", condition " + e.Condition + ": " + e.Reason
}

// CompileErrors are every error of a ruleset, in rule order.
type CompileErrors []*CompileError

func (l CompileErrors) Error() string {
	switch len(l) {
	case 0:
		return "risk: no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// SyntaxError is a rules file that is not valid JSON, or JSON of the wrong
// shape, with the line and column (from 1) where it went wrong.
type SyntaxError struct {
	Line, Column int
	Offset       int64
	Err          error
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("risk: rules file, line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// jsonError gives a JSON error its line and column in data.
func jsonError(data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return fmt.Errorf("risk: rules file: %w", err)
	}
	off = min(off, int64(len(data)))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return &SyntaxError{Line: line, Column: col, Offset: off, Err: err}
}

var defaultCatalogue = sync.OnceValue(NewCatalogue)

var defaultComparator = sync.OnceValue(func() *fuzzymatch.Comparator {
	return fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
})

// Compile reads a rules file (File, as JSON) and compiles it. A file that is
// not JSON of that shape gives a *SyntaxError; rules that do not compile give
// CompileErrors, every one of them.
func Compile(data []byte, opts *CompileOptions) (*Ruleset, error) {
	var f File
	if err := f.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return CompileFile(&f, opts)
}

// CompileFile compiles a rules file already read. The Ruleset keeps no
// reference to f.
func CompileFile(f *File, opts *CompileOptions) (*Ruleset, error) {
	if opts == nil {
		opts = &CompileOptions{}
	}
	c := &compiler{cat: opts.Catalogue, cmp: opts.Comparator, limits: opts.Limits.orDefault(),
		lists: map[string]*RefList{}, used: map[string]bool{}}
	if c.cat == nil {
		c.cat = defaultCatalogue()
	}
	if c.cmp == nil {
		c.cmp = defaultComparator()
	}
	for name, l := range opts.Lists {
		cp := &RefList{Name: l.Name, Version: l.Version, Kind: l.Kind, Values: slices.Clone(l.Values)}
		if cp.Name == "" {
			cp.Name = name
		}
		cp.prepare()
		c.lists[name] = cp
	}
	rs := &Ruleset{Name: f.Name, Version: f.Version, cat: c.cat, cmp: c.cmp}
	if len(f.Rules) > c.limits.MaxRules {
		return nil, CompileErrors{{Rule: "*", Reason: fmt.Sprintf("more than %d rules", c.limits.MaxRules)}}
	}
	seen := map[string]bool{}
	for i := range f.Rules {
		spec := f.Rules[i]
		spec.Scope.Carriers, spec.Scope.Airports = slices.Clone(spec.Scope.Carriers), slices.Clone(spec.Scope.Airports)
		name := spec.ID
		if name == "" {
			name = fmt.Sprintf("#%d", i+1)
		}
		if seen[spec.ID] && spec.ID != "" {
			c.fail(name, "", "the id is used by another rule")
			continue
		}
		seen[spec.ID] = true
		if r := c.rule(name, &spec); r != nil {
			r.index = len(rs.rules)
			rs.rules = append(rs.rules, r)
		}
	}
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	for name := range c.used {
		rs.lists = append(rs.lists, ListVersion{Name: name, Version: c.lists[name].Version, Kind: "reference"})
	}
	slices.SortFunc(rs.lists, func(x, y ListVersion) int { return strings.Compare(x.Name, y.Name) })
	rs.hash = hashOf(f, rs.rules)
	rs.buildIndex()
	return rs, nil
}

// hashOf is the SHA-256 of the canonical form of the compiled rules: the
// name, version and each rule's JSON (Condition's canonical keys), in order.
func hashOf(f *File, rules []*rule) string {
	h := sha256.New()
	meta, _ := json.Marshal([]string{f.Name, f.Version})
	h.Write(meta)
	var b []byte
	for _, r := range rules {
		b = appendSpec(append(b[:0], '\n'), &r.spec)
		h.Write(b)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// compiler holds what compiling one ruleset needs.
type compiler struct {
	cat    *Catalogue
	cmp    *fuzzymatch.Comparator
	limits Limits
	lists  map[string]*RefList
	used   map[string]bool
	errs   CompileErrors

	ruleName string // the rule being compiled
	count    int    // its conditions so far
	failed   bool
	ids      map[string]bool
	binds    []Entity // the entities of the enclosing quantifiers
	attrUsed []string
}

func (c *compiler) fail(rule, cond, reason string) {
	c.errs = append(c.errs, &CompileError{Rule: rule, Condition: cond, Reason: reason})
	c.failed = true
}

// rule compiles one rule; nil when it does not compile.
func (c *compiler) rule(name string, spec *RuleSpec) *rule {
	if c.ids == nil {
		c.ids = map[string]bool{}
	}
	clear(c.ids) // the ids of this rule's conditions
	c.ruleName, c.count, c.failed, c.binds = name, 0, false, c.binds[:0]
	switch {
	case spec.ID == "":
		c.fail(name, "", "no id")
	case spec.Title == "":
		c.fail(name, "", "no title")
	case spec.Version < 0:
		c.fail(name, "", "a negative version")
	case spec.Weight < 0 || spec.Weight > 1:
		c.fail(name, "", "weight outside [0, 1]")
	case spec.HitCap < 0:
		c.fail(name, "", "a negative hitCap")
	case !slices.Contains([]Severity{"", SeverityLow, SeverityMedium, SeverityHigh, SeverityCritical}, spec.Severity):
		c.fail(name, "", fmt.Sprintf("severity %q: want low, medium, high or critical", spec.Severity))
	case !slices.Contains([]Status{"", StatusDraft, StatusActive, StatusRetired}, spec.Status):
		c.fail(name, "", fmt.Sprintf("status %q: want draft, active or retired", spec.Status))
	case !spec.EffectiveTo.IsZero() && spec.EffectiveTo.Before(spec.EffectiveFrom):
		c.fail(name, "", "effectiveTo is before effectiveFrom")
	case !validDirection(spec.Scope.Direction):
		c.fail(name, "", fmt.Sprintf("scope direction %q: want inbound, outbound, domestic or through", spec.Scope.Direction))
	}
	n := c.node(&spec.When, 1)
	if c.failed {
		return nil
	}
	r := &rule{spec: *spec, when: n, weight: spec.Weight}
	if r.weight == 0 {
		r.weight = severityWeight[spec.Severity]
	}
	return r
}

// severityWeight is a rule's weight when it gives none.
var severityWeight = map[Severity]float64{"": 0.5, SeverityLow: 0.25, SeverityMedium: 0.5, SeverityHigh: 0.75, SeverityCritical: 1}
