package fuzzymatch

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// Scripts without a table of their own (Devanagari, Bengali, Tamil, Thai,
// Ethiopic, Tibetan, Sinhala, Khmer, ...) are read letter by letter from
// their Unicode names (translit_names.go). Two rules make the readings of
// the Brahmic scripts closer to passport spellings (see brahmicForms), Thai
// vowels written before their consonant are read after it, and Khmer ប៉ is
// P. A letter whose name says no sound is read by the last word of its name
// (ADLAM SMALL LETTER ALIF → ALIF), and a letter whose name says nothing (a
// Tangut ideograph) by its code point (U17000), so that no word is left
// without a token and the same word written alike still matches.

// fallbackForms returns the readings of a word in a script without a table.
func fallbackForms(w string) []string {
	rs := []rune(w)
	if len(rs) == 0 {
		return nil
	}
	if isBrahmic(rs[0]) || nameKindOf(rs[0]) == kindAbugida {
		return abugidaForms(rs)
	}
	if unicode.Is(unicode.Thai, rs[0]) || unicode.Is(unicode.Lao, rs[0]) {
		rs = thaiLogicalOrder(rs)
	}
	return dedupe([]string{asciiReading(rs)})
}

// asciiReading reads each rune by the fallback tables, keeping A-Z and 0-9.
func asciiReading(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		writeASCII(&b, runeReading(r))
	}
	return b.String()
}

// The Khmer sign MUUSIKATOAN turns BA into PA, a letter Khmer lacks.
const khmerBa, khmerMuusikatoan = 0x1794, 0x17C9

// runeReading is the fallback reading of one rune: its digit, the sound
// its Unicode name gives (nameReading), else the last word of its name for
// letters, else its code point for letters whose name ends in a number.
func runeReading(r rune) string {
	if r < 0x80 {
		return string(r)
	}
	if s, ok := runeReadings.Load(r); ok {
		return s.(string)
	}
	s := readRune(r)
	runeReadings.Store(r, s)
	return s
}

// runeReadings memoises readRune: reading a name costs a microsecond, and
// the letters of the scripts read here are a few thousand.
var runeReadings sync.Map // rune → string

func readRune(r rune) string {
	if unicode.IsDigit(r) {
		return digitReading(r)
	}
	if u := nameReading(r); u != "" {
		return u
	}
	if !unicode.IsLetter(r) || unicode.In(r, unicode.Common, unicode.Inherited) {
		return "" // modifier letters (ʼ ˈ) and marks that are no sound
	}
	name := runenames.Name(r)
	if strings.HasPrefix(name, "<") { // <CJK Ideograph>, <Tangut Ideograph>: no sound
		return fmt.Sprintf("U%X", r)
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	// TIBETAN LETTER -A → A; TANGUT IDEOGRAPH-17000 names no sound.
	if strings.ContainsFunc(name, unicode.IsDigit) {
		return fmt.Sprintf("U%X", r)
	}
	name = strings.Map(func(c rune) rune {
		if c >= 'A' && c <= 'Z' {
			return c
		}
		return -1
	}, name)
	if name == "" {
		return fmt.Sprintf("U%X", r)
	}
	return name
}

func isASCIIAlnum(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// writeASCII writes the letters and digits of s, upper-cased.
func writeASCII(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteByte(c)
		}
	}
}

// The Brahmic scripts of India share one layout (the ISCII order of
// Unicode's blocks U+0900-U+0D7F, 128 code points each): consonants at
// offsets 0x15-0x39 and 0x58-0x5F, independent vowels at 0x05-0x14,
// dependent vowel signs at 0x3E-0x4C, 0x55-0x57 and 0x62-0x63, the nukta
// at 0x3C and the virama at 0x4D. Long vowels are written single, as
// passports write them (AA → A, II → I, UU → U); the other abugidas
// (Sinhala, Tibetan, Myanmar, Khmer, Javanese, ...) are read by the
// Unicode names of their characters (readAbugidaChar).
func isBrahmic(r rune) bool { return r >= 0x0900 && r < 0x0D80 }

func brahmicOffset(r rune) rune { return (r - 0x0900) % 0x80 }

func brahmicConsonant(r rune) bool {
	o := brahmicOffset(r)
	return isBrahmic(r) && (o >= 0x15 && o <= 0x39 || o >= 0x58 && o <= 0x5F)
}

// brahmicPassport are the consonants that passports spell otherwise than
// Unicode names them (after ISO 15919: च C, ट TT, ष SS): by offset in the
// block, the spelling of Indian passports (retroflex and dental alike).
var brahmicPassport = map[rune]string{
	0x1A: "CH", 0x1B: "CHH", 0x1F: "T", 0x20: "TH", 0x21: "D", 0x22: "DH", 0x23: "N", 0x29: "N",
	0x31: "R", 0x33: "L", 0x34: "L", 0x37: "SH",
}

