// Package decimal reads the unsigned decimal numbers of the message formats
// (counts, dates, times): ASCII digits only, no sign, no spaces, which
// strconv.Atoi does not promise.
package decimal

// Uint returns the value of s, one to 18 ASCII digits (what an int64 holds);
// ok is false for anything else.
func Uint(s string) (n int, ok bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
