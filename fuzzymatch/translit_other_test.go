package fuzzymatch

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// Every script Unicode knows gives at least one usable Latin token (letters
// and digits in ASCII), and a word of a script's letters and its combining
// marks (vowel signs, viramas, accents) stays one word.
func TestEveryScriptHasTokens(t *testing.T) {
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	tested := 0
	for _, name := range names {
		letters, marks := scriptSamples(unicode.Scripts[name], 4)
		if len(letters) == 0 {
			continue // Inherited: marks only
		}
		tested++
		// Letters with a mark after each but the last, where the script has
		// marks: ka + vowel sign + ka + virama + ka ...
		var b strings.Builder
		for i, l := range letters {
			b.WriteRune(l)
			if len(marks) > 0 && i < len(letters)-1 {
				b.WriteRune(marks[i%len(marks)])
			}
		}
		w := b.String()
		if rws := splitWords(nil, w); len(rws) != 1 {
			t.Errorf("%s: %+q is cut into %d words: %v", name, w, len(rws), rws)
		}
		n := Prepare(w)
		usable := false
		for _, tok := range n.Tokens() {
			usable = usable || tok != "" && !strings.ContainsFunc(tok, func(r rune) bool {
				return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
			})
		}
		if !usable {
			t.Errorf("%s: %+q gives no usable Latin token: %q", name, w, n.Tokens())
		}
	}
	t.Logf("%d scripts with letters tested", tested)
	if tested < 150 {
		t.Errorf("only %d scripts tested", tested)
	}
}

// scriptSamples returns up to n letters of a script, spread over its
// ranges, and its combining marks (Mn, Mc), up to n.
func scriptSamples(tab *unicode.RangeTable, n int) (letters, marks []rune) {
	var all []rune
	each := func(lo, hi, stride rune) {
		for r := lo; r <= hi; r += stride {
			switch {
			case unicode.IsLetter(r):
				all = append(all, r)
			case unicode.In(r, unicode.Mn, unicode.Mc) && len(marks) < n:
				marks = append(marks, r)
			}
		}
	}
	for _, r := range tab.R16 {
		each(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range tab.R32 {
		each(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	if len(all) <= n {
		return all, marks
	}
	for i := 0; i < n; i++ {
		letters = append(letters, all[i*len(all)/n])
	}
	return letters, marks
}

// Words of the Brahmic scripts keep their vowel signs (spacing marks, Mc)
// and viramas: they were cut apart at them.
func TestCombiningMarksStayInWord(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"नरेंद्र मोदी", []string{"NARENDRA", "MODI"}},
		{"हिन्दी", []string{"HINDI"}},
		{"অমর্ত্য সেন", []string{"AMARTYA", "SEN"}},
		{"ਭਗਤ ਸਿੰਘ", []string{"BHAGAT", "SINGH"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, Prepare(tt.in).Tokens()); d != "" {
			t.Errorf("Prepare(%q).Tokens() -want +got:\n%s", tt.in, d)
		}
	}
}

// Names in scripts read by the fallback against their usual Latin spellings,
// and a pair that must stay apart.
func TestOtherScriptMatches(t *testing.T) {
	c := NewComparator(DefaultOptions())
	tests := []struct {
		a, b  string
		match bool
	}{
		{"नरेंद्र मोदी", "NARENDRA MODI", true},
		{"राहुल गांधी", "RAHUL GANDHI", true},
		{"अमिताभ बच्चन", "AMITABH BACHCHAN", true},
		{"মমতা বন্দ্যোপাধ্যায়", "MAMATA BANDYOPADHYAY", true},
		{"ทักษิณ ชินวัตร", "THAKSIN SHINAWATRA", true},
		{"ប៉ុល ពត", "POL POT", true},
		{"ហ៊ុន សែន", "HUN SEN", true},
		{"මහින්ද රාජපක්ෂ", "MAHINDA RAJAPAKSA", true},
		{"ගෝඨාභය රාජපක්ෂ", "GOTABAYA RAJAPAKSA", true},
		{"රනිල් වික්‍රමසිංහ", "RANIL WICKREMESINGHE", true},
		{"මහින්ද රාජපක්ෂ", "RANIL WICKREMESINGHE", false},
		{"नरेंद्र मोदी", "RAHUL GANDHI", false},
	}
	for _, tt := range tests {
		s := c.Match(tt.a, tt.b)
		if (s >= c.Threshold()) != tt.match {
			t.Errorf("Match(%q, %q) = %.3f, want match=%v (%v)", tt.a, tt.b, s, tt.match, Prepare(tt.a).Tokens())
		}
	}
}
