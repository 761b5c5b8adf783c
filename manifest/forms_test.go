package manifest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/openpiu/piu/internal/pseudonym"
	"github.com/openpiu/piu/watchlist"
)

// ref is a form byte by byte, as LinkPNRs first wrote them: what the forms
// must give. lower and keep say what the form does with a byte of ASCII;
// the runes of the rest are those for which class is keepRunes.
func ref(s string, lower bool, keep func(c byte) bool, class func(rune) bool, keepRunes bool) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			to := unicode.ToUpper
			if lower {
				to = unicode.ToLower
			}
			return string(appendRunes(b, s[i:], class, to, keepRunes))
		}
		if !keep(c) {
			continue
		}
		if lower && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if !lower && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

func notSpace(c byte) bool {
	return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f'
}

func letterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func refFold(s string) string  { return ref(s, false, notSpace, unicode.IsSpace, false) }
func refLower(s string) string { return ref(s, true, notSpace, unicode.IsSpace, false) }
func refAlnum(s string) string { return ref(s, false, letterOrDigit, isAlnum, true) }

func checkForms(t *testing.T, s string) {
	t.Helper()
	if got, want := string(appendFold([]byte("x"), s)), "x"+refFold(s); got != want {
		t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
	}
	if pseudonym.Is(s) {
		return // kept as it is by appendLower and appendAlnum
	}
	if got, want := string(appendLower(nil, s)), refLower(s); got != want {
		t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendAlnum(nil, s)), refAlnum(s); got != want {
		t.Errorf("appendAlnum(%q) = %q, want %q", s, got, want)
	}
}

func TestForms(t *testing.T) {
	for _, s := range []string{"", "VI 4111XXXXXXXX1111 1227", "ABCDEFGH", "ABCDEFGHa", "ABCDEFG a", "abcdefghijklmnop",
		"ABCDEFGH\x00IJ", "ABCDEFGH\xfeIJ", "ABCDEFGH\xffIJ", "\xfe", "ABCDEFGHÉIJ", "ABCDEFG`{@[ZA", "TRAVELLER_1-2@EXAMPLE.ORG",
		"12 Rue de l'Église", "ABCDEFGH\tIJKLMNOP\u00a0Q", "!!!!!!!!!!!!!!!!!", "\x20\x21\x1f\x7f\x7f\x7f\x7f\x7f\x7f"} {
		checkForms(t, s)
	}
	// Strings of the bytes at the edges of each class, eight-byte words
	// of them in every mix.
	alphabet := []byte("\x00\x08\x09\x0d\x0e\x1f\x20\x21@AZ[`az{\x7f\x80\xc3\xa9\xfe\xff09")
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = alphabet[r.IntN(len(alphabet))]
			} else {
				b[i] = 'A' + byte(r.IntN(26))
			}
		}
		checkForms(t, string(b))
	}
}

func FuzzForms(f *testing.F) {
	f.Add("VI 4111XXXXXXXX1111 1227")
	f.Add("ABCDEFGHÉIJ")
	f.Fuzz(checkForms)
}

func checkDocNumber(t *testing.T, s string) {
	t.Helper()
	var buf [maxDocument]byte
	if got, want := string(docNumber(&buf, s)), watchlist.NormalizeDocumentNumber(s); got != want {
		t.Errorf("docNumber(%q) = %q, watchlist gives %q", s, got, want)
	}
}

// TestDocNumber: docNumber is watchlist.NormalizeDocumentNumber without the
// allocation.
func TestDocNumber(t *testing.T) {
	for _, s := range []string{"", "-", "X1234567", "x 123-oi", "ÖI0", strings.Repeat("A", 48), strings.Repeat("A", 49),
		strings.Repeat("A-", 48)} {
		checkDocNumber(t, s)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		checkDocNumber(t, string(b))
	}
}

func FuzzDocNumber(f *testing.F) {
	f.Add("x 123-oi")
	f.Fuzz(checkDocNumber)
}
