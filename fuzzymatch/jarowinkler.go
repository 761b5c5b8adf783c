package fuzzymatch

import (
	"math/bits"
	"unicode/utf8"
)

// Jaro-Winkler parameters, as in Winkler's original (1990) definition.
const (
	// winklerPrefixScale is the weight p given to each common prefix character.
	winklerPrefixScale = 0.1
	// winklerMaxPrefix is the longest common prefix that earns the bonus.
	winklerMaxPrefix = 4
	// winklerBoostThreshold is the Jaro similarity above which the prefix
	// bonus is applied.
	winklerBoostThreshold = 0.7
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
		case lb <= 8:
			m, t, p, ok = jaroASCII[uint8](a, b)
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
	// The bonus goes to (m/la + m/lb + (m-t/2)/m)/3 > 0.7, decided exactly.
	// j is within 1e-15 of that rational, which, unless it is 0.7, is at
	// least 1/(30·64³) > 1e-7 away from 0.7: the float test settles every
	// case but equality, and the integer test is exact.
	if p == 0 || j < winklerBoostThreshold-1e-9 {
		return j
	}
	if j > winklerBoostThreshold+1e-9 || 10*(m*m*lb+m*m*la+(m-t/2)*la*lb) > 21*la*lb*m {
		return j + float64(p)*winklerPrefixScale*(1-j)
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
	return j + float64(r.prefix)*winklerPrefixScale*(1-j)
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

// isASCIIWords is isASCII eight bytes at a time.
func isASCIIWords(s string) bool {
	var or uint64
	for len(s) >= 8 {
		or |= le64(s)
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		or |= uint64(s[i])
	}
	return or&0x8080808080808080 == 0
}

// le64 reads the first eight bytes of s as a little-endian word (the
// compiler combines the byte loads into one).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
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
// table, which Go zeroes on every call, stays small (128 bytes for short tokens).
type posMask interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

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
	if !isASCIIWords(a) || !isASCIIWords(b) {
		return 0, 0, 0, false
	}
	var pos [128]T
	bit := T(1)
	for k := 0; k < lb; k++ {
		pos[b[k]&127] |= bit
		bit <<= 1
	}
	w := uint(max(la, lb)/2-1) & 63
	if max(la, lb) < 2 {
		w = 0
	}
	// Byte i of a may match positions i-w .. i+w of b. out is the
	// complement of that window: it moves up one position per byte, and
	// gains a low bit (the position that falls out below) from the top of
	// grow, whose bit 63-i is set for i >= w: ADD and ADC. Bits past lb are
	// never set in pos.
	out := ^(uint64(2)<<w - 1)
	grow := ^uint64(0) >> w
	var mb uint64
	var sa [64]byte // the matched bytes of a, in order
	n := 0
	for i := 0; i < la; i++ {
		c := a[i]
		// The first free candidate is the lowest zero of s; s+1 sets it,
		// so (s+1) &^ s is that bit alone, or 0 when there is none (and
		// then s+1 carries out).
		s := (out | ^uint64(pos[c&127])) | mb
		x, none := bits.Add64(s, 1, 0)
		mb |= x &^ s
		sa[n&63] = c
		n += 1 - int(none)
		var carry uint64
		grow, carry = bits.Add64(grow, grow, 0)
		out, _ = bits.Add64(out, out, carry)
	}
	// Transpositions: walk b, comparing each matched byte with the next
	// matched byte of a, without a branch per byte.
	k := 0
	for j := 0; j < lb; j++ {
		f := int(mb & 1)
		mb >>= 1
		if sa[k&63] != b[j] {
			t += f
		}
		k += f
	}
	for prefix < winklerMaxPrefix && prefix < la && prefix < lb && a[prefix] == b[prefix] {
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
	for r.prefix < winklerMaxPrefix && r.prefix < la && r.prefix < lb && a[r.prefix] == b[r.prefix] {
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
	if j > winklerBoostThreshold {
		j += winklerMaxPrefix * winklerPrefixScale * (1 - j)
	}
	return j
}
