// Package nametitle is the one table of the titles that airline systems send
// with passenger names, shared by pnrgov (SplitTitle, IsTitle) and
// fuzzymatch (titles dropped before matching), and the one splitter of a
// title glued to the end of a given name (MOLLYMRS).
//
// Source: the titles and passenger-type codes that reservation systems write
// in the given-name field of a PNR name element (TIF in PNRGOV), as the
// PNRGOV digest describes it (shared/standards/PNRGOV.md, "Airline names
// append titles to the given name"): the union of the lists pnrgov and
// fuzzymatch kept before, which came from the synthetic and public PNRGOV
// samples and the matcher's evaluation data. It is this SDK's table, not a
// standard's code list.
package nametitle

import "strings"

// titles are the honorifics, ranks and passenger-type codes (CHD, INF,
// MSTR, MISS for children) sent as a word of the given-name field.
var titles = map[string]bool{
	// Honorifics, as airline systems write them.
	"MR": true, "MRS": true, "MS": true, "MISS": true, "MSTR": true, "MASTER": true, "MX": true,
	"MME": true, "MLLE": true, "MMR": true, "HERR": true, "FRAU": true,
	"DR": true, "PROF": true, "SIR": true, "DAME": true, "LORD": true, "LADY": true,
	// Religious and honorific titles of Arabic, Persian and South Asian names.
	"SHEIKH": true, "SHK": true, "SHAIKH": true, "SHEIK": true, "SHAYKH": true, "CHEIKH": true,
	"HAJI": true, "HAJJI": true, "HADJI": true, "ALHAJI": true, "ALHAJ": true, "HAJ": true, "HAJJ": true,
	"IMAM": true, "MULLAH": true, "MULLA": true, "MAULANA": true, "MAWLANA": true, "REV": true, "FR": true,
	// Ranks.
	"GEN": true, "COL": true, "CAPT": true, "MAJ": true, "LT": true, "SGT": true,
	// Passenger-type codes appended to the name.
	"CHD": true, "INF": true,
}

// Is reports whether s (upper case) is a title.
func Is(s string) bool { return titles[s] }

// All returns every title, in no order.
func All() []string {
	out := make([]string, 0, len(titles))
	for t := range titles {
		out = append(out, t)
	}
	return out
}

// Glued is a title that airline systems glue to the end of a given name.
type Glued struct {
	Title string
	// Primary: the title almost never ends a real name, so that a matcher
	// may take the split reading first (MS ends too many: WILLIAMS, ADAMS).
	Primary bool
}

// glued are the titles cut from the end of a word, longest first: only the
// common ones. DR, SIR and the rest end too many real names (ALEXANDR,
// YASIR) to be cut.
var glued = []Glued{{"MSTR", true}, {"MISS", true}, {"MRS", true}, {"MR", true}, {"MS", false}}

// SplitGlued cuts a glued title off the end of word (upper case): MOLLYMRS
// gives MOLLY and MRS. ok is false unless word ends in a glued title and the
// stem left has at least two letters and a vowel (AMR, DREW, NASR stay
// whole). A cut is a guess; callers add their own conditions (a longer stem,
// names known to end in title letters).
func SplitGlued(word string) (stem string, title Glued, ok bool) {
	for _, g := range glued {
		rest, found := strings.CutSuffix(word, g.Title)
		if !found || len(rest) < 2 || !strings.ContainsAny(rest, "AEIOUY") {
			continue
		}
		return rest, g, true
	}
	return word, Glued{}, false
}
