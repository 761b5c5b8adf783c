package fuzzymatch

// georgianTable romanises Georgian (Mkhedruli). Scheme 0 is the national
// system of 2002 used in Georgian passports (also BGN/PCGN 2009): aspirates
// unmarked (თ → T, ფ → P, ქ → K), ejectives unmarked (ტ → T, პ → P, კ → K),
// ყ → Q, ღ → GH, ხ → KH, ჟ → ZH; scheme 1 marks aspirates with H as in
// older usage (თ → TH, ფ → PH, ქ → KH); scheme 2 follows Russian-era
// passports (ყ → K, ღ → G, ჯ → DZH).
var georgianTable = &altTable{
	standard: "Georgian national romanisation (2002) / BGN/PCGN 2009; older and Russian-era usage",
	schemes:  3,
	letters: map[string][]string{
		"ა": {"A"}, "ბ": {"B"}, "გ": {"G"}, "დ": {"D"}, "ე": {"E"}, "ვ": {"V"}, "ზ": {"Z"},
		"თ": {"T", "TH", "T"}, "ი": {"I"}, "კ": {"K"}, "ლ": {"L"}, "მ": {"M"}, "ნ": {"N"}, "ო": {"O"},
		"პ": {"P"}, "ჟ": {"ZH"}, "რ": {"R"}, "ს": {"S"}, "ტ": {"T"}, "უ": {"U"}, "ფ": {"P", "PH", "F"},
		"ქ": {"K", "KH", "K"}, "ღ": {"GH", "GH", "G"}, "ყ": {"Q", "Q", "K"}, "შ": {"SH"}, "ჩ": {"CH"},
		"ც": {"TS"}, "ძ": {"DZ"}, "წ": {"TS"}, "ჭ": {"CH"}, "ხ": {"KH"}, "ჯ": {"J", "J", "DZH"}, "ჰ": {"H"},
	},
}
