package fuzzymatch

import "testing"

// Interning changes what names hold, not what they are or score: every
// name of the corpus and of generated names dumps and scores the same
// after the Interner shares its tokens, and the tokens are shared.
func TestInterner(t *testing.T) {
	raws := append(readCorpus(t), generatedNames(1500)...)
	names := make([]*Name, len(raws))
	dumps := make([]string, len(raws))
	tokens := 0
	for i, raw := range raws {
		names[i] = Prepare(raw)
		dumps[i] = dumpName(names[i])
		tokens += len(names[i].toks)
	}
	c := NewComparator(DefaultOptions())
	scores := make([]float64, len(raws))
	for i := range names {
		scores[i] = c.Score(names[i], names[(i*7+3)%len(names)])
	}
	in := NewInterner()
	for _, n := range names {
		in.Intern(n)
	}
	for i, n := range names {
		if got := dumpName(n); got != dumps[i] {
			t.Fatalf("%q changed when interned:\n%s\nwas\n%s", raws[i], got, dumps[i])
		}
		if got := c.Score(n, names[(i*7+3)%len(names)]); got != scores[i] {
			t.Errorf("%q scores %v interned, %v before", raws[i], got, scores[i])
		}
	}
	if in.Len() >= tokens/2 {
		t.Errorf("%d distinct tokens among %d: too few shared", in.Len(), tokens)
	}
	a, b := Prepare("John Smith"), Prepare("SMITH/JOHN")
	in.Intern(a)
	in.Intern(b)
	if a.toks[0].tokenData != b.toks[0].tokenData {
		t.Error("JOHN of two names is not shared")
	}
}
