package fuzzymatch

import (
	"strings"
	"unicode/utf8"
)

// maxTokens bounds the tokens that take part in scoring; names with more
// tokens (rare: long organisation names) are compared on their first
// maxTokens tokens, which keeps Score allocation-free.
const maxTokens = 16

// maxForms bounds the readings kept per token.
const maxForms = 12

// Name is a name prepared for comparison: normalised, tokenised and
// transliterated once. A Name is immutable and safe for concurrent use.
type Name struct {
	raw      string
	toks     []token
	joins    []string // joins[i]: primary readings of tokens i and i+1 joined, or "" for particles and initials
	joinSets []uint32 // byteSet of each join
}

// token is one part of a name: a pointer to its data, whose fields read
// through it as the token's own (t.forms). Names prepared apart can then
// share the data of identical tokens (see Interner): a screening index of
// a million names holds a few hundred thousand distinct tokens among
// millions.
type token struct {
	*tokenData
}

// tokenData is a token with all its readings. The fields a comparison
// reads first (the spelling masks, kind, weight) come first, in one cache
// line: a screening index scores names from all over the heap, and most
// token pairs are settled on them.
type tokenData struct {
	// formBits and joinedBits: spellingBits of forms and of joined.
	formBits, joinedBits uint64
	kind                 tokenKind
	script               script
	seg                  uint8 // filiation segment (see particles.go)
	patLen               int8  // length of a patronymic suffix of forms[0] (OVICH), 0 if none
	ending               int8  // 1 + index in surnameEndings of the ending of forms[0], 0 if none
	ascii                bool  // every form is ASCII (the Jaro-Winkler bounds apply)
	// dms: packed Double Metaphone primary codes of the leading readings
	// (forms[:maxSpellForms]), 0 where the code does not cover the whole
	// reading (more than four consonant sounds).
	dms    [maxSpellForms]uint32
	stem   bool    // forms[0] begins with a compound head (ABDUL in ABDULHAMID: see compoundStem)
	weight float32 // how much the token counts: rare tokens weigh more
	dm     uint32  // packed Double Metaphone primary code of forms[0]
	skMask uint32  // letters (A-Z as bits 0-25) of all skeletons and coarse skeletons
	// print is a 64-bit hash of what decides the token's similarities: its
	// kind, script, forms and joined readings (everything else a comparison
	// reads is derived from them). A Scorer remembers similarities by it.
	print uint64

	forms  []string // Latin readings, uppercase ASCII where a table exists; primary first
	sets   []uint32 // byteSet of each form
	joined []string // readings with preceding particles joined (ALBASHIR), compared with forms only
	single string   // forms[0] with repeated letters written once (UUN → UN), "" if the same
	groups []uint16 // given-name equivalence groups (see equivalents.go)
	skels  []string // consonant skeletons of the forms, deduplicated
	skSets []uint32 // byteSet of each skeleton
	coarse []string // coarse skeletons of the forms, deduplicated
	crSets []uint32 // byteSet of each coarse skeleton
}

type tokenKind uint8

const (
	kindWord     tokenKind = iota
	kindInitial            // a single letter
	kindParticle           // AL, BIN, VAN, DE, ... (see particles.go)
)

// Prepare normalises, tokenises and transliterates a raw name once. It never
// fails: a name with no letters or digits is Empty. Input beyond 1 KiB is
// ignored.
func Prepare(raw string) *Name {
	p := getScratch()
	words := readWords(p, raw)
	words = applyOrgRules(p, words)
	words = joinDottedInitials(p, words)
	words = joinHyphenLetters(p, words)
	markInitials(words)
	words = applyTokenRules(p, words)
	nt := min(len(words), maxTokens)
	n := newName(raw, nt)
	data := make([]tokenData, nt)
	for i := range nt {
		n.toks[i] = token{&data[i]}
		newToken(p, words[i], n.toks[i].tokenData)
	}
	if len(n.toks) > 1 {
		n.joins = carve(&p.strs, len(n.toks)-1)
		n.joinSets = carve(&p.u32, len(n.toks)-1)
		for i := 0; i+1 < len(n.toks); i++ {
			j := ""
			if n.toks[i].kind == kindWord && n.toks[i+1].kind == kindWord {
				j = p.concat(n.toks[i].forms[0], n.toks[i+1].forms[0])
			}
			n.joins = append(n.joins, j)
			n.joinSets = append(n.joinSets, byteSet(j))
		}
	}
	n.pack() // copies every string and slice out of p
	p.release()
	return n
}

