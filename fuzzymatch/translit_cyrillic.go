package fuzzymatch

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Cyrillic romanisation. A word gets one reading per scheme below, and the
// distinct readings are its forms. The base table is ICAO Doc 9303 Part 3
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
}

// cyrBase is ICAO Doc 9303 Part 3, table B (lower case keys).
var cyrBase = map[rune]string{
	'а': "A", 'б': "B", 'в': "V", 'г': "G", 'д': "D", 'е': "E", 'ё': "E", 'ж': "ZH", 'з': "Z",
	'и': "I", 'й': "I", 'к': "K", 'л': "L", 'м': "M", 'н': "N", 'о': "O", 'п': "P", 'р': "R",
	'с': "S", 'т': "T", 'у': "U", 'ф': "F", 'х': "KH", 'ц': "TS", 'ч': "CH", 'ш': "SH",
	'щ': "SHCH", 'ъ': "IE", 'ы': "Y", 'ь': "", 'э': "E", 'ю': "IU", 'я': "IA",
	// Ukrainian, Belarusian, Serbian, Macedonian letters of table B.
	'ґ': "G", 'є': "IE", 'і': "I", 'ї': "I", 'ў': "U", 'ђ': "D", 'ѓ': "G", 'ѕ': "DZ", 'ј': "J",
	'љ': "LJ", 'њ': "NJ", 'ћ': "C", 'ќ': "K", 'џ': "DZ",
	// Kazakh (passport practice).
	'ә': "A", 'ғ': "G", 'қ': "K", 'ң': "N", 'ө': "O", 'ұ': "U", 'ү': "U", 'һ': "H",
}

