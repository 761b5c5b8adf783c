package pnrgov

import (
	"strings"

	"github.com/openpiu/piu/internal/nametitle"
)

// notGlued are real given names that end in the letters of a title. They are
// never cut.
var notGlued = map[string]bool{
	"WILLIAMS": true, "ADAMS": true, "SIMS": true, "TOMS": true, "JIMS": true, "SAMS": true,
	"WIMS": true, "HAMS": true, "NIMS": true, "TIMS": true, "ELMS": true, "ARMS": true,
	"THOMS": true, "CLEMS": true, "EMS": true, "AMMS": true,
	"AMR": true, "OMR": true, "NIMR": true, "SAMR": true, "TAMR": true, "ZAMR": true,
	"THAMR": true, "ISMR": true, "KHAMR": true,
}

// minGluedStem is the shortest stem left after cutting a glued title: AMR
// (A+MR), NIMR and SAMR stay whole.
const minGluedStem = 3

// SplitTitle splits a title off a TIF given-name field as airline systems
// send it. A title sent as its own last word (ISABELLE MRS) is split off and
// not inferred. A title glued to the last word (MOLLYMRS, KEVINMICHAELMR) is
// cut only when the stem left has at least three letters and a vowel, and the
// word is not a known name ending in title letters: AMR, YASIR, DREW, NASR
// stay whole. Such a cut is a guess: inferred is true, and the caller keeps
// the raw text.
func SplitTitle(raw string) (given, title string, inferred bool) {
	s := strings.TrimRight(raw, " ")
	if s == "" {
		return raw, "", false
	}
	i := strings.LastIndexByte(s, ' ')
	last := s[i+1:]
	if nametitle.Is(last) {
		return strings.TrimRight(s[:i+1], " "), last, false
	}
	if notGlued[last] {
		return raw, "", false
	}
	stem, g, ok := nametitle.SplitGlued(last)
	if !ok || len(stem) < minGluedStem || !letters(stem) {
		return raw, "", false
	}
	return s[:i+1] + stem, g.Title, true
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// normalizeName removes spaces, for comparing a TIF given name with a DOCS one.
func normalizeName(s string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return strings.ReplaceAll(s, " ", "")
}
