package fuzzymatch

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Cyrillic romanisation. A word gets one reading per scheme (the schemes
// are data in translit_cyrillic_schemes.go), and the distinct readings are
// its forms. The base table is ICAO Doc 9303 Part 3
// (8th edition, 2021), section 6, table B "Transliteration of Cyrillic
// characters", which also covers the Ukrainian, Belarusian, Serbian and
// Macedonian letters; the other schemes are written as differences from it.
// Kazakh letters, absent from ICAO table B, follow the Kazakh passport
// practice (Ә → A, Ғ → G, Қ → K, Ң → N, Ө → O, Ұ Ү → U, Һ → H, І → I).

// cyrScheme is one romanisation scheme.
type cyrScheme struct {
	name string
	// over replaces base readings.
	over map[rune]string
	// iotated gives the readings of iotated vowels at the start of a word
	// and after a vowel, Ъ, Ь or Й (BGN/PCGN Е → YE).
	iotated map[rune]string
	// endings replace word endings before letter-by-letter reading
	// (common English usage: -ИЙ → -Y).
	endings map[string]string
	// clusters replace letter pairs anywhere (КС → X).
	clusters map[string]string
	// startOnly restricts the iotated readings to the start of a word
	// (KMU 55: Є, Ї, Й, Ю, Я are YE, YI, Y, YU, YA only there).
	startOnly bool
	// ending applies the scheme only to words with one of its endings.
	ending bool
	// only applies the scheme only when the word contains one of these
	// letters ("" = always).
	only string
	// clustered applies the scheme only to words with one of its clusters
	// (with ending too: or one of its endings): a scheme that reads a few
	// letter pairs of foreign names otherwise than another scheme adds
	// nothing to words without them.
	clustered bool
}

var (
	cyrOnce   sync.Once
	cyrTables []*cyrTable
)

// cyrTable is a scheme made ready for reading: its letter table (cyrBase
// with the scheme's readings over it) and its iotated readings as arrays
// over the Cyrillic block, where every letter of the tables lives, with
// maps kept for any other, and its clusters and endings as lists of runes.
// A word is read under a dozen schemes, and array reads cost a fraction of
// map lookups.
type cyrTable struct {
	lat     [cyrBlock]string
	has     [cyrBlock]bool
	m       map[rune]string
	endings []cyrEnding

	iotated   bool // the scheme has iotated readings
	startOnly bool
	iot       [cyrBlock]string
	iotHas    [cyrBlock]bool
	iotM      map[rune]string // iotated readings of letters outside the block

	clusters  []cyrCluster
	clusFirst [cyrBlock]bool // a cluster begins with the letter

	ending    bool // see cyrScheme.ending
	clustered bool // see cyrScheme.clustered
	only      string
	onlySet   [cyrBlock]bool // the letters of only
	bulgarian bool           // the Bulgarian scheme: applied only after bulgarianHardSign

	// diff marks the letters that this scheme may read otherwise than the
	// first (ICAO): those it reads differently, its iotated letters and
	// the first letters of its clusters; diffOut says it reads a letter
	// outside the block differently. A word with none of them and none of
	// its endings reads as under the first scheme (see likeFirst).
	diff    [cyrBlock]bool
	diffOut bool
}

type cyrEnding struct {
	cyr []rune
	lat string
}

// cyrCluster is a pair of letters read together.
type cyrCluster struct {
	a, b rune
	lat  string
}

// cyrBlock is the size of the Cyrillic block U+0400-U+04FF.
const cyrBlock = 0x100

// inCyrBlock returns r's index in the Cyrillic block, and whether it is
// in it.
func inCyrBlock(r rune) (int, bool) {
	i := int(r - 0x400)
	return i, i >= 0 && i < cyrBlock
}

func (t *cyrTable) get(r rune) (string, bool) {
	if i, ok := inCyrBlock(r); ok {
		return t.lat[i], t.has[i]
	}
	s, ok := t.m[r]
	return s, ok
}

func (t *cyrTable) iotatedReading(r rune) (string, bool) {
	if i, ok := inCyrBlock(r); ok {
		return t.iot[i], t.iotHas[i]
	}
	s, ok := t.iotM[r]
	return s, ok
}

// cluster returns the reading of the pair a b, if it is a cluster.
func (t *cyrTable) cluster(a, b rune) (string, bool) {
	if i, ok := inCyrBlock(a); ok && !t.clusFirst[i] {
		return "", false
	}
	for _, c := range t.clusters {
		if c.a == a && c.b == b {
			return c.lat, true
		}
	}
	return "", false
}

// likeFirst reports whether the word reads under t as under the first
// scheme, whose reading (already kept) then stands for t's: most schemes
// differ from ICAO in a few letters only, which most words lack.
func (t *cyrTable) likeFirst(src []rune) bool {
	for _, r := range src {
		if i, ok := inCyrBlock(r); ok && t.diff[i] || !ok && t.diffOut {
			return false
		}
	}
	for _, e := range t.endings {
		if len(src) > len(e.cyr)+1 && hasRuneSuffix(src, e.cyr) {
			return false
		}
	}
	return true
}

// applies reports whether the scheme reads the word at all.
func (t *cyrTable) applies(src []rune) bool {
	if t.only != "" && !t.hasOnly(src) {
		return false
	}
	if t.bulgarian && !bulgarianHardSign(src) {
		return false
	}
	switch {
	case t.ending && t.clustered:
		return hasEnding(src, t.endings) || t.hasCluster(src)
	case t.clustered:
		return t.hasCluster(src)
	}
	return !t.ending || hasEnding(src, t.endings)
}

func (t *cyrTable) hasCluster(src []rune) bool {
	for i := 0; i+1 < len(src); i++ {
		if _, ok := t.cluster(src[i], src[i+1]); ok {
			return true
		}
	}
	return false
}

func (t *cyrTable) hasOnly(src []rune) bool {
	for _, r := range src {
		if i, ok := inCyrBlock(r); ok && t.onlySet[i] || !ok && strings.ContainsRune(t.only, r) {
			return true
		}
	}
	return false
}

func buildCyrTables() {
	for _, r := range cyrVowelLetters {
		if i, ok := inCyrBlock(r); ok {
			cyrVowels[i] = true
		}
	}
	cyrTables = make([]*cyrTable, len(cyrSchemes))
	for i, s := range cyrSchemes {
		m := make(map[rune]string, len(cyrBase))
		for k, v := range cyrBase {
			m[k] = v
		}
		for k, v := range s.over {
			m[k] = v
		}
		t := &cyrTable{m: m, iotated: s.iotated != nil, startOnly: s.startOnly, ending: s.ending, only: s.only, clustered: s.clustered,
			bulgarian: s.name == "Bulgaria 2009", iotM: map[rune]string{}}
		for k, v := range m {
			if j, ok := inCyrBlock(k); ok {
				t.lat[j], t.has[j] = v, true
			}
		}
		for k, v := range s.iotated {
			if j, ok := inCyrBlock(k); ok {
				t.iot[j], t.iotHas[j] = v, true
			} else {
				t.iotM[k] = v
			}
		}
		for k, v := range s.clusters {
			// A cluster is looked up as the next two letters: a key of
			// another length would never be found.
			if rs := []rune(k); len(rs) == 2 {
				t.clusters = append(t.clusters, cyrCluster{a: rs[0], b: rs[1], lat: v})
				if j, ok := inCyrBlock(rs[0]); ok {
					t.clusFirst[j] = true
				}
			}
		}
		for _, r := range s.only {
			if j, ok := inCyrBlock(r); ok {
				t.onlySet[j] = true
			}
		}
		// No two endings of a scheme end alike, so their order does not
		// matter (a word has at most one of them).
		for e, lat := range s.endings {
			t.endings = append(t.endings, cyrEnding{cyr: []rune(e), lat: lat})
		}
		cyrTables[i] = t
	}
	markDiffs(cyrTables)
}

// markDiffs fills the diff sets of every table but the first, which must
// read every letter by its table alone for likeFirst to hold: no
// iotated readings, clusters, endings or conditions (ICAO's has none).
// Otherwise every letter is marked, and no scheme is ever skipped.
func markDiffs(ts []*cyrTable) {
	first := ts[0]
	plain := !first.iotated && first.clusters == nil && first.endings == nil && !first.ending && first.only == "" && !first.bulgarian && !first.clustered
	for _, t := range ts[1:] {
		for j := range cyrBlock {
			t.diff[j] = !plain || t.has[j] != first.has[j] || t.lat[j] != first.lat[j] || t.iotHas[j]
		}
		for _, c := range t.clusters {
			if j, ok := inCyrBlock(c.a); ok {
				t.diff[j] = true
			} else {
				t.diffOut = true
			}
		}
		t.diffOut = t.diffOut || !plain || len(t.iotM) > 0 || differsOutside(t.m, first.m) || differsOutside(first.m, t.m)
	}
}

// differsOutside reports whether a reads a letter outside the Cyrillic
// block otherwise than b.
func differsOutside(a, b map[rune]string) bool {
	for k, v := range a {
		if _, in := inCyrBlock(k); !in {
			if w, ok := b[k]; !ok || w != v {
				return true
			}
		}
	}
	return false
}

// cyrVowelLetters are the Cyrillic vowels; cyrVowels has them by block
// index.
const cyrVowelLetters = "аеёиоуыэюяєіїә"

var cyrVowels [cyrBlock]bool

func isCyrVowel(r rune) bool {
	if i, ok := inCyrBlock(r); ok {
		return cyrVowels[i]
	}
	return strings.ContainsRune(cyrVowelLetters, r)
}

// cyrillicForms returns a Cyrillic word's readings under every scheme, as
// views of p.
func cyrillicForms(p *prepScratch, w string) []string {
	cyrOnce.Do(buildCyrTables)
	var srcBuf [32]rune
	src := srcBuf[:0]
	for _, r := range w {
		src = append(src, unicode.ToLower(r)) // as strings.ToLower reads it
	}
	// Schemes often agree: a reading is kept only when it is new.
	forms := carve(&p.strs, len(cyrTables)+1)
	var buf [64]byte
	for k, t := range cyrTables {
		if !t.applies(src) || k > 0 && t.likeFirst(src) {
			continue
		}
		if b := cyrRead(buf[:0], src, t); !containsBytes(forms, b) {
			forms = append(forms, p.str(b))
		}
	}
	// A Chinese name in the Palladius system reads back as pinyin.
	if b, ok := palladiusReading(buf[:0], src); ok && !containsBytes(forms, b) {
		forms = append(forms, p.str(b))
	}
	return dedupe(forms)
}

func bulgarianHardSign(src []rune) bool {
	for i, r := range src {
		if r == 'ъ' && i+1 < len(src) && !isCyrVowel(src[i+1]) {
			return true
		}
	}
	return false
}

// cyrRead appends the word's reading under scheme t to b.
func cyrRead(b []byte, src []rune, t *cyrTable) []byte {
	end := len(src)
	suffix := ""
	for _, e := range t.endings {
		if len(src) > len(e.cyr)+1 && hasRuneSuffix(src, e.cyr) {
			end, suffix = len(src)-len(e.cyr), e.lat
			break
		}
	}
	for i := 0; i < end; i++ {
		r := src[i]
		if i+1 < end && t.clusters != nil {
			if lat, ok := t.cluster(r, src[i+1]); ok {
				b = append(b, lat...)
				i++
				continue
			}
		}
		if t.iotated && (i == 0 || !t.startOnly && (isCyrVowel(src[i-1]) || src[i-1] == 'ъ' || src[i-1] == 'ь' || src[i-1] == 'й')) {
			if lat, ok := t.iotatedReading(r); ok {
				b = append(b, lat...)
				continue
			}
		}
		if lat, ok := t.get(r); ok {
			b = append(b, lat...)
			continue
		}
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b = utf8.AppendRune(b, unicode.ToUpper(r))
		}
	}
	return append(b, suffix...)
}

func hasEnding(src []rune, endings []cyrEnding) bool {
	for _, e := range endings {
		if hasRuneSuffix(src, e.cyr) {
			return true
		}
	}
	return false
}

func hasRuneSuffix(s, suffix []rune) bool {
	return len(s) >= len(suffix) && slices.Equal(s[len(s)-len(suffix):], suffix)
}
