package fuzzymatch

import (
	"strings"
	"sync"
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

// toUpper is upper.String with a fast path for ASCII text, which full
// Unicode upper-casing maps as A-Z do (no language is set), without a
// copy when the text is upper case already.
func toUpper(s string) string {
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return upper.String(s)
		}
		lower = lower || c >= 'a' && c <= 'z'
	}
	if !lower {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// stripMarks decomposes and removes combining marks: the "simple" reading of
// diacritics (Ä → A, Ç → C). ASCII text has none and is returned as it is;
// other text goes through a pooled transformer, as building the chain is
// most of the cost of a call.
func stripMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	t := stripPool.Get().(transform.Transformer)
	out, _, err := transform.String(t, s) // transform.String resets t first
	stripPool.Put(t)
	if err != nil {
		return s
	}
	return out
}

var stripPool = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// stripTableEnd bounds the code points whose stripMarks reading is kept in
// a table: Latin, Greek, Cyrillic and the other alphabetic blocks up to the
// Latin Extended Additional and Greek Extended blocks (U+1E00-U+1FFF), where
// nearly every letter with a diacritic lives.
const stripTableEnd = 0x2000

// stripTable holds stripMarks(string(r)) for r below stripTableEnd, built
// once on first use (some 8,000 code points, a few milliseconds).
var stripTable = sync.OnceValue(func() []string {
	t := make([]string, stripTableEnd)
	for r := rune(0); r < stripTableEnd; r++ {
		t[r] = stripMarks(string(r))
	}
	return t
})

// stripRune returns stripMarks(string(r)).
func stripRune(r rune) string {
	if r >= 0 && r < stripTableEnd {
		return stripTable()[r]
	}
	return stripMarks(string(r))
}

// splitWords cuts a raw name into words. Letters, digits and combining marks
// (Mn, Mc, Me: accents, and the vowel signs of Devanagari, Bengali, Thai,
// ..., which are spacing marks, Mc, and must stay inside their word) make up words;
// apostrophes and similar marks inside a word are dropped (O'BRIEN →
// OBRIEN); everything else separates words. Hyphens are remembered so that
// compound names can be joined again. Words are appended to dst.
func splitWords(dst []rawWord, raw string) []rawWord {
	if out, ok := splitWordsASCII(dst, raw); ok {
		return out
	}
	return splitWordsUnicode(dst, raw)
}

// splitWordsUnicode is splitWords for any text. It is a little over 80
// lines because a word is kept as a substring of raw until a character
// inside it is dropped or rewritten (keep, write and flush share that
// state as closures).
func splitWordsUnicode(dst []rawWord, raw string) (out []rawWord) {
	out = dst
	if len(raw) > maxRawBytes {
		cut := maxRawBytes
		for cut > 0 && !utf8.RuneStart(raw[cut]) {
			cut--
		}
		raw = raw[:cut]
	}
	if !isNFKC(raw) {
		raw = norm.NFKC.String(raw)
	}
	// A word is a substring of raw unless a character inside it was
	// dropped or rewritten; then it is copied into b from that point on.
	var b strings.Builder
	start, end := -1, -1 // raw[start:end] is the word so far, if not copied
	copied := false
	hyphen := false
	seps := 0         // separator characters since the last word
	tightSep := false // the only separator was '.' or '/'
	dotted := false   // the word ends with '.'
	empty := func() bool { return start < 0 && !copied }
	flush := func(nextHyphen bool) {
		if !empty() {
			text := b.String()
			if !copied {
				text = raw[start:end]
			}
			out = append(out, rawWord{text: text, hyphen: hyphen, tight: seps == 1 && tightSep, dotted: dotted})
			b.Reset()
			start, end, copied = -1, -1, false
			seps = 0
		}
		hyphen = nextHyphen
	}
	// keep adds raw[i:i+size] to the word; write adds r instead.
	keep := func(i, size int) {
		switch {
		case copied:
			b.WriteString(raw[i : i+size])
		case start < 0:
			start, end = i, i+size
		case end == i:
			end += size
		default:
			b.WriteString(raw[start:end])
			b.WriteString(raw[i : i+size])
			copied = true
		}
	}
	write := func(r rune) {
		if !copied {
			if start >= 0 {
				b.WriteString(raw[start:end])
			}
			copied = true
		}
		b.WriteRune(r)
	}
	for i, r := range raw {
		size := utf8.RuneLen(r) // U+FFFD read for an invalid byte is a separator, never kept
		switch {
		case isWordRune(r):
			if empty() && len(out) == 0 {
				seps = 0
			}
			keep(i, size)
			continue
		case r == '׳' || r == '״':
			keep(i, size) // Hebrew geresh marks a sound (ג׳ → J)
			continue
		case isApostrophe(r) && !empty() && lastIsHebrew(wordSoFar(&b, raw, start, end, copied)):
			write('׳') // an apostrophe used as a Hebrew geresh
			continue
		case isApostrophe(r) || r == zwnj || r == zwj:
			// dropped inside a word: O'BRIEN, D'ALEMBERT, 'ABD; the zero
			// width joiners only choose glyphs (වික්‍රම, a Sinhala conjunct)
		case r == '-' || r == '‐' || r == '‑' || r == '–':
			flush(!empty() || len(out) > 0)
		default:
			dotted = r == '.' && !empty()
			flush(false)
			dotted = false
		}
		seps++
		tightSep = r == '.' || r == '/'
	}
	flush(false)
	return out
}

