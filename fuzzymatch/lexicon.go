package fuzzymatch

// The word lists that Prepare's rules consult (titles, particles, compound
// heads, legal forms, number words, common tokens, ...) are kept where each
// rule is written, as the rule reads best beside its list. A word used to
// be looked up in a dozen of them, one map each, at each stage; lexicon
// merges them into one map whose entry says which lists have the word, so
// that a word costs one lookup per stage. It is derived from the lists at
// initialisation: they stay the one place each is written.

// lexFlags says which lists have a word.
type lexFlags uint16

const (
	lexTitle        lexFlags = 1 << iota // titles
	lexSuffix                            // suffixes
	lexParticle                          // particles
	lexFiliation                         // filiation
	lexCompoundHead                      // compoundHeads
	lexArticle                           // articles
	lexLink                              // compoundLinks
	lexTail                              // compoundTails
	lexJoinedTail                        // joinedTails
	lexLegal                             // legalWords (abbreviation in legal)
	lexPhraseFirst                       // can start a legal phrase (legalPhraseFirst)
	lexNumber                            // numberWords (value in number)
	lexOrdinal                           // ordinalWords (value in number)
	lexCommon                            // commonTokens (weight in common)
)

// lexEntry is what the lists say of a word.
type lexEntry struct {
	flags  lexFlags
	number int8    // numberWords or ordinalWords value
	common float32 // commonTokens weight
	legal  string  // legalWords abbreviation
}

func (e lexEntry) has(f lexFlags) bool { return e.flags&f != 0 }

var lexicon = buildLexicon()

func buildLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	sets := []struct {
		set  map[string]bool
		flag lexFlags
	}{
		{titles, lexTitle}, {suffixes, lexSuffix}, {particles, lexParticle}, {filiation, lexFiliation},
		{compoundHeads, lexCompoundHead}, {articles, lexArticle}, {compoundLinks, lexLink},
		{compoundTails, lexTail}, {joinedTails, lexJoinedTail}, {legalPhraseFirst, lexPhraseFirst},
	}
	for _, s := range sets {
		for w, in := range s.set {
			if in {
				e := m[w]
				e.flags |= s.flag
				m[w] = e
			}
		}
	}
	addValues(m, legalWords, lexLegal, func(e *lexEntry, a string) { e.legal = a })
	// No word is both a number and an ordinal (a test checks it).
	addValues(m, numberWords, lexNumber, func(e *lexEntry, n int) { e.number = int8(n) })
	addValues(m, ordinalWords, lexOrdinal, func(e *lexEntry, n int) { e.number = int8(n) })
	addValues(m, commonTokens, lexCommon, func(e *lexEntry, c float32) { e.common = c })
	return m
}

// addValues flags the words of list in m and sets their value.
func addValues[V any](m map[string]lexEntry, list map[string]V, flag lexFlags, set func(*lexEntry, V)) {
	for w, v := range list {
		e := m[w]
		e.flags |= flag
		set(&e, v)
		m[w] = e
	}
}

// lexOf returns what the lists say of w.
func lexOf(w string) lexEntry { return lexicon[w] }
