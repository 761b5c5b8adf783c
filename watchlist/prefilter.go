package watchlist

import "github.com/openpiu/piu/fuzzymatch"

// shape is a cheap summary of a token used to skip comparator calls that
// cannot pair two tokens: letter counts give an upper bound of the Jaro
// similarity of the spellings and, grouped into consonant classes, of their
// consonant skeletons; the Double Metaphone code catches same-sound pairs.
// It errs towards calling the comparator (the bounds are loose on purpose,
// since the comparator's own skeleton rules are finer than these classes).
type shape struct {
	letters [26]uint8
	n       uint8 // letters counted
	first   byte
	dm      string
}

func newShape(tok string) shape {
	var s shape
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c >= 'A' && c <= 'Z' && s.letters[c-'A'] < 255 {
			s.letters[c-'A']++
			s.n++
		}
	}
	if tok != "" {
		s.first = tok[0]
	}
	s.dm, _ = fuzzymatch.DoubleMetaphone(tok)
	return s
}

// consonant classes: letters that skeletons and romanisations exchange.
var consonantClass = [26]int8{
	'A' - 'A': -1, 'E' - 'A': -1, 'I' - 'A': -1, 'O' - 'A': -1, 'U' - 'A': -1, 'Y' - 'A': -1, 'H' - 'A': -1, 'W' - 'A': 0,
	'B' - 'A': 1, 'P' - 'A': 1, 'F' - 'A': 2, 'V' - 'A': 2,
	'C' - 'A': 3, 'K' - 'A': 3, 'Q' - 'A': 3, 'G' - 'A': 3, 'X' - 'A': 3,
	'S' - 'A': 4, 'Z' - 'A': 4, 'J' - 'A': 5, 'D' - 'A': 6, 'T' - 'A': 6,
	'L' - 'A': 7, 'R' - 'A': 8, 'M' - 'A': 9, 'N' - 'A': 10,
}

// jaroBound is the greatest Jaro similarity two strings of lengths la and lb
// with at most c characters in common can have.
func jaroBound(c, la, lb int) float64 {
	if c == 0 || la == 0 || lb == 0 {
		return 0
	}
	return (float64(c)/float64(la) + float64(c)/float64(lb) + 1) / 3
}

// mayPair reports whether the comparator could pair tokens of shapes a and
// b at minPair or more.
func mayPair(a, b *shape) bool {
	if a.dm != "" && a.dm == b.dm && a.first == b.first {
		return true
	}
	c := 0
	var ca, cb [11]int
	na, nb := 0, 0
	for i := range 26 {
		x, y := int(a.letters[i]), int(b.letters[i])
		c += min(x, y)
		if k := consonantClass[i]; k >= 0 {
			ca[k] += x
			cb[k] += y
			na += x
			nb += y
		}
	}
	// Jaro-Winkler adds at most 0.4 of the remaining distance; spelling
	// pairs need 0.85 and more, skeleton pairs about 0.9 (see fuzzymatch).
	if j := jaroBound(c, int(a.n), int(b.n)); j+0.4*(1-j) >= 0.84 {
		return true
	}
	cs := 0
	for k := range ca {
		cs += min(ca[k], cb[k])
	}
	j := jaroBound(cs, max(na, 1), max(nb, 1))
	return j+0.4*(1-j) >= 0.86
}
