package risk_test

import (
	"testing"

	"github.com/openpiu/piu/risk"
)

// TestNoAllocs reads every attribute of every traveller of the realistic
// flight, and every collection's elements with their attributes: the
// engine promises no allocation per traveller, so none of it may allocate.
// The first run loads the airports' zones, which package airport caches:
// AllocsPerRun does not count that warm-up run.
func TestNoAllocs(t *testing.T) {
	cat := risk.NewCatalogue()
	f := realistic(t, 30, 7)
	attrs := cat.Attributes()
	colls := cat.Collections()
	byEntity := map[risk.Entity][]risk.Attribute{}
	for _, a := range attrs {
		byEntity[a.Entity] = append(byEntity[a.Entity], a)
	}
	elemAttrs := make([][]risk.Attribute, len(colls))
	for i, k := range colls {
		elemAttrs[i] = byEntity[k.Entity]
	}
	env := &risk.Env{Flight: f, Now: now}
	reads := 0
	run := func() {
		for _, tr := range f.Travelers {
			*env = risk.Env{Flight: f, Traveler: tr, Now: now}
			for i := range attrs {
				attrs[i].Get(env)
				reads++
			}
			for i := range colls {
				n, _ := colls[i].Len(env)
				for j := range n {
					colls[i].Set(env, j)
					for _, a := range elemAttrs[i] {
						a.Get(env)
						reads++
					}
				}
			}
		}
	}
	if n := testing.AllocsPerRun(20, run); n != 0 {
		t.Errorf("%v allocations per run of %d reads, want 0", n, reads/21)
	}
	if reads/21 < 30*len(attrs) {
		t.Errorf("only %d reads per run", reads/21)
	}
}

// BenchmarkAttributes reads every attribute and collection element of
// every traveller of a 300-PNR flight (about 600 travellers). The figure
// to reach: 0 allocs/op, and under 10 µs per traveller (about 5 ms/op on a
// 2-core CI machine; flight.passengers, a scan of the flight per
// traveller, is the largest share).
func BenchmarkAttributes(b *testing.B) {
	cat := risk.NewCatalogue()
	f := realistic(b, 300, 7)
	attrs, colls := cat.Attributes(), cat.Collections()
	env := &risk.Env{}
	b.ReportAllocs()
	for b.Loop() {
		for _, tr := range f.Travelers {
			*env = risk.Env{Flight: f, Traveler: tr, Now: now}
			for i := range attrs {
				attrs[i].Get(env)
			}
			for i := range colls {
				n, _ := colls[i].Len(env)
				for j := range n {
					colls[i].Set(env, j)
				}
			}
		}
	}
}
