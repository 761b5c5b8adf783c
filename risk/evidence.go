package risk

import "encoding/json"

// Evidence is why a condition held (or was unknown): the condition as the
// rule wrote it, its truth, the value observed, and for groups and
// quantifiers the evidence of their parts.
type Evidence struct {
	// Condition is the condition's id (its field or kind when it has none).
	Condition string `json:"condition"`
	Truth     Truth  `json:"truth"`
	// Field, Op and Value are a comparison as written; Observed the value
	// read (null when missing, {"masked": true} when masked).
	Field    string          `json:"field,omitempty"`
	Op       Op              `json:"op,omitempty"`
	Value    json.RawMessage `json:"value,omitempty"`
	Observed *Value          `json:"observed,omitempty"`
	// Collection and Element name the element a quantifier's evidence is
	// of ("documents", 1).
	Collection string `json:"collection,omitempty"`
	Element    *int   `json:"element,omitempty"`
	// Count is how many elements held, for count.
	Count      *int       `json:"count,omitempty"`
	Conditions []Evidence `json:"conditions,omitempty"`
}

// maxElements bounds the elements a quantifier's evidence lists.
const maxElements = 20

// explain evaluates n again, recording evidence: the parts that made the
// result what it is (for a group that held, its parts that held; for an
// unknown one, the parts that were unknown too).
func (ev *evaluator) explain(n *node) Evidence {
	e := Evidence{Condition: n.cond.idOr()}
	switch n.kind {
	case nodeCompare:
		var v Value
		e.Truth = ev.compare(n, &v)
		e.Field, e.Op, e.Value, e.Observed = n.cond.Field, n.cond.Op, n.cond.Value, ev.observed(v)
		return e
	case nodeAll, nodeAny, nodeNot:
		e.Truth = ev.eval(n)
		for _, k := range n.kids {
			sub := ev.explain(k)
			if n.kind == nodeNot || sub.Truth == e.Truth || n.kind == nodeAll && e.Truth == True {
				e.Conditions = append(e.Conditions, sub)
			}
		}
		return e
	}
	e.Collection = n.coll.Name
	if n.implicit {
		e.Field, e.Op, e.Value = n.cond.Field, n.cond.Op, n.cond.Value
	}
	trues := 0
	e.Truth = ev.quantify(n, nil)
	// The elements to show: those that made the result (for none that
	// failed and for count, the elements that held).
	want := e.Truth
	if n.kind == nodeCount || n.kind == nodeNone {
		want = True
	}
	ev.quantify(n, func(i int, t Truth) {
		if t == True {
			trues++
		}
		if t != want || len(e.Conditions) >= maxElements {
			return
		}
		idx := i
		sub := ev.explain(n.where)
		if n.implicit {
			sub = Evidence{Condition: sub.Condition, Truth: sub.Truth, Observed: sub.Observed}
		} else {
			sub = Evidence{Condition: n.where.cond.idOr(), Truth: sub.Truth, Conditions: []Evidence{sub}}
		}
		sub.Element = &idx
		e.Conditions = append(e.Conditions, sub)
	})
	if n.kind == nodeCount {
		e.Count, e.Op, e.Value = &trues, n.cond.Op, n.cond.Value
	}
	return e
}

// observed keeps a value evidence points to. Values are kept in chunks, one
// allocation for many: a flight's evidence holds thousands of them.
func (ev *evaluator) observed(v Value) *Value {
	if len(ev.slab) == cap(ev.slab) {
		ev.slab = make([]Value, 0, 128) // the full chunk stays with the evidence using it
	}
	ev.slab = append(ev.slab, v)
	return &ev.slab[len(ev.slab)-1]
}
