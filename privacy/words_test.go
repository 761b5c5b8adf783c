package privacy

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The matcher reads eight bytes at a time and passes over words by their
// first three letters; matchEach looks every word up. They must agree on
// every text: words at every offset from a chunk's start and at the ends
// of texts, in any case, after any separator, with letters of other
// scripts (ſ upper-cases to S, so ſIKH is SIKH), prefixes and phrases
// across chunks.
func TestMatchAgreesWithEachWord(t *testing.T) {
	ws := defaultWords(t)
	vocab := []string{"SEGMENT", "CONFIRMED", "ZZ", "A", "KSML", "ksml", "KsMl", "WHEELCHAIR", "WHEEL", "CHAIR", "GLUTEN",
		"FREE", "DIABETIC", "DIABET", "DIA", "HIV", "HIVELY", "ſIKH", "SIKH", "SIKHS", "ÉPILEPSIE", "EPILEPTIC", "CAFÉ",
		"MUSLIM", "MUſLIM", "dıſabled", "SYNCUS", "SYNAGOGUE", "synagogues", "SYNA", "SYNAſ", "AIDſ", "wchſ", "PREPAID", "LOWER", "HIVE", "HIV1", "MEAL", "LOW", "SALT", "PREGNANT", "PRE", "BLINDER", "BLIND", "AIDS", "1AINV", "9C56A0C0", "Ωmega", "X"}
	seps := []string{" ", "  ", "/", "-", ".", "1", "", "'", "\t", "é"}
	// Words of two kinds in one chunk: the first to match gives the
	// pattern, whichever kind it is.
	for _, text := range []string{"ſIKH DIABET", "ſIKH/KSML", "X ſIKH DIABET", "MUſLIM KSML", "AB MUſLIM HIV"} {
		for cut := 0; cut < 4; cut++ {
			checkMatch(t, &ws, text[cut:])
			checkMatch(t, &ws, strings.Repeat(".", cut)+text)
		}
	}
	f, err := NewFilter(&FilterOptions{Patterns: []Pattern{{Name: "a", Reason: ReasonHealth, Words: []string{"ISI"}},
		{Name: "b", Reason: ReasonHealth, Words: []string{"KSML"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for cut := 0; cut < 8; cut++ {
		text := strings.Repeat(".", cut) + "ıSI KSML" // ı upper-cases to I
		if i := f.match(text); i != 0 {
			t.Errorf("%q: pattern %d, want 0 (ISI comes first)", text, i)
		}
		checkMatch(t, &f.words, text)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(seps[r.IntN(len(seps))])
			b.WriteString(vocab[r.IntN(len(vocab))])
		}
		if r.IntN(2) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
		text := b.String()
		for cut := 0; cut < len(text) && cut < 8; cut++ { // every alignment
			checkMatch(t, &ws, text[cut:])
		}
	}
}

// FuzzMatch: on any text the matcher and matchEach agree.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"PAX REQ KSML", "gluten-free please", "ſikh", "1AINV RM ZZ CR-SINZZ08AA SEGMENT CONFIRMED", "HIVELY", "wheel\x00chair"} {
		f.Add(s)
	}
	ws := defaultWords(f)
	f.Fuzz(func(t *testing.T, text string) { checkMatch(t, &ws, text) })
}

func defaultWords(t testing.TB) words {
	t.Helper()
	f, err := NewFilter(nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.words.all {
		t.Fatal("DefaultPatterns need every word looked up: the prefilter is not tested")
	}
	return f.words
}

func checkMatch(t *testing.T, ws *words, text string) {
	t.Helper()
	p, ok := ws.match(text)
	q, want := ws.matchEach(text)
	if ok != want || ok && p != q {
		t.Fatalf("%q: match gives %d %v, each word %d %v", text, p, ok, q, want)
	}
}

// A pattern word that does not begin with three ASCII letters makes every
// word be looked up.
func TestShortAndNonASCIIWords(t *testing.T) {
	for _, w := range []string{"OK", "ÄRZTLICH", "AB*"} {
		f, err := NewFilter(&FilterOptions{Patterns: []Pattern{{Name: "x", Reason: ReasonHealth, Words: []string{w, "LONGWORD"}}}})
		if err != nil {
			t.Fatal(err)
		}
		text := "PAX " + strings.ToLower(w) + "."
		if strings.HasSuffix(w, "*") {
			text = "PAX abcd"
		}
		if f.match(text) < 0 {
			t.Errorf("%s: %q not matched", w, text)
		}
		if f.match("PAX LONGWORD") < 0 {
			t.Errorf("%s: LONGWORD not matched", w)
		}
		if w == "OK" && f.match("ok") < 0 { // a text shorter than three letters
			t.Errorf("%s: %q not matched", w, "ok")
		}
	}
}
