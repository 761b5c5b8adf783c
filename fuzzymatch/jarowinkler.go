package fuzzymatch

import (
	"encoding/binary"
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
// each character of a is matched with the first unmatched equal character of b
// in its window; transpositions are half the matched characters out of order
// (rounded down). Winkler's prefix bonus l·p·(1-j) uses p = 0.1 and at most
// l = 4 common leading characters, and is applied only when the Jaro
// similarity is strictly above 0.7, decided in exact integer arithmetic (so a
// Jaro similarity of exactly 0.7 gets no bonus, whatever the rounding). Two
// empty strings are identical (1); an empty and a non-empty string score 0.
// There is no "long string" adjustment.
//
// ASCII strings of up to 64 bytes take a fast path on bytes and bit masks
// (see jaroASCII); nothing is allocated for strings of up to 64 code points.
func JaroWinkler(a, b string) float64 {
	la, lb := len(a), len(b)
	if la > 0 && lb > 0 && la <= 64 && lb <= 64 {
		var m, t, p int
		var ok bool
		switch {
		case lb <= 16:
			m, t, p, ok = jaroASCII[uint16](a, b)
		case lb <= 32:
			m, t, p, ok = jaroASCII[uint32](a, b)
		default:
			m, t, p, ok = jaroASCII[uint64](a, b)
		}
		if ok {
			if m == la && m == lb && t == 0 {
				// Every character matched in order: a == b.
				return 1
			}
			return jaroWinklerFrom(m, t, la, lb, p)
		}
	}
	r := jaroCounts(a, b)
	return r.jaroWinkler()
}

// jaroWinklerFrom computes Jaro-Winkler from the counts of the matching.
func jaroWinklerFrom(m, t, la, lb, p int) float64 {
	if m == 0 {
		return 0
	}
	fm := float64(m)
	j := (fm*inv[la] + fm*inv[lb] + (fm-float64(t/2))*inv[m]) * (1.0 / 3)
	// Exactly: (m/la + m/lb + (m-t/2)/m)/3 > 0.7.
	if 10*(m*m*lb+m*m*la+(m-t/2)*la*lb) > 21*la*lb*m {
		return j + float64(p)*WinklerPrefixScale*(1-j)
	}
	return j
}

// Jaro returns the Jaro similarity of a and b, without Winkler's prefix bonus.
func Jaro(a, b string) float64 {
	r := jaroCounts(a, b)
	return r.jaro()
}

// jaroResult holds what the matching found: m matches, t characters out of
// order, the lengths in code points and the common prefix (capped at 4).
type jaroResult struct {
	m, t, la, lb, prefix int
	same                 bool // identical strings
}

func (r jaroResult) jaro() float64 {
	if r.same {
		return 1
	}
	if r.m == 0 {
		return 0
	}
	fm := float64(r.m)
	if r.la < len(inv) && r.lb < len(inv) {
		// Multiplications by table reciprocals: divisions cost more than
		// the whole matching of two short tokens.
		return (fm*inv[r.la] + fm*inv[r.lb] + (fm-float64(r.t/2))*inv[r.m]) * (1.0 / 3)
	}
	return (fm/float64(r.la) + fm/float64(r.lb) + (fm-float64(r.t/2))/fm) / 3
}

// inv holds 1/n for lengths and match counts up to 64.
var inv = func() (t [65]float64) {
	for n := 1; n < len(t); n++ {
		t[n] = 1 / float64(n)
	}
	return t
}()

// boosted reports exactly whether (m/la + m/lb + (m-t/2)/m)/3 > 0.7.
func (r jaroResult) boosted() bool {
	m, la, lb := int64(r.m), int64(r.la), int64(r.lb)
	num := m*m*lb + m*m*la + (m-int64(r.t/2))*la*lb
	return 10*num > 7*3*la*lb*m
}

func (r jaroResult) jaroWinkler() float64 {
	if r.same {
		return 1
	}
	j := r.jaro()
	if r.m == 0 || !r.boosted() {
		return j
	}
	return j + float64(r.prefix)*WinklerPrefixScale*(1-j)
}

func jaroCounts(a, b string) jaroResult {
	if a == b {
		return jaroResult{same: true}
	}
	if len(a) == 0 || len(b) == 0 {
		return jaroResult{}
	}
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		if max(len(a), len(b)) <= 16 {
			return jaroShort(a, b)
		}
		if r, ok := jaroTable(a, b); ok {
			return r
		}
	}
	var ba, bb [64]rune
	return jaroRunes(toRunes(a, ba[:0]), toRunes(b, bb[:0]))
}

func toRunes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	var or byte
	for i := 0; i < len(s); i++ {
		or |= s[i]
	}
	return or < utf8.RuneSelf
}

// jaroShort is jaroASCII for ASCII tokens of up to 16 bytes, as a jaroResult.
func jaroShort(a, b string) jaroResult {
	m, t, p, _ := jaroASCII[uint16](a, b)
	return jaroResult{m: m, t: t, la: len(a), lb: len(b), prefix: p}
}

// jaroTable is jaroASCII for strings of up to 64 bytes, as a jaroResult; ok
// is false when a or b is not ASCII.
func jaroTable(a, b string) (jaroResult, bool) {
	m, t, p, ok := jaroASCII[uint64](a, b)
	if !ok {
		return jaroResult{}, false
	}
	return jaroResult{m: m, t: t, la: len(a), lb: len(b), prefix: p}, true
}

