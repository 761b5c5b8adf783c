package fuzzymatch

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// transliterate returns the plausible Latin readings of a word written in
// another script, primary first, in uppercase ASCII. Scripts without a table
// of their own are read by the fallback (translit_other.go).
func transliterate(sc script, w string) []string {
	var forms []string
	switch sc {
	case scriptCyrillic:
		forms = cyrillicForms(w)
	case scriptGreek:
		forms = greekTable.forms(w)
	case scriptArabic:
		forms = arabicTable.forms(w)
	case scriptHebrew:
		forms = hebrewTable.forms(w)
	case scriptArmenian:
		forms = armenianTable.forms(w)
	case scriptGeorgian:
		forms = georgianTable.forms(w)
	case scriptKana:
		forms = kanaTable.forms(w)
	case scriptHan:
		forms = hanForms([]rune(w))
	default:
		forms = fallbackForms(w)
	}
	out := forms[:0]
	for _, f := range forms {
		if f != "" && utf8.ValidString(f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 && sc != scriptOther {
		// Letters that the script's table does not have (Old Cyrillic ѯ,
		// Coptic letters of the Greek block): the fallback reads them.
		return fallbackForms(w)
	}
	return dedupe(out)
}

// altTable is a transliteration table in which each letter (or pair of
// letters) has one or more Latin readings. A word gets one reading per
// scheme: scheme k takes the k-th reading of every letter (or its last one
// when it has fewer), so the readings stay internally consistent (one word
// is read either with all its vowels as vowels or all as consonants) and
// their number stays small.
type altTable struct {
	standard string
	schemes  int
	letters  map[string][]string
	initial  map[string][]string // at the start of a word
	final    map[string][]string // at the end of a word
	// decompose reads the word in NFD (Greek: tonos and dialytika become
	// marks, dropped unless listed).
	decompose bool

	once sync.Once
	max  int // longest key in runes
}

func (t *altTable) init() {
	for _, m := range []map[string][]string{t.letters, t.initial, t.final} {
		for k := range m {
			t.max = max(t.max, utf8.RuneCountInString(k))
		}
	}
}

// forms returns the word's readings, one per scheme, deduplicated.
func (t *altTable) forms(w string) []string {
	t.once.Do(t.init)
	if t.decompose {
		w = norm.NFD.String(w)
	}
	lw := strings.ToLower(w)
	src := []rune(lw)
	// at[i] is the byte offset of src[i] in lw: keys are looked up as
	// substrings of lw, without building strings.
	var atBuf [64]int
	at := atBuf[:0]
	for i := range lw {
		at = append(at, i)
	}
	at = append(at, len(lw))
	// Schemes often agree: a reading is allocated only when it is new.
	out := make([]string, 0, t.schemes)
	var buf [64]byte
	for k := 0; k < t.schemes; k++ {
		if b := t.read(buf[:0], src, lw, at, k); !containsBytes(out, b) {
			out = append(out, string(b))
		}
	}
	return dedupe(out)
}

// read appends the word's reading under scheme to b.
func (t *altTable) read(b []byte, src []rune, lw string, at []int, scheme int) []byte {
	for i := 0; i < len(src); {
		n, alts := 0, []string(nil)
		for l := min(t.max, len(src)-i); l >= 1 && alts == nil; l-- {
			key := lw[at[i]:at[i+l]]
			if i == 0 {
				if a, ok := t.initial[key]; ok {
					n, alts = l, a
					break
				}
			}
			if i+l == len(src) {
				if a, ok := t.final[key]; ok {
					n, alts = l, a
					break
				}
			}
			if a, ok := t.letters[key]; ok {
				n, alts = l, a
			}
		}
		if alts == nil {
			r := src[i]
			if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b = utf8.AppendRune(b, unicode.ToUpper(r))
			}
			i++
			continue
		}
		b = append(b, alts[min(scheme, len(alts)-1)]...)
		i += n
	}
	return b
}
