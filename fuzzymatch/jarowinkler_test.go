package fuzzymatch

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// refJaroCounts is the textbook matching, written for clarity and nothing
// else: code points, a flag per character, a linear window scan.
func refJaroCounts(a, b string) jaroResult {
	ra, rb := []rune(a), []rune(b)
	r := jaroResult{la: len(ra), lb: len(rb), same: a == b}
	w := max(max(len(ra), len(rb))/2-1, 0)
	fa, fb := make([]bool, len(ra)), make([]bool, len(rb))
	for i := range ra {
		for k := max(0, i-w); k <= min(len(rb)-1, i+w); k++ {
			if !fb[k] && ra[i] == rb[k] {
				fa[i], fb[k] = true, true
				r.m++
				break
			}
		}
	}
	var ma, mb []rune
	for i, f := range fa {
		if f {
			ma = append(ma, ra[i])
		}
	}
	for k, f := range fb {
		if f {
			mb = append(mb, rb[k])
		}
	}
	for i := range ma {
		if ma[i] != mb[i] {
			r.t++
		}
	}
	for r.prefix < winklerMaxPrefix && r.prefix < len(ra) && r.prefix < len(rb) && ra[r.prefix] == rb[r.prefix] {
		r.prefix++
	}
	return r
}

// randomJaroString draws from a small alphabet, so that random pairs share
// characters and exercise the window, repeats and transpositions. A quarter
// of the strings mix in non-ASCII, invalid UTF-8, NUL and DEL.
func randomJaroString(r *rand.Rand) string {
	ascii := []string{"A", "B", "M", "N", "O", " ", "-", "\x00", "\x7f", "Z"}
	other := []string{"Ü", "Ж", "\xff", "é", "Ω"}
	alpha := ascii[:2+r.IntN(len(ascii)-2)]
	if r.IntN(4) == 0 {
		alpha = append(alpha[:len(alpha):len(alpha)], other...)
	}
	var sb strings.Builder
	for range r.IntN(72) {
		sb.WriteString(alpha[r.IntN(len(alpha))])
	}
	return sb.String()
}

// The fast paths against the reference: the same counts, hence the same
// value to the bit (both go through jaroResult's arithmetic or the identical
// expression in jaroWinklerFrom), on random pairs of every length up to 72
// bytes, ASCII and not.
func TestJaroWinklerMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 1990))
	n := 100000
	if testing.Short() {
		n = 20000
	}
	for i := range n {
		a := randomJaroString(r)
		b := randomJaroString(r)
		if i%3 == 0 && len(a) > 1 {
			// Near pairs: one edit apart.
			j := r.IntN(len(a) - 1)
			b = a[:j] + a[j+1:j+2] + a[j:j+1] + a[j+2:]
		}
		ref := refJaroCounts(a, b)
		want := ref.jaroWinkler()
		if got := JaroWinkler(a, b); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("JaroWinkler(%q, %q) = %v, reference %v (%+v)", a, b, got, want, ref)
		}
		if got, want := Jaro(a, b), ref.jaro(); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Jaro(%q, %q) = %v, reference %v", a, b, got, want)
		}
		if ref.same || len(a) == 0 || len(b) == 0 || len(a) > 64 || len(b) > 64 {
			continue
		}
		m, tr, p, ok := jaroASCII[uint64](a, b)
		if ascii := isASCII(a) && isASCII(b); ok != ascii {
			t.Fatalf("jaroASCII(%q, %q): ok %v, ASCII %v", a, b, ok, ascii)
		}
		if ok && (m != ref.m || tr != ref.t || p != ref.prefix) {
			t.Fatalf("jaroASCII(%q, %q) = m %d t %d p %d, reference %+v", a, b, m, tr, p, ref)
		}
	}
}

// Each table width gives the same counts as the widest.
func TestJaroASCIIWidths(t *testing.T) {
	words := []string{"A", "AB", "BA", "MARTHA", "MARHTA", "DWAYNE", "DUANE", "AAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAB",
		"ABCDEFGH", "HGFEDCBA", "ABCDEFGHIJKLMNOP", "PONMLKJIHGFEDCBA", "MOHAMMED ABDELKARIM AL", "MUHAMMAD ABD AL KARIM AL BASHIR X"}
	for _, a := range words {
		for _, b := range words {
			m, tr, p, _ := jaroASCII[uint64](a, b)
			if len(b) <= 32 {
				if m2, t2, p2, _ := jaroASCII[uint32](a, b); m2 != m || t2 != tr || p2 != p {
					t.Errorf("%q %q: uint32 %d %d %d, uint64 %d %d %d", a, b, m2, t2, p2, m, tr, p)
				}
			}
			if len(b) <= 8 {
				if m2, t2, p2, _ := jaroASCII[uint8](a, b); m2 != m || t2 != tr || p2 != p {
					t.Errorf("%q %q: uint8 %d %d %d, uint64 %d %d %d", a, b, m2, t2, p2, m, tr, p)
				}
			}
			if len(b) <= 16 {
				if m2, t2, p2, _ := jaroASCII[uint16](a, b); m2 != m || t2 != tr || p2 != p {
					t.Errorf("%q %q: uint16 %d %d %d, uint64 %d %d %d", a, b, m2, t2, p2, m, tr, p)
				}
			}
		}
	}
}
