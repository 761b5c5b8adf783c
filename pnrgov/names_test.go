package pnrgov_test

import (
	"testing"

	"github.com/openpiu/piu/pnrgov"
)

func TestSplitTitle(t *testing.T) {
	for _, tc := range []struct {
		raw, given, title string
		inferred          bool
	}{
		{"MOLLYMRS", "MOLLY", "MRS", true},
		{"KEVINMICHAELMR", "KEVINMICHAEL", "MR", true},
		{"KEVIN MICHAELMR", "KEVIN MICHAEL", "MR", true},
		{"ISABELLE MRS", "ISABELLE", "MRS", false},
		{"JOHN DR", "JOHN", "DR", false},
		{"MR", "", "MR", false},
		{"ANNAMSTR", "ANNA", "MSTR", true},
		{"AMR", "AMR", "", false},
		{"AMR MR", "AMR", "MR", false},
		{"YASIR", "YASIR", "", false},
		{"DREW", "DREW", "", false},
		{"NASR", "NASR", "", false},
		{"NIMR", "NIMR", "", false},
		{"ALEXANDR", "ALEXANDR", "", false},
		{"WILLIAMS", "WILLIAMS", "", false},
		{"BRR MR", "BRR", "MR", false},
		{"XKCDMR", "XKCDMR", "", false}, // a stem without a vowel is not cut
		{"", "", "", false},
	} {
		g, ti, inf := pnrgov.SplitTitle(tc.raw)
		if g != tc.given || ti != tc.title || inf != tc.inferred {
			t.Errorf("SplitTitle(%q) = %q, %q, %v; want %q, %q, %v", tc.raw, g, ti, inf, tc.given, tc.title, tc.inferred)
		}
	}
}

func TestCodes(t *testing.T) {
	if pnrgov.PushType("99").String() != "99" || pnrgov.PushFull.String() != "full" || pnrgov.PushType("99").Known() {
		t.Error("PushType")
	}
	if pnrgov.TravelerInfant.String() != "infant" || !pnrgov.TravelerInfant.Infant() || pnrgov.TravelerType("Z").String() != "Z" {
		t.Error("TravelerType")
	}
	if pnrgov.WeightPounds.String() != "lb" || pnrgov.WeightUnit("702").String() != "702" {
		t.Error("WeightUnit")
	}
}
