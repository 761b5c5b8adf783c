package fuzzymatch

import "unicode/utf8"

// Korean (Hangul) romanisation, computed from the syllable blocks
// (U+AC00-U+D7A3 = 0xAC00 + (initial·21 + vowel)·28 + final). Scheme 0 is
// the Revised Romanization of Korean (Ministry of Culture and Tourism,
// notice 2000-8), used in South Korean passports; scheme 1 is
// McCune-Reischauer without diacritics and apostrophes, the basis of the
// DPRK's official romanisation (KIM JONG UN, CHOE, RI); scheme 2 is common
// usage in names (RR with ㄱ → K at the start of a word, ㅓ → O, ㅡ → U).
// Surnames, whose spellings are conventional, have their own readings.

var (
	hangulInitial = [3][19]string{
		{"G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P", "H"},
		{"K", "KK", "N", "T", "TT", "R", "M", "P", "PP", "S", "SS", "", "CH", "TCH", "CH", "K", "T", "P", "H"},
		{"G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P", "H"},
	}
	hangulVowel = [3][21]string{
		{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "EU", "UI", "I"},
		{"A", "AE", "YA", "YAE", "O", "E", "YO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "U", "UI", "I"},
		{"A", "AE", "YA", "YAE", "O", "E", "YO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "U", "UI", "I"},
	}
	hangulFinal = [28]string{"", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T"}
)

// koreanSurnames are the conventional spellings of the commonest surnames.
var koreanSurnames = map[rune][]string{
	'김': {"KIM", "GIM"}, '이': {"LEE", "YI", "RI", "RHEE", "I"}, '리': {"RI", "LEE"}, '박': {"PARK", "PAK", "BAK"},
	'최': {"CHOI", "CHOE"}, '정': {"JUNG", "JEONG", "CHONG", "CHUNG"}, '강': {"KANG", "GANG"}, '조': {"CHO", "JO"},
	'윤': {"YOON", "YUN"}, '장': {"JANG", "CHANG"}, '임': {"LIM", "IM", "RIM"}, '림': {"RIM", "LIM"}, '한': {"HAN"},
	'오': {"OH", "O"}, '서': {"SEO", "SUH", "SO"}, '신': {"SHIN", "SIN"}, '권': {"KWON", "GWON"}, '황': {"HWANG"},
	'안': {"AHN", "AN"}, '송': {"SONG"}, '류': {"RYU", "YOO", "YU"}, '유': {"YOO", "YU"}, '홍': {"HONG"},
	'전': {"JEON", "JUN", "CHON", "CHUN"}, '고': {"KO", "GO"}, '문': {"MOON", "MUN"}, '양': {"YANG"},
	'손': {"SON", "SOHN"}, '배': {"BAE", "PAE"}, '백': {"BAEK", "PAEK", "PAIK"}, '허': {"HEO", "HUH", "HO"},
	'노': {"NOH", "NO", "ROH"}, '로': {"RO", "NOH"}, '남': {"NAM"}, '현': {"HYUN", "HYON"}, '주': {"JOO", "JU", "CHU"},
}

// hangulSyllables returns the syllable blocks of w, or nil if w has
// anything else.
func hangulSyllables(w string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(w))
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return nil
		}
		out = append(out, r)
	}
	return out
}

// hangulRead reads syllables under scheme k.
func hangulRead(syl []rune, k int) string {
	var b []byte
	for i, r := range syl {
		n := int(r - 0xAC00)
		l, v, t := n/(21*28), n%(21*28)/28, n%28
		ini := hangulInitial[k][l]
		if k == 2 && i == 0 && l == 0 {
			ini = "K"
		}
		b = append(b, ini...)
		b = append(b, hangulVowel[k][v]...)
		b = append(b, hangulFinal[t]...)
	}
	return string(b)
}

// hangulForms returns the readings of a Hangul word.
func hangulForms(syl []rune) []string {
	out := make([]string, 0, 3)
	for k := 0; k < 3; k++ {
		out = append(out, hangulRead(syl, k))
	}
	return dedupe(out)
}

// koreanWords splits a Korean personal name written as one word (surname
// syllable first, then a given name of one to three syllables) into a
// surname word and a given-name word, as Latin spellings write them. Other
// words are read whole.
func koreanWords(w string) [][]string {
	syl := hangulSyllables(w)
	if syl == nil {
		// Jamo not composed into syllables, or Hangul mixed with
		// another script: the fallback reads them letter by letter.
		return [][]string{fallbackForms(w)}
	}
	if len(syl) < 2 || len(syl) > 4 {
		return [][]string{hangulForms(syl)}
	}
	sur := hangulForms(syl[:1])
	if conv, ok := koreanSurnames[syl[0]]; ok {
		sur = dedupe(append(append([]string(nil), conv...), sur...))
	}
	return [][]string{sur, hangulForms(syl[1:])}
}
