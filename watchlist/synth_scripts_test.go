package watchlist

import (
	"strings"
)

// synthMixedEntries returns synthEntries(n, seed) with, as on the UN list
// (where about half the entries carry one), a name in original script for
// half of the people of the Russian-, Arabic- and Persian-speaking
// nationalities: their Latin name written back in Cyrillic or Arabic
// letters by the small tables below. The result is deterministic for
// seed; about a fifth of the entries gain such a name, so that an index
// of it has the mix of scripts (and the long Cyrillic readings) real lists
// have.
func synthMixedEntries(n int, seed uint64) []Entry {
	entries := synthEntries(n, seed)
	for i := range entries {
		e := &entries[i]
		if len(e.Nationalities) == 0 || i%2 == 1 {
			continue
		}
		var write func(string) string
		switch e.Nationalities[0] {
		case "RUS", "UKR", "BLR", "KAZ":
			write = toCyrillic
		case "SAU", "EGY", "IRQ", "SYR", "YEM", "JOR", "LBY", "SDN", "MAR", "DZA", "TUN", "ARE", "KWT", "LBN", "IRN", "AFG", "PAK":
			write = toArabic
		default:
			continue
		}
		nm := e.Names[0]
		full := write(nm.Given) + " " + write(nm.Surname)
		e.Names = append(e.Names, Name{Full: full, Kind: NameOriginalScript})
	}
	return entries
}

// latinToCyrillic reads a Latin name as Russian practical transcription
// would have written it, longest sequence first.
var latinToCyrillic = []struct{ lat, cyr string }{
	{"SHCH", "щ"}, {"ZH", "ж"}, {"KH", "х"}, {"TS", "ц"}, {"CH", "ч"}, {"SH", "ш"},
	{"YU", "ю"}, {"YA", "я"}, {"YE", "е"}, {"YO", "ё"}, {"IY", "ий"}, {"EY", "ей"},
	{"A", "а"}, {"B", "б"}, {"V", "в"}, {"G", "г"}, {"D", "д"}, {"E", "е"}, {"Z", "з"},
	{"I", "и"}, {"K", "к"}, {"L", "л"}, {"M", "м"}, {"N", "н"}, {"O", "о"}, {"P", "п"},
	{"R", "р"}, {"S", "с"}, {"T", "т"}, {"U", "у"}, {"F", "ф"}, {"Y", "ы"}, {"X", "кс"},
	{"W", "в"}, {"C", "к"}, {"J", "дж"}, {"H", "х"}, {"Q", "к"},
}

// latinToArabic writes the consonants and long vowels of a Latin name in
// Arabic letters (short vowels are not written), AL- as the joined article.
var latinToArabic = []struct{ lat, ar string }{
	{"AL-", "ال"}, {"SH", "ش"}, {"KH", "خ"}, {"TH", "ث"}, {"DH", "ذ"}, {"GH", "غ"},
	{"OU", "و"}, {"OO", "و"}, {"EE", "ي"}, {"AA", "ا"}, {"B", "ب"}, {"T", "ت"}, {"J", "ج"},
	{"H", "ح"}, {"D", "د"}, {"R", "ر"}, {"Z", "ز"}, {"S", "س"}, {"F", "ف"}, {"Q", "ق"},
	{"K", "ك"}, {"L", "ل"}, {"M", "م"}, {"N", "ن"}, {"W", "و"}, {"Y", "ي"}, {"U", "و"},
	{"I", "ي"}, {"G", "ج"}, {"P", "ب"}, {"V", "ف"}, {"C", "ك"}, {"X", "كس"},
	{"A", ""}, {"E", ""}, {"O", ""},
}

func toCyrillic(s string) string {
	return rewrite(s, func(rest string) (int, string) {
		for _, p := range latinToCyrillic {
			if strings.HasPrefix(rest, p.lat) {
				return len(p.lat), p.cyr
			}
		}
		return 0, ""
	}, true)
}

func toArabic(s string) string {
	return rewrite(s, func(rest string) (int, string) {
		for _, p := range latinToArabic {
			if strings.HasPrefix(rest, p.lat) {
				return len(p.lat), p.ar
			}
		}
		return 0, ""
	}, false)
}

// rewrite writes each word of s (an uppercase Latin name) with the table
// look, capitalising Cyrillic words; a word's first vowel is written as
// alif in Arabic.
func rewrite(s string, look func(string) (int, string), capital bool) string {
	words := strings.Fields(s)
	for i, w := range words {
		var b strings.Builder
		for j := 0; j < len(w); {
			if !capital && j == 0 && strings.ContainsRune("AEIOU", rune(w[0])) {
				b.WriteString("ا")
				j++
				continue
			}
			n, out := look(w[j:])
			if n == 0 {
				j++
				continue
			}
			b.WriteString(out)
			j += n
		}
		out := b.String()
		if capital && out != "" {
			r := []rune(out)
			r[0] = []rune(strings.ToUpper(string(r[0])))[0]
			out = string(r)
		}
		words[i] = out
	}
	return strings.Join(words, " ")
}
