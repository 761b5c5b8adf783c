package nametitle

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitGlued(t *testing.T) {
	type out struct {
		Stem, Title string
		Primary, OK bool
	}
	for _, tc := range []struct {
		word string
		want out
	}{
		{"MOLLYMRS", out{"MOLLY", "MRS", true, true}},
		{"KEVINMICHAELMR", out{"KEVINMICHAEL", "MR", true, true}},
		{"ANNAMSTR", out{"ANNA", "MSTR", true, true}},
		{"EMMAMISS", out{"EMMA", "MISS", true, true}},
		{"WILLIAMS", out{"WILLIA", "MS", false, true}},
		{"AMR", out{"AMR", "", false, false}},   // stem A too short
		{"XKMR", out{"XKMR", "", false, false}}, // stem without a vowel
		{"DREW", out{"DREW", "", false, false}},
		{"MR", out{"MR", "", false, false}},
		{"", out{"", "", false, false}},
	} {
		s, g, ok := SplitGlued(tc.word)
		if diff := cmp.Diff(tc.want, out{s, g.Title, g.Primary, ok}); diff != "" {
			t.Errorf("SplitGlued(%q) (-want +got):\n%s", tc.word, diff)
		}
	}
}

func TestTitles(t *testing.T) {
	for _, s := range []string{"MR", "MSTR", "MX", "SHK", "HAJI", "CHD", "CAPT"} {
		if !Is(s) {
			t.Errorf("Is(%q) = false", s)
		}
	}
	for _, s := range []string{"", "mr", "AMR", "YASIR", "DREW"} {
		if Is(s) {
			t.Errorf("Is(%q) = true", s)
		}
	}
	if n := len(All()); n != len(titles) {
		t.Errorf("All() has %d titles, want %d", n, len(titles))
	}
}
