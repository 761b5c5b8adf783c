package fuzzymatch

// The Cyrillic romanisation schemes as data: the base table and the
// differences from it of every scheme, each with its source (how a scheme
// is applied is translit_cyrillic.go).

// cyrBase is ICAO Doc 9303 Part 3, table B (lower case keys).
var cyrBase = map[rune]string{
	'а': "A", 'б': "B", 'в': "V", 'г': "G", 'д': "D", 'е': "E", 'ё': "E", 'ж': "ZH", 'з': "Z",
	'и': "I", 'й': "I", 'к': "K", 'л': "L", 'м': "M", 'н': "N", 'о': "O", 'п': "P", 'р': "R",
	'с': "S", 'т': "T", 'у': "U", 'ф': "F", 'х': "KH", 'ц': "TS", 'ч': "CH", 'ш': "SH",
	'щ': "SHCH", 'ъ': "IE", 'ы': "Y", 'ь': "", 'э': "E", 'ю': "IU", 'я': "IA",
	// Ukrainian, Belarusian, Serbian, Macedonian letters of table B.
	'ґ': "G", 'є': "IE", 'і': "I", 'ї': "I", 'ў': "U", 'ђ': "D", 'ѓ': "G", 'ѕ': "DZ", 'ј': "J",
	'љ': "LJ", 'њ': "NJ", 'ћ': "C", 'ќ': "K", 'џ': "DZ",
	// Kazakh (passport practice).
	'ә': "A", 'ғ': "G", 'қ': "K", 'ң': "N", 'ө': "O", 'ұ': "U", 'ү': "U", 'һ': "H",
}

