package textsafe

import "testing"

func TestBidi(t *testing.T) {
	for _, r := range []rune{0x202a, 0x202e, 0x2066, 0x2069, 0x200e, 0x200f, 0x061c} {
		if !Bidi(r) {
			t.Errorf("U+%04X is a bidi control", r)
		}
	}
	for _, r := range []rune{'A', 'й', 'ا', 0x2029, 0x202f, 0x2065, 0x206a, 0x200d} {
		if Bidi(r) {
			t.Errorf("U+%04X is not a bidi control", r)
		}
	}
}