// posMask is the type of one row of jaroASCII's position table: the
// narrowest unsigned integer with a bit for each byte of b, so that the
// table, which Go zeroes on every call, stays small (256 bytes for tokens).
type posMask interface{ ~uint16 | ~uint32 | ~uint64 }

// jaroASCII returns the matches m, the characters out of order t and the
// common prefix (at most 4) of non-empty strings a and b, with len(a) <= 64
// and len(b) no longer than T has bits; ok is false, and the counts
// meaningless, when a or b is not ASCII.
//
// pos[c] holds the positions of byte c in b as a bit mask, so each byte of a
// finds its partner, the first unmatched equal byte of b in its window, as
// the lowest bit of pos[c] & window &^ usedB: a few word operations and no
// branch, whatever the window (whole names have windows of 15 and more).
// Matched positions are kept as bit masks of a and of b; the
// transpositions come from walking the two in order.
func jaroASCII[T posMask](a, b string) (m, t, prefix int, ok bool) {
	la, lb := len(a), len(b)
	var pos [128]T
	var or byte
	bit := T(1)
	for k := 0; k < lb; k++ {
		c := b[k]
		or |= c
		pos[c&127] |= bit
		bit <<= 1
	}
	w := uint(max(la, lb)/2-1) & 63
	if max(la, lb) < 2 {
		w = 0
	}
	// Byte i of a may match positions i-w .. i+w of b. out is the
	// complement of that window: it moves up one position per byte, and
	// gains a low bit (the position that falls out below) from grow, whose
	// bit i is set for i > w. Bits past lb are never set in pos.
	out := ^(uint64(2)<<w - 1)
	grow := out
	var mb uint64
	var sa [64]byte // the matched bytes of a, in order
	n := 0
	for i := 0; i < la; i++ {
		c := a[i]
		or |= c
		// The first free candidate is the lowest zero of s; s+1 sets it,
		// so (s+1) &^ s is that bit alone, or 0 when there is none.
		s := mb | out | ^uint64(pos[c&127])
		x := s + 1
		mb |= x &^ s
		sa[n&63] = c
		if x != 0 {
			n++
		}
		grow >>= 1
		out = out<<1 | grow&1
	}
	if or >= 0x80 {
		return 0, 0, 0, false
	}
	// The matched bytes of b, in order, without a branch per byte (the
	// last writes, past the matches, are never compared).
	var sb [64]byte
	k := 0
	for j := 0; j < lb; j++ {
		sb[k&63] = b[j]
		k += int(mb & 1)
		mb >>= 1
	}
	// Transpositions: the unequal bytes of sa[:n] and sb[:n], eight at a
	// time.
	for off := 0; off < n; off += 8 {
		x := binary.LittleEndian.Uint64(sa[off&56:]) ^ binary.LittleEndian.Uint64(sb[off&56:])
		if rem := n - off; rem < 8 {
			x &= 1<<(8*uint(rem)) - 1
		}
		// High bit of each nonzero byte, counted by a multiply.
		x = ((x&0x7f7f7f7f7f7f7f7f + 0x7f7f7f7f7f7f7f7f) | x) & 0x8080808080808080 >> 7
		t += int(x * 0x0101010101010101 >> 56)
	}
	for prefix < WinklerMaxPrefix && prefix < la && prefix < lb && a[prefix] == b[prefix] {
		prefix++
	}
	return n, t, prefix, true
}

// jaroRunes is the general path. Slices of up to 64 code points are marked on
// the stack; longer ones allocate their marks.
func jaroRunes(a, b []rune) jaroResult {
	la, lb := len(a), len(b)
	r := jaroResult{la: la, lb: lb}
	if la == 0 || lb == 0 {
		return r
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
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-w), min(lb, i+w+1)
		for k := lo; k < hi; k++ {
			if !kb[k] && b[k] == a[i] {
				kb[k], ka[i] = true, true
				r.m++
				break
			}
		}
	}
	if r.m == 0 {
		return r
	}
	k := 0
	for i := 0; i < la; i++ {
		if !ka[i] {
			continue
		}
		for !kb[k] {
			k++
		}
		if a[i] != b[k] {
			r.t++
		}
		k++
	}
	for r.prefix < WinklerMaxPrefix && r.prefix < la && r.prefix < lb && a[r.prefix] == b[r.prefix] {
		r.prefix++
	}
	return r
}

// byteSet maps the bytes of s onto 32 classes (A-Z each their own, other
// bytes folded by value) and returns the set of classes present. Two bytes in
// different classes are never equal, which is all jwUpper needs.
func byteSet(s string) uint32 {
	var set uint32
	for i := 0; i < len(s); i++ {
		set |= 1 << byteClass(s[i])
	}
	return set
}

func byteClass(c byte) uint {
	if c >= 'A' && c <= 'Z' {
		return uint(c - 'A')
	}
	return 26 + uint(c)%6
}

// jwUpper bounds JaroWinkler(a, b) from above for ASCII strings, knowing
// only their byteSets and lengths: each class present in one string and not
// in the other takes at least one character out of the matches. It costs two
// population counts, and lets comparisons skip pairs that cannot matter.
func jwUpper(setA uint32, la int, setB uint32, lb int) float64 {
	if la == 0 || lb == 0 {
		return 0
	}
	m := min(la-bits.OnesCount32(setA&^setB), lb-bits.OnesCount32(setB&^setA))
	if m <= 0 {
		return 0
	}
	j := (float64(m)/float64(la) + float64(m)/float64(lb) + 1) / 3
	if j > WinklerBoostThreshold {
		j += WinklerMaxPrefix * WinklerPrefixScale * (1 - j)
	}
	return j
}
