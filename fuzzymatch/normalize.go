package fuzzymatch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxRawBytes bounds the input that Prepare reads: names longer than this are
// cut (at a code point boundary) so that hostile input cannot make
// preparation slow.
const maxRawBytes = 1024

// word is one run of letters and digits from the raw name, before token rules
// (titles, particles) apply.
type word struct {
	forms    []string // Latin readings, uppercase ASCII, primary first
	script   script   // the script the word was written in
	hyphen   bool     // the word was joined to the previous one by a hyphen
	dotted   bool     // the word was followed by a full stop (J. SMITH)
	initial  bool     // a one-letter word that stands for a name (see markInitials)
	particle bool     // a name particle (set by the token rules)
	tight    bool     // see rawWord
	joined   []string // readings with the preceding particles joined (BASHIR → ALBASHIR)
	guess    string   // a reading that guesses an appended airline title (WILLIA of WILLIAMS: MS), or ""
	seg      uint8    // filiation segment: incremented after BIN, IBN, BINT, ...
}

// upper is the case mapping used for Latin text: full Unicode upper-casing,
// so that ß becomes SS and ŉ becomes ʼN.
var upper = cases.Upper(language.Und)

// stripMarks decomposes and removes combining marks: the "simple" reading of
// diacritics (Ä → A, Ç → C).
func stripMarks(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// splitWords cuts a raw name into words. Letters, digits and combining marks
// (Mn, Mc, Me: accents, and the vowel signs of Devanagari, Bengali, Thai,
// ..., which are spacing marks, Mc, and must stay inside their word) make up words;
// apostrophes and similar marks inside a word are dropped (O'BRIEN →
// OBRIEN); everything else separates words. Hyphens are remembered so that
// compound names can be joined again.
func splitWords(raw string) (out []rawWord) {
	if len(raw) > maxRawBytes {
		cut := maxRawBytes
		for cut > 0 && !utf8.RuneStart(raw[cut]) {
			cut--
		}
		raw = raw[:cut]
	}
	raw = norm.NFKC.String(raw)
	var b strings.Builder
	hyphen := false
	seps := 0         // separator characters since the last word
	tightSep := false // the only separator was '.' or '/'
	dotted := false   // the word ends with '.'
	flush := func(nextHyphen bool) {
		if b.Len() > 0 {
			out = append(out, rawWord{text: b.String(), hyphen: hyphen, tight: seps == 1 && tightSep, dotted: dotted})
			b.Reset()
			seps = 0
		}
		hyphen = nextHyphen
	}
	for _, r := range raw {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
			if b.Len() == 0 && len(out) == 0 {
				seps = 0
			}
			b.WriteRune(r)
			continue
		case r == '׳' || r == '״':
			b.WriteRune(r) // Hebrew geresh marks a sound (ג׳ → J)
			continue
		case isApostrophe(r) && b.Len() > 0 && lastIsHebrew(b.String()):
			b.WriteRune('׳') // an apostrophe used as a Hebrew geresh
			continue
		case isApostrophe(r):
			// dropped inside a word: O'BRIEN, D'ALEMBERT, 'ABD
		case r == '-' || r == '‐' || r == '‑' || r == '–':
			flush(b.Len() > 0 || len(out) > 0)
		default:
			dotted = r == '.' && b.Len() > 0
			flush(false)
			dotted = false
		}
		seps++
		tightSep = r == '.' || r == '/'
	}
	flush(false)
	return out
}

type rawWord struct {
	text   string
	hyphen bool
	tight  bool // separated from the previous word by a single '.' or '/' only (A.B.C., A/S)
	dotted bool // followed by '.'
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʹ', 'ʾ', 'ʿ', '′':
		return true
	}
	return false
}

// latinForms returns the readings of a Latin word: the ICAO Doc 9303 Part 3
// reading (Ä → AE, Ø → OE, ß → SS, ...) and the simple reading (marks
// stripped), primary first. Both are uppercase ASCII letters and digits;
// characters with no Latin reading are dropped.
func latinForms(w string) []string {
	u := upper.String(w)
	ascii := true
	for i := 0; i < len(u); i++ {
		if u[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if d := digitsAsLetters(u); d != "" {
			return []string{u, d}
		}
		return []string{u}
	}
	var icao, simple strings.Builder
	for _, r := range u {
		if r < utf8.RuneSelf {
			icao.WriteRune(r)
			simple.WriteRune(r)
			continue
		}
		if e, ok := icaoLatin[r]; ok {
			icao.WriteString(e.icao)
			simple.WriteString(e.simple)
			continue
		}
		s := stripMarks(string(r))
		for _, c := range s {
			if c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
				icao.WriteRune(c)
				simple.WriteRune(c)
			}
		}
	}
	return dedupe([]string{icao.String(), simple.String()})
}

// dedupe removes empty and repeated strings, keeping the first occurrence.
func dedupe(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if s == "" {
			continue
		}
		dup := false
		for _, t := range out {
			if t == s {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

func lastIsHebrew(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Hebrew, r)
}

// digitsAsLetters reads digits inside a word of letters as the letters they
// are mistaken for by OCR of documents and by typists (SECH1N → SECHIN,
// I9OR → IGOR). It returns "" for words that are all letters or all digits.
func digitsAsLetters(u string) string {
	letters, digits := 0, 0
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	if letters < 2 || digits == 0 || digits > letters {
		return ""
	}
	const look = "OIZEASGTBG" // 0 1 2 3 4 5 6 7 8 9
	b := []byte(u)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = look[c-'0']
		}
	}
	return string(b)
}
