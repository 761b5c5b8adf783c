package fuzzymatch

import (
	"strings"
	"sync"
)

// Chinese names in Russian text are written in the Palladius system
// (P. I. Kafarov, 1888, as the Russian-Chinese dictionaries and the
// cartographic instructions of the GUGK, 1976, tabulate it against Hanyu
// Pinyin): Мао Цзэдун is Mao Zedong, Сяосюань Xiaoxuan. None of the
// letter-by-letter schemes reads them back (ЦЗ is J or Z, С before Я or Ю
// is X, final Н is NG and НЬ is N), but the system writes each pinyin
// syllable one way: a Cyrillic word that is a sequence of Palladius
// syllables gets their pinyin as one more reading. The syllables are those
// of the Han table (hanSyllables), each written in Cyrillic by
// palladiusOf.

// palladiusInitials are the Cyrillic of the pinyin initials, two-letter
// ones first.
var palladiusInitials = []struct{ py, cyr string }{
	{"ZH", "чж"}, {"CH", "ч"}, {"SH", "ш"},
	{"B", "б"}, {"P", "п"}, {"M", "м"}, {"F", "ф"}, {"D", "д"}, {"T", "т"}, {"N", "н"}, {"L", "л"},
	{"G", "г"}, {"K", "к"}, {"H", "х"}, {"J", "цз"}, {"Q", "ц"}, {"X", "с"}, {"R", "ж"}, {"Z", "цз"},
	{"C", "ц"}, {"S", "с"},
}

// palladiusFinals are the Cyrillic of the pinyin finals after an initial
// (V is Ü), and of the syllables without one.
var palladiusFinals = map[string]string{
	"A": "а", "AI": "ай", "AN": "ань", "ANG": "ан", "AO": "ао", "E": "э", "EI": "эй", "EN": "энь",
	"ENG": "эн", "ER": "эр", "O": "о", "OU": "оу", "ONG": "ун",
	"I": "и", "IA": "я", "IAN": "янь", "IANG": "ян", "IAO": "яо", "IE": "е", "IN": "инь", "ING": "ин",
	"IONG": "юн", "IU": "ю",
	"U": "у", "UA": "уа", "UAI": "уай", "UAN": "уань", "UANG": "уан", "UI": "уй", "UN": "унь", "UO": "о",
	"V": "юй", "VE": "юэ", "VAN": "юань", "VN": "юнь",
}

// palladiusWhole are the syllables written with Y and W, which pinyin
// adds where the final has no initial, and the exceptions of the system.
var palladiusWhole = map[string]string{
	"YI": "и", "YA": "я", "YAO": "яо", "YE": "е", "YOU": "ю", "YAN": "янь", "YIN": "инь", "YANG": "ян",
	"YING": "ин", "YONG": "юн", "YU": "юй", "YUE": "юэ", "YUAN": "юань", "YUN": "юнь",
	"WU": "у", "WA": "ва", "WO": "во", "WAI": "вай", "WEI": "вэй", "WAN": "вань", "WEN": "вэнь",
	"WANG": "ван", "WENG": "вэн",
	"HUI": "хуэй",
}

// palladiusOf returns the Palladius spelling of a pinyin syllable, "" for
// syllables without a vowel (M, N, HM) or outside the system.
func palladiusOf(py string) string {
	if c, ok := palladiusWhole[py]; ok {
		return c
	}
	if py[0] == 'Y' || py[0] == 'W' {
		return ""
	}
	ini, fin := "", py
	for _, in := range palladiusInitials {
		if strings.HasPrefix(py, in.py) {
			ini, fin = in.cyr, py[len(in.py):]
			break
		}
	}
	switch {
	case fin == "":
		return ""
	case ini == "" && strings.ContainsAny(fin[:1], "IUV"):
		return "" // these finals are written with Y or W without an initial
	case strings.ContainsAny(py[:1], "JQX") && fin[0] == 'U':
		fin = "V" + fin[1:] // JU, QU, XU are JÜ, QÜ, XÜ
	case (py[0] == 'Z' || py[0] == 'C' || py[0] == 'S') && py[1] != 'H' && fin == "I":
		return ini + "ы" // ZI, CI, SI are цзы, цы, сы
	}
	c, ok := palladiusFinals[fin]
	if !ok {
		return ""
	}
	return ini + c
}

// palNode is a node of the trie of Palladius syllables: its children by
// letter and, when a syllable ends there, 1 + its index in hanSyllables.
type palNode struct {
	letters []rune
	next    []int32
	syl     int16
}

var (
	palOnce sync.Once
	palTrie []palNode
)

func buildPalladius() {
	palTrie = []palNode{{}}
	for i, py := range hanSyllables {
		c := palladiusOf(py)
		if c == "" {
			continue
		}
		n := int32(0)
		for _, r := range c {
			k := int32(-1)
			for j, l := range palTrie[n].letters {
				if l == r {
					k = palTrie[n].next[j]
					break
				}
			}
			if k < 0 {
				k = int32(len(palTrie))
				palTrie = append(palTrie, palNode{})
				palTrie[n].letters = append(palTrie[n].letters, r)
				palTrie[n].next = append(palTrie[n].next, k)
			}
			n = k
		}
		// Syllables spelled alike (LUO and LO): the first, commoner one
		// stands for both.
		if palTrie[n].syl == 0 {
			palTrie[n].syl = int16(i + 1)
		}
	}
}

// palladiusReading appends to b the pinyin of a lower-case Cyrillic word
// that is a sequence of Palladius syllables (the fewest of them when it
// can be cut several ways) and reports whether it is one. Ъ, which
// separates a final Н from the next syllable (Цзинъюань), is skipped.
func palladiusReading(b []byte, src []rune) ([]byte, bool) {
	palOnce.Do(buildPalladius)
	var wbuf [32]rune
	w := wbuf[:0]
	for _, r := range src {
		switch r {
		case 'ъ':
			continue
		case 'ё':
			r = 'е'
		}
		w = append(w, r)
	}
	if len(w) == 0 || len(w) > 31 {
		return b, false
	}
	// count[i]: fewest syllables that make w[:i] (0: not reached, else
	// 1 + count); from[i], syl[i]: where the last of them starts, which
	// it is.
	var count, from [32]int8
	var syl [32]int16
	count[0] = 1
	for i := 0; i < len(w); i++ {
		if count[i] == 0 {
			continue
		}
		n := int32(0)
		for j := i; j < len(w); j++ {
			k := int32(-1)
			for x, l := range palTrie[n].letters {
				if l == w[j] {
					k = palTrie[n].next[x]
					break
				}
			}
			if k < 0 {
				break
			}
			n = k
			if s := palTrie[n].syl; s != 0 && (count[j+1] == 0 || count[i]+1 < count[j+1]) {
				count[j+1], from[j+1], syl[j+1] = count[i]+1, int8(i), s
			}
		}
	}
	if count[len(w)] == 0 {
		return b, false
	}
	var sbuf [32]int16
	sy := sbuf[:0]
	for i := len(w); i > 0; i = int(from[i]) {
		sy = append(sy, syl[i])
	}
	for k := len(sy) - 1; k >= 0; k-- {
		for _, c := range []byte(hanSyllables[sy[k]-1]) {
			if c == 'V' {
				c = 'U' // Ü is written U in Latin-script documents
			}
			b = append(b, c)
		}
	}
	return b, true
}