// newName returns a Name with nt tokens to fill. Names of up to four
// tokens (nearly all) get their token array in the same allocation: the
// array is never replaced, so it lives as long as the name does. The token
// data is allocated apart, as an Interner replaces it.
func newName(raw string, nt int) *Name {
	var n *Name
	switch {
	case nt <= 2: // two sizes, so that short names keep no unused slots
		a := new(nameWith2)
		n, a.n.toks = &a.n, a.t[:nt:nt]
	case nt <= 4:
		a := new(nameWith4)
		n, a.n.toks = &a.n, a.t[:nt:nt]
	default:
		n = &Name{toks: make([]token, nt)}
	}
	n.raw = raw
	return n
}

// nameWith2 and nameWith4 are a Name and its token array in one
// allocation (see newName).
type (
	nameWith2 struct {
		n Name
		t [2]token
	}
	nameWith4 struct {
		n Name
		t [4]token
	}
)

// readWords splits raw into words and gives each its Latin readings.
func readWords(p *prepScratch, raw string) []word {
	var buf [16]rawWord
	rws := splitWords(buf[:0], surnameLast(p, raw))
	// A Korean or Han word may make two words, an Arabic one the article
	// and the word.
	out := carve(&p.words, 2*len(rws))
	// A Korean or Chinese name written as one word is split into surname
	// and given name; one written in several words (최 성일, 张/晓明) is
	// split already.
	var perScript [scriptOther + 1]int
	var scBuf [16]script
	scripts := scBuf[:0]
	for _, rw := range rws {
		sc := scriptOf(rw.text)
		scripts = append(scripts, sc)
		perScript[sc]++
	}
	for k, rw := range rws {
		sc := scripts[k]
		if sc == scriptArabic {
			// The definite article ال is written joined: split it off as the
			// particle AL so that the word pairs like a Latin AL-X.
			if rest, ok := strings.CutPrefix(rw.text, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
				out = append(out, word{forms: append(carve(&p.strs, 1), "AL"), script: sc, hyphen: rw.hyphen, tight: rw.tight})
				rw = rawWord{text: rest, hyphen: true}
			}
		}
		if sc == scriptKorean || sc == scriptHan {
			parts := koreanWords
			if sc == scriptHan {
				parts = hanWords
			}
			for i, fs := range parts(rw.text, perScript[sc] > 1) {
				w := word{forms: capForms(fs), script: sc}
				if i == 0 {
					w.hyphen, w.tight = rw.hyphen, rw.tight
				}
				out = append(out, w)
			}
			continue
		}
		var forms []string
		if sc == scriptLatin {
			forms = latinForms(p, rw.text)
		} else {
			forms = transliterate(p, sc, rw.text)
		}
		if len(forms) == 0 {
			continue
		}
		if len(forms) > maxForms {
			forms = forms[:maxForms]
		}
		out = append(out, word{forms: forms, script: sc, hyphen: rw.hyphen, tight: rw.tight, dotted: rw.dotted})
	}
	return out
}

