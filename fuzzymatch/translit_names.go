package fuzzymatch

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// Letters of the scripts without a table of their own are read from their
// Unicode character names (golang.org/x/text/unicode/runenames, the Unicode
// Character Database's NamesList, Unicode License v3). Unicode names a
// letter of most scripts by its sound: DEVANAGARI LETTER KHA, ETHIOPIC
// SYLLABLE SHAA, CANADIAN SYLLABICS KWAA, KHMER VOWEL SIGN AA. Four kinds of
// script read those names differently (nameScriptKinds):
//
//   - syllabaries (Ethiopic, Cherokee, Yi, ...): the name is the syllable;
//   - abugidas, whose consonants carry an inherent vowel that a virama
//     kills (Devanagari, Tamil, Tibetan, Khmer, Myanmar, ...): the name less
//     that vowel (KHA → KH), as the Brahmic rules of translit_other.go put it
//     back where it is spoken;
//   - Thai and Lao, whose consonants are named acrophonically (KO KAI, the
//     K of chicken): the first word less its vowel;
//   - alphabets and abjads whose letters have names (Thaana BAA, Syriac
//     GAMAL, Adlam ALIF): the name's first sound, its leading consonants or
//     else its leading vowel.
//
// Signs that are no sound (viramas, nuktas, tone marks) read as nothing;
// the few that are (anusvara N, visarga H) are declared in nameSigns.

// nameKind is how the Unicode names of a script's letters are read.
type nameKind uint8

const (
	kindAlphabet  nameKind = iota // letter names: their first sound
	kindSyllabary                 // the name is the syllable
	kindAbugida                   // the name less the inherent vowel
	kindThai                      // acrophonic consonant names
)

// nameScriptKinds gives the scripts that are not read as alphabets: the
// abugidas and syllabaries as The Unicode Standard 15 describes them
// (chapters 12-20: "Brahmi-derived scripts" whose consonants carry an
// inherent vowel; "syllabaries"). Every script with a virama or an
// equivalent vowel killer is among the abugidas (TestAbugidasHaveViramas);
// some abugidas have none (Buginese, Tagbanwa, Phags-pa).
var nameScriptKinds = map[string]nameKind{
	"Ethiopic": kindSyllabary, "Cherokee": kindSyllabary, "Canadian_Aboriginal": kindSyllabary,
	"Yi": kindSyllabary, "Vai": kindSyllabary, "Bamum": kindSyllabary, "Linear_B": kindSyllabary,
	"Cypriot": kindSyllabary, "Mende_Kikakui": kindSyllabary, "Bopomofo": kindSyllabary,
	"Nushu": kindSyllabary,

	"Thai": kindThai, "Lao": kindThai,

	"Devanagari": kindAbugida, "Bengali": kindAbugida, "Gurmukhi": kindAbugida,
	"Gujarati": kindAbugida, "Oriya": kindAbugida, "Tamil": kindAbugida, "Telugu": kindAbugida,
	"Kannada": kindAbugida, "Malayalam": kindAbugida, "Sinhala": kindAbugida,
	"Tibetan": kindAbugida, "Myanmar": kindAbugida, "Khmer": kindAbugida, "Balinese": kindAbugida,
	"Javanese": kindAbugida, "Sundanese": kindAbugida, "Batak": kindAbugida, "Buginese": kindAbugida,
	"Lepcha": kindAbugida, "Limbu": kindAbugida, "Tai_Tham": kindAbugida, "Cham": kindAbugida,
	"Brahmi": kindAbugida, "Kharoshthi": kindAbugida, "Grantha": kindAbugida, "Sharada": kindAbugida,
	"Takri": kindAbugida, "Chakma": kindAbugida, "Meetei_Mayek": kindAbugida,
	"Saurashtra": kindAbugida, "Siddham": kindAbugida, "Tirhuta": kindAbugida, "Newa": kindAbugida,
	"Modi": kindAbugida, "Kaithi": kindAbugida, "Ahom": kindAbugida, "Dogra": kindAbugida,
	"Khojki": kindAbugida, "Khudawadi": kindAbugida, "Mahajani": kindAbugida, "Multani": kindAbugida,
	"Tagalog": kindAbugida, "Hanunoo": kindAbugida, "Buhid": kindAbugida, "Tagbanwa": kindAbugida,
	"Rejang": kindAbugida, "Kayah_Li": kindAbugida, "Syloti_Nagri": kindAbugida,
	"Phags_Pa": kindAbugida, "Tai_Le": kindAbugida, "New_Tai_Lue": kindAbugida, "Tai_Viet": kindAbugida,
	"Bhaiksuki": kindAbugida, "Marchen": kindAbugida, "Zanabazar_Square": kindAbugida,
	"Soyombo": kindAbugida, "Masaram_Gondi": kindAbugida, "Gunjala_Gondi": kindAbugida,
	"Makasar": kindAbugida, "Nandinagari": kindAbugida, "Dives_Akuru": kindAbugida,
	"Kawi": kindAbugida,
}

