package privacy

import (
	"testing"
	"testing/quick"
)

// encodePseudonym writes what base32 writes, for any id.
func TestEncodePseudonym(t *testing.T) {
	f := func(id [pseudonymID]byte) bool {
		var b [pseudonymLen]byte
		encodePseudonym(&b, &id)
		back, ok := parsePseudonym(string(b[:]))
		return string(b[:]) == "="+b32.EncodeToString(id[:]) && ok && back == id
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 20000}); err != nil {
		t.Error(err)
	}
	for i, c := range categories {
		if categoryIndex(c) != i {
			t.Errorf("categoryIndex(%s) = %d, want %d", c, categoryIndex(c), i)
		}
	}
}
