package risk

import "github.com/openpiu/piu/fuzzymatch"

// evaluator evaluates compiled conditions for one traveller at a time. It
// allocates nothing: values are structs, and quantifiers move the element
// pointers of env and put them back.
type evaluator struct {
	env Env
	// memo holds the values of scalar attributes read for the traveller
	// of generation gen (memoGen[slot] == gen): a traveller's nationality
	// is read once, not once per rule.
	memo    []Value
	memoGen []uint32
	gen     uint32
	slab    []Value // observed values of evidence (observed)

	cmp            *fuzzymatch.Comparator
	masked         func(string) bool
	depersonalised bool
}

// eval is the three-valued truth of n.
func (ev *evaluator) eval(n *node) Truth {
	switch n.kind {
	case nodeAll:
		r := True
		for _, k := range n.kids {
			switch ev.eval(k) {
			case False:
				return False
			case Unknown:
				r = Unknown
			}
		}
		return r
	case nodeAny:
		r := False
		for _, k := range n.kids {
			switch ev.eval(k) {
			case True:
				return True
			case Unknown:
				r = Unknown
			}
		}
		return r
	case nodeNot:
		return ev.eval(n.kids[0]).not()
	case nodeCompare:
		return ev.compare(n, nil)
	}
	return ev.quantify(n, nil)
}

// value reads an attribute, masked where depersonalisation hides it.
func (ev *evaluator) value(a *Attribute) Value {
	if a.scalar && a.slot < len(ev.memo) {
		if ev.memoGen[a.slot] == ev.gen {
			return ev.memo[a.slot]
		}
		v := ev.read(a)
		ev.memo[a.slot], ev.memoGen[a.slot] = v, ev.gen
		return v
	}
	return ev.read(a)
}

// read reads an attribute, masked where depersonalisation hides it.
func (ev *evaluator) read(a *Attribute) Value {
	v := a.Get(&ev.env)
	if v.State == Known {
		// A year alone where a date is due is a date of birth masked by
		// depersonalisation (message models carry full dates).
		if ev.depersonalised && a.Identifying || ev.masked != nil && v.Type.textual() && ev.masked(v.Str) ||
			v.Type == TypeDate && v.Date.Partial() {
			v.State = Masked
		}
	}
	return v
}

// compare evaluates a comparison; with seen set, it stores the value read.
func (ev *evaluator) compare(n *node, seen *Value) Truth {
	v := ev.value(n.attr)
	if seen != nil {
		*seen = v
	}
	switch n.op {
	case OpExists:
		return truth(v.State == Masked || v.State == Known && (v.Type != TypeList || len(v.List) > 0))
	case OpIsEmpty:
		return truth(v.State == Missing || v.State == Known && v.Type == TypeList && len(v.List) == 0)
	}
	if v.State != Known {
		return Unknown
	}
	t := compare(n.op, &n.operand, &v, &ev.env, ev.cmp)
	if n.negate {
		t = t.not()
	}
	return t
}

// quantify evaluates a quantifier over its collection; visit, when set,
// is called with each element's index and truth (for evidence).
func (ev *evaluator) quantify(n *node, visit func(i int, t Truth)) Truth {
	count, known := n.coll.Len(&ev.env)
	if !known {
		return Unknown
	}
	saved := ev.env
	trues, unknowns := 0, 0
	result := Truth(-1)
	for i := 0; i < count && result < 0; i++ {
		n.coll.Set(&ev.env, i)
		t := ev.eval(n.where)
		if visit != nil {
			visit(i, t)
		}
		switch t {
		case True:
			trues++
		case Unknown:
			unknowns++
		}
		// Stop early once the answer is certain (not when explaining:
		// evidence names every element that held).
		if visit == nil {
			switch {
			case t == True && n.kind == nodeSome, t == False && n.kind == nodeEvery:
				result = truth(n.kind == nodeSome)
			case t == True && n.kind == nodeNone:
				result = False
			}
		}
	}
	ev.env = saved
	if result >= 0 {
		return result
	}
	falses := count - trues - unknowns
	switch {
	case n.kind == nodeCount:
		return countTruth(n, trues, unknowns)
	case n.kind == nodeSome && trues > 0, n.kind == nodeEvery && falses > 0, n.kind == nodeNone && trues > 0:
		return truth(n.kind == nodeSome)
	case unknowns > 0:
		return Unknown
	}
	return truth(n.kind != nodeSome)
}

// countTruth compares the number of elements that hold, between trues and
// trues+unknowns, with the count's operand: true or false when every
// possible number agrees.
func countTruth(n *node, trues, unknowns int) Truth {
	var seen [2]bool
	for k := trues; k <= trues+unknowns; k++ {
		v := Number(float64(k))
		op, neg := n.countOp, false
		if pos, ok := negated[op]; ok {
			op, neg = pos, true
		}
		t := compare(op, n.count, &v, nil, nil)
		if neg {
			t = t.not()
		}
		seen[t] = true
	}
	switch {
	case seen[True] && seen[False]:
		return Unknown
	case seen[True]:
		return True
	}
	return False
}