// nameSigns are the signs whose sound passports write, and the Thai and
// Lao marks whose names do not say their vowel (MAI HAN-AKAT is short A),
// by the word that ends their name.
var nameSigns = map[string]string{
	"ANUSVARA": "N", "CANDRABINDU": "N", "VISARGA": "H", "NIKHAHIT": "M", "NIGGAHITA": "M",
	"ANUSVARAYA": "NG", "VISARGAYA": "H", "BINDI": "N", "TIPPI": "N", // Sinhala, Gurmukhi
	"RJES SU NGA RO": "M", "RNAM BCAD": "H", // Tibetan anusvara and visarga
	"HAN-AKAT": "A", "LAKKHANGYAO": "AO", "MAI KAN": "A", "MAI KON": "O", // Thai, Lao
	// Sinhala vocalic letters and nasals
	"IRUYANNA": "R", "IRUUYANNA": "RR", "ILUYANNA": "L", "ILUUYANNA": "LL", "NAASIKYAYA": "N", "NAAKSIKYAYA": "N",
	// Syriac vowel points
	"PTHAHA": "A", "ZQAPHA": "A", "RBASA": "E", "ZLAMA": "E", "HBASA": "I", "ESASA": "U", "RWAHA": "O",
	// Sinhala vowel signs, named by their shape (pilla: sign; diga: long)
	"AELA-PILLA": "AA", "KETTI AEDA-PILLA": "AE", "DIGA AEDA-PILLA": "AEE", "KETTI IS-PILLA": "I",
	"DIGA IS-PILLA": "II", "KETTI PAA-PILLA": "U", "DIGA PAA-PILLA": "UU", "GAETTA-PILLA": "R",
	"DIGA GAETTA-PILLA": "RR", "KOMBUVA": "E", "DIGA KOMBUVA": "EE", "KOMBU DEKA": "AI",
	"KOMBUVA HAA AELA-PILLA": "O", "KOMBUVA HAA DIGA AELA-PILLA": "OO",
	"KOMBUVA HAA GAYANUKITTA": "AU", "GAYANUKITTA": "L", "DIGA GAYANUKITTA": "LL",
	// Canadian syllabics finals, named by their shape
	"ACUTE": "T", "GRAVE": "K", "BOTTOM HALF RING": "SH", "TOP HALF RING": "S", "RIGHT HALF RING": "N",
	"RING": "W", "DOUBLE ACUTE": "N", "MIDDLE DOT": "W", "SHORT HORIZONTAL STROKE": "C", "DOWN TACK": "L",
}

// nameQualifiers are words of a letter's name that say where or how it is
// used, not how it sounds (MYANMAR LETTER SHAN PHA, TIBETAN LETTER
// FIXED-FORM RA, SINHALA LETTER MAHAAPRAANA BAYANNA: aspirated BA).
var nameQualifiers = map[string]bool{
	"CAPITAL": true, "SMALL": true, "FINAL": true, "MEDIAL": true, "INITIAL": true,
	"SUBJOINED": true, "INDEPENDENT": true, "DEPENDENT": true, "VOCALIC": true, "LONG": true,
	"FIXED-FORM": true, "ARCHAIC": true, "ALTERNATE": true, "DEAD": true,
	"ALPAPRAANA": true, "MAHAAPRAANA": true, "SANYAKA": true, "DANTAJA": true, "MUURDHAJA": true,
	"TALUJA": true, "KANTAJA": true, "SHAN": true, "MON": true, "KHAMTI": true, "AITON": true,
	"TAI": true, "LAING": true, "PALI": true, "SANSKRIT": true, "EASTERN": true, "WESTERN": true,
	"RUMAI": true, "PALAUNG": true,
}

