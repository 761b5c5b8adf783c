package fuzzymatch

// What tokens left unpaired cost (finishScore): a middle name one name
// gives, tokens that disagree, a father's name of a longer filiation chain,
// the extra words of an organisation's name.

// headStandsIn reports whether a pairing of ABDUL X with X (headOmitted)
// leaves a word unpaired on the side of X: then ABDUL stands where that
// word stands (SAYED MOHAMMAD ABDUL AGHA and SAYED MOHAMMAD AZIM AGHA),
// another name, not a head left out, and the names disagree.
func (c *Comparator) headStandsIn(a, b *Name, as *assignment) bool {
	for k := 0; k < as.n; k++ {
		p := &as.pairs[k]
		if p.why != reasonHeadOmitted {
			continue
		}
		if a.toks[p.a0].stem && c.conflicting(b, as.usedB[:len(b.toks)], a) ||
			b.toks[p.b0].stem && c.conflicting(a, as.usedA[:len(a.toks)], b) {
			return true
		}
	}
	return false
}

// syllablesLeft reports whether a Hangul or Han token pairs a Latin one
// by a spelling short of its readings while words of the Latin name are
// left over. The given name is one token in its joined reading (최성일:
// CHOE + SONGIL), which pairs a Latin given name written in syllables
// (SONG IL) as a joined compound; when it pairs one Latin syllable alone
// (YONGHAN and YONG), the syllable left over (SU of YONG SU) is another
// given name's, not a middle name: the names disagree.
func (c *Comparator) syllablesLeft(a, b *Name, as *assignment) bool {
	for k := 0; k < as.n; k++ {
		p := &as.pairs[k]
		if p.sim >= 1 || p.a1-p.a0 != 1 || p.b1-p.b0 != 1 {
			continue
		}
		ta, tb := &a.toks[p.a0], &b.toks[p.b0]
		if syllabic(ta.script) && !syllabic(tb.script) && c.conflicting(b, as.usedB[:len(b.toks)], a) ||
			syllabic(tb.script) && !syllabic(ta.script) && c.conflicting(a, as.usedA[:len(a.toks)], b) {
			return true
		}
	}
	return false
}

// weakAgreement is the weight of a pair under which it is of common
// tokens (MUHAMMAD, ALI, SMITH), particles or initials; weakTotal the
// weight of all pairs under which such names say little: names that agree
// on no pair weighing weakAgreement, and on less than weakTotal in all,
// agree only on common names (MUHAMMAD ALI: 0.45 and 0.55). MARIA GARCIA
// (0.6 and 0.65) is common too, but two such names say enough for a
// missing second surname (MARIA GARCIA LOPEZ) to cost as usual.
const (
	weakAgreement = 0.95
	weakTotal     = 1.2
)

// lineage reports whether token i of n is in the middle of a filiation
// chain longer than that of the other name o: a father's or grandfather's
// name (MUHAMMAD and AWAD in USAMA BIN MUHAMMAD BIN AWAD BIN LADIN) that a
// traveller giving fewer parts (OSAMA BIN LADEN) left out. Where both
// chains are as long, a father's name left over on both sides disagrees.
func lineage(n *Name, i int, o *Name) bool {
	s, last := n.toks[i].seg, n.toks[len(n.toks)-1].seg
	return s > 0 && s < last && o.toks[len(o.toks)-1].seg < last
}

// conflicting reports whether n has an unpaired token that disagrees with
// the other name o: not a particle (an article or BIN left over is no
// other name) nor a lineage token. When both names have one, their
// tokens disagree.
func (c *Comparator) conflicting(n *Name, used []bool, o *Name) bool {
	for i, u := range used {
		if !u && n.toks[i].kind != kindParticle && !lineage(n, i, o) {
			return true
		}
	}
	return false
}

// facing reports whether unpaired token i of n, in a filiation segment
// after the first, faces an unpaired word of o in the same segment.
func (c *Comparator) facing(n *Name, i int, o *Name, oUsed []bool) bool {
	s := n.toks[i].seg
	if s == 0 || n.toks[i].kind == kindParticle {
		return false
	}
	for j := range o.toks {
		if o.toks[j].seg == s && o.toks[j].kind != kindParticle && !oUsed[j] {
			return true
		}
	}
	return false
}

