package fuzzymatch

// icaoLatin gives the two readings of Latin letters with diacritics where
// practice differs. The first reading is the transliteration recommended by
// ICAO Doc 9303 Part 3 (8th edition, 2021), section 6, table A "Transliteration
// of multinational Latin-based characters", for the machine readable zone;
// the second is the simple reading (marks removed) that airline systems and
// many issuing states use. Letters not listed here lose their marks (É → E),
// which is what the ICAO table prescribes for them.
var icaoLatin = map[rune]struct{ icao, simple string }{
	'Ä': {"AE", "A"},
	'Æ': {"AE", "AE"},
	'Å': {"AA", "A"},
	'Ö': {"OE", "O"},
	'Ø': {"OE", "O"},
	'Œ': {"OE", "OE"},
	'Ü': {"UE", "U"},
	'ẞ': {"SS", "S"},
	'ß': {"SS", "S"},
	'Þ': {"TH", "TH"},
	'Ð': {"D", "DH"},
	'Đ': {"D", "DJ"},
	'Ĳ': {"IJ", "Y"},
	'Ñ': {"N", "NY"}, // ICAO also allows NXX in the MRZ
	'Ł': {"L", "L"},
	'Ŀ': {"L", "L"},
	'Ħ': {"H", "H"},
	'Ŧ': {"T", "T"},
	'Ŋ': {"N", "NG"},
	'Ə': {"A", "E"},
	'İ': {"I", "I"},
	'Ɨ': {"I", "I"},
	'Ʒ': {"Z", "ZH"},
}
