package fuzzymatch

// hebrewTable romanises Hebrew script. ICAO Doc 9303 has no Hebrew table;
// scheme 0 follows the Academy of the Hebrew Language's simplified
// transcription rules (2006), as Israeli passports use them: ב → V, כ → KH,
// פ → F as pronounced without dagesh, ו → V/O/U, י → Y/I; scheme 1 is the
// reading with dagesh (ב → B, כ → K, פ → P) and weak letters as vowels,
// scheme 2 common English and German usage for names written in Hebrew
// (ח → CH, צ → TZ, ו → W, ש → S). Niqqud, when written, is read.
var hebrewTable = &altTable{
	standard: "Academy of the Hebrew Language simplified transcription (2006); common usage",
	schemes:  3,
	letters: map[string][]string{
		"א": {"", "A", ""}, "ב": {"V", "B", "B"}, "ג": {"G"}, "ג׳": {"J"}, "ג'": {"J"}, "ד": {"D"},
		"ה": {"H"}, "ו": {"V", "O", "U"}, "וו": {"V", "W", "W"}, "ז": {"Z"}, "ז׳": {"ZH", "J", "ZH"}, "ח": {"KH", "H", "CH"},
		"ט": {"T"}, "י": {"Y", "I", "E"}, "יי": {"Y", "EI", "AI"}, "כ": {"KH", "K", "CH"}, "ך": {"KH", "K", "CH"},
		"ל": {"L"}, "מ": {"M"}, "ם": {"M"}, "נ": {"N"}, "ן": {"N"}, "ס": {"S"}, "ע": {"", "A", "E"},
		"פ": {"F", "P", "PH"}, "ף": {"F", "F", "PH"}, "צ": {"TS", "Z", "TZ"}, "ץ": {"TS", "Z", "TZ"},
		"צ׳": {"CH"}, "ץ׳": {"CH"}, "ק": {"K", "K", "C"}, "ר": {"R"}, "ש": {"SH", "S", "SCH"},
		"ת": {"T", "T", "TH"}, "ת׳": {"TH"}, "ו׳": {"W"}, "׳": {""}, "״": {""},
		// Niqqud.
		"\u05b7": {"A"}, "\u05b8": {"A"}, "\u05b6": {"E"}, "\u05b5": {"E"}, "\u05b4": {"I"},
		"\u05b9": {"O"}, "\u05bb": {"U"}, "\u05b0": {"E", ""}, "\u05bc": {""}, "\u05c1": {""},
		"\u05c2": {""}, "\u05b1": {"E"}, "\u05b2": {"A"}, "\u05b3": {"O"},
	},
	initial: map[string][]string{
		"א": {"A", "E", "I"}, "ע": {"A", "E", "O"}, "ו": {"V", "W", "V"}, "י": {"Y", "Y", "J"},
		"או": {"O", "U", "AU"}, "אי": {"I", "E", "EI"}, "אה": {"A", "A", "AH"},
	},
	final: map[string][]string{
		"ה": {"A", "AH", "E"}, "ו": {"O", "U", "V"}, "י": {"I", "Y", "E"}, "א": {"A", "", "A"},
		"יה": {"IA", "YA", "IAH"}, "ע": {"A", "", ""},
	},
}