// extraCost is the share of its weight that unpaired token i of n costs
// (o is the other name and oUsed its paired tokens, weak whether the
// names agree only on common tokens, see weakAgreement): a lineage token,
// or a particle left over by one name only, half ExtraTokenPenalty; when
// both names have unpaired tokens (conflict) ConflictPenalty; otherwise (a
// name with more parts)
// ExtraTokenPenalty, plus, when the names agree only on common tokens,
// ExtraTokenRarity times the token's weight, so that sharing common names
// with a longer name is weak evidence, the more so the rarer what is left
// over (MUHAMMAD ALI against MUHAMMAD ALI HAIDARI); when one of the names
// is an organisation's (org: it has a legal form),
// OrganisationExtraTokenPenalty.
func (c *Comparator) extraCost(n *Name, i int, o *Name, oUsed []bool, conflict, weak, org bool) float32 {
	switch {
	case lineage(n, i, o) || n.toks[i].kind == kindParticle && !conflict:
		return c.extra / 2
	case conflict && c.facing(n, i, o, oUsed):
		// The names give different fathers (or ancestors) in the same
		// place of their chains: a disagreement, however common the names
		// (NOUREDDINE BEN MOHAMED ... and NOUREDDINE BEN ALI ...). The
		// weight that lowers common names is for agreement, so the cost is
		// of a full token.
		return c.conflict / c.weight(&n.toks[i])
	case conflict:
		return c.conflict
	case weak && n.toks[i].patLen == 0:
		// A patronymic left out is the father's name, as a lineage.
		return c.extra + c.rarity*c.weight(&n.toks[i])
	case org && n.toks[i].kind != kindParticle:
		return c.orgExtra
	}
	return c.extra
}

// leftOver says how the tokens the assignment as left unpaired cost, for
// Score and Explain alike: as a disagreement (conflict), or as the extra
// words of an organisation's name (org), else as extra tokens.
func (c *Comparator) leftOver(a, b *Name, as *assignment) (conflict, org bool) {
	na, nb := len(a.toks), len(b.toks)
	conflict = c.conflicting(a, as.usedA[:na], b) && c.conflicting(b, as.usedB[:nb], a) || c.headStandsIn(a, b, as) || c.syllablesLeft(a, b, as)
	org = !conflict && (as.n < na || as.n < nb) && (organisation(a) || organisation(b))
	return conflict, org
}

// organisation reports whether a name has a legal form (CO, LTD, SA, ...)
// as Prepare writes them (organisations.go) where legal forms stand: last,
// or, for the forms written first, before two words or more (OOO ROMASHKA
// TRADING). Elsewhere AO, SA or CO are parts of a person's name (AO WEI,
// SA LIM TAN).
func organisation(n *Name) bool {
	k := len(n.toks)
	return k > 1 && (legalToken(&n.toks[k-1]) || k > 2 && legalToken(&n.toks[0]) && legalFirst(n.toks[0].forms[0]))
}

// legalFirst reports the legal forms written before the name: those of
// Russia and Kazakhstan (OOO ROMASHKA, TOO KAZMUNAI).
func legalFirst(s string) bool {
	switch s {
	case "OOO", "AO", "ZAO", "OAO", "PAO", "TOO":
		return true
	}
	return false
}

func legalToken(t *token) bool {
	return t.script == scriptLatin && t.kind == kindWord && legalForm(t.forms[0])
}

// legalForm reports whether s is a legal form's token: a switch, not a
// map, as finishScore asks it of names with unpaired tokens.
func legalForm(s string) bool {
	switch s {
	case "CO", "LTD", "LLC", "INC", "CORP", "AG", "GMBH", "SA", "PLC", "OOO", "AO", "ZAO", "OAO", "PAO",
		"JSC", "PJSC", "OJSC", "CJSC", "LLP", "BV", "NV", "SRL", "SARL", "SPA", "SAS", "KG", "AB", "OY",
		"SPZOO", "SL", "PTY", "TOO":
		return true
	}
	return false
}
