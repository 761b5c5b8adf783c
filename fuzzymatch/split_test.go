package fuzzymatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// checkSplitASCII fails when splitWordsASCII accepts raw and splits it
// otherwise than splitWordsUnicode.
func checkSplitASCII(t *testing.T, raw string) {
	t.Helper()
	fast, ok := splitWordsASCII(nil, raw)
	if !ok {
		return
	}
	if slow := splitWordsUnicode(nil, raw); !slices.Equal(fast, slow) {
		t.Fatalf("%q: ASCII split %+v, Unicode split %+v", raw, fast, slow)
	}
}

// TestSplitWordsASCII compares the ASCII fast path with the general split
// on names built from the characters the split treats apart.
func TestSplitWordsASCII(t *testing.T) {
	const alphabet = "aZ9 -./,'`()&_\t"
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		checkSplitASCII(t, b.String())
	}
	for _, s := range []string{"SMITH/JOHN WILLIAM", "A.B.C. Company", "-AL-BASHIR", "J. SMITH", "A/S", "SMITH, J.",
		strings.Repeat("AB ", 400), "O'BRIEN", "'ABD", "ABD'"} {
		checkSplitASCII(t, s)
	}
	if _, ok := splitWordsASCII(nil, "O'BRIEN"); ok {
		t.Error("O'BRIEN: the ASCII split should leave a copied word to the general one")
	}
}

func FuzzSplitWordsASCII(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSplitASCII)
}

// TestRuneClasses checks the tables against the functions they keep.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r < runeTableEnd+0x100; r++ {
		if got, want := isWordRune(r), isWordRuneOf(r); got != want {
			t.Fatalf("isWordRune(%U) = %t, want %t", r, got, want)
		}
		gs, gok := runeScript(r)
		ws, wok := runeScriptOf(r)
		if gok != wok || gok && gs != ws {
			t.Fatalf("runeScript(%U) = %v %t, want %v %t", r, gs, gok, ws, wok)
		}
	}
}

// TestNFKCInert checks that texts of inert runes are in NFKC, on random
// texts over the blocks of the tables.
func TestNFKCInert(t *testing.T) {
	var inert []rune
	for r := rune(0); r < runeTableEnd; r++ {
		if nfkcInert(r) {
			inert = append(inert, r)
			if !norm.NFKC.IsNormalString(string(r)) {
				t.Fatalf("%U is inert and not NFKC", r)
			}
		}
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for range 1 + rnd.IntN(8) {
			b.WriteRune(inert[rnd.IntN(len(inert))])
		}
		if s := b.String(); !isNFKC(s) || norm.NFKC.String(s) != s {
			t.Fatalf("%q: isNFKC %t, NFKC %q", s, isNFKC(s), norm.NFKC.String(s))
		}
	}
	// Precomposed letters in NFC are inert: most names skip NFKC.
	if s := "Сергей Ёлкин, María Müller, محمد, Γεώργιος"; !isNFKC(s) {
		t.Errorf("%q: not seen as NFKC", s)
	}
	// Not inert: what NFKC changes or composes.
	for _, s := range []string{"ﬁ", "и\u0306", "e\u0301", "Å", "ｱ", "\ufb01", "\u1100\u1161", "가\u11a8", "\u0627\u0653",
		"\u09c7\u09be", "\u0b47\u0b3e", "\u0dd9\u0dcf", "\u1025\u102e", "\u1b05\u1b35"} {
		if isNFKC(s) && norm.NFKC.String(s) != s {
			t.Errorf("%q: isNFKC, but NFKC is %q", s, norm.NFKC.String(s))
		}
	}
}
