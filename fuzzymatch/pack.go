package fuzzymatch

import "strings"

// pack moves what comparisons read of a prepared name into a few
// contiguous allocations: one array for all its string headers, one string
// for all their bytes, one array each for its uint32 and uint16 slices, laid
// out token by token in the order Score reads them. Prepare builds a name
// from dozens of small allocations scattered among its temporaries; a
// screening index scores names from all over its heap, and there a score
// costs about three times as much with the name out of the cache as in it
// (measured on the real lists), so fewer and denser cache lines count.
func (n *Name) pack() {
	var lb [4*maxTokens + 3]*[]string
	var sb [3*maxTokens + 1]*[]uint32
	var gb [maxTokens]*[]uint16
	lists, sets, groups := lb[:0], sb[:0], gb[:0]
	for i := range n.toks {
		t := &n.toks[i]
		lists = append(lists, &t.forms, &t.joined, &t.skels, &t.coarse)
		sets = append(sets, &t.sets, &t.skSets, &t.crSets)
		groups = append(groups, &t.groups)
	}
	lists = append(lists, &n.joins)
	sets = append(sets, &n.joinSets)
	strs := packSlices(lists)
	packSlices(sets)
	packSlices(groups)

	// The bytes of every string, in the order of strs, then the singles.
	size := 0
	for _, s := range strs {
		size += len(s)
	}
	for i := range n.toks {
		size += len(n.toks[i].single)
	}
	var b strings.Builder // its String does not copy
	b.Grow(size)
	for _, s := range strs {
		b.WriteString(s)
	}
	for i := range n.toks {
		b.WriteString(n.toks[i].single)
	}
	arena := b.String()
	off := 0
	take := func(s *string) {
		l := len(*s)
		*s = arena[off : off+l]
		off += l
	}
	for i := range strs {
		take(&strs[i])
	}
	for i := range n.toks {
		take(&n.toks[i].single)
	}
}

// packSlices copies the slices ps point to into one backing array, in
// order, and points them there (capacity capped, so that an append cannot
// reach a neighbour). Empty slices become nil, so that none points into
// Prepare's scratch. It returns the backing array.
func packSlices[T any](ps []*[]T) []T {
	total := 0
	for _, p := range ps {
		total += len(*p)
	}
	all := make([]T, 0, total)
	for _, p := range ps {
		if len(*p) == 0 {
			*p = nil
			continue
		}
		start := len(all)
		all = append(all, (*p)...)
		*p = all[start:len(all):len(all)]
	}
	return all
}
