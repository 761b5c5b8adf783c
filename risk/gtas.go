package risk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/openpiu/piu/civil"
)

// gtasUDR is a UdrSpecification as GTAS writes it. Keys this package does
// not use ("@class", a term's "type") are ignored.
type gtasUDR struct {
	ID      json.RawMessage `json:"id"`
	Details *gtasNode       `json:"details"`
	Summary *gtasMeta       `json:"summary"`
}

type gtasMeta struct {
	Title       string          `json:"title"`
	Description string          `json:"description"`
	RuleCat     json.RawMessage `json:"ruleCat"`
	StartDate   string          `json:"startDate"`
	EndDate     string          `json:"endDate"`
	Author      string          `json:"author"`
	Enabled     bool            `json:"enabled"`
	OverMaxHits *float64        `json:"overMaxHits"`
}

// gtasNode is a QueryObject (condition and rules) or a QueryTerm (entity,
// field, operator, value): GTAS tells them apart by "@class", which may be
// missing, so ReadGTAS goes by the keys.
type gtasNode struct {
	Condition string     `json:"condition"`
	Rules     []gtasNode `json:"rules"`
	Entity    string     `json:"entity"`
	Field     string     `json:"field"`
	Operator  string     `json:"operator"`
	Value     []string   `json:"value"`
	UUID      string     `json:"uuid"`
}

// IsGTAS reports whether data looks like a GTAS UDR document, one UDR or a
// JSON array of them, by its content: an object whose "details" is a query
// (with "condition" or "rules"). A rules File of this package is not one.
func IsGTAS(data []byte) bool {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var list []json.RawMessage
		if json.Unmarshal(data, &list) != nil || len(list) == 0 {
			return false
		}
		data = list[0]
	}
	var udr struct {
		Details map[string]json.RawMessage `json:"details"`
	}
	if json.Unmarshal(data, &udr) != nil {
		return false
	}
	_, cond := udr.Details["condition"]
	_, rules := udr.Details["rules"]
	return cond || rules
}

// ReadGTAS converts a GTAS UDR (User Defined Rule, US-CBP's open PIU
// system), or a JSON array of them, into a rules File that CompileFile
// compiles against the built-in catalogue.
//
// A UDR becomes a rule of id "GTAS-<id>" ("GTAS-<n>" by position when its
// id is null), version 1, with its summary's title, description (the
// rationale), author, category "gtas-<ruleCat>", start and end dates, and
// overMaxHits as the hit cap; a disabled UDR is a draft. Its query becomes
// the condition: AND and OR groups become all and any, each term a
// comparison on the attribute of its entity and field, its values typed by
// the attribute (numbers, yyyy-MM-dd dates, yyyy-MM-dd HH:mm instants in
// UTC, a date standing for the whole day where the attribute is an
// instant, booleans as 1/0, Y/N or true/false, GTAS's codes such as the
// direction I, O and C translated). Conditions are named by the term's uuid,
// else by their path in the query ("c1.2" is the root group's second
// term).
//
// GTAS matches all the terms of one entity within a conjunction against
// the same object: the terms of an element entity (Document, Address,
// Phone, Email, CreditCard, PaymentForm, BookingDetail, DwellTime, Seat)
// that are direct members of one AND group therefore become one quantifier
// over its collection, {"any": "documents", "where": {"all": [...]}}, where
// the first of them stood; in an OR group each term has its own. Terms in
// nested groups are not joined with those outside: a nested OR of document
// terms is about some document, not necessarily the one its parent's
// terms are about.
//
// A document that is not JSON, or JSON of the wrong shape, gives a
// *SyntaxError; terms and metadata that cannot be converted (an unknown
// entity, field or operator, a field the catalogue has no attribute for,
// a value that does not fit) give CompileErrors, every one of them, each naming the rule and the term (its uuid, else its path in the query, "c1.2"). Nothing is
// silently left out.
func ReadGTAS(data []byte) (*File, error) {
	var udrs []gtasUDR
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(data, &udrs); err != nil {
			return nil, jsonError(data, err)
		}
	} else {
		udrs = make([]gtasUDR, 1)
		if err := json.Unmarshal(data, &udrs[0]); err != nil {
			return nil, jsonError(data, err)
		}
	}
	f := &File{Name: "GTAS UDR", Rules: make([]RuleSpec, 0, len(udrs))}
	c := &gtasConv{}
	seen := map[string]bool{}
	for i := range udrs {
		spec := c.udr(&udrs[i], i+1)
		if seen[spec.ID] {
			c.fail("", "the id is used by another rule")
		}
		seen[spec.ID] = true
		f.Rules = append(f.Rules, *spec)
	}
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	return f, nil
}

