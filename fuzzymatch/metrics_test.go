package fuzzymatch

import (
	"math"
	"testing"
)

// Golden values for the Jaro-Winkler variant documented on JaroWinkler
// (Winkler 1990: p = 0.1, at most 4 prefix characters, boost above 0.7).
// The first three are the classic examples from Winkler's papers.
func TestJaroWinklerGolden(t *testing.T) {
	tests := []struct {
		a, b     string
		jaro, jw float64
	}{
		{"MARTHA", "MARHTA", 0.944444, 0.961111},
		{"DWAYNE", "DUANE", 0.822222, 0.840000},
		{"DIXON", "DICKSONX", 0.766667, 0.813333},
		{"JELLYFISH", "SMELLYFISH", 0.896296, 0.896296},
		{"", "", 1, 1},
		{"A", "", 0, 0},
		{"ABC", "ABC", 1, 1},
		{"ABC", "XYZ", 0, 0},
		{"AB", "BA", 0, 0}, // window 0: no match
		{"CRATE", "TRACE", 0.733333, 0.733333},
		{"MÜLLER", "MULLER", 0.888889, 0.900000},
		{"ЖУКОВ", "ЖУКОВА", 0.944444, 0.966667},
	}
	for _, tt := range tests {
		if got := Jaro(tt.a, tt.b); math.Abs(got-tt.jaro) > 1e-6 {
			t.Errorf("Jaro(%q, %q) = %.6f, want %.6f", tt.a, tt.b, got, tt.jaro)
		}
		if got := JaroWinkler(tt.a, tt.b); math.Abs(got-tt.jw) > 1e-6 {
			t.Errorf("JaroWinkler(%q, %q) = %.6f, want %.6f", tt.a, tt.b, got, tt.jw)
		}
		if got := JaroWinkler(tt.b, tt.a); math.Abs(got-tt.jw) > 1e-6 {
			t.Errorf("JaroWinkler(%q, %q) = %.6f, want %.6f (symmetry)", tt.b, tt.a, got, tt.jw)
		}
	}
}

// The fast ASCII path and the general path must agree.
func TestJaroWinklerPathsAgree(t *testing.T) {
	words := []string{"MOHAMMED", "MUHAMMAD", "MOHD", "ALEKSANDR", "ALEXANDER", "A", "AB", "ABDELKARIM",
		"ABDULKARIM", "SCHOLZ", "SCHULZE", "PAPADOPOULOUPAPADOPOULOS", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
		"MOHAMMED ABDELKARIM AL BASHIR", "MUHAMMAD ABD AL KARIM AL BASHIR", "ALEKSANDR SERGEYEVICH PUSHKIN"}
	for _, a := range words {
		for _, b := range words {
			if a == b {
				continue
			}
			gen := jaroRunes([]rune(a), []rune(b))
			if tab, ok := jaroTable(a, b); !ok || tab != gen {
				t.Errorf("%q %q: table %+v (ok %v), general %+v", a, b, tab, ok, gen)
			}
			if len(b) > 16 {
				continue
			}
			if len(a) > 16 {
				continue
			}
			if short := jaroShort(a, b); short != gen {
				t.Errorf("%q %q: short %+v, general %+v", a, b, short, gen)
			}
			if jw, want := JaroWinkler(a, b), gen.jaroWinkler(); math.Abs(jw-want) > 1e-12 {
				t.Errorf("%q %q: JaroWinkler %v, general %v", a, b, jw, want)
			}
		}
	}
	if _, ok := jaroTable("MÜLLER", "MULLER"); ok {
		t.Error("table path accepted non-ASCII")
	}
}

// Exactly 0.7 earns no prefix bonus, whatever the floating-point rounding.
func TestJaroWinklerBoostBoundary(t *testing.T) {
	if j := Jaro("ALEKSANDR", "ABDELKARIM"); math.Abs(j-0.7) > 1e-12 {
		t.Fatalf("Jaro = %v, want 0.7", j)
	}
	if jw := JaroWinkler("ALEKSANDR", "ABDELKARIM"); math.Abs(jw-0.7) > 1e-12 {
		t.Errorf("JaroWinkler = %v, want 0.7 (no bonus at the threshold)", jw)
	}
}

func TestOSA(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"ABC", "", 3},
		{"", "ABC", 3},
		{"CA", "ABC", 3}, // OSA, not unrestricted Damerau-Levenshtein (2)
		{"MARTHA", "MARHTA", 1},
		{"KITTEN", "SITTING", 3},
		{"SCHOLZ", "SCHULZE", 2},
		{"ÄBC", "ABC", 1},
		{"ABCD", "BACD", 1},
	}
	for _, tt := range tests {
		if got := osa(tt.a, tt.b); got != tt.want {
			t.Errorf("OSA(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// Codes from Philips' published examples and common reference outputs.
func TestDoubleMetaphone(t *testing.T) {
	tests := []struct{ in, p, a string }{
		{"SMITH", "SM0", "XMT"},
		{"SCHMIDT", "XMT", "SMT"},
		{"THOMAS", "TMS", "TMS"},
		{"JOSE", "HS", "HS"},
		{"XAVIER", "SF", "SFR"},
		{"ARNOFF", "ARNF", "ARNF"},
		{"CAESAR", "SSR", "SSR"},
		{"WRIGHT", "RT", "RT"},
		{"KNIGHT", "NT", "NT"},
		{"PHILIP", "FLP", "FLP"},
		{"GHISLANE", "JLN", "JLN"},
		{"MCHUGH", "MK", "MK"},
		{"JOHN", "JN", "AN"},
		{"MÜLLER", "MLR", "MLR"},
		{"", "", ""},
		{"1234", "", ""},
	}
	for _, tt := range tests {
		p, a := DoubleMetaphone(tt.in)
		if p != tt.p || a != tt.a {
			t.Errorf("DoubleMetaphone(%q) = %q, %q; want %q, %q", tt.in, p, a, tt.p, tt.a)
		}
	}
}
