package fuzzymatch

// armenianTable romanises Armenian. ICAO Doc 9303 has no Armenian table;
// scheme 0 follows the romanisation of Armenian passports (Government
// decision 2012, close to BGN/PCGN 1981: Ե → YE at the start, Ո → VO at
// the start, ՈՒ → U, Ղ → GH, Ծ → TS, Ճ → CH, Ջ → J), scheme 1 ISO 9985
// without diacritics (aspirates Թ Փ Ք Չ Ց → T P K CH TS, Ը → Y), scheme 2
// western usage (Թ → T, Փ → P, Ք → K, Ճ → J, Ջ → CH, Պ → B, Բ → P, as in
// names of the diaspora).
var armenianTable = &altTable{
	standard: "Armenian passport romanisation (2012) / BGN/PCGN 1981; ISO 9985; western usage",
	schemes:  3,
	letters: map[string][]string{
		"ա": {"A"}, "բ": {"B", "B", "P"}, "գ": {"G", "G", "K"}, "դ": {"D", "D", "T"}, "ե": {"E"},
		"զ": {"Z"}, "է": {"E"}, "ը": {"Y", "E", "E"}, "թ": {"T", "T", "T"}, "ժ": {"ZH"}, "ի": {"I"},
		"լ": {"L"}, "խ": {"KH", "X", "KH"}, "ծ": {"TS", "C", "DZ"}, "կ": {"K", "K", "G"}, "հ": {"H"},
		"ձ": {"DZ", "J", "TS"}, "ղ": {"GH"}, "ճ": {"CH", "C", "J"}, "մ": {"M"}, "յ": {"Y"}, "ն": {"N"},
		"շ": {"SH"}, "ո": {"O", "O", "VO"}, "չ": {"CH"}, "պ": {"P", "P", "B"}, "ջ": {"J", "J", "CH"},
		"ռ": {"R"}, "ս": {"S"}, "վ": {"V"}, "տ": {"T", "T", "D"}, "ր": {"R"}, "ց": {"TS", "C", "TS"},
		"ւ": {"V", "W", "V"}, "փ": {"P", "P", "P"}, "ք": {"K", "Q", "K"}, "օ": {"O"}, "ֆ": {"F"},
		"ու": {"U", "U", "OU"}, "և": {"EV", "EV", "YEV"},
	},
	initial: map[string][]string{
		"ե": {"YE", "E", "YE"}, "ո": {"VO", "O", "VO"}, "և": {"YEV", "EV", "YEV"},
	},
}
