package fuzzymatch

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Each script's readings: the primary one exactly, and readings that must
// be among the variants.
func TestTransliterate(t *testing.T) {
	tests := []struct {
		sc      script
		in      string
		primary string
		also    []string
	}{
		// Cyrillic: ICAO 9303 first, then the other schemes.
		{scriptCyrillic, "Щербаков", "SHCHERBAKOV", []string{"SCHTSCHERBAKOW"}},
		{scriptCyrillic, "Юлия", "IULIIA", []string{"YULIYA", "JULIJA"}},
		{scriptCyrillic, "Цой", "TSOI", []string{"TCOI", "TSOY"}},
		{scriptCyrillic, "Хасан", "KHASAN", []string{"HASAN", "CHASAN"}},
		{scriptCyrillic, "Александр", "ALEKSANDR", []string{"ALEXANDR"}},
		{scriptCyrillic, "Евгений", "EVGENII", []string{"YEVGENIY", "YEVGENY"}},
		{scriptCyrillic, "Григорій", "GRIGORII", []string{"HRYHORII"}},
		{scriptCyrillic, "Ђорђе", "DORDE", []string{"DJORDJE"}},
		{scriptCyrillic, "Тъпков", "TIEPKOV", []string{"TAPKOV"}},
		{scriptCyrillic, "Луций", "LUTSII", []string{"LUCIUS"}},
		{scriptCyrillic, "Уолкер", "UOLKER", []string{"WOLKER"}},
		{scriptCyrillic, "Эдуард", "EDUARD", []string{"EDWARD"}},
		{scriptCyrillic, "Джанлука", "DZHANLUKA", []string{"GANLUCA"}},
		{scriptCyrillic, "Цзэдун", "TSZEDUN", []string{"ZEDONG"}},
		{scriptCyrillic, "Бжозович", "BZHOZOVICH", []string{"BRZOZOWICZ"}},
		{scriptCyrillic, "Возняцки", "VOZNIATSKI", []string{"WOZNIACKI"}},
		{scriptCyrillic, "Хименес", "KHIMENES", []string{"JIMENES"}},
		// Greek: ELOT 743 first.
		{scriptGreek, "Γεώργιος", "GEORGIOS", nil},
		{scriptGreek, "Μπακογιάννης", "MPAKOGIANNIS", []string{"BAKOGIANNIS"}},
		{scriptGreek, "Χατζής", "CHATZIS", []string{"HATZIS"}},
		// Arabic: consonants and long vowels, article split off by Prepare.
		{scriptArabic, "محمد", "MHMD", nil},
		{scriptArabic, "حسين", "HSIN", []string{"HSYN"}},
		{scriptArabic, "جمال", "JMAL", []string{"GMAL"}},
		// Hebrew.
		{scriptHebrew, "כהן", "KHHN", []string{"KHN"}},
		{scriptHebrew, "דוד", "DVD", []string{"DOD"}},
		{scriptHebrew, "דוביביה", "DVVYVIA", []string{"DOVIVIA"}},
		// Armenian and Georgian.
		{scriptArmenian, "Գրիգորյան", "GRIGORYAN", nil},
		{scriptArmenian, "Երևան", "YEREVAN", nil},
		{scriptGeorgian, "შევარდნაძე", "SHEVARDNADZE", nil},
		{scriptGeorgian, "თბილისი", "TBILISI", []string{"THBILISI"}},
		// Japanese kana: Hepburn, and foreign names read back.
		{scriptKana, "バラク", "BARAKU", []string{"BALAK"}},
		{scriptKana, "すずき", "SUZUKI", nil},
		{scriptKana, "シンジ", "SHINJI", nil},
	}
	p := getScratch()
	defer p.release()
	for _, tt := range tests {
		forms := transliterate(p, tt.sc, tt.in)
		if len(forms) == 0 {
			t.Errorf("%s: no reading", tt.in)
			continue
		}
		if d := cmp.Diff(tt.primary, forms[0]); d != "" {
			t.Errorf("%s: primary -want +got:\n%s (all %v)", tt.in, d, forms)
		}
		for _, a := range tt.also {
			if !slices.Contains(forms, a) {
				t.Errorf("%s: %v lacks %q", tt.in, forms, a)
			}
		}
		for _, f := range forms {
			if !isASCII(f) {
				t.Errorf("%s: reading %q is not ASCII", tt.in, f)
			}
		}
	}
}

// Names in other scripts against their usual Latin spellings.
func TestScriptMatches(t *testing.T) {
	c := NewComparator(DefaultOptions())
	tests := []struct {
		a, b  string
		match bool
	}{
		{"Михаил Горбачёв", "Mikhail Gorbachev", true},
		{"Михаил Горбачёв", "Mikhail Gorbatschow", true},
		{"Олександр Шевченко", "Oleksandr Shevchenko", true},
		{"Олександр Шевченко", "Aleksandr Shevchenko", true},
		{"Γιάννης Αντετοκούνμπο", "Giannis Antetokounmpo", true},
		{"عبد الله", "Abdullah", true},
		{"أسامة بن لادن", "Usama bin Ladin", true},
		{"بنيامين نتنياهو", "Benjamin Netanyahu", true},
		{"בנימין נתניהו", "Benjamin Netanyahu", true},
		{"Արմեն Սարգսյան", "Armen Sarkissian", true},
		{"მიხეილ სააკაშვილი", "Mikheil Saakashvili", true},
		{"김정은", "Kim Jong Un", true},
		{"バラク・オバマ", "Barack Obama", true},
		{"Михаил Горбачёв", "Boris Yeltsin", false},
		{"בנימין נתניהו", "Ehud Barak", false},
		{"أسامة بن لادن", "Ayman al-Zawahiri", false},
	}
	for _, tt := range tests {
		s := c.Match(tt.a, tt.b)
		if (s >= c.Threshold()) != tt.match {
			t.Errorf("Match(%q, %q) = %.3f, want match=%v", tt.a, tt.b, s, tt.match)
		}
	}
}

// TestCyrillicLikeFirst checks that a scheme skipped because the word
// reads under it as under ICAO does read so, on random words over the
// letters of the tables (and a few others).
func TestCyrillicLikeFirst(t *testing.T) {
	cyrOnce.Do(buildCyrTables)
	var letters []rune
	for r := range cyrBase {
		letters = append(letters, r)
	}
	letters = append(letters, 'a', '7', 'ѯ', 'ӿ')
	rnd := rand.New(rand.NewPCG(5, 6))
	skipped := 0
	for range 50000 {
		src := make([]rune, 1+rnd.IntN(9))
		for i := range src {
			src[i] = letters[rnd.IntN(len(letters))]
		}
		base := string(cyrRead(nil, src, cyrTables[0]))
		for k, tb := range cyrTables[1:] {
			if tb.likeFirst(src) {
				skipped++
				if got := string(cyrRead(nil, src, tb)); got != base {
					t.Fatalf("%q under %s: %q, skipped as ICAO's %q", string(src), cyrSchemes[k+1].name, got, base)
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no scheme was ever skipped")
	}
}