// cyrSchemes are the schemes found in real documents, ICAO first, then
// the ones whose readings differ most from it (the comparator spells out
// only the leading readings; all of them are exact-match keys).
var cyrSchemes = []cyrScheme{
	{name: "ICAO Doc 9303 (2021)"},
	{
		// Common English usage of newspapers and visa applications.
		name:     "English usage",
		over:     map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YO", 'ж': "ZH", 'ә': "AE", 'ғ': "GH", 'қ': "Q", 'ң': "NG", 'ө': "OE", 'ү': "UE"},
		iotated:  map[rune]string{'е': "YE"},
		endings:  map[string]string{"ий": "Y", "ый": "Y", "ой": "OY", "ей": "EY", "ай": "AY"},
		clusters: map[string]string{"кс": "X", "ии": "I", "ья": "IA", "дж": "J"},
	},
	{
		// Russian practical transcription read backwards: how names of
		// foreign origin written in Cyrillic are spelled in their own
		// language (Х → H, Э → E, ДЖ → J, and the Polivanov system for
		// Japanese: ТИ → CHI, СИ → SHI, ЦУ → TSU).
		name:     "Foreign names (practical transcription)",
		over:     map[rune]string{'х': "H", 'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YO", 'ж': "J", 'ц': "TZ", 'э': "E"},
		endings:  map[string]string{"ий": "I"},
		clusters: map[string]string{"дж": "J", "кс": "X", "ти": "CHI", "си": "SHI", "цу": "TSU", "дз": "Z", "тя": "CHA", "тю": "CHU", "тё": "CHO", "ся": "SHA", "сю": "SHU", "сё": "SHO", "кв": "QU", "ьо": "IO", "ье": "IE"},
	},
	{
		// German (Duden) transcription, common in German-speaking documents.
		name:     "German usage",
		over:     map[rune]string{'в': "W", 'ж': "SCH", 'з': "S", 'й': "J", 'х': "CH", 'ц': "Z", 'ч': "TSCH", 'ш': "SCH", 'щ': "SCHTSCH", 'ъ': "", 'ы': "Y", 'ю': "JU", 'я': "JA", 'ё': "JO", 'э': "E"},
		iotated:  map[rune]string{'е': "JE"},
		endings:  map[string]string{"ий": "I", "ый": "Y"},
		clusters: map[string]string{"кс": "X"},
	},
	{
		// MVD order 310 (1997) and its successor 782 (2000), Russian
		// passports 1997-2010.
		name:    "MVD 310-1997 / 782-2000",
		over:    map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y"},
		iotated: map[rune]string{'е': "YE"},
	},
	{
		// BGN/PCGN 1947 romanisation of Russian.
		name:    "BGN/PCGN 1947",
		over:    map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YE"},
		iotated: map[rune]string{'е': "YE", 'ё': "YE"},
	},
	{
		// GOST R 52535.1-2006, Russian passports 2010-2013: as ICAO but
		// Ц → TC and Ъ dropped.
		name: "GOST R 52535.1-2006",
		over: map[rune]string{'ц': "TC", 'ъ': ""},
	},
	{
		// Ukrainian national transliteration (Cabinet of Ministers
		// resolution 55, 2010), used in Ukrainian passports; applied to any
		// word since Ukrainian names often have no letter of their own.
		name:      "Ukraine KMU 55-2010",
		over:      map[rune]string{'г': "H", 'и': "Y", 'й': "I", 'ъ': "", 'ь': "", 'є': "IE", 'ї': "I"},
		iotated:   map[rune]string{'є': "YE", 'ї': "YI", 'й': "Y", 'ю': "YU", 'я': "YA"},
		startOnly: true,
	},
	{
		// French usage (MVD 310 French variant of passports issued to
		// French-speaking countries).
		name:    "French usage",
		over:    map[rune]string{'у': "OU", 'ж': "J", 'х': "KH", 'ш': "CH", 'ч': "TCH", 'щ': "CHTCH", 'й': "I", 'ю': "IOU", 'я': "IA", 'ъ': "", 'ы': "Y", 'ё': "IO"},
		iotated: map[rune]string{'е': "IE"},
	},
	{
		// Classical and biblical names: Russian renders Latin -IUS and
		// Greek -EUS/-OS as -ИЙ and -ЕЙ (Луций = Lucius, Гней = Gnaeus).
		name:     "Classical names",
		over:     map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ц': "C", 'х': "H", 'ф': "PH", 'э': "AE"},
		endings:  map[string]string{"ий": "IUS", "ей": "EUS"},
		clusters: map[string]string{"кс": "X"},
		ending:   true,
	},
	{
		// Bulgarian streamlined system (Transliteration Act 2009): Ъ is a
		// vowel, Щ → SHT. Applied when Ъ is followed by a consonant.
		name: "Bulgaria 2009",
		over: map[rune]string{'ъ': "A", 'щ': "SHT", 'й': "Y", 'ю': "YU", 'я': "YA", 'ц': "TS", 'х': "H"},
		only: "ъ",
	},
	{
		// Serbian and Macedonian Latin alphabets.
		name: "Serbian/Macedonian Latin",
		over: map[rune]string{'ђ': "DJ", 'ћ': "C", 'ч': "C", 'ш': "S", 'ж': "Z", 'џ': "DZ", 'ѓ': "GJ", 'ќ': "KJ", 'х': "H", 'ц': "C", 'ј': "J"},
		only: "ђћџѓќјљњѕ",
	},
}

var (
	cyrOnce   sync.Once
	cyrTables []*cyrTable
)

// cyrTable is a scheme's letter table (cyrBase with the scheme's
// readings over it) as an array over the Cyrillic block, where every
// letter of the tables lives, with the map kept for any other, and the
// scheme's endings as a list: a word is read under a dozen schemes, and
// array reads cost a fraction of map lookups.
type cyrTable struct {
	lat     [cyrBlock]string
	has     [cyrBlock]bool
	m       map[rune]string
	endings []cyrEnding
}

type cyrEnding struct {
	cyr, lat string
	runes    int
}

// cyrBlock is the size of the Cyrillic block U+0400-U+04FF.
const cyrBlock = 0x100

func (t *cyrTable) get(r rune) (string, bool) {
	if i := r - 0x400; i >= 0 && i < cyrBlock {
		return t.lat[i], t.has[i]
	}
	s, ok := t.m[r]
	return s, ok
}

func buildCyrTables() {
	cyrTables = make([]*cyrTable, len(cyrSchemes))
	for i, s := range cyrSchemes {
		m := make(map[rune]string, len(cyrBase))
		for k, v := range cyrBase {
			m[k] = v
		}
		for k, v := range s.over {
			m[k] = v
		}
		t := &cyrTable{m: m}
		for k, v := range m {
			if j := k - 0x400; j >= 0 && j < cyrBlock {
				t.lat[j], t.has[j] = v, true
			}
		}
		// No two endings of a scheme end alike, so their order does not
		// matter (a word has at most one of them).
		for e, lat := range s.endings {
			t.endings = append(t.endings, cyrEnding{cyr: e, lat: lat, runes: utf8.RuneCountInString(e)})
		}
		cyrTables[i] = t
	}
}

func isCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяєіїә", r)
}

