package fuzzymatch

import "slices"

// Keys returns blocking keys for indexes: every normalised reading of every
// token (transliteration variants, both diacritic readings, particle joined
// and split forms), the canonical given-name equivalent ("=" prefix), the
// Double Metaphone codes of each token's leading readings ("~" prefix) and
// adjacent tokens joined, deduplicated, in a stable order. Two names that should
// match share at least one key. The caller must not modify the slice.
//
// The keys are derived from the tokens on each call rather than kept in
// the name: an index reads them once per name, and a name keeps less
// memory without them.
func (n *Name) Keys() []string {
	p := getScratch()
	keys := slices.Clone(buildKeys(p, n.toks, n.joins))
	p.release()
	return keys
}

// buildKeys lists the keys of Keys in p. The keys are strings of the
// tokens, of joins and interned codes: they outlive p.
func buildKeys(p *prepScratch, toks []token, joins []string) []string {
	size := len(joins)
	for i := range toks {
		t := &toks[i]
		size += len(t.forms) + len(t.joined) + len(t.groups) + 2*min(len(t.forms), maxSpellForms)
	}
	keys := carve(&p.strs, size)
	// Names have a few dozen keys: a linear search beats a map below that.
	const linear = 48
	useSet := size > linear
	if useSet && p.seen == nil {
		p.seen = make(map[string]struct{}, size)
	}
	add := func(k string) {
		if k == "" {
			return
		}
		if useSet {
			if _, dup := p.seen[k]; dup {
				return
			}
			p.seen[k] = struct{}{}
		} else if slices.Contains(keys, k) {
			return
		}
		keys = append(keys, k)
	}
	for i := range toks {
		t := &toks[i]
		for _, f := range t.forms {
			add(f)
		}
		for _, f := range t.joined {
			add(f)
		}
		for _, g := range t.groups {
			add(groupCanonical(g))
		}
		for _, f := range t.forms[:min(len(t.forms), maxSpellForms)] {
			pc, ac := dmCodes(f)
			if pc.n > 0 {
				add(dmKey(pc))
			}
			if ac.n > 0 {
				add(dmKey(ac))
			}
		}
	}
	// Adjacent tokens joined (SERGEI LAVROV → SERGEILAVROV), for names
	// written without spaces on the other side.
	for _, j := range joins {
		add(j)
	}
	return keys
}