// nameKillers are the names of the signs that kill a consonant's inherent
// vowel, by script: virama (Brahmic), coeng (Khmer), asat (Myanmar),
// pangkon (Javanese), al-lakuna (Sinhala), and the others of the abugidas.
var nameKillers = map[string]bool{
	"VIRAMA": true, "COENG": true, "ASAT": true, "PANGKON": true, "PANGLAYAR": true, "KILLER": true,
	"HALANTA": true, "AL-LAKUNA": true, "PAMAAEH": true, "PATEN": true, "HALANT": true, "SAKOT": true,
	"PAMUDPOD": true, "PULLI": true, "CHANDRAKKALA": true, "SRAG": true, "HASANTA": true, "KONTHAMA": true,
	"ADEG": true, "PANGOLAT": true, "PANONGONAN": true, "TOPLINE": true, "CAN": true, "MAAI": true,
}

// nameClassWords end the part of a name that says script and class
// (KHMER INDEPENDENT VOWEL RYY: what follows VOWEL is the letter).
var nameClassWords = map[string]bool{
	"LETTER": true, "SYLLABLE": true, "SYLLABICS": true, "CHARACTER": true, "SIGN": true,
	"LIGATURE": true, "VOWEL": true, "CONSONANT": true, "SEMIVOWEL": true, "LOGOGRAM": true,
}

// letterName is a character's Unicode name taken apart.
type letterName struct {
	// core are the words that say its sound, qualifiers left out.
	core                          []string
	aspirated, prenasal           bool // Sinhala MAHAAPRAANA, SANYAKA
	mark, vowelSign, consonantSgn bool // a mark; a vowel sign; a consonant sign or subjoined letter
	killer                        bool // a virama or its equivalent
}

// parseName takes r's name apart; false for characters whose name says no
// sound (ideographs) and for names of qualifiers only.
func parseName(r rune) (letterName, bool) {
	name := runenames.Name(r)
	if name == "" || name[0] == '<' {
		return letterName{}, false
	}
	words := strings.Fields(name)
	class, rest := -1, words
	for i, w := range words {
		if nameClassWords[w] {
			class = i
		}
	}
	if class >= 0 {
		rest = words[class+1:]
	} else if len(words) > 1 {
		rest = words[1:] // JAVANESE PANGKON, SYRIAC PTHAHA ABOVE
	}
	n := letterName{mark: unicode.IsMark(r)}
	for _, w := range rest {
		if w == "WITH" {
			break // BENGALI LETTER RA WITH MIDDLE DIAGONAL is a RA
		}
		n.aspirated = n.aspirated || w == "MAHAAPRAANA"
		n.prenasal = n.prenasal || w == "SANYAKA"
		n.killer = n.killer || nameKillers[w]
		if !nameQualifiers[w] {
			n.core = append(n.core, w)
		}
	}
	before := func(w string) bool { return class >= 0 && (words[class] == w || class > 0 && words[class-1] == w) }
	n.vowelSign = before("VOWEL")
	n.consonantSgn = before("CONSONANT") || before("SEMIVOWEL") ||
		class > 0 && words[class] == "LETTER" && words[class-1] == "SUBJOINED" // TIBETAN SUBJOINED LETTER JA
	return n, len(n.core) > 0
}

// nameReading reads r, a letter or mark of a script without a table of its
// own, from its Unicode name: "" for signs that are no sound and for
// characters Unicode does not name by sound (ideographs, numbered
// syllables), which the caller reads otherwise.
func nameReading(r rune) string {
	n, ok := parseName(r)
	if !ok {
		return ""
	}
	core := n.core
	if s, ok := nameSigns[strings.Join(core, " ")]; ok {
		return s
	}
	for _, w := range core {
		if s, ok := nameSigns[w]; ok {
			return s
		}
	}
	if w := core[len(core)-1]; strings.HasSuffix(w, "FILI") {
		return leadingVowels(w) // Thaana vowel signs: ABAFILI A, AABAAFILI AA
	}
	kind := nameKindOf(r)
	switch {
	case kind == kindThai:
		return thaiNameReading(core, n.mark, n.vowelSign || n.consonantSgn)
	case n.mark && !n.vowelSign && !n.consonantSgn:
		return "" // viramas, nuktas, tone marks, stress and length signs
	}
	w := core[len(core)-1]
	if strings.ContainsFunc(w, unicode.IsDigit) || !isASCIIWord(w) {
		return "" // TANGUT IDEOGRAPH-17000, YI SYLLABLE ITERATION MARK
	}
	switch kind {
	case kindSyllabary:
		return w
	case kindAbugida:
		c, _ := n.consonant(w)
		return c
	}
	return firstSound(w)
}

