package fuzzymatch

import (
	"strconv"
	"strings"
)

// Organisation names: legal forms spelled out or abbreviated in many
// languages, numbers written as words or digits. Prepare brings both sides
// to the same tokens; legal forms then weigh little (frequency.go) and
// equivalent forms pair as equivalents (legalFormGroups).

// legalPhrases map spelled-out legal forms to their abbreviation. Each
// phrase word lists its accepted readings separated by "|" (transliteration
// variants of Cyrillic phrases included).
var legalPhrases = []struct {
	words []string
	abbr  string
}{
	{strings.Fields("GESELLSCHAFT MIT BESCHRAENKTER|BESCHRANKTER HAFTUNG"), "GMBH"},
	{strings.Fields("OPEN JOINT STOCK COMPANY"), "OJSC"},
	{strings.Fields("CLOSED JOINT STOCK COMPANY"), "CJSC"},
	{strings.Fields("PUBLIC JOINT STOCK COMPANY"), "PJSC"},
	{strings.Fields("JOINT STOCK COMPANY"), "JSC"},
	{strings.Fields("JOINTSTOCK COMPANY"), "JSC"},
	{strings.Fields("LIMITED LIABILITY COMPANY"), "LLC"},
	{strings.Fields("LIMITED LIABILITY PARTNERSHIP"), "LLP"},
	{strings.Fields("PUBLIC LIMITED COMPANY"), "PLC"},
	{strings.Fields("SOCIETATEA CU RASPUNDERE LIMITATA"), "SRL"},
	{strings.Fields("SOCIETA A RESPONSABILITA LIMITATA"), "SRL"},
	{strings.Fields("SOCIETE A RESPONSABILITE LIMITEE"), "SARL"},
	{strings.Fields("SOCIEDAD ANONIMA"), "SA"},
	{strings.Fields("SOCIETE ANONYME"), "SA"},
	{strings.Fields("SOCIEDAD LIMITADA"), "SL"},
	{strings.Fields("SP Z O O"), "SPZOO"},
	{strings.Fields("SP Z OO"), "SPZOO"},
	{strings.Fields("OTKRYTOE|OTKRYTOYE AKTSIONERNOE|AKTSIONERNOYE|AKTCIONERNOE|AKCIONERNOE OBSHCHESTVO|OBSCHESTVO|OBSHESTVO|OBSHCHESTWO"), "OAO"},
	{strings.Fields("ZAKRYTOE|ZAKRYTOYE AKTSIONERNOE|AKTSIONERNOYE|AKTCIONERNOE|AKCIONERNOE OBSHCHESTVO|OBSCHESTVO|OBSHESTVO"), "ZAO"},
	{strings.Fields("PUBLICHNOE|PUBLICHNOYE AKTSIONERNOE|AKTSIONERNOYE|AKTCIONERNOE|AKCIONERNOE OBSHCHESTVO|OBSCHESTVO|OBSHESTVO"), "PAO"},
	{strings.Fields("AKTSIONERNOE|AKTSIONERNOYE|AKTCIONERNOE|AKCIONERNOE OBSHCHESTVO|OBSCHESTVO|OBSHESTVO"), "AO"},
	{strings.Fields("OBSHCHESTVO|OBSCHESTVO|OBSHESTVO S OGRANICHENNOI|OGRANICHENNOY|OGRANICHENNOJ OTVETSTVENNOSTIU|OTVETSTVENNOSTYU|OTVETSTVENNOSTJU|OTVETSTVENNOSTU"), "OOO"},
}

// legalWords map single words to the abbreviation used as their token.
var legalWords = map[string]string{
	"AKTIENGESELLSCHAFT": "AG", "AKTIEBOLAG": "AB", "AKTIESELSKAB": "AS", "CORPORATION": "CORP",
	"COMPANY": "CO", "LIMITED": "LTD", "INCORPORATED": "INC", "INTERNATIONAL": "INTL",
	"INTERNATL": "INTL", "GESMBH": "GMBH", "PROPRIETARY": "PTY",
}

// legalFormGroups are legal forms of the same kind in different
// languages, paired as equivalents.
const legalFormGroups = `
JSC AO OAO OJSC PAO PJSC ZAO CJSC AD
LLC OOO TOO GMBH SRL SARL SPZOO SL BV
`

var numberWords = map[string]int{
	"ZERO": 0, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7,
	"EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12, "THIRTEEN": 13, "FOURTEEN": 14,
	"FIFTEEN": 15, "SIXTEEN": 16, "SEVENTEEN": 17, "EIGHTEEN": 18, "NINETEEN": 19, "TWENTY": 20,
	"THIRTY": 30, "FORTY": 40, "FOURTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70,
	"EIGHTY": 80, "NINETY": 90,
}

var ordinalWords = map[string]int{
	"FIRST": 1, "SECOND": 2, "THIRD": 3, "FOURTH": 4, "FIFTH": 5, "SIXTH": 6, "SEVENTH": 7,
	"EIGHTH": 8, "NINTH": 9, "TENTH": 10,
}

