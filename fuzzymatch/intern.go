package fuzzymatch

import (
	"slices"
	"strings"
)

// Interner lets names prepared apart share the data of their identical
// tokens: the same word read the same way (JOHN, MOHAMMED, IVANOV) is
// held once, however many names have it. A screening index of a million
// names holds a few hundred thousand distinct tokens among millions, and a
// token's data (its readings, skeletons, sets and codes) is a few hundred
// bytes. Interning changes what a name holds, never what it scores.
//
// An Interner is not safe for concurrent use; names interned by different
// Interners simply share less.
type Interner struct {
	m    map[internKey]*tokenData
	slab []tokenData
}

// internKey identifies a token's data: print covers its kind, script,
// readings and joined readings, from which every other field but the
// filiation segment is computed.
type internKey struct {
	print uint64
	seg   uint8
}

// internSlab is the number of tokens allocated at a time.
const internSlab = 1024

// NewInterner returns an empty Interner.
func NewInterner() *Interner { return &Interner{m: map[internKey]*tokenData{}} }

// Intern points the tokens of n to shared copies, and returns n. It must
// be called before n is used by other goroutines (a name is immutable
// once shared); names interned stay valid and score as before. The
// Interner keeps the shared tokens until it is itself unreachable.
//
// Prepare packs all of a name's strings and slices into two blocks, so
// that sharing a token alone would free nothing: the name's joins (and a
// new token's readings) would still hold its blocks. Intern therefore
// copies what it keeps into blocks of its own (each new token's, the
// name's joins), and the blocks Prepare made become garbage: an index of
// a million names then holds each distinct token's readings once.
func (in *Interner) Intern(n *Name) *Name {
	for i := range n.toks {
		t := n.toks[i].tokenData
		k := internKey{print: t.print, seg: t.seg}
		if s, ok := in.m[k]; ok {
			if sameTokenData(s, t) {
				n.toks[i].tokenData = s
			} else {
				t.repack() // a different token with the same print stays apart
			}
			continue
		}
		if len(in.slab) == cap(in.slab) {
			in.slab = make([]tokenData, 0, internSlab)
		}
		in.slab = append(in.slab, *t)
		s := &in.slab[len(in.slab)-1]
		s.repack()
		in.m[k] = s
		n.toks[i].tokenData = s
	}
	if len(n.joins) > 0 {
		n.joins = slices.Clone(n.joins)
		var none string
		copyStrings(n.joins, &none)
		n.joinSets = slices.Clone(n.joinSets)
	}
	return n
}

// repack moves t's strings and slices into blocks of its own.
func (t *tokenData) repack() {
	lists := [...]*[]string{&t.forms, &t.joined, &t.skels, &t.coarse}
	n := 0
	for _, l := range lists {
		n += len(*l)
	}
	all := make([]string, 0, n)
	for _, l := range lists {
		if len(*l) == 0 {
			*l = nil
			continue
		}
		start := len(all)
		all = append(all, (*l)...)
		*l = all[start:len(all):len(all)]
	}
	copyStrings(all, &t.single)
	t.sets, t.skSets, t.crSets = slices.Clone(t.sets), slices.Clone(t.skSets), slices.Clone(t.crSets)
	t.groups = slices.Clone(t.groups)
}

// copyStrings points the strings of ss, and *also, into one new block
// holding their bytes.
func copyStrings(ss []string, also *string) {
	size := len(*also)
	for _, s := range ss {
		size += len(s)
	}
	var b strings.Builder // its String does not copy
	b.Grow(size)
	for _, s := range ss {
		b.WriteString(s)
	}
	b.WriteString(*also)
	arena, off := b.String(), 0
	for i, s := range ss {
		ss[i] = arena[off : off+len(s)]
		off += len(s)
	}
	*also = arena[off:]
}

// Len returns the number of distinct tokens the Interner holds.
func (in *Interner) Len() int { return len(in.m) }

// sameTokenData reports whether a and b have the same inputs (kind,
// script, segment, readings and joined readings): then every other field,
// computed from them, is the same too.
func sameTokenData(a, b *tokenData) bool {
	return a.kind == b.kind && a.script == b.script && a.seg == b.seg &&
		equalStrings(a.forms, b.forms) && equalStrings(a.joined, b.joined)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
