package watchlist

import (
	"fmt"
	"slices"
	"testing"
)

// The key set finds every key under its id, no absent string, and findAll
// keeps the order of the lookups.
func TestKeySet(t *testing.T) {
	for _, n := range []int{0, 1, 10, 5000, 200_000} {
		var keys []string
		for i := range n {
			keys = append(keys, fmt.Sprintf("K%dX", i))
		}
		ks, ids := newKeySet(keys)
		if got := len(slices.Compact(slices.Sorted(slices.Values(ids)))); got != n {
			t.Fatalf("n=%d: %d distinct ids", n, got)
		}
		for i, k := range keys {
			id := ids[i]
			if got, ok := ks.find(ks.hash(k)); !ok || got != id {
				t.Fatalf("n=%d: %q found as %d, %v; want %d", n, k, got, ok, id)
			}
			if got, ok := ks.find(ks.hashBytes([]byte(k))); !ok || got != id {
				t.Fatalf("n=%d: %q as bytes found as %d, %v", n, k, got, ok)
			}
		}
		for i := range 20000 {
			if _, ok := ks.find(ks.hash(fmt.Sprintf("K%dY", i))); ok {
				t.Fatalf("n=%d: absent key %d found", n, i)
			}
		}
		if n < 10 {
			continue
		}
		lookups := []string{"K3X", "nope", "K1X", "K3X", "", "K9X"}
		var hs []uint64
		for _, s := range lookups {
			hs = append(hs, ks.hash(s))
		}
		if got, want := ks.findAll(hs, nil), []uint32{ids[3], ids[1], ids[3], ids[9]}; !slices.Equal(got, want) {
			t.Errorf("n=%d: findAll = %v, want %v", n, got, want)
		}
	}
}

// counts looks up only tokens of four letters or fewer among particles.
func TestParticlesShort(t *testing.T) {
	for p := range particles {
		if len(p) > 4 {
			t.Errorf("particle %q is longer than four letters", p)
		}
	}
}
