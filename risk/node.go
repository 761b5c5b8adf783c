package risk

import (
	"fmt"
	"slices"

	"github.com/openpiu/piu/manifest"
)

// node is a compiled condition: immutable once compiled, so that a
// ruleset is safe for concurrent use.
type node struct {
	kind nodeKind
	cond *Condition // as written: its id, field, op and value for evidence
	kids []*node    // all, any, not (one)

	// quantifiers: the collection, and for count the comparison of the
	// number of elements that hold.
	coll     *Collection
	where    *node
	implicit bool // an element's attribute outside its quantifier: some element
	countOp  Op
	count    *operand

	// comparisons
	attr    *Attribute
	op      Op   // the positive form
	negate  bool // a not_ operator
	operand operand
}

type nodeKind uint8

const (
	nodeAll nodeKind = iota
	nodeAny
	nodeNot
	nodeSome  // quantifier any
	nodeEvery // quantifier all
	nodeNone
	nodeCount
	nodeCompare
)

var quantifiers = map[string]nodeKind{"any": nodeSome, "all": nodeEvery, "none": nodeNone, "count": nodeCount}

// scalarEntities are read once per traveller, not per element.
var scalarEntities = []Entity{EntityFlight, EntityTraveler, EntityBooking, EntityTrip}

// node compiles a condition at depth; nil after a failure.
func (c *compiler) node(cond *Condition, depth int) *node {
	id := cond.idOr()
	fail := func(format string, args ...any) *node { return c.failAt(id, format, args...) }
	c.count++
	switch {
	case depth > c.limits.MaxDepth:
		return fail("conditions nested deeper than %d", c.limits.MaxDepth)
	case c.count > c.limits.MaxConditions:
		return fail("more than %d conditions", c.limits.MaxConditions)
	case len(cond.unknown) > 0:
		return fail("unknown key %q", cond.unknown[0])
	case cond.shape != "":
		return fail("%s", cond.shape)
	}
	if cond.ID != "" {
		if c.ids[cond.ID] {
			return fail("the id is used by another condition of the rule")
		}
		c.ids[cond.ID] = true
	}
	n := &node{cond: cond}
	switch {
	case cond.All != nil || cond.Any != nil:
		list := cond.All
		n.kind = nodeAll
		if cond.Any != nil {
			n.kind, list = nodeAny, cond.Any
		}
		if len(list) == 0 {
			return fail("an empty %s", kindOf(cond))
		}
		for i := range list {
			n.kids = append(n.kids, c.node(&list[i], depth+1))
		}
	case cond.Not != nil:
		n.kind, n.kids = nodeNot, []*node{c.node(cond.Not, depth+1)}
	case cond.Quantifier != "":
		return c.quantifier(n, cond, depth, id)
	default:
		return c.comparison(n, cond, id)
	}
	if slices.Contains(n.kids, nil) {
		return nil
	}
	return n
}

func (c *compiler) quantifier(n *node, cond *Condition, depth int, id string) *node {
	n.kind = quantifiers[cond.Quantifier]
	k, ok := c.cat.colls[cond.Over]
	if !ok {
		return c.failAt(id, "unknown collection %q", cond.Over)
	}
	n.coll = k
	switch {
	case cond.Where == nil:
		return c.failAt(id, "%s %s without where", cond.Quantifier, cond.Over)
	case n.kind != nodeCount && (cond.Op != "" || cond.Value != nil):
		return c.failAt(id, "op and value belong to count, not %s", cond.Quantifier)
	}
	c.binds = append(c.binds, k.Entity)
	n.where = c.node(cond.Where, depth+1)
	c.binds = c.binds[:len(c.binds)-1]
	if n.kind == nodeCount {
		op := cond.Op
		if !slices.Contains([]Op{OpEq, OpNe, OpLt, OpLe, OpGt, OpGe, OpBetween, OpNotBetween}, op) {
			return c.failAt(id, "count needs op eq, ne, lt, le, gt, ge, between or not_between, not %q", op)
		}
		o, err := c.parseOperand(op, TypeNumber, cond.Value)
		if err != nil {
			return c.failAt(id, "count: %v", err)
		}
		n.countOp, n.count = op, &o
	}
	if n.where == nil {
		return nil
	}
	return n
}

func (c *compiler) comparison(n *node, cond *Condition, id string) *node {
	a, ok := c.cat.attrs[cond.Field]
	switch {
	case !ok:
		return c.failAt(id, "unknown field %q", cond.Field)
	case a.Prohibited:
		return c.failAt(id, "field %s is prohibited: it may reveal sensitive data (EU directive 2016/681 art. 13(4))", a.Path)
	case cond.Op == "":
		return c.failAt(id, "no op")
	}
	check, ok := opTypes[cond.Op]
	if !ok {
		return c.failAt(id, "unknown op %q", cond.Op)
	}
	if !check(a.Type) {
		return c.failAt(id, "op %s does not apply to %s (%s)", cond.Op, a.Path, a.Type)
	}
	o, err := c.parseOperand(cond.Op, a.Type, cond.Value)
	if err != nil {
		return c.failAt(id, "%v", err)
	}
	n.kind, n.attr, n.operand, n.op = nodeCompare, a, o, cond.Op
	if pos, ok := negated[cond.Op]; ok {
		n.op, n.negate = pos, true
	}
	if slices.Contains(scalarEntities, a.Entity) || slices.Contains(c.binds, a.Entity) {
		return n
	}
	// An element's attribute outside a quantifier over its collection: it
	// holds when it holds for some element.
	k := c.cat.collectionOf(a.Entity)
	if k == nil {
		return c.failAt(id, "field %s is of %s, which no collection holds", a.Path, a.Entity)
	}
	return &node{kind: nodeSome, cond: cond, coll: k, where: n, implicit: true}
}

func validDirection(d manifest.Direction) bool {
	return slices.Contains([]manifest.Direction{"", manifest.DirectionInbound, manifest.DirectionOutbound,
		manifest.DirectionDomestic, manifest.DirectionThrough}, d)
}

// failAt records a compile error of the condition id and returns nil.
func (c *compiler) failAt(id, format string, args ...any) *node {
	c.fail(c.ruleName, id, fmt.Sprintf(format, args...))
	return nil
}