// gtasConv converts one document, collecting its errors.
type gtasConv struct {
	errs CompileErrors
	rule string          // the rule being converted
	ids  map[string]bool // its condition ids so far
}

func (c *gtasConv) fail(term, format string, args ...any) {
	c.errs = append(c.errs, &CompileError{Rule: c.rule, Condition: term, Reason: fmt.Sprintf(format, args...)})
}

// id gives a condition its id: want, else (unset or taken) fallback.
func (c *gtasConv) id(want, fallback string) string {
	if want == "" || c.ids[want] {
		want = fallback
	}
	c.ids[want] = true
	return want
}

// udr converts one UDR, the pos-th of the document.
func (c *gtasConv) udr(u *gtasUDR, pos int) *RuleSpec {
	c.rule, c.ids = fmt.Sprintf("GTAS-%d", pos), map[string]bool{}
	switch raw := bytes.TrimSpace(u.ID); {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			c.rule = "GTAS-" + strings.TrimSpace(s)
		}
	default:
		var n json.Number
		if json.Unmarshal(raw, &n) != nil {
			c.fail("", "id: want a number, a string or null")
		} else {
			c.rule = "GTAS-" + n.String()
		}
	}
	spec := &RuleSpec{ID: c.rule, Version: 1}
	if u.Summary == nil {
		c.fail("", "no summary")
	} else {
		c.meta(spec, u.Summary)
	}
	if u.Details == nil {
		c.fail("", "no details: the query")
		return spec
	}
	spec.When = c.node(u.Details, "c1")
	return spec
}

// meta converts the summary.
func (c *gtasConv) meta(spec *RuleSpec, m *gtasMeta) {
	spec.Title, spec.Rationale, spec.Author = strings.TrimSpace(m.Title), m.Description, m.Author
	if spec.Title == "" {
		c.fail("", "summary: no title")
	}
	spec.Status = StatusDraft
	if m.Enabled {
		spec.Status = StatusActive
	}
	if cat := bytes.Trim(bytes.TrimSpace(m.RuleCat), `"`); len(cat) > 0 && string(cat) != "null" {
		spec.Category = "gtas-" + string(cat)
	}
	date := func(key, s string) civil.Date {
		d, ok := gtasDate(s)
		if !ok {
			c.fail("", "summary: %s %q: want yyyy-MM-dd", key, short(s))
		}
		return d
	}
	spec.EffectiveFrom, spec.EffectiveTo = date("startDate", m.StartDate), date("endDate", m.EndDate)
	if !spec.EffectiveTo.IsZero() && spec.EffectiveTo.Before(spec.EffectiveFrom) {
		c.fail("", "summary: endDate is before startDate")
	}
	if h := m.OverMaxHits; h != nil && *h > 0 {
		if *h != math.Trunc(*h) || *h > 1e9 {
			c.fail("", "summary: overMaxHits: want a whole number")
		} else {
			spec.HitCap = int(*h)
		}
	}
}

// gtasDate reads a summary date: yyyy-MM-dd, or the date of a date and
// time; "" is no date.
func gtasDate(s string) (civil.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	d, err := civil.ParseDate(s)
	return d, err == nil
}

