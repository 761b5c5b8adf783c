package watchlist

import (
	"slices"
	"testing"
)

// TestPostingsAsStrings checks the posting lists built by hash against the
// keys of every name computed as strings, the way they were built before
// keys were interned by hash: each key string has its own id and lists
// exactly the names that have it, marked when it is a joined pair of a
// name of two tokens or more.
func TestPostingsAsStrings(t *testing.T) {
	entries := synthMixedEntries(3000, 17)
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]uint32{}
	for i := range x.names {
		n := x.names[i].name
		var keys, joins []string
		keys = append(keys, n.Keys()...)
		toks := n.Tokens()
		var buf []byte
		for j, tok := range toks {
			buf = forDeletes(buf, tok, func(b []byte) { keys = append(keys, string(b)) })
			for l := minListedPrefix; l < len(tok) && len(tok) > minListedPrefix; l++ {
				keys = append(keys, prefixMark+tok[:l])
			}
			buf = forAdjacentDeletes(buf, tok, func(b []byte) { keys = append(keys, string(b)) })
			if j+1 < len(toks) && counts(tok) && counts(toks[j+1]) {
				keys = append(keys, tok+toks[j+1])
				joins = append(joins, tok+toks[j+1])
			}
		}
		slices.Sort(keys)
		slices.Sort(joins)
		multi := x.names[i].tokens >= 2
		for _, k := range slices.Compact(keys) {
			p := uint32(i) << postingShift
			if _, joined := slices.BinarySearch(joins, k); joined && multi {
				p |= postingJoined
			}
			if !multi {
				p |= postingSingle
			}
			want[k] = append(want[k], p)
		}
	}
	if x.nkeys != len(want) {
		t.Errorf("%d keys, want %d", x.nkeys, len(want))
	}
	ids := map[uint32]string{}
	for k, l := range want {
		id, ok := x.key(k)
		if !ok {
			t.Fatalf("key %q not in the key set", k)
		}
		if other, dup := ids[id]; dup {
			t.Fatalf("keys %q and %q share id %d", k, other, id)
		}
		ids[id] = k
		if got := x.post.list(id); !slices.Equal(got, l) {
			t.Fatalf("key %q: postings %v, want %v", k, got, l)
		}
	}
}

// TestVocabKeys checks that a query's blocking groups are the same when
// its listed tokens take their key ids from vocabKeys as when every token
// is prepared and its keys looked up.
func TestVocabKeys(t *testing.T) {
	entries := synthMixedEntries(3000, 23)
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	qs := synthQueries(entries, 500, 29)
	groups := func() []*query {
		var out []*query
		for i := range qs {
			s := newScratch(len(x.names), len(x.vocab), x.texts, x.keyset.idBound()).(*scratch)
			s.next()
			out = append(out, x.prepareQuery(&qs[i], s))
		}
		return out
	}
	with := groups()
	vocabID := x.vocabID
	x.vocabID = nil // every token prepared and looked up at query time
	without := groups()
	x.vocabID = vocabID
	for i, a := range with {
		b := without[i]
		if len(a.groups) != len(b.groups) || a.double != b.double {
			t.Fatalf("query %d: %d groups (double %b) with vocabKeys, %d (%b) without", i, len(a.groups), a.double, len(b.groups), b.double)
		}
		for g := range a.groups {
			if !slices.Equal(a.groups[g], b.groups[g]) {
				t.Fatalf("query %d group %d: %v with vocabKeys, %v without", i, g, a.groups[g], b.groups[g])
			}
		}
	}
}