// abugidaForms reads a word of an abugida: each consonant with its
// inherent vowel where no vowel sign, virama or subjoined consonant
// follows it. Two readings: without the word-final inherent vowel after a
// single consonant, as Hindi, Khmer and most northern languages of India
// speak it (RAM, NARENDRA MODI, POT), and with it (RAMA), as Sanskrit and
// the southern languages keep it.
func abugidaForms(rs []rune) []string {
	var spoken, full strings.Builder
	for i, r := range rs {
		c := abugidaCharOf(r)
		if r == khmerBa && i+1 < len(rs) && rs[i+1] == khmerMuusikatoan {
			c.text = "P" // ប៉ is P: ប៉ុល ពត, POL POT
		}
		writeASCII(&spoken, c.text)
		writeASCII(&full, c.text)
		if c.role != roleConsonant && c.role != roleMedial {
			continue
		}
		j := i + 1
		for j < len(rs) && abugidaCharOf(rs[j]).role == roleTransparent {
			j++ // nukta, tone marks: the consonant goes on
		}
		if j < len(rs) {
			if next := abugidaCharOf(rs[j]).role; next == roleVowelSign || next == roleKiller || next == roleMedial {
				continue
			}
		}
		full.WriteString(c.inherent)
		// The final inherent vowel is spoken after a conjunct (नरेंद्र
		// NARENDRA, मित्र MITRA), not after a single consonant (राम RAM).
		if j < len(rs) || c.role == roleMedial || i >= 2 && abugidaCharOf(rs[i-1]).role == roleKiller {
			spoken.WriteString(c.inherent)
		}
	}
	return dedupe([]string{spoken.String(), full.String()})
}

// syllableRole is what a character does in an abugida's syllable.
type syllableRole uint8

const (
	roleOther       syllableRole = iota // a sign with a sound of its own (anusvara N)
	roleConsonant                       // a consonant with its inherent vowel
	roleMedial                          // a consonant sign or subjoined consonant: the vowel follows it
	roleVowel                           // an independent vowel
	roleVowelSign                       // a dependent vowel: it replaces the inherent one
	roleKiller                          // a virama or its equivalent: it removes it
	roleTransparent                     // a nukta, tone or series mark: the consonant goes on
)

type abugidaChar struct {
	text     string
	role     syllableRole
	inherent string // of a consonant: A, or O (Khmer's second series)
}

var abugidaChars sync.Map // rune → abugidaChar

func abugidaCharOf(r rune) abugidaChar {
	if c, ok := abugidaChars.Load(r); ok {
		return c.(abugidaChar)
	}
	c := readAbugidaChar(r)
	abugidaChars.Store(r, c)
	return c
}

// readAbugidaChar reads r by the block layout of the Indian scripts, with
// the passport spellings of their consonants, and r of the other abugidas
// by its Unicode name.
func readAbugidaChar(r rune) abugidaChar {
	s := runeReading(r)
	if isBrahmic(r) {
		switch o := brahmicOffset(r); {
		case brahmicConsonant(r):
			if p, ok := brahmicPassport[o]; ok {
				s = p
			}
			return abugidaChar{s, roleConsonant, "A"}
		case o == 0x3C:
			return abugidaChar{s, roleTransparent, ""}
		case o == 0x4D:
			return abugidaChar{s, roleKiller, ""}
		case o >= 0x05 && o <= 0x14:
			return abugidaChar{shortVowel(s), roleVowel, ""}
		case o >= 0x3E && o <= 0x4C || o >= 0x55 && o <= 0x57 || o == 0x62 || o == 0x63:
			return abugidaChar{shortVowel(s), roleVowelSign, ""}
		}
		return abugidaChar{s, roleOther, ""}
	}
	n, ok := parseName(r)
	switch {
	case !ok:
		return abugidaChar{s, roleOther, ""}
	case n.mark && n.vowelSign:
		return abugidaChar{shortVowel(s), roleVowelSign, ""}
	case n.mark && n.consonantSgn:
		_, v := n.consonant(n.core[len(n.core)-1])
		return abugidaChar{s, roleMedial, v}
	case n.mark && n.killer:
		return abugidaChar{"", roleKiller, ""}
	case n.mark && s == "":
		return abugidaChar{"", roleTransparent, ""}
	case n.mark:
		return abugidaChar{s, roleOther, ""}
	}
	if _, v := n.consonant(n.core[len(n.core)-1]); v != "" {
		return abugidaChar{s, roleConsonant, v}
	}
	if s != "" && isVowelLetter(s[0]) {
		return abugidaChar{shortVowel(s), roleVowel, ""}
	}
	return abugidaChar{s, roleOther, ""}
}

// shortVowel writes a long vowel sign's reading single (aa → a).
func shortVowel(s string) string {
	switch strings.ToLower(s) {
	case "aa":
		return "a"
	case "ii":
		return "i"
	case "uu":
		return "u"
	case "oo":
		return "o"
	case "ee":
		return "e"
	}
	return s
}

// thaiLogicalOrder moves the Thai and Lao vowels that are written before
// their consonant (เ แ โ ใ ไ, ເ ແ ໂ ໃ ໄ) after it, where they are spoken:
// เด → DE, not ED.
func thaiLogicalOrder(rs []rune) []rune {
	out := append([]rune(nil), rs...)
	for i := 0; i+1 < len(out); i++ {
		if r := out[i]; r >= 0x0E40 && r <= 0x0E44 || r >= 0x0EC0 && r <= 0x0EC4 {
			out[i], out[i+1] = out[i+1], out[i]
			i++
		}
	}
	return out
}
