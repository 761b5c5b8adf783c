package fuzzymatch

// greekTable romanises Greek. Scheme 0 is ELOT 743 (1982), the table of
// ICAO Doc 9303 Part 3 (8th edition, 2021), section 6, and of Greek
// passports (Η → I, Υ → Y, Χ → CH, ΟΥ → OU, ΜΠ → MP, ΓΓ → NG); scheme 1
// the phonetic reading common in English texts (ΜΠ at the start → B, ΝΤ at
// the start → D, ΑΙ → E, ΕΙ ΟΙ Υ → I, Χ → H); scheme 2 the classical
// transcription (Β → B, Υ → Y, Φ → PH, Χ → KH). Accents are dropped.
var greekTable = &altTable{
	standard:  "ELOT 743:1982 (ICAO Doc 9303 Part 3); phonetic and classical usage",
	schemes:   3,
	decompose: true,
	letters: map[string][]string{
		"α": {"A"}, "β": {"V", "V", "B"}, "γ": {"G", "G", "G"}, "δ": {"D", "D", "D"}, "ε": {"E"},
		"ζ": {"Z"}, "η": {"I", "I", "E"}, "θ": {"TH"}, "ι": {"I"}, "κ": {"K"}, "λ": {"L"}, "μ": {"M"},
		"ν": {"N"}, "ξ": {"X", "KS", "X"}, "ο": {"O"}, "π": {"P"}, "ρ": {"R"}, "σ": {"S"}, "ς": {"S"},
		"τ": {"T"}, "υ": {"Y", "I", "Y"}, "φ": {"F", "F", "PH"}, "χ": {"CH", "H", "KH"}, "ψ": {"PS"},
		"ω": {"O"}, "ου": {"OU", "U", "OU"}, "αι": {"AI", "E", "AI"}, "ει": {"EI", "I", "EI"},
		"οι": {"OI", "I", "OI"}, "αυ": {"AV", "AV", "AU"}, "ευ": {"EV", "EV", "EU"},
		"γγ": {"NG"}, "γκ": {"GK", "NG", "NK"}, "γξ": {"NX"}, "γχ": {"NCH", "NH", "NKH"},
		"μπ": {"MP", "MB", "MP"}, "ντ": {"NT", "ND", "NT"}, "τσ": {"TS"}, "τζ": {"TZ"},
		"\u0301": {""}, "\u0308": {""}, "\u0313": {""}, "\u0314": {""}, "\u0342": {""}, "\u0345": {""},
	},
	initial: map[string][]string{
		"μπ": {"MP", "B", "MP"}, "ντ": {"NT", "D", "NT"}, "γκ": {"GK", "G", "G"},
	},
}
