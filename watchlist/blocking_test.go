package watchlist

import (
	"fmt"
	"math/bits"
	"testing"
)

// passing returns the ids of the entries that pass blocking for q.
func (x *Index) passing(q Query) map[string]bool {
	s := x.scratch.Get().(*scratch)
	defer x.scratch.Put(s)
	s.next()
	pq := x.prepareQuery(&q, s)
	out := map[string]bool{}
	if pq.name == nil || pq.name.Empty() {
		return out
	}
	x.block(pq, s, -1, 1)
	for _, id := range s.pass {
		out[x.entries[x.names[id].entry].ID] = true
	}
	return out
}

// TestBlockingRoutes: each kind of key that a query looks up brings the
// listed name it exists for. In each case the second token reaches its
// listed spelling by that route alone (no shared reading, phonetic code or
// other deletion), so that a route that stops working fails its case.
func TestBlockingRoutes(t *testing.T) {
	cases := []struct{ route, listed, query string }{
		{"one-letter deletion", "ANNA KARLOV", "ANNA KARNOV"},
		{"two-letter deletion", "ANNA SHIZYOVA", "ANNA SHIZHIOVA"},
		{"two adjacent letters dropped from the listed token", "ANNA TUDUUWA", "ANNA TUDEMUUWA"},
		{"the query token, less its last letter, begins a listed token", "ANNA SHAMMARI", "ANNA SHAMI"},
		{"a listed token begins the query token", "ANNA ZHAO", "ANNA ZHAOSAN"},
		{"two listed tokens joined", "ANNA KOUMTA MADJI", "ANNA KOUMTAMADJI"},
	}
	var entries []Entry
	for i, c := range cases {
		entries = append(entries, Entry{ID: fmt.Sprint("R:", i), Category: CategoryIndividual,
			Names: []Name{{Full: c.listed}}})
	}
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		if got := x.passing(Query{Name: c.query}); !got[fmt.Sprint("R:", i)] {
			t.Errorf("%s: %q does not reach %q (passing: %v)", c.route, c.query, c.listed, got)
		}
	}
}

// TestQueryGroupsDisjoint: a key goes to the first group of the query that
// has it, so that one listed token never counts for two query tokens; the
// group of whole-name keys holds only keys no token group has.
func TestQueryGroupsDisjoint(t *testing.T) {
	entries := synthEntries(2000, 41)
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	qs := synthQueries(entries, 500, 42)
	qs = append(qs, Query{Name: "ABD EL KARIM AL BASHIR"}, Query{Name: "MOHAMMED BIN SALMAN BIN ABDULAZIZ AL SAUD"})
	rest := 0
	for i := range qs {
		s := x.scratch.Get().(*scratch)
		s.next()
		pq := x.prepareQuery(&qs[i], s)
		owner := map[uint32]int{}
		for g, keys := range pq.groups {
			if pq.double&(1<<g) != 0 {
				continue // joined pairs may share keys with their tokens
			}
			for _, k := range keys {
				if h, ok := owner[k]; ok {
					t.Fatalf("query %d (%q): key %d in groups %d and %d", i, qs[i].nameText(), k, h, g)
				}
				owner[k] = g
			}
		}
		tokens := 0
		if pq.name != nil {
			for _, tok := range pq.name.Tokens() {
				if counts(tok) {
					tokens++
				}
			}
		}
		if len(pq.groups)-bits.OnesCount32(pq.double) > min(tokens, maxGroups-1) {
			rest++ // the last group holds whole-name keys
		}
		x.scratch.Put(s)
	}
	if rest == 0 {
		t.Fatal("no query had a group of whole-name keys: the test says nothing about it")
	}
}
