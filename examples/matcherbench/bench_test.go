package main

import (
	"bytes"
	"testing"

	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// BenchmarkMatch scores the built-in pairs with each matcher; one op is one
// pair. The comparator prepares both names at every call, as the harness's
// Match does: about 30 µs and 150 allocations a pair on a 2-core Xeon VM
// (a screening index prepares each name once and is far faster); the
// baselines take 0.6-2.5 µs.
//
//	go test -run '^$' -bench . -benchmem ./examples/matcherbench
func BenchmarkMatch(b *testing.B) {
	cases, err := matchtest.ReadCases(bytes.NewReader(pairsCSV))
	if err != nil {
		b.Fatal(err)
	}
	for _, m := range matchers() {
		b.Run(m.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				c := &cases[i%len(cases)]
				m.m.Match(c.A, c.B)
				i++
			}
		})
	}
}