// applyOrgRules rewrites legal-form phrases to abbreviations, single legal
// words to theirs, and gives numbers their digit and word readings.
func applyOrgRules(p *prepScratch, ws []word) []word {
	out := carve(&p.words, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		p := w.forms[0]
		e := lexOf(p)
		if abbr, n := matchLegalPhrase(ws[i:], e); n > 0 {
			out = append(out, word{forms: []string{abbr}, script: scriptLatin})
			i += n - 1
			continue
		}
		if e.has(lexLegal) {
			w.forms = []string{e.legal}
			out = append(out, w)
			continue
		}
		// Tens and units written as words: FORTY FOUR, FORTY-FOUR → 44.
		if t := int(e.number); e.has(lexNumber) && t >= 20 && t%10 == 0 && i+1 < len(ws) {
			if ue := lexOf(ws[i+1].forms[0]); ue.has(lexNumber) && ue.number > 0 && ue.number < 10 {
				n := strconv.Itoa(t + int(ue.number))
				out = append(out, word{forms: []string{n, p + ws[i+1].forms[0]}, script: scriptLatin})
				i++
				continue
			}
		}
		if n := int(e.number); e.has(lexNumber) {
			w.forms = dedupe(append(append([]string(nil), w.forms...), strconv.Itoa(n)))
		} else if n := int(e.number); e.has(lexOrdinal) {
			w.forms = dedupe(append(append([]string(nil), w.forms...), strconv.Itoa(n)+ordinalSuffix(n)))
		} else if !mayBeNumber(p) {
			// Most tokens are words: strconv would build an error for each.
		} else if n, err := strconv.Atoi(strings.TrimRight(p, "STNDRH")); err == nil && n > 0 && n <= 10 && len(p) > len(strconv.Itoa(n)) {
			for wd, v := range ordinalWords {
				if v == n {
					w.forms = dedupe(append(append([]string(nil), w.forms...), wd))
				}
			}
		} else if n, err := strconv.Atoi(p); err == nil && n >= 0 && n < 100 {
			w.forms = dedupe(append(append([]string(nil), w.forms...), numberName(n)))
		}
		out = append(out, w)
	}
	return out
}

// mayBeNumber reports whether strconv.Atoi could accept a beginning of s.
func mayBeNumber(s string) bool {
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '+' || s[0] == '-')
}

func ordinalSuffix(n int) string {
	switch n {
	case 1:
		return "ST"
	case 2:
		return "ND"
	case 3:
		return "RD"
	}
	return "TH"
}

// numberName spells 0..99 as the joined English words (44 → FORTYFOUR).
func numberName(n int) string {
	var units, tens string
	for w, v := range numberWords {
		if w == "FOURTY" {
			continue
		}
		if v == n {
			return w
		}
		if n >= 20 && v == n-n%10 {
			tens = w
		}
		if n >= 20 && v == n%10 && v > 0 {
			units = w
		}
	}
	if tens != "" && units != "" {
		return tens + units
	}
	return ""
}

// legalPhraseAlts holds legalPhrases with each word's readings split, and
// legalPhraseFirst every reading that can start a phrase.
var legalPhraseAlts, legalPhraseFirst = func() ([][][]string, map[string]bool) {
	out := make([][][]string, len(legalPhrases))
	first := map[string]bool{}
	for i, ph := range legalPhrases {
		for k, w := range ph.words {
			alts := strings.Split(w, "|")
			out[i] = append(out[i], alts)
			if k == 0 {
				for _, a := range alts {
					first[a] = true
				}
			}
		}
	}
	return out, first
}()

// matchLegalPhrase reports the abbreviation of a legal phrase at the start
// of ws and how many words it covers; e is lexOf(ws[0].forms[0]).
func matchLegalPhrase(ws []word, e lexEntry) (string, int) {
	first := e.has(lexPhraseFirst)
	for _, f := range ws[0].forms[1:] {
		first = first || lexOf(f).has(lexPhraseFirst)
	}
	if !first {
		return "", 0
	}
	for i, ph := range legalPhraseAlts {
		if len(ph) > len(ws) {
			continue
		}
		ok := true
		for k, alts := range ph {
			if !wordIsAny(ws[k], alts) {
				ok = false
				break
			}
		}
		if ok {
			return legalPhrases[i].abbr, len(ph)
		}
	}
	return "", 0
}

// wordIsAny reports whether a reading of w is one of alts.
func wordIsAny(w word, alts []string) bool {
	for _, f := range w.forms {
		for _, a := range alts {
			if f == a {
				return true
			}
		}
	}
	return false
}

// joinDottedInitials joins runs of single letters written with dots or a
// slash and no spaces (A.B.C., G.m.b.H., A/S) into one token.
func joinDottedInitials(p *prepScratch, ws []word) []word {
	if !hasLatinLetterWord(ws) {
		return ws // nearly every name: nothing to join
	}
	out := carve(&p.words, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.script != scriptLatin || len(w.forms[0]) != 1 {
			out = append(out, w)
			continue
		}
		j := i + 1
		joined := w.forms[0]
		for j < len(ws) && ws[j].tight && ws[j].script == scriptLatin && len(ws[j].forms[0]) == 1 {
			joined += ws[j].forms[0]
			j++
		}
		if j == i+1 {
			out = append(out, w)
			continue
		}
		w.forms = []string{joined}
		if a, ok := legalWords[joined]; ok {
			w.forms = []string{a}
		}
		out = append(out, w)
		i = j - 1
	}
	return out
}
