package fuzzymatch

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// transliterate returns the plausible Latin readings of a word written in
// another script, primary first, in uppercase ASCII. Scripts without a table
// of their own are read by the fallback (translit_other.go).
func transliterate(p *prepScratch, sc script, w string) []string {
	var forms []string
	switch sc {
	case scriptCyrillic:
		forms = cyrillicForms(p, w)
	case scriptGreek:
		forms = greekTable.forms(p, w)
	case scriptArabic:
		forms = arabicTable.forms(p, w)
	case scriptHebrew:
		forms = hebrewTable.forms(p, w)
	case scriptArmenian:
		forms = armenianTable.forms(p, w)
	case scriptGeorgian:
		forms = georgianTable.forms(p, w)
	case scriptKana:
		forms = kanaTable.forms(p, w)
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

// forms returns the word's readings, one per scheme, deduplicated, as
// views of p.
func (t *altTable) forms(p *prepScratch, w string) []string {
	t.once.Do(t.init)
	if t.decompose {
		w = norm.NFD.String(w)
	}
	lw := p.lower(w)
	// src holds the runes of lw, at[i] the byte offset of src[i] in lw:
	// keys are looked up as substrings of lw, without building strings.
	var srcBuf [32]rune
	var atBuf [33]int
	src, at := srcBuf[:0], atBuf[:0]
	for i, r := range lw {
		src, at = append(src, r), append(at, i)
	}
	at = append(at, len(lw))
	// Which letters (or pairs of letters) the word is read as does not
	// depend on the scheme, only their readings do: the word is cut into
	// them once, and each scheme's reading is joined from the cuts.
	var segBuf [32]altSeg
	segs := t.segment(segBuf[:0], src, lw, at)
	out := carve(&p.strs, t.schemes)
	var buf [64]byte
	for k := 0; k < t.schemes; k++ {
		b := buf[:0]
		for _, sg := range segs {
			if sg.alts == nil {
				b = utf8.AppendRune(b, sg.r)
			} else {
				b = append(b, sg.alts[min(k, len(sg.alts)-1)]...)
			}
		}
		// Schemes often agree: a reading is kept only when it is new.
		if !containsBytes(out, b) {
			out = append(out, p.str(b))
		}
	}
	return dedupe(out)
}

// altSeg is a piece of a word: a key of the table (its readings in alts)
// or, with alts nil, a character read as itself (r, already upper-cased).
type altSeg struct {
	alts []string
	r    rune
}

// segment cuts the word into the table's keys, longest first at each
// position, the word's first and last letters read by the initial and
// final tables when they have them. Characters that no table has are
// kept when they are ASCII letters or digits, and dropped otherwise.
func (t *altTable) segment(segs []altSeg, src []rune, lw string, at []int) []altSeg {
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
				segs = append(segs, altSeg{r: unicode.ToUpper(r)})
			}
			i++
			continue
		}
		segs = append(segs, altSeg{alts: alts})
		i += n
	}
	return segs
}