// newToken fills t, which is zero, from a word. Its slices and the strings it makes
// (skeletons, single) live in sc until Prepare packs the name. It is over
// 80 lines because it computes every derived field of a token in one pass
// over its forms, in the order the fields are declared.
func newToken(sc *prepScratch, w word, t *tokenData) {
	// Field by field: t is zero, and a whole-struct store would write
	// every field (with a write barrier per pointer while the GC runs).
	t.forms, t.joined, t.script, t.seg = w.forms, w.joined, w.script, w.seg
	p := t.forms[0]
	switch {
	case w.particle:
		t.kind = kindParticle
	case len(p) == 1 && w.initial:
		t.kind = kindInitial
	}
	// At most two skeletons and two coarse skeletons per form (the second
	// for a Latin CH read as K).
	t.skels = carve(&sc.strs, 2*len(t.forms))
	t.coarse = carve(&sc.strs, 2*len(t.forms))
	var buf [64]byte
	addSkel := func(b []byte) {
		if len(b) >= 2 && !containsBytes(t.skels, b) {
			t.skels = append(t.skels, sc.str(b))
		}
	}
	addCoarse := func(b []byte) {
		if len(b) >= 2 && !containsBytes(t.coarse, b) {
			t.coarse = append(t.coarse, sc.str(b))
		}
	}
	addGroups := func(f string) {
		for _, g := range equivalenceGroups(f) {
			if !containsGroup(t.groups, g) {
				if t.groups == nil {
					t.groups = carve(&sc.u16, 4)
				}
				t.groups = append(t.groups, g)
			}
		}
	}
	// short[i]: the skeleton of forms[i] is short enough for its Double
	// Metaphone code to cover it (see below).
	var short [maxSpellForms]bool
	for i, f := range t.forms {
		if f == w.guess && f != p {
			// A guessed title split (WILLIA + MS) gives no consonant
			// skeleton: its consonants are what the guess left.
			addGroups(f)
			continue
		}
		sk := skeletonInto(buf[:0], f)
		if i < maxSpellForms {
			short[i] = len(sk) <= 4 || len(sk) == 5 && sk[0] == 'A'
		}
		addSkel(sk)
		addCoarse(coarseSkeletonBytes(f, &buf))
		// A Latin CH is K in Greek and Italian names (NICHOLS, CHIARA):
		// a second skeleton reads it so.
		if w.script == scriptLatin && strings.Contains(f, "CH") {
			k := sc.chAsK(f)
			addSkel(skeletonInto(buf[:0], k))
			addCoarse(coarseSkeletonBytes(k, &buf))
		}
		addGroups(f)
	}
	t.ascii = true
	t.sets = carve(&sc.u32, len(t.forms))
	for _, f := range t.forms {
		t.ascii = t.ascii && isASCII(f)
		t.sets = append(t.sets, byteSet(f))
	}
	for _, f := range t.joined {
		t.ascii = t.ascii && isASCII(f)
	}
	t.skSets = carve(&sc.u32, len(t.skels))
	for _, s := range t.skels {
		t.skSets = append(t.skSets, byteSet(s))
	}
	t.crSets = carve(&sc.u32, len(t.coarse))
	for _, s := range t.coarse {
		t.crSets = append(t.crSets, byteSet(s))
	}
	code, _ := dmCodes(p)
	t.dm = packCode(code)
	// Double Metaphone codes stop at four sounds: ABDULHAMID and ABDULGHANI
	// share theirs. The skeleton counts the consonants the code reads.
	for i, f := range t.forms[:min(len(t.forms), maxSpellForms)] {
		if f == w.guess && i > 0 {
			continue // no sound evidence on a guessed title split either
		}
		if short[i] {
			if i == 0 {
				t.dms[i] = t.dm
			} else {
				c, _ := dmCodes(f)
				t.dms[i] = packCode(c)
			}
		}
	}
	for _, ss := range [][]string{t.skels, t.coarse} {
		for _, s := range ss {
			for i := 0; i < len(s); i++ {
				if s[i] >= 'A' && s[i] <= 'Z' {
					t.skMask |= 1 << (s[i] - 'A')
				}
			}
		}
	}
	t.patLen = int8(patronymicSuffix(p))
	t.stem = compoundStem(p) > 0
	var sb [64]byte
	if sg := singleLettersBytes(p, sb[:0]); string(sg) != p {
		t.single = sc.str(sg)
	}
	if len(p) > 0 {
		for _, i := range endingsByLast[p[len(p)-1]] {
			if e := surnameEndings[i]; len(p) >= len(e)+3 && strings.HasSuffix(p, e) {
				t.ending = int8(i + 1)
				break
			}
		}
	}
	t.weight = tokenWeight(t)
	t.formBits, t.joinedBits = spellingBits(t.forms), spellingBits(t.joined)
	t.print = tokenPrint(t)
}

// endingsByLast lists, for each last letter, the indexes in surnameEndings
// of the endings that end with it, in order: a token is compared with
// those alone (the first that fits is its ending, as in the whole list).
var endingsByLast = func() (t [256][]uint8) {
	for i, e := range surnameEndings {
		if e != "" && i < 255 {
			t[e[len(e)-1]] = append(t[e[len(e)-1]], uint8(i))
		}
	}
	return t
}()