// consonant reads w, the last word of an abugida letter's name, without
// its inherent vowel, and returns that vowel ("" for a vowel letter).
func (n *letterName) consonant(w string) (c, inherent string) {
	w = strings.TrimSuffix(w, "YANNA") // Sinhala: KAYANNA is KA
	if w == "" {
		return "", ""
	}
	c = withoutInherentVowel(w)
	inherent = w[len(c):]
	if inherent == "" {
		return c, ""
	}
	if n.aspirated {
		c += "H"
	}
	if n.prenasal {
		c = "N" + c // Sinhala SANYAKA GAYANNA: NG
	}
	return c, inherent
}

func nameKindOf(r rune) nameKind {
	spans := nameKindSpans()
	i := sort.Search(len(spans), func(i int) bool { return spans[i].hi >= r })
	if i < len(spans) && spans[i].lo <= r {
		return spans[i].kind
	}
	return kindAlphabet
}

type nameKindSpan struct {
	lo, hi rune
	kind   nameKind
}

// nameKindSpans are the code point ranges of nameScriptKinds, sorted, made
// on first use (a few hundred ranges).
var nameKindSpans = sync.OnceValue(func() []nameKindSpan {
	var spans []nameKindSpan
	for name, k := range nameScriptKinds {
		t := unicode.Scripts[name]
		if t == nil {
			continue // a script newer than this Go's Unicode tables
		}
		for _, r := range t.R16 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				spans = appendSpan(spans, c, k)
			}
		}
		for _, r := range t.R32 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				spans = appendSpan(spans, c, k)
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	return spans
})

// appendSpan adds c to the last span when it continues it: the ranges of
// one script come in order.
func appendSpan(spans []nameKindSpan, c rune, k nameKind) []nameKindSpan {
	if n := len(spans); n > 0 && spans[n-1].hi == c-1 && spans[n-1].kind == k {
		spans[n-1].hi = c
		return spans
	}
	return append(spans, nameKindSpan{c, c, k})
}

// thaiNameReading reads a Thai or Lao name: vowels SARA X (Lao VOWEL SIGN
// X) as X, consonants by their first word less its vowel (KO KAI → K, SO
// SO → S; Lao KHO SUNG → KH). The vowel carrier O ANG, tone marks and the
// silencer THANTHAKHAT read as nothing.
func thaiNameReading(core []string, isMark, sound bool) string {
	if core[0] == "SARA" {
		if len(core) > 1 {
			return core[1]
		}
		return ""
	}
	if isMark && sound && len(core) == 1 {
		// Lao VOWEL SIGN AA (a vowel), SEMIVOWEL SIGN LO (a consonant)
		return withoutInherentVowel(core[0])
	}
	if isMark || core[0] == "O" || strings.HasPrefix(core[0], "MAI") {
		return ""
	}
	if c := withoutInherentVowel(core[0]); c != "C" {
		return c
	}
	return "CH" // Lao CO, as Lao names are written (CHANTHAVONG)
}

// leadingVowels is the run of vowels that begins w.
func leadingVowels(w string) string {
	end := 0
	for end < len(w) && isVowelLetter(w[end]) {
		end++
	}
	return w[:end]
}

// withoutInherentVowel strips the vowel that ends a consonant's name (KHA
// → KH, NGO → NG, DDHA → DDH); a name that begins with a vowel (AA, AI,
// the independent vowels) is a vowel and stays whole.
func withoutInherentVowel(w string) string {
	if isVowelLetter(w[0]) {
		return w
	}
	end := len(w)
	for end > 1 && isVowelLetter(w[end-1]) {
		end--
	}
	return w[:end]
}

// firstSound is a letter name's leading consonants (GAMAL → G, TTAA →
// TT), or its leading vowel when it begins with one (ALIF → A).
func firstSound(w string) string {
	if isVowelLetter(w[0]) {
		return w[:1]
	}
	end := 1
	for end < len(w) && !isVowelLetter(w[end]) && w[end] != '-' {
		end++
	}
	return w[:end]
}

func isVowelLetter(c byte) bool {
	return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return true
}

// digitNames are the words that end the Unicode name of a decimal digit
// (DEVANAGARI DIGIT EIGHT).
var digitNames = map[string]string{
	"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4",
	"FIVE": "5", "SIX": "6", "SEVEN": "7", "EIGHT": "8", "NINE": "9",
}

// digitReading reads a decimal digit of any script as its ASCII digit.
func digitReading(r rune) string {
	name := runenames.Name(r)
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return digitNames[name[i+1:]]
	}
	return ""
}
