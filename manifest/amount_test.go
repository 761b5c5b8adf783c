package manifest

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func checkAmount(t *testing.T, s string) {
	t.Helper()
	want, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	wantOK := err == nil && !math.IsInf(want, 0) && !math.IsNaN(want)
	got, ok := amount(s)
	if ok != wantOK || ok && math.Float64bits(got) != math.Float64bits(want) {
		t.Errorf("amount(%q) = %v, %v; ParseFloat gives %v, %v", s, got, ok, want, wantOK)
	}
}

func TestAmount(t *testing.T) {
	for _, s := range []string{"", "0", "-0", "+0", "-0.00", "123.45", " 123.45 ", "1.", ".5", "5.", "1e3", "1_000", "0x10",
		"999999999999999", "9999999999999999", "0.000000000000001", "0.1", "0.3", "-2.675", "1.2.3", "+", "-", ".", "NaN", "Inf",
		"123456789012345", "12345678901234.5", "1234567890123456.7", "00000000000000001", "1,5"} {
		checkAmount(t, s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		m := r.Uint64N(1 << 50)
		s := strconv.FormatUint(m, 10)
		if k := r.IntN(len(s) + 1); k < len(s) {
			s = s[:k] + "." + s[k:]
		}
		if r.IntN(3) == 0 {
			s = "-" + s
		}
		checkAmount(t, s)
	}
}

func FuzzAmount(f *testing.F) {
	f.Add("123.45")
	f.Add("-0.1")
	f.Fuzz(checkAmount)
}