// cyrSchemes are the schemes found in real documents, ICAO first, then
// the ones whose readings differ most from it (the comparator spells out
// only the leading readings; all of them are exact-match keys).
var cyrSchemes = []cyrScheme{
	{name: "ICAO Doc 9303 (2021)"},
	{
		// Polish names in Russian practical transcription (Ermolovich
		// 2005) read backwards: SZ, CZ, RZ and Ż are Ш, Ч, Ж (RZ after P, T,
		// K is Ш: Przybylski = Пшибыльский), W is В, C is Ц, CH is Х, Y
		// after C, Ż, SZ, CZ is И (Różycki = Ружицкий), -SKI and -CKI are
		// -СКИЙ and -ЦКИЙ. Applied only to words with one of these endings
		// or clusters, and second in order: the comparator spells out and
		// compares the skeletons of leading readings only, and the other
		// schemes' readings of such words mostly share their skeletons.
		name:      "Polish names (practical transcription)",
		over:      map[rune]string{'ш': "SZ", 'ж': "Z", 'ч': "CZ", 'щ': "SZCZ", 'ц': "C", 'х': "CH", 'в': "W", 'й': "J", 'я': "IA", 'ю': "IU", 'ё': "IO", 'ы': "Y", 'ъ': "", 'ь': "", 'э': "E"},
		iotated:   map[rune]string{'е': "JE", 'я': "JA", 'ю': "JU"},
		endings:   map[string]string{"ский": "SKI", "цкий": "CKI", "ская": "SKA", "цкая": "CKA", "ски": "SKI", "цки": "CKI"},
		clusters:  map[string]string{"пш": "PRZ", "тш": "TRZ", "кш": "KRZ", "бж": "BRZ", "вж": "WRZ", "гж": "GRZ", "ци": "CY", "жи": "ZY", "ши": "SZY", "чи": "CZY"},
		ending:    true,
		clustered: true,
	},
	{
		// Common English usage of newspapers and visa applications.
		name:     "English usage",
		over:     map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YO", 'ж': "ZH", 'ә': "AE", 'ғ': "GH", 'қ': "Q", 'ң': "NG", 'ө': "OE", 'ү': "UE"},
		iotated:  map[rune]string{'е': "YE"},
		endings:  map[string]string{"ий": "Y", "ый": "Y", "ой": "OY", "ей": "EY", "ай": "AY"},
		clusters: map[string]string{"кс": "X", "ии": "I", "ья": "IA", "дж": "J"},
	},
	{
		// Russian practical transcription read backwards: how names of
		// foreign origin written in Cyrillic are spelled in their own
		// language (Х → H, Э → E, ДЖ → J, and the Polivanov system for
		// Japanese: ТИ → CHI, СИ → SHI, ЦУ → TSU).
		name:     "Foreign names (practical transcription)",
		over:     map[rune]string{'х': "H", 'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YO", 'ж': "J", 'ц': "TZ", 'э': "E"},
		endings:  map[string]string{"ий": "I"},
		clusters: map[string]string{"дж": "J", "кс": "X", "ти": "CHI", "си": "SHI", "цу": "TSU", "дз": "Z", "тя": "CHA", "тю": "CHU", "тё": "CHO", "ся": "SHA", "сю": "SHU", "сё": "SHO", "кв": "QU", "ьо": "IO", "ье": "IE"},
	},
	{
		// German (Duden) transcription, common in German-speaking documents.
		name:     "German usage",
		over:     map[rune]string{'в': "W", 'ж': "SCH", 'з': "S", 'й': "J", 'х': "CH", 'ц': "Z", 'ч': "TSCH", 'ш': "SCH", 'щ': "SCHTSCH", 'ъ': "", 'ы': "Y", 'ю': "JU", 'я': "JA", 'ё': "JO", 'э': "E"},
		iotated:  map[rune]string{'е': "JE"},
		endings:  map[string]string{"ий": "I", "ый": "Y"},
		clusters: map[string]string{"кс": "X"},
	},
	{
		// MVD order 310 (1997) and its successor 782 (2000), Russian
		// passports 1997-2010.
		name:    "MVD 310-1997 / 782-2000",
		over:    map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y"},
		iotated: map[rune]string{'е': "YE"},
	},
	{
		// BGN/PCGN 1947 romanisation of Russian.
		name:    "BGN/PCGN 1947",
		over:    map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YE"},
		iotated: map[rune]string{'е': "YE", 'ё': "YE"},
	},
	{
		// GOST R 52535.1-2006, Russian passports 2010-2013: as ICAO but
		// Ц → TC and Ъ dropped.
		name: "GOST R 52535.1-2006",
		over: map[rune]string{'ц': "TC", 'ъ': ""},
	},
	{
		// Ukrainian national transliteration (Cabinet of Ministers
		// resolution 55, 2010), used in Ukrainian passports; applied to any
		// word since Ukrainian names often have no letter of their own.
		name:      "Ukraine KMU 55-2010",
		over:      map[rune]string{'г': "H", 'и': "Y", 'й': "I", 'ъ': "", 'ь': "", 'є': "IE", 'ї': "I"},
		iotated:   map[rune]string{'є': "YE", 'ї': "YI", 'й': "Y", 'ю': "YU", 'я': "YA"},
		startOnly: true,
	},
	{
		// French usage (MVD 310 French variant of passports issued to
		// French-speaking countries).
		name:    "French usage",
		over:    map[rune]string{'у': "OU", 'ж': "J", 'х': "KH", 'ш': "CH", 'ч': "TCH", 'щ': "CHTCH", 'й': "I", 'ю': "IOU", 'я': "IA", 'ъ': "", 'ы': "Y", 'ё': "IO"},
		iotated: map[rune]string{'е': "IE"},
	},
	{
		// Classical and biblical names: Russian renders Latin -IUS and
		// Greek -EUS/-OS as -ИЙ and -ЕЙ (Луций = Lucius, Гней = Gnaeus).
		name:     "Classical names",
		over:     map[rune]string{'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ц': "C", 'х': "H", 'ф': "PH", 'э': "AE"},
		endings:  map[string]string{"ий": "IUS", "ей": "EUS"},
		clusters: map[string]string{"кс": "X"},
		ending:   true,
	},
	{
		// English names in Russian practical transcription (R. S.
		// Gilyarevsky, B. A. Starostin, "Foreign names and titles in
		// Russian text", 1985; D. I. Ermolovich, "Names and titles", 2005)
		// read backwards: W before a vowel is written У (Walker = Уолкер,
		// Webley = Уэбли, Edward = Эдуард), H is Х. Applied only to words
		// with such a У.
		name:      "English names (practical transcription)",
		over:      map[rune]string{'х': "H", 'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "Y", 'ё': "YO", 'ж': "J", 'э': "E"},
		clusters:  map[string]string{"уо": "WO", "уа": "WA", "уэ": "WE", "уе": "WE", "уи": "WI"},
		clustered: true,
	},
	{
		// Italian names in Russian practical transcription (Ermolovich
		// 2005) read backwards: G before E and I (GI before other vowels)
		// is ДЖ, which is also how English G before E, I, Y is written
		// (Giampiero = Джампьеро, George = Джордж); C is К or Ч, Z is Ц or
		// ДЗ, SC before E and I is Ш. Applied only to words with ДЖ or ДЗ.
		name:      "Italian names (practical transcription)",
		over:      map[rune]string{'к': "C", 'ч': "C", 'ц': "Z", 'х': "H", 'й': "I", 'ю': "IU", 'я': "IA", 'ъ': "", 'ы': "I", 'ё': "IO", 'ж': "G", 'ш': "SC", 'э': "E"},
		clusters:  map[string]string{"дж": "G", "дз": "Z"},
		clustered: true,
	},
	{
		// Spanish names in Russian practical transcription (Ermolovich
		// 2005) read backwards: J, and G before E and I, are Х (Jiménez =
		// Хименес, Juan = Хуан), which is also how Spanish writes Х
		// (Mijaíl). Applied only to words with Х.
		name: "Spanish names (practical transcription)",
		over: map[rune]string{'х': "J", 'й': "Y", 'ю': "YU", 'я': "YA", 'ъ': "", 'ы': "I", 'ё': "YO", 'э': "E"},
		only: "х",
	},
	{
		// Bulgarian streamlined system (Transliteration Act 2009): Ъ is a
		// vowel, Щ → SHT. Applied when Ъ is followed by a consonant.
		name: "Bulgaria 2009",
		over: map[rune]string{'ъ': "A", 'щ': "SHT", 'й': "Y", 'ю': "YU", 'я': "YA", 'ц': "TS", 'х': "H"},
		only: "ъ",
	},
	{
		// Serbian and Macedonian Latin alphabets.
		name: "Serbian/Macedonian Latin",
		over: map[rune]string{'ђ': "DJ", 'ћ': "C", 'ч': "C", 'ш': "S", 'ж': "Z", 'џ': "DZ", 'ѓ': "GJ", 'ќ': "KJ", 'х': "H", 'ц': "C", 'ј': "J"},
		only: "ђћџѓќјљњѕ",
	},
}
