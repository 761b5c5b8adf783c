package fuzzymatch

// hebrewTable romanises Hebrew script. ICAO Doc 9303 has no Hebrew table;
// scheme 0 follows the Academy of the Hebrew Language's simplified
// transcription rules (2006), as Israeli passports use them: ב → V, כ → KH,
// פ → F as pronounced without dagesh, ו → V/O/U, י → Y/I; scheme 1 is the
// reading with dagesh (ב → B, כ → K, פ → P) and weak letters as vowels,
// scheme 2 common English and German usage for names written in Hebrew
// (ח → CH, צ → TZ, ו → W, ש → S); scheme 3 reads foreign names as Hebrew
// spells them (the Academy's rules for writing foreign words in Hebrew
// letters: ו for O and U, י for I and E, ב without dagesh for V, פ for F: Xavier =
// קסבייה, Duvivier = דוביביה), the vowels of scheme 1 with the
// consonants of scheme 0. Niqqud, when written, is read.
var hebrewTable = &altTable{
	standard: "Academy of the Hebrew Language simplified transcription (2006); common usage",
	schemes:  4,
	letters: map[string][]string{
		"א": {"", "A", "", "A"}, "ב": {"V", "B", "B", "V"}, "ג": {"G"}, "ג׳": {"J"}, "ג'": {"J"}, "ד": {"D"},
		"ה": {"H"}, "ו": {"V", "O", "U", "O"}, "וו": {"V", "W", "W", "V"}, "ז": {"Z"}, "ז׳": {"ZH", "J", "ZH"}, "ח": {"KH", "H", "CH", "H"},
		"ט": {"T"}, "י": {"Y", "I", "E", "I"}, "יי": {"Y", "EI", "AI", "EI"}, "כ": {"KH", "K", "CH", "K"}, "ך": {"KH", "K", "CH", "K"},
		"ל": {"L"}, "מ": {"M"}, "ם": {"M"}, "נ": {"N"}, "ן": {"N"}, "ס": {"S"}, "ע": {"", "A", "E", "A"},
		"פ": {"F", "P", "PH", "F"}, "ף": {"F", "F", "PH", "F"}, "צ": {"TS", "Z", "TZ", "TS"}, "ץ": {"TS", "Z", "TZ", "TS"},
		"צ׳": {"CH"}, "ץ׳": {"CH"}, "ק": {"K", "K", "C", "K"}, "ר": {"R"}, "ש": {"SH", "S", "SCH", "SH"},
		"ת": {"T", "T", "TH", "T"}, "ת׳": {"TH"}, "ו׳": {"W"}, "׳": {""}, "״": {""},
		// Niqqud.
		"\u05b7": {"A"}, "\u05b8": {"A"}, "\u05b6": {"E"}, "\u05b5": {"E"}, "\u05b4": {"I"},
		"\u05b9": {"O"}, "\u05bb": {"U"}, "\u05b0": {"E", ""}, "\u05bc": {""}, "\u05c1": {""},
		"\u05c2": {""}, "\u05b1": {"E"}, "\u05b2": {"A"}, "\u05b3": {"O"},
	},
	initial: map[string][]string{
		"א": {"A", "E", "I", "A"}, "ע": {"A", "E", "O", "A"}, "ו": {"V", "W", "V", "V"}, "י": {"Y", "Y", "J", "Y"},
		"או": {"O", "U", "AU", "O"}, "אי": {"I", "E", "EI", "I"}, "אה": {"A", "A", "AH", "A"},
	},
	final: map[string][]string{
		"ה": {"A", "AH", "E", "E"}, "ו": {"O", "U", "V", "O"}, "י": {"I", "Y", "E", "I"}, "א": {"A", "", "A", "A"},
		"יה": {"IA", "YA", "IAH", "IA"}, "ע": {"A", "", "", "A"},
	},
}