// node converts a query node at path.
func (c *gtasConv) node(n *gtasNode, path string) Condition {
	group := n.Condition != "" || n.Rules != nil
	term := n.Entity != "" || n.Field != ""
	switch {
	case group && term:
		c.fail(path, "both a group (condition, rules) and a term (entity, field)")
		return Condition{}
	case term:
		cond, ent := c.term(n, path)
		if ent != nil { // an element's term on its own
			return c.quantify(ent, path, []Condition{cond})
		}
		return cond
	case !group:
		c.fail(path, "neither a group (condition, rules) nor a term (entity, field)")
		return Condition{}
	}
	and := strings.EqualFold(strings.TrimSpace(n.Condition), "AND")
	if !and && !strings.EqualFold(strings.TrimSpace(n.Condition), "OR") {
		c.fail(path, "condition %q: want AND or OR", short(n.Condition))
		return Condition{}
	}
	if len(n.Rules) == 0 {
		c.fail(path, "an empty %s group", strings.ToUpper(n.Condition))
		return Condition{}
	}
	cond := Condition{ID: c.id(path, path)}
	kids := c.members(n.Rules, path, and)
	if and {
		cond.All = kids
	} else {
		cond.Any = kids
	}
	return cond
}

// members converts a group's members. In an AND group the terms of one
// element entity are joined in one quantifier (see ReadGTAS).
func (c *gtasConv) members(rules []gtasNode, path string, and bool) []Condition {
	type piece struct {
		conds []Condition
		ent   *gtasEntity // an element entity's terms, nil for anything else
		path  string
	}
	var pieces []piece
	at := map[*gtasEntity]int{}
	for i := range rules {
		p := fmt.Sprintf("%s.%d", path, i+1)
		r := &rules[i]
		if r.Condition != "" || r.Rules != nil || r.Entity == "" && r.Field == "" {
			pieces = append(pieces, piece{conds: []Condition{c.node(r, p)}})
			continue
		}
		cond, ent := c.term(r, p)
		if k, ok := at[ent]; ok && ent != nil && and {
			pieces[k].conds = append(pieces[k].conds, cond)
			continue
		}
		if ent != nil {
			at[ent] = len(pieces)
		}
		pieces = append(pieces, piece{conds: []Condition{cond}, ent: ent, path: p})
	}
	out := make([]Condition, 0, len(pieces))
	for _, p := range pieces {
		if p.ent == nil {
			out = append(out, p.conds[0])
			continue
		}
		out = append(out, c.quantify(p.ent, p.path, p.conds))
	}
	return out
}

// quantify puts an element entity's comparisons in a quantifier over its
// collection, after the contact kind the entity stands for.
func (c *gtasConv) quantify(ent *gtasEntity, path string, conds []Condition) Condition {
	if ent.kind != "" {
		kind, _ := json.Marshal(ent.kind)
		conds = append([]Condition{{Field: "contact.kind", Op: OpEq, Value: kind}}, conds...)
	}
	where := Condition{All: conds}
	if len(conds) == 1 {
		where = conds[0]
	}
	id := path + "." + ent.coll
	return Condition{ID: c.id(id, id+".q"), Quantifier: "any", Over: ent.coll, Where: &where}
}

// term converts a query term at path; ent is its entity when it is an
// element's, for the caller to quantify.
func (c *gtasConv) term(n *gtasNode, path string) (cond Condition, ent *gtasEntity) {
	name := path
	if u := strings.TrimSpace(n.UUID); u != "" {
		name = u
	}
	e := gtasEntityOf(n.Entity)
	if e == nil {
		c.fail(name, "unknown entity %q", short(n.Entity))
		return Condition{}, nil
	}
	what := e.name + "." + n.Field
	f, ok := e.fields[strings.ToLower(strings.TrimSpace(n.Field))]
	switch {
	case !ok:
		c.fail(name, "unknown field %s", short(what))
		return Condition{}, nil
	case f.path == "":
		c.fail(name, "%s: the catalogue has no attribute for it", short(what))
		return Condition{}, nil
	}
	a := defaultCatalogue().attrs[f.path]
	if a == nil { // the table names an attribute the catalogue lost
		c.fail(name, "%s: no attribute %s in the catalogue", short(what), f.path)
		return Condition{}, nil
	}
	cond, err := gtasComparison(a, f, n.Operator, n.Value)
	if err != nil {
		c.fail(name, "%s: %v", short(what), err)
		return Condition{}, nil
	}
	cond.ID = c.id(n.UUID, path)
	if e.coll != "" {
		ent = e
	}
	return cond, ent
}
