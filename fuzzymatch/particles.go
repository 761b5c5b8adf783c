package fuzzymatch

import (
	"strings"

	"github.com/openpiu/piu/internal/nametitle"
)

// Name particles: articles, filiation and prepositions that are written
// joined, hyphenated or apart (AL-BASHIR, AL BASHIR, ALBASHIR). They are kept
// as light tokens, and each word that follows them gains the joined reading.
var particles = setOf(
	// Arabic article and filiation; sun-letter assimilated articles are
	// covered by the joined readings of the following word.
	"AL", "EL", "UL", "IL", "BIN", "BEN", "IBN", "BINT", "BENT", "OULD", "ULD", "WALAD",
	// European prepositions and articles.
	"VAN", "VON", "DE", "DA", "DI", "DU", "DO", "DOS", "DAS", "DEL", "DELLA", "DELLE", "DEGLI",
	"DER", "DEN", "TER", "TEN", "LA", "LE", "LOS", "LAS", "ZU", "ZUR", "Y", "E", "ST", "SAINT",
)

// filiation particles introduce the father's (or an ancestor's) name: what
// comes after them is a different person's given name, so tokens are not
// paired across them when both names use them.
var filiation = setOf("BIN", "BEN", "IBN", "BINT", "BENT", "OULD", "ULD", "WALAD")

// particleFamily returns 1 for the spellings of the Arabic article (AL, EL,
// UL, IL), 2 for those of filiation (BIN, BEN, IBN), 3 for BINT and BENT, or
// 0: the same particle spelled two ways (BACHAR EL-ASSAD, BASHAR AL-ASSAD).
func particleFamily(p string) int {
	switch p {
	case "AL", "EL", "UL", "IL":
		return 1
	case "BIN", "BEN", "IBN":
		return 2
	case "BINT", "BENT":
		return 3
	}
	return 0
}

// compoundHeads are particles that form one name with what follows: ABD EL
// KARIM, ABDUL KARIM, ABU BAKR, UMM KULTHUM. Prepare joins them into one
// token (ABDELKARIM), the way airline systems write them.
var compoundHeads = setOf("ABD", "ABDUL", "ABDEL", "ABDAL", "ABDU", "ABU", "ABOU", "ABO", "UMM", "OUM", "UM")

// stemHeads are the compound heads as they begin a joined compound
// (ABDULHAMID, ABDELKARIM, ABUBAKR, UMMKULTHUM).
var stemHeads = []string{"ABOU", "ABD", "ABU", "UMM"}

// compoundStem returns where the name after a compound head begins in p
// (HAMID in ABDULHAMID, LAH in ABDULLAH and ABDOLLAH, RAHMAN in
// ABDURRAHMAN, BAKR in ABUBAKR), or 0 when p has no head or fewer than
// two letters follow it.
func compoundStem(p string) int {
	for _, h := range stemHeads {
		if len(p) < len(h)+3 || p[:len(h)] != h {
			continue
		}
		i := len(h)
		// After ABD, a linking vowel (ABDU REZAK, ABDI RAHMAN) and the
		// article's L or a doubled sun letter (ABDUL RAZAQ, ABDUR RAHMAN)
		// go with the head. ABU and UMM are followed by the name itself
		// (ABU ALI).
		if h == "ABD" && isVowel(p[i]) && len(p)-i >= 4 {
			i++
			if p[i] == 'L' || p[i] == p[i+1] {
				i++
			}
		}
		if len(p)-i >= 2 {
			return i
		}
		return 0
	}
	return 0
}

// articles may sit between a compound head and its name (ABD AL KARIM).
var articles = setOf("AL", "EL", "UL", "IL", "AR", "AS", "AD", "AN", "AT", "AZ", "ASH", "ASS", "ADH")

// titles are dropped when the name has other tokens: honorifics, ranks and
// the passenger-type codes that airline systems append (CHD, INF). The table
// is internal/nametitle's, shared with pnrgov's name splitter.
var titles = setOf(nametitle.All()...)

// suffixes are generational and academic suffixes, dropped like titles.
var suffixes = setOf("JR", "JNR", "SR", "SNR", "II", "III", "IV", "ESQ", "PHD")

