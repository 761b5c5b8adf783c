package watchlist

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryAliases maps the country names the UN and OFAC lists use, where
// they differ from the CLDR English names, to ISO 3166-1 alpha-3 codes.
var countryAliases = map[string]string{
	"democratic peoples republic of korea": "PRK",
	"korea north":                          "PRK",
	"north korea":                          "PRK",
	"republic of korea":                    "KOR",
	"korea south":                          "KOR",
	"iran islamic republic of":             "IRN",
	"russian federation":                   "RUS",
	"united kingdom of great britain and northern ireland": "GBR",
	"united kingdom":                   "GBR",
	"great britain":                    "GBR",
	"united states of america":         "USA",
	"democratic republic of the congo": "COD",
	"congo democratic republic of the": "COD",
	"congo":                            "COG",
	"republic of the congo":            "COG",
	"syrian arab republic":             "SYR",
	"united republic of tanzania":      "TZA",
	"state of palestine":               "PSE",
	"palestinian":                      "PSE",
	"palestine":                        "PSE",
	"turkiye":                          "TUR",
	"turkey":                           "TUR",
	"burma":                            "MMR",
	"myanmar":                          "MMR",
	"the gambia":                       "GMB",
	"cabo verde":                       "CPV",
	"cape verde":                       "CPV",
	"macedonia the former yugoslav republic of": "MKD",
	"north macedonia":                  "MKD",
	"hong kong":                        "HKG",
	"vietnam":                          "VNM",
	"viet nam":                         "VNM",
	"lao peoples democratic republic":  "LAO",
	"bolivia plurinational state of":   "BOL",
	"venezuela bolivarian republic of": "VEN",
	"ivory coast":                      "CIV",
	"cote divoire":                     "CIV",
	"czech republic":                   "CZE",
	"kosovo":                           "XKX",
}

var (
	countryOnce  sync.Once
	countryTable map[string]string
)

// loadCountries fills the table from CLDR (through x/text) once: alpha-2,
// alpha-3 and English names, then the list-specific aliases.
func loadCountries() {
	t := make(map[string]string, 1024)
	en := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			a3 := r.ISO3()
			if a3 == "" || a3 == "ZZZ" {
				continue
			}
			t[strings.ToLower(code)] = a3
			t[strings.ToLower(a3)] = a3
			if name := countryKey(en.Name(r)); name != "" {
				if _, ok := t[name]; !ok {
					t[name] = a3
				}
			}
		}
	}
	for k, v := range countryAliases {
		t[k] = v
	}
	countryTable = t
}

// countryKey folds a country name for lookup: lower case, ASCII letters and
// single spaces only (diacritics dropped), so "Côte d'Ivoire", "Cote
// d'Ivoire" and "COTE DIVOIRE" meet.
func countryKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
		case r == 'ü':
			b.WriteByte('u')
		case r == 'ô' || r == 'ö':
			b.WriteByte('o')
		case r == 'é' || r == 'è':
			b.WriteByte('e')
		case r == 'ç':
			b.WriteByte('c')
		case r == 'ã' || r == 'á':
			b.WriteByte('a')
		case r == 'í':
			b.WriteByte('i')
		default:
			space = true
		}
	}
	return b.String()
}

// countryCode resolves a country as lists and messages give it (ISO 3166-1
// alpha-2 or alpha-3 code, or an English name in the forms the UN and OFAC
// lists use) to its alpha-3 code; ok is false when it is not recognised.
func countryCode(s string) (code string, ok bool) {
	countryOnce.Do(loadCountries)
	k := countryKey(s)
	if k == "" {
		return "", false
	}
	code, ok = countryTable[k]
	if !ok {
		// "possibly Palestinian", "Iran (Islamic Republic of)" after folding
		k = strings.TrimPrefix(k, "possibly ")
		code, ok = countryTable[k]
	}
	return code, ok
}
