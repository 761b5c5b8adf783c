package fuzzymatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
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
