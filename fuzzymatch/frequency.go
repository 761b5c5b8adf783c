package fuzzymatch

// commonTokens are tokens so frequent in person and organisation names that
// agreeing on them says little: the most common given names and surnames of
// the regions whose names PIUs screen most, and generic organisation words.
// Their weight is lowered (the value is the weight, 1 being an ordinary
// token), so that "MOHAMMED ALI" does not match every "MOHAMMED X ALI Y".
// The list is the project's own, written from published name-frequency
// rankings as general knowledge; it is deliberately short.
var commonTokens = map[string]float32{
	// Given names and name elements.
	"MUHAMMAD": 0.45, "MOHAMMED": 0.45, "MOHAMMAD": 0.45, "MOHAMED": 0.45, "MOHD": 0.45, "MD": 0.5,
	"AHMED": 0.6, "AHMAD": 0.6, "ALI": 0.55, "HASSAN": 0.65, "HUSSEIN": 0.65, "HUSSAIN": 0.65,
	"ABDUL": 0.5, "ABDULLAH": 0.6, "KHAN": 0.55, "IBRAHIM": 0.7, "MAHMOUD": 0.7, "OMAR": 0.7,
	"JOSE": 0.7, "MARIA": 0.6, "JUAN": 0.7, "JOHN": 0.7, "DAVID": 0.7, "MICHAEL": 0.7,
	"ALEKSANDR": 0.75, "SERGEY": 0.75, "ANDREY": 0.75, "VLADIMIR": 0.75, "ELENA": 0.75, "OLGA": 0.75,
	"ANNA": 0.75, "NATALIA": 0.8, "IVAN": 0.75,
	// Surnames.
	"WANG": 0.5, "LI": 0.5, "ZHANG": 0.5, "LIU": 0.55, "CHEN": 0.55, "YANG": 0.6, "HUANG": 0.6,
	"ZHAO": 0.6, "WU": 0.6, "ZHOU": 0.6, "NGUYEN": 0.5, "TRAN": 0.6, "LE": 0.6, "PHAM": 0.65,
	"KIM": 0.5, "LEE": 0.55, "PARK": 0.6, "SINGH": 0.5, "KUMAR": 0.55, "DEVI": 0.6, "SHARMA": 0.7,
	"SMITH": 0.65, "JOHNSON": 0.7, "WILLIAMS": 0.7, "BROWN": 0.7, "JONES": 0.7, "GARCIA": 0.65,
	"RODRIGUEZ": 0.7, "MARTINEZ": 0.7, "HERNANDEZ": 0.7, "LOPEZ": 0.7, "GONZALEZ": 0.7, "PEREZ": 0.7,
	"SILVA": 0.7, "SANTOS": 0.7, "DOS": 0.3, "IVANOV": 0.75, "IVANOVA": 0.75, "MULLER": 0.75,
	// Organisation words and legal forms.
	"COMPANY": 0.3, "CO": 0.3, "LTD": 0.25, "LIMITED": 0.25, "LLC": 0.25, "INC": 0.25, "CORP": 0.3,
	"CORPORATION": 0.3, "GROUP": 0.4, "HOLDING": 0.4, "HOLDINGS": 0.4, "INTERNATIONAL": 0.4,
	"TRADING": 0.45, "BANK": 0.5, "AG": 0.25, "GMBH": 0.25, "SA": 0.25, "PLC": 0.25, "OOO": 0.25,
	"AO": 0.25, "ZAO": 0.25, "OAO": 0.25, "PAO": 0.25, "JSC": 0.25, "PJSC": 0.25, "LLP": 0.25,
	"BV": 0.25, "NV": 0.25, "SRL": 0.25, "SPA": 0.25, "SAS": 0.25, "KG": 0.25, "AB": 0.3, "AS": 0.3,
	"OY": 0.25, "THE": 0.2, "OF": 0.2, "AND": 0.2, "FOR": 0.25, "IN": 0.25,
}

// tokenWeight is the weight of a token in a name score: ordinary tokens 1,
// common ones less, particles and initials little.
func tokenWeight(t *tokenData) float32 {
	switch t.kind {
	case kindParticle:
		return 0.2
	case kindInitial:
		return 0.5
	}
	w := float32(1)
	for _, f := range t.forms {
		if e := lexOf(f); e.has(lexCommon) && e.common < w {
			w = e.common
		}
	}
	if w == 1 && len(t.forms[0]) <= 2 {
		w = 0.6 // very short tokens carry little evidence
	}
	return w
}
