package fuzzymatch

import (
	"math/bits"
	"unicode/utf8"
)

// Jaro-Winkler parameters, as in Winkler's original (1990) definition.
const (
	// WinklerPrefixScale is the weight p given to each common prefix character.
	WinklerPrefixScale = 0.1
	// WinklerMaxPrefix is the longest common prefix that earns the bonus.
	WinklerMaxPrefix = 4
	// WinklerBoostThreshold is the Jaro similarity above which the prefix
	// bonus is applied.
	WinklerBoostThreshold = 0.7
)

// JaroWinkler returns the Jaro-Winkler similarity of a and b in [0,1], comparing
// Unicode code points exactly (no case folding).
//
// Variant: Jaro's matching window is max(len(a), len(b))/2 - 1 (at least 0);
// transpositions are half the matched characters out of order; Winkler's
// prefix bonus l·p·(1-j) uses p = 0.1 and at most l = 4 common leading
// characters and is applied only when the Jaro similarity exceeds 0.7. Two
// empty strings are identical (1); an empty and a non-empty string score 0.
// There is no "long string" adjustment.
//
// ASCII strings of up to 64 bytes take a fast path that works on bytes and
// bit masks; nothing is allocated for strings of up to 64 code points.
func JaroWinkler(a, b string) float64 {
	j, l := jaroPrefix(a, b)
	return winkler(j, l)
}

// Jaro returns the Jaro similarity of a and b, without Winkler's prefix bonus.
func Jaro(a, b string) float64 {
	j, _ := jaroPrefix(a, b)
	return j
}

func winkler(j float64, prefix int) float64 {
	if j <= WinklerBoostThreshold {
		return j
	}
	return j + float64(prefix)*WinklerPrefixScale*(1-j)
}

// jaroPrefix returns the Jaro similarity and the common prefix length (capped
// at WinklerMaxPrefix, counted in code points).
func jaroPrefix(a, b string) (float64, int) {
	if a == b {
		if a == "" {
			return 1, 0
		}
		return 1, min(utf8.RuneCountInString(a), WinklerMaxPrefix)
	}
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		return jaroASCII(a, b)
	}
	var ba, bb [64]rune
	ra, rb := toRunes(a, ba[:0]), toRunes(b, bb[:0])
	return jaroRunes(ra, rb)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func toRunes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// jaroASCII is the fast path: both strings are ASCII and at most 64 bytes, so
// the matched positions of each fit in one machine word.
func jaroASCII(a, b string) (float64, int) {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0, 0
	}
	w := max(la, lb)/2 - 1
	if w < 0 {
		w = 0
	}
	// pos[c&63] has bit k set when b[k]&63 == c&63; candidates are checked
	// for real equality, so the folding of 128 code points onto 64 slots
	// only costs a rare extra comparison.
	var pos [64]uint64
	for k := 0; k < lb; k++ {
		pos[b[k]&63] |= 1 << uint(k)
	}
	var ma, mb uint64
	m := 0
	for i := 0; i < la; i++ {
		lo := i - w
		if lo < 0 {
			lo = 0
		}
		hi := i + w + 1
		if hi > lb {
			hi = lb
		}
		if lo >= hi {
			continue
		}
		win := (^uint64(0) >> uint(64-(hi-lo))) << uint(lo)
		c := a[i]
		for cand := pos[c&63] & win &^ mb; cand != 0; cand &= cand - 1 {
			k := bits.TrailingZeros64(cand)
			if b[k] == c {
				mb |= 1 << uint(k)
				ma |= 1 << uint(i)
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0, 0
	}
	t := 0
	for ma != 0 {
		i := bits.TrailingZeros64(ma)
		k := bits.TrailingZeros64(mb)
		if a[i] != b[k] {
			t++
		}
		ma &= ma - 1
		mb &= mb - 1
	}
	fm := float64(m)
	j := (fm/float64(la) + fm/float64(lb) + (fm-float64(t/2))/fm) / 3
	p := 0
	for p < WinklerMaxPrefix && p < la && p < lb && a[p] == b[p] {
		p++
	}
	return j, p
}

// jaroRunes is the general path. Slices of up to 64 code points are marked on
// the stack; longer ones allocate their marks.
func jaroRunes(a, b []rune) (float64, int) {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0, 0
	}
	var fa, fb [64]bool
	var ka, kb []bool
	if la <= 64 {
		ka = fa[:la]
	} else {
		ka = make([]bool, la)
	}
	if lb <= 64 {
		kb = fb[:lb]
	} else {
		kb = make([]bool, lb)
	}
	w := max(la, lb)/2 - 1
	if w < 0 {
		w = 0
	}
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-w), min(lb, i+w+1)
		for k := lo; k < hi; k++ {
			if !kb[k] && b[k] == a[i] {
				kb[k], ka[i] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0, 0
	}
	t, k := 0, 0
	for i := 0; i < la; i++ {
		if !ka[i] {
			continue
		}
		for !kb[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	j := (fm/float64(la) + fm/float64(lb) + (fm-float64(t/2))/fm) / 3
	p := 0
	for p < WinklerMaxPrefix && p < la && p < lb && a[p] == b[p] {
		p++
	}
	return j, p
}
