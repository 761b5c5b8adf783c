package decimal

import "testing"

func TestUint(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int
		ok bool
	}{
		{"0", 0, true}, {"007", 7, true}, {"123456789012345678", 123456789012345678, true},
		{"", 0, false}, {"1234567890123456789", 0, false}, {"-1", 0, false}, {"+1", 0, false},
		{" 1", 0, false}, {"1a", 0, false}, {"١", 0, false},
	} {
		if n, ok := Uint(c.in); n != c.n || ok != c.ok {
			t.Errorf("Uint(%q) = %d, %v; want %d, %v", c.in, n, ok, c.n, c.ok)
		}
	}
}
