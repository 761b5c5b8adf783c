package main

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestScreen checks what the swap must keep, and is worth most under
// go test -race: every query has exactly one result, each goroutine sees
// the versions in order, and each result is what its version says.
func TestScreen(t *testing.T) {
	results, err := screen(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	queries, err := travellers()
	if err != nil {
		t.Fatal(err)
	}
	n := len(queries) * rounds
	if len(results) != n {
		t.Fatalf("%d results, want %d", len(results), n)
	}
	last := make([]int, workers) // the latest version each worker used
	seen := map[int]bool{}
	for i, r := range results { // in query order
		if r.query != i {
			t.Fatalf("result %d is of query %d: a query lost or screened twice", i, r.query)
		}
		seen[r.version] = true
		if r.version < last[r.worker] {
			t.Errorf("query %d: worker %d went back from version %d to %d", r.query, r.worker, last[r.worker], r.version)
		}
		last[r.worker] = r.version
		if r.version == 1 && slices.Contains(r.entries, "DEMO-3") || r.version == 3 && slices.Contains(r.entries, "DEMO-DOC-1") {
			t.Errorf("query %d: %v, not what version %d lists", r.query, r.entries, r.version)
		}
	}
	if len(seen) != 3 {
		t.Errorf("versions used %v, want 1, 2 and 3", seen)
	}
	// One version gives one answer: a traveller screened several times
	// under it got the same entries each time (no half-swapped index).
	byVersion := map[int]map[int][]string{} // version, traveller: entries
	for _, r := range results {
		if byVersion[r.version] == nil {
			byVersion[r.version] = map[int][]string{}
		}
		q := r.query % len(queries)
		if prev, ok := byVersion[r.version][q]; ok && !slices.Equal(prev, r.entries) {
			t.Errorf("traveller %d under version %d: %v and %v", q, r.version, prev, r.entries)
		}
		byVersion[r.version][q] = r.entries
	}
}

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"1100 screenings on 4 goroutines", "version 1: ", "version 3: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