// cyrillicForms returns a Cyrillic word's readings under every scheme.
func cyrillicForms(w string) []string {
	cyrOnce.Do(buildCyrTables)
	lw := strings.ToLower(w)
	src := []rune(lw)
	// at[i] is the byte offset in lw of src[i], so that letter pairs and
	// endings are looked up as substrings of lw, without building strings.
	var atBuf [64]int
	at := atBuf[:0]
	for i := range lw {
		at = append(at, i)
	}
	at = append(at, len(lw))
	w2 := cyrWord{src: src, lw: lw, at: at}
	// Schemes often agree: a reading is kept (and allocated) only when it
	// is new.
	forms := make([]string, 0, 8)
	var buf [64]byte
	for si, s := range cyrSchemes {
		if s.only != "" && !strings.ContainsAny(lw, s.only) {
			continue
		}
		if s.name == "Bulgaria 2009" && !bulgarianHardSign(src) {
			continue
		}
		if s.ending && !hasEnding(lw, cyrTables[si].endings) {
			continue
		}
		if b := cyrRead(buf[:0], w2, s, cyrTables[si]); !containsBytes(forms, b) {
			forms = append(forms, string(b))
		}
	}
	return dedupe(forms)
}

// cyrWord is a lower-case Cyrillic word as runes and as a string, at[i]
// being the byte offset of rune i (at[len(src)] = len(lw)).
type cyrWord struct {
	src []rune
	lw  string
	at  []int
}

func bulgarianHardSign(src []rune) bool {
	for i, r := range src {
		if r == 'ъ' && i+1 < len(src) && !isCyrVowel(src[i+1]) {
			return true
		}
	}
	return false
}

// cyrRead appends the word's reading under scheme s to b.
func cyrRead(b []byte, w cyrWord, s cyrScheme, table *cyrTable) []byte {
	src := w.src
	end := len(src)
	suffix := ""
	for _, e := range table.endings {
		if len(src) > e.runes+1 && strings.HasSuffix(w.lw, e.cyr) {
			end, suffix = len(src)-e.runes, e.lat
			break
		}
	}
	for i := 0; i < end; i++ {
		r := src[i]
		if i+1 < end && s.clusters != nil {
			if lat, ok := s.clusters[w.lw[w.at[i]:w.at[i+2]]]; ok {
				b = append(b, lat...)
				i++
				continue
			}
		}
		if s.iotated != nil && (i == 0 || !s.startOnly && (isCyrVowel(src[i-1]) || src[i-1] == 'ъ' || src[i-1] == 'ь' || src[i-1] == 'й')) {
			if lat, ok := s.iotated[r]; ok {
				b = append(b, lat...)
				continue
			}
		}
		if lat, ok := table.get(r); ok {
			b = append(b, lat...)
			continue
		}
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b = utf8.AppendRune(b, unicode.ToUpper(r))
		}
	}
	return append(b, suffix...)
}

func hasEnding(lw string, endings []cyrEnding) bool {
	for _, e := range endings {
		if strings.HasSuffix(lw, e.cyr) {
			return true
		}
	}
	return false
}
