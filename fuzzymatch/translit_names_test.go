package fuzzymatch

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// Letters read from their Unicode names, one or more of each kind of
// script and each rule.
func TestNameReading(t *testing.T) {
	tests := []struct {
		r    rune
		want string
	}{
		{'क', "K"}, {'ख', "KH"}, {'ष', "SS"}, {'ा', "AA"}, {'्', ""}, {'ं', "N"}, {'ः', "H"}, {'़', ""}, // Devanagari
		{'আ', "AA"}, {'ৰ', "R"}, // Bengali vowel; Assamese RA WITH MIDDLE DIAGONAL
		{'ਂ', "N"}, {'ੰ', "N"}, {'ਭ', "BH"}, // Gurmukhi bindi, tippi
		{'ஞ', "NY"}, {'ழ', "LLL"}, // Tamil
		{'ක', "K"}, {'ඛ', "KH"}, {'ඟ', "NG"}, {'ඍ', "R"}, {'ා', "AA"}, {'ෙ', "E"}, {'්', ""}, // Sinhala
		{'ཀ', "K"}, {'ྐ', "K"}, {'ི', "I"}, {'ཾ', "M"}, // Tibetan, subjoined KA
		{'က', "K"}, {'ျ', "Y"}, {'ေ', "E"}, {'်', ""}, // Myanmar, medial YA, asat
		{'ក', "K"}, {'ង', "NG"}, {'ា', "AA"}, {'្', ""}, // Khmer, coeng
		{'ก', "K"}, {'ซ', "S"}, {'อ', ""}, {'า', "AA"}, {'ั', "A"}, {'่', ""}, {'์', ""}, // Thai
		{'ຈ', "CH"}, {'ລ', "L"}, {'າ', "AA"}, {'ຼ', "L"}, // Lao, semivowel LO
		{'ሀ', "HA"}, {'ሸ', "SHA"}, {'ቈ', "QWA"}, // Ethiopic
		{'Ꭰ', "A"}, {'Ꮜ', "SA"}, {'ᐊ', "A"}, {'ᑲ', "KA"}, {'ᐁ', "E"}, {'ᐟ', "T"}, {'ꀀ', "IT"}, // Cherokee, Canadian, Yi
		{'ބ', "B"}, {'ަ', "A"}, {'ާ', "AA"}, {'ް', ""}, // Thaana and its fili
		{'ܓ', "G"}, {'ܰ', "A"}, // Syriac GAMAL, PTHAHA ABOVE
		{'𞤀', "A"}, {'ߓ', "B"}, // Adlam ALIF, NKo BA
		{'९', "9"}, {'๓', "3"}, // digits
		{'一', ""}, // ideographs: no sound in their names
	}
	for _, tt := range tests {
		got := nameReading(tt.r)
		if unicode.IsDigit(tt.r) {
			got = digitReading(tt.r)
		}
		if got != tt.want {
			t.Errorf("%U %s: %q, want %q", tt.r, runenames.Name(tt.r), got, tt.want)
		}
	}
}

// Every script with a vowel killer (a virama or its equivalent) is
// declared an abugida, so that its consonants lose the inherent vowel of
// their names.
func TestAbugidasHaveViramas(t *testing.T) {
	hasKiller := func(tab *unicode.RangeTable) bool {
		found := false
		each := func(lo, hi, stride rune) {
			for r := lo; r <= hi && !found; r += stride {
				if n, ok := parseName(r); ok && n.mark {
					found = n.killer
				}
			}
		}
		for _, r := range tab.R16 {
			each(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
		for _, r := range tab.R32 {
			each(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
		return found
	}
	var names []string
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		k, declared := nameScriptKinds[name]
		if name == "Inherited" || name == "Common" {
			continue // marks of every script (Vedic signs)
		}
		if hasKiller(unicode.Scripts[name]) && !(declared && (k == kindAbugida || k == kindThai)) {
			t.Errorf("%s has a vowel killer but is not declared an abugida", name)
		}
	}
	for name := range nameScriptKinds {
		if unicode.Scripts[name] == nil {
			t.Errorf("%s: no such script in this Go's Unicode tables", name)
		}
	}
}

// Every letter and mark Unicode has reads without a panic, as letters,
// digits or nothing.
func TestNameReadingEveryRune(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			continue
		}
		if s := readRune(r); strings.ContainsFunc(s, func(c rune) bool {
			return !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')
		}) {
			t.Errorf("%U %s reads %q", r, runenames.Name(r), s)
		}
	}
}
