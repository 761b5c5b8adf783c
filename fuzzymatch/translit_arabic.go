package fuzzymatch

// arabicTable romanises Arabic script (Arabic, Persian, Urdu, Pashto
// letters). Scheme 0 follows ICAO Doc 9303 Part 3 (8th edition, 2021),
// section 6, table C "Transliteration of Arabic characters", with its
// X-prefixed reversible codes written as the plain letters that visual
// zones and airline systems carry (XTH → TH, XKH → KH, XSH → SH, XDH → DH,
// XAA → A, ...); long vowel letters are read as vowels. Scheme 1 reads the
// weak letters as consonants (و → W, ي → Y), scheme 2 is common English
// usage (ج → G as in Egypt, ق → K, ث → S, ذ → Z, ة → AH, و → O, ي → E).
// The short vowels that the script leaves out are not invented here: the
// comparator matches Arabic readings through their consonant skeletons.
// Short vowel marks, when written, are read (fatha A, kasra I, damma U).
// The definite article ال is split off by Prepare as the particle AL.
var arabicTable = &altTable{
	standard: "ICAO Doc 9303 Part 3 table C; common English usage",
	schemes:  3,
	letters: map[string][]string{
		"ا": {"A"}, "أ": {"A"}, "إ": {"I", "I", "E"}, "آ": {"A"}, "ٱ": {"A"}, "ء": {""}, "ؤ": {"U", "W", "O"},
		"ئ": {"I", "Y", "E"}, "ب": {"B"}, "ت": {"T"}, "ث": {"TH", "TH", "S"}, "ج": {"J", "J", "G"},
		"ح": {"H"}, "خ": {"KH"}, "د": {"D"}, "ذ": {"DH", "DH", "Z"}, "ر": {"R"}, "ز": {"Z"},
		"س": {"S"}, "ش": {"SH"}, "ص": {"S"}, "ض": {"D", "DH", "D"}, "ط": {"T"}, "ظ": {"Z", "DH", "Z"},
		"ع": {"", "A", ""}, "غ": {"GH", "GH", "G"}, "ف": {"F"}, "ق": {"Q", "Q", "K"}, "ك": {"K"},
		"ل": {"L"}, "م": {"M"}, "ن": {"N"}, "ه": {"H"}, "و": {"U", "W", "O"}, "ي": {"I", "Y", "E"},
		"ى": {"A"}, "تش": {"TSH", "CH", "CH"}, "دج": {"DJ", "J", "J"}, "ة": {"A", "AT", "AH"}, "وو": {"UW", "W", "OU"}, "يي": {"IY", "Y", "EY"},
		// Persian and Urdu letters.
		"پ": {"P"}, "چ": {"CH"}, "ژ": {"ZH"}, "گ": {"G"}, "ک": {"K"}, "ی": {"I", "Y", "E"},
		"ۀ": {"EH"}, "ہ": {"H"}, "ھ": {"H"}, "ے": {"E"}, "ٹ": {"T"}, "ڈ": {"D"}, "ڑ": {"R"}, "ں": {"N"},
		// Vowel marks, when written; shadda and sukun are dropped.
		"\u064e": {"A"}, "\u0650": {"I"}, "\u064f": {"U"}, "\u064b": {"AN"}, "\u064d": {"IN"},
		"\u064c": {"UN"}, "\u0651": {""}, "\u0652": {""}, "\u0670": {"A"}, "\u0640": {""},
	},
	initial: map[string][]string{
		"ا": {"A", "A", "E"}, "إ": {"I", "I", "E"}, "ع": {"A", "A", "E"}, "و": {"W", "W", "OU"},
		"ي": {"Y", "Y", "Y"}, "او": {"U", "AW", "OU"}, "اي": {"I", "AY", "E"}, "ای": {"I", "AY", "E"},
		"عو": {"U", "AW", "OU"}, "عي": {"I", "AY", "EI"}, "ی": {"Y", "Y", "Y"},
	},
	final: map[string][]string{
		"ه": {"H", "A", "EH"}, "ة": {"A", "AT", "AH"}, "ي": {"I", "Y", "Y"}, "ی": {"I", "Y", "Y"},
		"و": {"U", "W", "OU"},
	},
}
