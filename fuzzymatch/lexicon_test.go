package fuzzymatch

import "testing"

// TestLexicon checks that the merged lexicon says of every word what its
// lists say.
func TestLexicon(t *testing.T) {
	sets := map[lexFlags]map[string]bool{
		lexTitle: titles, lexSuffix: suffixes, lexParticle: particles, lexFiliation: filiation,
		lexCompoundHead: compoundHeads, lexArticle: articles, lexLink: compoundLinks,
		lexTail: compoundTails, lexJoinedTail: joinedTails, lexPhraseFirst: legalPhraseFirst,
	}
	for w, e := range lexicon {
		for f, set := range sets {
			if e.has(f) != set[w] {
				t.Errorf("%s: flag %b is %t, list says %t", w, f, e.has(f), set[w])
			}
		}
		if a, ok := legalWords[w]; ok != e.has(lexLegal) || a != e.legal {
			t.Errorf("%s: legal %q %t, list says %q %t", w, e.legal, e.has(lexLegal), a, ok)
		}
		n, isNum := numberWords[w]
		o, isOrd := ordinalWords[w]
		if isNum && isOrd {
			t.Errorf("%s is both a number and an ordinal", w)
		}
		if isNum != e.has(lexNumber) || isOrd != e.has(lexOrdinal) || (isNum && int(e.number) != n) || (isOrd && int(e.number) != o) {
			t.Errorf("%s: number %d, lists say %d %d", w, e.number, n, o)
		}
		if c, ok := commonTokens[w]; ok != e.has(lexCommon) || c != e.common {
			t.Errorf("%s: common %v, list says %v", w, e.common, c)
		}
	}
	for _, set := range sets {
		for w, in := range set {
			if _, ok := lexicon[w]; in && !ok {
				t.Errorf("%s missing from the lexicon", w)
			}
		}
	}
	for _, m := range []map[string]int{numberWords, ordinalWords} {
		for w := range m {
			if _, ok := lexicon[w]; !ok {
				t.Errorf("%s missing from the lexicon", w)
			}
		}
	}
	for w := range commonTokens {
		if _, ok := lexicon[w]; !ok {
			t.Errorf("%s missing from the lexicon", w)
		}
	}
	for w := range legalWords {
		if _, ok := lexicon[w]; !ok {
			t.Errorf("%s missing from the lexicon", w)
		}
	}
}