// wordSoFar is the word splitWords is reading.
func wordSoFar(b *strings.Builder, raw string, start, end int, copied bool) string {
	if copied {
		return b.String()
	}
	if start < 0 {
		return ""
	}
	return raw[start:end]
}

const zwnj, zwj = '\u200C', '\u200D'

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
func latinForms(p *prepScratch, w string) []string {
	u := toUpper(w)
	ascii := true
	for i := 0; i < len(u); i++ {
		if u[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		forms := carve(&p.strs, 2)
		if d := digitsAsLetters(u); d != "" {
			return append(forms, u, d)
		}
		return append(forms, u)
	}
	var ib, sb [64]byte
	icao, simple := ib[:0], sb[:0]
	for _, r := range u {
		if r < utf8.RuneSelf {
			icao, simple = append(icao, byte(r)), append(simple, byte(r))
			continue
		}
		if e, ok := icaoLatin[r]; ok {
			icao, simple = append(icao, e.icao...), append(simple, e.simple...)
			continue
		}
		for _, c := range stripRune(r) {
			if c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
				icao, simple = append(icao, byte(c)), append(simple, byte(c))
			}
		}
	}
	return dedupe(append(carve(&p.strs, 2), p.str(icao), p.str(simple)))
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

// splitWordsASCII is splitWords for a raw name that is all ASCII (nearly
// every airline name and most list names), which NFKC leaves as it is and
// in which every word is a substring of raw: it gives the same words
// without the normalisation and the per-rune Unicode tests. It reports
// false, having appended nothing, when raw is not all ASCII or has an
// apostrophe inside a word (O'BRIEN, which splitWords copies without it).
func splitWordsASCII(dst []rawWord, raw string) ([]rawWord, bool) {
	if len(raw) > maxRawBytes {
		raw = raw[:maxRawBytes] // every ASCII byte starts a code point
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] >= utf8.RuneSelf {
			return dst, false
		}
	}
	out := dst
	start, end := -1, -1 // raw[start:end] is the word so far
	hyphen := false
	seps := 0         // separator characters since the last word
	tightSep := false // the only separator was '.' or '/'
	dotted := false   // the word ends with '.'
	flush := func(nextHyphen bool) {
		if start >= 0 {
			out = append(out, rawWord{text: raw[start:end], hyphen: hyphen, tight: seps == 1 && tightSep, dotted: dotted})
			start, end = -1, -1
			seps = 0
		}
		hyphen = nextHyphen
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			switch {
			case start < 0:
				if len(out) == 0 {
					seps = 0
				}
				start, end = i, i+1
			case end == i:
				end++
			default:
				return dst, false // a letter after a dropped apostrophe
			}
			continue
		case c == '\'' || c == '`':
			// dropped inside a word, as splitWords does
		case c == '-':
			flush(start >= 0 || len(out) > 0)
		default:
			dotted = c == '.' && start >= 0
			flush(false)
			dotted = false
		}
		seps++
		tightSep = c == '.' || c == '/'
	}
	flush(false)
	return out, true
}
