package fuzzymatch

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
// Interner keeps the shared tokens, and through them the strings of the
// first name that had each, until it is itself unreachable.
func (in *Interner) Intern(n *Name) *Name {
	for i := range n.toks {
		t := n.toks[i].tokenData
		k := internKey{print: t.print, seg: t.seg}
		if s, ok := in.m[k]; ok {
			if sameTokenData(s, t) {
				n.toks[i].tokenData = s
			}
			continue // a different token with the same print stays apart
		}
		if len(in.slab) == cap(in.slab) {
			in.slab = make([]tokenData, 0, internSlab)
		}
		in.slab = append(in.slab, *t)
		s := &in.slab[len(in.slab)-1]
		in.m[k] = s
		n.toks[i].tokenData = s
	}
	return n
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
