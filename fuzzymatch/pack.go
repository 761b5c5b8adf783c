package fuzzymatch

import "unsafe"

// pack moves what comparisons read of a prepared name into two contiguous
// allocations: one array for all its string headers, and one block without
// pointers for its uint32 slices, its uint16 slices and the bytes of all
// its strings, laid out token by token in the order Score reads them.
// Prepare builds a name in its scratch; a screening index scores names from
// all over its heap, and there a score costs about three times as much with
// the name out of the cache as in it (measured on the real lists), so fewer
// and denser cache lines count. Two allocations rather than four (headers,
// sets, groups, bytes) also make Prepare cheaper: it allocates little else.
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

	nstr, nbytes := 0, 0
	for _, l := range lists {
		nstr += len(*l)
		for _, s := range *l {
			nbytes += len(s)
		}
	}
	for i := range n.toks {
		nbytes += len(n.toks[i].single)
	}
	n32, n16 := 0, 0
	for _, s := range sets {
		n32 += len(*s)
	}
	for _, g := range groups {
		n16 += len(*g)
	}
	// The block is allocated as uint32s, so that the uint32 slices at its
	// start are aligned; the uint16 slices follow, then the bytes.
	size := 4*n32 + 2*n16 + nbytes
	if size == 0 {
		packInto(sets, nil)
		packInto(groups, nil)
		packStrings(lists, n, nil)
		return
	}
	block := make([]uint32, (size+3)/4)
	packInto(sets, block[:n32])
	var g16 []uint16
	if n16 > 0 {
		g16 = unsafe.Slice((*uint16)(unsafe.Pointer(&block[n32])), n16)
	}
	packInto(groups, g16)
	var bs []byte
	if nbytes > 0 {
		bs = unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(&block[0]), 4*n32+2*n16)), nbytes)
	}
	packStrings(lists, n, bs)
}

// packInto copies the slices ps point to into all (whose length is their
// total), in order, and points them there (capacity capped, so that an
// append cannot reach a neighbour). Empty slices become nil, so that none
// points into Prepare's scratch.
func packInto[T any](ps []*[]T, all []T) {
	off := 0
	for _, p := range ps {
		if len(*p) == 0 {
			*p = nil
			continue
		}
		l := copy(all[off:], *p)
		*p = all[off : off+l : off+l]
		off += l
	}
}

// packStrings copies the bytes of the strings of lists, then of the
// tokens' singles, into bs (whose length is their total), and points the
// lists to one new array of string headers that view bs. bs is not written
// after: the strings are immutable.
func packStrings(lists []*[]string, n *Name, bs []byte) {
	nstr := 0
	for _, l := range lists {
		nstr += len(*l)
	}
	off := 0
	view := func(s string) string {
		if len(s) == 0 {
			return ""
		}
		copy(bs[off:], s)
		v := unsafe.String(&bs[off], len(s))
		off += len(s)
		return v
	}
	var strs []string
	if nstr > 0 {
		strs = make([]string, nstr)
	}
	k := 0
	for _, l := range lists {
		if len(*l) == 0 {
			*l = nil
			continue
		}
		start := k
		for _, s := range *l {
			strs[k] = view(s)
			k++
		}
		*l = strs[start:k:k]
	}
	for i := range n.toks {
		n.toks[i].single = view(n.toks[i].single)
	}
}
