package fuzzymatch

// Initials and letters cut off by punctuation.
//
// A one-letter token pairs with every name of that letter (J and JOACHIM),
// so it is read as an initial only where people write initials: a Latin
// capital with a full stop (J. SMITH), or a Latin capital in a given-name
// position (JOHN F KENNEDY; after surnameLast every token but the last is a
// given name or a middle name; SMITH/J is the airline form of J SMITH). A
// name that is one letter only has none. One-letter tokens of other scripts are
// letters of a word (Arabic أ, Hebrew או read as O, Hangul 이 read as I) and
// a lone letter in the surname's place is no initial either: they are
// compared as short words.

// markInitials sets initial on the words that stand for a name.
func markInitials(ws []word) {
	for i := range ws {
		w := &ws[i]
		if w.script != scriptLatin || len(w.forms[0]) != 1 {
			continue
		}
		// SMITH/J: airline systems put the given names after the slash,
		// and surnameLast leaves a single letter where it is.
		// A name of one letter only has no given name to stand for.
		last := i == len(ws)-1
		w.initial = len(ws) > 1 && (w.dotted || !last || w.tight)
	}
}

// hasLatinLetterWord reports whether a Latin word of ws is a single
// letter: joinDottedInitials and joinHyphenLetters change only names that
// have one, and return the others as they are.
func hasLatinLetterWord(ws []word) bool {
	for _, w := range ws {
		if w.script == scriptLatin && len(w.forms[0]) == 1 {
			return true
		}
	}
	return false
}

// joinHyphenLetters joins a run of hyphenated words that has a piece of one
// letter into one word: a hyphen that moved (A-LADANI for AL-ADANI,
// ABDA-L-HADI for ABD-AL-HADI) cuts a letter off its word, and the run
// joined (ALADANI, ABDALHADI) is what the name is, so that a moved hyphen
// costs nothing. Runs whose pieces all have two letters or more
// (JEAN-PIERRE, AL-BASHIR) are left to the particle and compound rules.
func joinHyphenLetters(p *prepScratch, ws []word) []word {
	if !hasLatinLetterWord(ws) {
		return ws // nearly every name: no piece of one letter
	}
	out := carve(&p.words, len(ws))
	for i := 0; i < len(ws); i++ {
		j := i + 1
		for j < len(ws) && ws[j].hyphen && ws[j].script == ws[i].script {
			j++
		}
		short := false
		for k := i; k < j; k++ {
			short = short || len(ws[k].forms[0]) == 1
		}
		if j == i+1 || !short || ws[i].script != scriptLatin {
			out = append(out, ws[i])
			continue
		}
		w := ws[i]
		joined := ""
		for k := i; k < j; k++ {
			joined += ws[k].forms[0]
		}
		w.forms = []string{joined}
		w.dotted = ws[j-1].dotted
		out = append(out, w)
		i = j - 1
	}
	return out
}
