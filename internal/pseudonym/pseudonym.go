// Package pseudonym recognises the pseudonyms privacy.Masker writes for
// masked values ("=" and 16 base32 characters), for the packages below
// privacy that must treat them apart: manifest compares them verbatim when
// linking PNRs, so that link analysis works on depersonalised data.
package pseudonym

// Len is a pseudonym's length, Mark its first byte.
const (
	Len  = 17
	Mark = '='
)

// Is reports whether s is a pseudonym.
func Is(s string) bool {
	if len(s) != Len || s[0] != Mark {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !base32(s[i]) {
			return false
		}
	}
	return true
}

// Holds reports whether s is or holds a pseudonym: a value built from
// masked parts, as manifest's link values are ("VI =ABC... =DEF...").
func Holds(s string) bool {
	for i := 0; i+Len <= len(s); i++ {
		if s[i] != Mark {
			continue
		}
		if Is(s[i:i+Len]) && (i+Len == len(s) || !base32(s[i+Len])) {
			return true
		}
	}
	return false
}

func base32(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '2' && c <= '7' }