// containsBytes reports whether b is one of ss.
func containsBytes(ss []string, b []byte) bool {
	for _, s := range ss {
		if s == string(b) {
			return true
		}
	}
	return false
}

// tokenPrint computes token.print: FNV-1a over the fields, each list and
// string preceded by its length (so that different fields never read
// alike), then mixed (splitmix64's finaliser) so that every bit depends on
// every input bit.
func tokenPrint(t *tokenData) uint64 {
	h := uint64(14695981039346656037)
	add := func(c byte) { h = (h ^ uint64(c)) * 1099511628211 }
	add(byte(t.kind))
	add(byte(t.script))
	for _, ss := range [][]string{t.forms, t.joined} {
		add(byte(len(ss)))
		for _, s := range ss {
			add(byte(len(s)))
			add(byte(len(s) >> 8))
			for i := 0; i < len(s); i++ {
				add(s[i])
			}
		}
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// spellingBits sets one bit, chosen by a hash, for each string of ss: two
// tokens whose bits do not meet share no spelling, which settles most pairs
// without comparing strings (see mayShareSpelling).
func spellingBits(ss []string) uint64 {
	var bits uint64
	for _, s := range ss {
		h := uint64(14695981039346656037) // FNV-1a
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		bits |= 1 << (h >> 58)
	}
	return bits
}

func containsGroup(gs []uint16, g uint16) bool {
	for _, x := range gs {
		if x == g {
			return true
		}
	}
	return false
}

// Raw returns the name as given to Prepare.
func (n *Name) Raw() string { return n.raw }

// Tokens returns the normalised Latin tokens of the primary reading, in
// reading order: "SURNAME/GIVEN" (airline systems) and "SURNAME, Given"
// come out as GIVEN SURNAME. The caller must not modify the slice.
//
// The slice is made on each call (a name does not keep it): an index reads
// it while building, a query once or twice.
func (n *Name) Tokens() []string {
	if len(n.toks) == 0 {
		return nil
	}
	ts := make([]string, len(n.toks))
	for i := range n.toks {
		ts[i] = n.toks[i].forms[0]
	}
	return ts
}

// Empty reports whether the name has no token at all.
func (n *Name) Empty() bool { return len(n.toks) == 0 }

// String returns the primary tokens joined by spaces.
func (n *Name) String() string { return strings.Join(n.Tokens(), " ") }

// surnameLast turns "SURNAME/GIVEN" (airline systems) and "SURNAME, Given"
// (lists) into "GIVEN SURNAME", so that tokens come in the order in which
// filiation chains (ISA BIN TARIF AL BIN ALI) are read. Names are compared
// independently of order otherwise. A slash or comma whose other side is a
// single letter or only legal forms (A/S, "Siemens, AG") is left alone.
func surnameLast(p *prepScratch, raw string) string {
	for _, sep := range []string{"/", ","} {
		if strings.Count(raw, sep) != 1 {
			continue
		}
		left, right, _ := strings.Cut(raw, sep)
		left, right = strings.TrimSpace(left), strings.TrimSpace(right)
		if left == "" || !hasNameWord(right) || !hasNameWord(left) {
			continue
		}
		return p.concat(right, " ", left)
	}
	return raw
}

// hasNameWord reports whether s has a word of two letters or more that is
// not a legal form or title.
func hasNameWord(s string) bool {
	var buf [8]rawWord
	for _, rw := range splitWords(buf[:0], s) {
		u := toUpper(rw.text)
		if utf8.RuneCountInString(u) < 2 {
			continue
		}
		e := lexOf(u)
		if e.has(lexLegal|lexTitle|lexSuffix) || e.has(lexCommon) && e.common <= 0.3 {
			continue
		}
		return true
	}
	return false
}

// singleLettersBytes writes every run of a repeated letter once (MOHAMMED →
// MOHAMED, UUN → UN): doubled letters are the commonest typing and
// transliteration slip. It appends to dst[len(dst):] (dst's contents are
// not changed).
func singleLettersBytes(s string, dst []byte) []byte {
	b := dst[len(dst):]
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		b = append(b, s[i])
	}
	return b
}
