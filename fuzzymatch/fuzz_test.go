package fuzzymatch

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "SMITH/JOHNMR", "Jürgen Müller", "ABD EL KARIM", "Владимир Путин", "علي حسن", "דוד כהן",
	"Γεώργιος Παπαδόπουλος", "Արմեն", "გიორგი", "A.B.C. Company", "Brigade Forty-Four", "\xff\xfe",
	"ג'ונס", "O'Brien-Smith", strings.Repeat("A ", 40), "Sp. z o.o.", "习近平",
	"최 성일", "남궁민수", "ᄀᄆ", "欧阳修", "नरेंद्र मोदी", "ทักษิณ ชินวัตร", "ኃይለ ሥላሴ", "𗀀𞤀", "ѯ҃",
}

// FuzzPrepareScore: Prepare never panics, readings are valid UTF-8, scores
// stay in [0,1], a name matches itself, and Score allocates nothing.
func FuzzPrepareScore(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)])
	}
	c := NewComparator(DefaultOptions())
	f.Fuzz(func(t *testing.T, a, b string) {
		pa, pb := Prepare(a), Prepare(b)
		for _, n := range []*Name{pa, pb} {
			for _, k := range n.Keys() {
				if !utf8.ValidString(k) || k == "" {
					t.Fatalf("bad key %q", k)
				}
			}
			if len(n.Tokens()) > maxTokens {
				t.Fatalf("%d tokens", len(n.Tokens()))
			}
		}
		s := c.Score(pa, pb)
		if s < 0 || s > 1 || math.IsNaN(s) {
			t.Fatalf("Score = %v", s)
		}
		if s2 := c.Score(pa, pb); s2 != s {
			t.Fatalf("Score not deterministic: %v, %v", s, s2)
		}
		// A Scorer agrees, on a fresh memo and on one that has met b.
		sc := c.NewScorer(pa)
		for range 2 {
			if s2 := sc.Score(pb); s2 != s {
				t.Fatalf("Scorer.Score = %v, Score = %v", s2, s)
			}
		}
		if !pa.Empty() {
			if self := c.Score(pa, Prepare(a)); self < 0.999 {
				t.Fatalf("self score %v for %q", self, a)
			}
		}
		e := c.Explain(pa, pb)
		if math.Abs(e.Score-s) > 1e-9 {
			t.Fatalf("Explain score %v, Score %v", e.Score, s)
		}
	})
}

// FuzzJaroWinkler: range, symmetry of the value, identity, and agreement of
// the fast paths with the general one.
func FuzzJaroWinkler(f *testing.F) {
	f.Add("MARTHA", "MARHTA")
	f.Add("ALEKSANDR", "ABDELKARIM")
	f.Add("MOHAMMED ABDELKARIM AL BASHIR", "MUHAMMAD ABD AL KARIM AL BASHIR")
	f.Add("Müller", "Mueller")
	f.Fuzz(func(t *testing.T, a, b string) {
		j := JaroWinkler(a, b)
		if j < 0 || j > 1+1e-12 || math.IsNaN(j) {
			t.Fatalf("JaroWinkler = %v", j)
		}
		if a == b && j != 1 {
			t.Fatalf("JaroWinkler(a, a) = %v", j)
		}
		if j2 := JaroWinkler(b, a); math.Abs(j-j2) > 1e-9 && utf8.ValidString(a) && utf8.ValidString(b) {
			// Greedy matching can differ by direction only in the prefix,
			// which is symmetric: the values must agree.
			t.Fatalf("asymmetric: %v vs %v", j, j2)
		}
		if a != b && utf8.RuneCountInString(a) <= 64 && utf8.RuneCountInString(b) <= 64 {
			gen := jaroRunes([]rune(a), []rune(b))
			if math.Abs(gen.jaroWinkler()-j) > 1e-9 {
				t.Fatalf("fast %v, general %v", j, gen.jaroWinkler())
			}
		}
	})
}

// FuzzOSA: a metric's basic laws.
func FuzzOSA(f *testing.F) {
	f.Add("CA", "ABC")
	f.Add("KITTEN", "SITTING")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := osa(a, b)
		la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if d < 0 || d > max(la, lb) || d < abs(la-lb) {
			t.Fatalf("OSA = %d for lengths %d, %d", d, la, lb)
		}
		if osa(b, a) != d {
			t.Fatal("OSA not symmetric")
		}
		if osa(a, a) != 0 {
			t.Fatal("OSA(a, a) != 0")
		}
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// FuzzDoubleMetaphone: codes are at most four characters of the code
// alphabet.
func FuzzDoubleMetaphone(f *testing.F) {
	for _, s := range []string{"SMITH", "SCHMIDT", "Çelik", "", "WITZ", "GH", "XAVIER"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, a := DoubleMetaphone(s)
		for _, c := range []string{p, a} {
			if len(c) > 4 || strings.Trim(c, "0AFHJKLMNPRSTX") != "" {
				t.Fatalf("DoubleMetaphone(%q) = %q, %q", s, p, a)
			}
		}
	})
}
