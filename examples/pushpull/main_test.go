package main

import (
	"strings"
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"push 1 (full, 5 PNRs, prepared 2026-11-25T06:30): 5 PNRs, 7 travellers",
		"push 2 (changes, 2 PNRs, prepared 2026-11-25T09:30): 6 PNRs, 11 travellers",
		"  added     Z00005/1 TANAKA JULIA, seat 021F",
		"  seat      Z00003/2 DUBOIS SAMUELMS: 004A -> 012A",
		"push 3 (changes, 1 PNRs, prepared 2026-11-25T12:30): 6 PNRs, 10 travellers",
		"  cancelled Z00002/2 HASSAN LEILADR",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "cancelled "); n != 1 {
		t.Errorf("%d cancellations, want 1:\n%s", n, out)
	}
}

// TestOrder: the Builder applies pushes in the order they were prepared
// (UNB S004), not the order they came in: the last change added first
// still applies last.
func TestOrder(t *testing.T) {
	ps := pushes()
	b := manifest.NewBuilder()
	for _, i := range []int{2, 0, 1} {
		data, err := pnrgov.Encode(ps[i], pnrgov.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Decode(data); err != nil {
			t.Fatal(err)
		}
	}
	s := snapshots(b.Build()[0])
	if _, ok := s["Z00002/2"]; ok || len(s) != 10 || s["Z00003/2"].seat != "012A" {
		t.Errorf("out of order: %v", s)
	}
}

// TestMerge shows the step the Builder takes, with pnrgov.Merge alone.
func TestMerge(t *testing.T) {
	ps := pushes()
	merged := ps[0].PNRs
	for _, c := range ps[1:] {
		merged = pnrgov.Merge(merged, c)
	}
	if len(merged) != 6 || len(merged[2].Travelers) != 1 || len(ps[0].PNRs[2].Travelers) != 2 {
		t.Errorf("%d PNRs, %d travellers in Z00002 (full push: %d); want 6, 1, 2",
			len(merged), len(merged[2].Travelers), len(ps[0].PNRs[2].Travelers))
	}
}
