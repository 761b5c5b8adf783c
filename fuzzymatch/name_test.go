package fuzzymatch

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPrepareTokens(t *testing.T) {
	tests := []struct {
		raw  string
		want []string
	}{
		{"", nil},
		{"  ,-/ ", nil},
		{"SMITH/JOHN MR", []string{"JOHN", "SMITH"}},
		{"AL BEN ALI, Isa Ben Tarif", []string{"ISA", "BEN", "TARIF", "AL", "BEN", "ALI"}},
		{"Bowne Global Solutions Denmark A/S", []string{"BOWNE", "GLOBAL", "SOLUTIONS", "DENMARK", "AS"}},
		{"Siemens, AG", []string{"SIEMENS", "AG"}},
		{"JOHNMR", []string{"JOHN"}},
		{"MOLLYMRS", []string{"MOLLY"}},
		{"AMR", []string{"AMR"}},
		{"YASIR", []string{"YASIR"}},
		{"DREW", []string{"DREW"}},
		{"NASR", []string{"NASR"}},
		{"Dr. Jürgen Müller Jr.", []string{"JUERGEN", "MUELLER"}},
		{"O'Brien", []string{"OBRIEN"}},
		{"ABD EL KARIM", []string{"ABDELKARIM"}},
		{"Abdul Karim", []string{"ABDULKARIM"}},
		{"Ludwig van Beethoven", []string{"LUDWIG", "VAN", "BEETHOVEN"}},
		{"Jean-Pierre", []string{"JEAN", "PIERRE"}},
		{"Mr", []string{"MR"}},
		{"Ｓｍｉｔｈ", []string{"SMITH"}},
		{"Straße", []string{"STRASSE"}},
		{"Ørsted", []string{"OERSTED"}},
		{"Владимир Путин", []string{"VLADIMIR", "PUTIN"}},
		{"김정은", []string{"KIM", "JEONGEUN"}},
		{"Παπαδόπουλος", []string{"PAPADOPOULOS"}},
	}
	for _, tt := range tests {
		got := Prepare(tt.raw).Tokens()
		if len(got) == 0 {
			got = nil
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Prepare(%q).Tokens() -want +got:\n%s", tt.raw, d)
		}
	}
}

func TestPrepareKeys(t *testing.T) {
	tests := []struct {
		raw  string
		want []string // keys that must be present
	}{
		{"Müller", []string{"MUELLER", "MULLER"}},
		{"JOHNMR", []string{"JOHN", "JOHNMR"}},
		{"AL BASHIR", []string{"BASHIR", "ALBASHIR"}},
		{"Van der Berg", []string{"BERG", "VANDERBERG"}},
		{"Mohd", []string{"MOHD", "=MUHAMMAD"}},
		{"Юлия", []string{"IULIIA", "YULIYA"}},
		{"SECH1N", []string{"SECH1N", "SECHIN"}},
		{"Щукин", []string{"SHCHUKIN", "SCHTSCHUKIN"}},
		{"Цой", []string{"TSOI", "TCOI"}},
	}
	for _, tt := range tests {
		keys := Prepare(tt.raw).Keys()
		for _, k := range tt.want {
			if !slices.Contains(keys, k) {
				t.Errorf("Prepare(%q).Keys() = %v, missing %q", tt.raw, keys, k)
			}
		}
	}
}

func TestEmpty(t *testing.T) {
	if !Prepare("").Empty() || !Prepare("--").Empty() || Prepare("A").Empty() {
		t.Error("Empty is wrong")
	}
	c := NewComparator(DefaultOptions())
	if s := c.Score(Prepare(""), Prepare("JOHN")); s != 0 {
		t.Errorf("empty name scored %v", s)
	}
	if s := c.Score(nil, Prepare("JOHN")); s != 0 {
		t.Errorf("nil name scored %v", s)
	}
}

// Pairs that must be on the right side of the default threshold.
func TestComparatorDecisions(t *testing.T) {
	c := NewComparator(DefaultOptions())
	tests := []struct {
		a, b  string
		match bool
	}{
		{"JOHN SMITH", "SMITH/JOHN MR", true},
		{"JOHNMR SMITH", "John Smith", true},
		{"Hans J Friedrich", "Hans Joachim Friedrich", true},
		{"Hans O Friedrich", "Hans Joachim Friedrich", false},
		{"ABDELKARIM", "ABD EL KARIM", true},
		{"Владимир Путин", "PUTIN VLADIMIR", true},
		{"Jürgen Müller", "JUERGEN MUELLER", true},
		{"Jürgen Müller", "JURGEN MULLER", true},
		{"MOHAMMADHASNI HAJI SSAD KHAN", "HAJI ASAD KHAN MOHAMMAD HASNI", true},
		{"John Smith", "Jane Doe", false},
		{"Usama bin Laden", "Shaikh Isa Bin Tarif Al Bin Ali", false},
		{"MOHD ALI", "MUHAMMAD ALI", true},
		{"Bill Clinton", "William Clinton", true},
		{"MOKHAMMAD/ALEKSANDR MR", "Мухаммад Александр", true}, // the package doc's example
		{"I9or Sech1n", "Igor Sechin", true},                   // digits read as letters
		{"Kim Jong-uun", "Kim Jong-un", true},                  // a doubled letter
		{"Kim Jong-il", "Kim Jong-un", false},
		// A token stands for two joined only when spelled (nearly) alike:
		// one edit must not erase most of a short token.
		{"SIPAANA SAJJAD", "SIA PAN", false},
		{"TIAN ZHAOSAN", "TIE AN", false},
		{"TENZHIANG LIU", "TENZHI WANG LIU", true},
	}
	for _, tt := range tests {
		s := c.Match(tt.a, tt.b)
		if (s >= c.Threshold()) != tt.match {
			t.Errorf("Match(%q, %q) = %.3f, want match=%v at threshold %.2f", tt.a, tt.b, s, tt.match, c.Threshold())
		}
		if s2 := c.Match(tt.b, tt.a); s2 != s {
			t.Errorf("Match not symmetric for %q, %q: %.4f vs %.4f", tt.a, tt.b, s, s2)
		}
		if s < 0 || s > 1 {
			t.Errorf("score %v out of range", s)
		}
	}
}

func TestScoreAllocatesNothing(t *testing.T) {
	c := NewComparator(DefaultOptions())
	a, b := Prepare("MOKHAMMAD ABDELKARIM AL BASHIR"), Prepare("Мухаммад Абдель Карим аль-Башир")
	if n := testing.AllocsPerRun(100, func() { c.Score(a, b) }); n != 0 {
		t.Errorf("Score allocated %v times per run", n)
	}
}

func TestOptionsJSON(t *testing.T) {
	o := DefaultOptions()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	var back Options
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(o, back); d != "" {
		t.Errorf("options JSON round trip -want +got:\n%s", d)
	}
	if !strings.Contains(string(b), `"threshold":0.8`) {
		t.Errorf("unexpected JSON %s", b)
	}
}

// A zero Options value must not make the comparator misbehave.
func TestZeroOptions(t *testing.T) {
	c := NewComparator(Options{})
	s := c.Match("JOHN SMITH", "JOHN SMITH")
	if s < 0 || s > 1 {
		t.Errorf("score %v", s)
	}
}