func setOf(ss ...string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// applyTokenRules drops titles and suffixes, joins compound particles,
// marks other particles and gives the words after them their joined
// readings, and splits appended airline titles.
func applyTokenRules(sc *prepScratch, ws []word) []word {
	// The lists that have each word's primary reading, looked up once:
	// the rules below ask about each word several times.
	var wb, kb [maxTokens]lexFlags
	wfl := wb[:0]
	for _, w := range ws {
		wfl = append(wfl, lexOf(w.forms[0]).flags)
	}
	// Titles and suffixes go only if something else stays.
	kept, fl := carve(&sc.words, len(ws)), kb[:0]
	for i, w := range ws {
		if w.script == scriptLatin && wfl[i]&(lexTitle|lexSuffix) != 0 {
			continue
		}
		kept, fl = append(kept, w), append(fl, wfl[i])
	}
	if len(kept) == 0 {
		kept, fl = ws, wfl
	}
	out := carve(&sc.words, len(kept))
	for i := 0; i < len(kept); i++ {
		w := kept[i]
		p := w.forms[0]
		if fl[i]&lexCompoundHead != 0 && i+1 < len(kept) {
			// ABD [AL] KARIM → ABDALKARIM (and ABD + KARIM readings).
			j := i + 1
			art := ""
			if fl[j]&lexArticle != 0 && j+1 < len(kept) {
				art = kept[j].forms[0]
				j++
			}
			next := kept[j]
			joined := carve(&sc.strs, len(next.forms)+1)
			for _, f := range next.forms {
				joined = append(joined, sc.concat(p, art, f))
			}
			if art != "" {
				joined = append(joined, sc.concat(p, next.forms[0])) // ABDKARIM: article dropped
			}
			out = append(out, word{forms: capForms(dedupe(joined)), script: next.script})
			i = j
			continue
		}
		if n := linkedCompound(kept, fl, i); n > 0 {
			out = append(out, linkCompound(kept[i:i+n])...)
			i += n - 1
			continue
		}
		if isParticle := fl[i]&lexParticle != 0; isParticle && i+1 < len(kept) && fl[i+1]&lexParticle == 0 || isParticle && i+2 < len(kept) {
			w.particle = true
			out = append(out, w)
			// Give the next non-particle word its joined readings: VAN DER
			// BERG → BERG, VANDERBERG, DERBERG.
			j := i + 1
			prefix := p
			for j < len(kept) && fl[j]&lexParticle != 0 && j+1 < len(kept) {
				prefix += kept[j].forms[0]
				kw := kept[j]
				kw.particle = true
				out = append(out, kw)
				j++
			}
			next := kept[j]
			joined := append(carve(&sc.strs, 2), sc.concat(prefix, next.forms[0]))
			if prefix != p {
				joined = append(joined, sc.concat(strings.TrimPrefix(prefix, p), next.forms[0]))
			}
			next.joined = capForms(dedupe(joined))
			out = append(out, next)
			i = j
			continue
		}
		if fs := splitAppendedTitle(sc, w.forms); len(fs) > len(w.forms) && fs[0] == w.forms[0] {
			// The split reading (WILLIA of WILLIAMS) is a guess: kept for
			// spelling, not as consonant evidence (see newToken).
			w.guess = fs[len(fs)-1]
			w.forms = fs
		} else {
			w.forms = fs
		}
		out = append(out, w)
	}
	// Filiation segments.
	var seg uint8
	for i := range out {
		if out[i].particle && lexOf(out[i].forms[0]).has(lexFiliation) && seg < 255 {
			seg++
		}
		out[i].seg = seg
	}
	return out
}

// South Asian spellings of Arabic compounds write the article, assimilated
// to the next consonant, between the parts: BASHIR-UD-DIN, BASHIR UD DIN,
// BASHIRUDDIN and BASHIR UDDIN are one name, as are INAM-UL-HAQ and
// HABIB-UR-RAHMAN. compoundLinks are those articles; compoundTails the
// second parts that follow them, which make the compound without a hyphen;
// joinedTails the article and second part written as one word.
var (
	compoundLinks = setOf("UD", "UL", "UR", "US", "UZ", "UN", "UT", "AD", "ED")
	compoundTails = setOf("DIN", "DEEN", "DEN", "LAH", "LLAH", "HAQ", "HAQQ", "HAQUE", "RAHMAN", "REHMAN", "RAHIM", "ISLAM", "ZAMAN", "NISA", "NISSA")
	joinedTails   = setOf("UDDIN", "UDDEEN", "UDDEN", "ADDIN", "EDDIN", "EDDINE", "ULLAH", "ULLA", "ULHAQ", "ULHAQUE", "URRAHMAN", "URREHMAN", "UZZAMAN", "UNNISA", "UNNISSA", "ULISLAM")
)

// linkedCompound returns how many words from ws[i] make one linked
// compound (3 for BASHIR UD DIN, 2 for BASHIR UDDIN), or 0. The first word
// must be a name, not a particle or a compound head (ABDUL HAQ is the
// compound heads' rule). fl[k] is lexOf(ws[k].forms[0]).flags.
func linkedCompound(ws []word, fl []lexFlags, i int) int {
	p := ws[i].forms[0]
	if i+1 >= len(ws) || fl[i]&(lexParticle|lexCompoundHead) != 0 || len(p) < 2 || ws[i].script != scriptLatin {
		return 0
	}
	if fl[i+1]&lexJoinedTail != 0 {
		return 2
	}
	if i+2 < len(ws) && fl[i+1]&lexLink != 0 && len(ws[i+2].forms[0]) >= 2 && fl[i+2]&lexParticle == 0 &&
		(ws[i+1].hyphen && ws[i+2].hyphen || fl[i+2]&lexTail != 0) {
		return 3
	}
	return 0
}

// linkCompound makes the words of a linked compound two tokens, as a
// particle and its word are: the first part with the whole compound as its
// joined reading (BASHIR, read also BASHIRUDDIN), and the article and
// second part as one light particle (UDDIN). So the compound written
// joined (BASHIRUDDIN), hyphenated or apart pairs spelled alike, and the
// first part alone (KHALIL of KHALIL UR RAHMAN, KHALIL AHMED) still pairs.
func linkCompound(ws []word) []word {
	rest := ""
	for _, w := range ws[1:] {
		rest += w.forms[0]
	}
	first := ws[0]
	joined := make([]string, 0, len(first.forms))
	for _, f := range first.forms {
		joined = append(joined, f+rest)
	}
	first.joined = capForms(dedupe(joined))
	tail := word{forms: []string{rest}, script: first.script, hyphen: ws[1].hyphen, particle: true}
	return []word{first, tail}
}

func capForms(fs []string) []string {
	if len(fs) > maxForms {
		return fs[:maxForms]
	}
	return fs
}

// splitAppendedTitle adds the reading without an appended airline title
// (JOHNMR → JOHN) when what remains still looks like a name: at least two
// letters with a vowel (nametitle.SplitGlued). AMR, YASIR, DREW and NASR are
// left alone. Splitting one off is a guess, so both readings are kept; the
// split reading becomes primary only for the titles that almost never end a
// real name and when enough name remains.
func splitAppendedTitle(sc *prepScratch, forms []string) []string {
	rest, g, ok := nametitle.SplitGlued(forms[0])
	if !ok {
		return forms
	}
	fs := carve(&sc.strs, len(forms)+1)
	if g.Primary && len(rest) >= 3 {
		return capForms(dedupe(append(append(fs, rest), forms...)))
	}
	return capForms(dedupe(append(append(fs, forms...), rest)))
}

// patronymicSuffixes are the endings of East Slavic patronymics in Latin
// readings, longest first.
var patronymicSuffixes = []string{"OVITCH", "EVITCH", "OVICH", "EVICH", "OVYCH", "EVYCH", "OVNA", "EVNA", "IVNA", "ICHNA", "ICH", "YCH"}

// patronymicMin is the length of the shortest patronymic suffix.
var patronymicMin = func() int {
	m := 0
	for i, s := range patronymicSuffixes {
		if i == 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}()

// patronymicSuffix returns the length of the patronymic ending of p, or 0.
// What remains must look like a given name (at least three letters).
func patronymicSuffix(p string) int {
	if len(p) < 3+patronymicMin {
		return 0
	}
	last := p[len(p)-1]
	for _, s := range patronymicSuffixes {
		// The last letter first: most words end in none of the suffixes'.
		if s[len(s)-1] == last && len(p)-len(s) >= 3 && strings.HasSuffix(p, s) {
			return len(s)
		}
	}
	return 0
}
