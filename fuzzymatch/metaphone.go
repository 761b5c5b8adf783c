package fuzzymatch

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// dmMaxLen is the length of Double Metaphone codes, as in Philips' original.
const dmMaxLen = 4

// DoubleMetaphone returns the primary and alternate Double Metaphone codes of
// s (Lawrence Philips, "The Double Metaphone Search Algorithm", C/C++ Users
// Journal, June 2000), at most four characters each. Letters with
// diacritics are read without them (Ç is read as S, as in the original);
// characters that are not Latin letters are ignored. The alternate code equals
// the primary one when the word has a single pronunciation. This is an
// independent implementation of the published rules.
func DoubleMetaphone(s string) (primary, alternate string) {
	p, a := dmCodes(s)
	return p.String(), a.String()
}

// dmCode is a Double Metaphone code held by value, so that Prepare reads
// codes without allocating: b[:n] is the code.
type dmCode struct {
	b [dmMaxLen]byte
	n uint8
}

func (c *dmCode) String() string { return string(c.b[:c.n]) }

// dmKeys interns the blocking keys of Double Metaphone codes ("~" and the
// code, see Name.Keys) by packed code: there are a few tens of thousands of
// codes at most (four letters of a small alphabet), and a name's keys then
// need no string of their own.
var dmKeys sync.Map // uint32 → string

func dmKey(c dmCode) string {
	k := packCode(c) // codes have no NUL byte: the packed value fixes the length
	if s, ok := dmKeys.Load(k); ok {
		return s.(string)
	}
	s, _ := dmKeys.LoadOrStore(k, "~"+c.String())
	return s.(string)
}

// add appends s, keeping the first dmMaxLen bytes; total counts every byte
// written, as the algorithm's stopping rule (dm.done) reads the length the
// code would have untruncated.
func (c *dmCode) add(s string, total *int) {
	for i := 0; i < len(s); i++ {
		if int(c.n) < dmMaxLen {
			c.b[c.n] = s[i]
			c.n++
		}
	}
	*total += len(s)
}

// dmCodes returns the primary and alternate codes of s by value.
func dmCodes(s string) (primary, alternate dmCode) {
	var buf [64]byte
	w := dmPrepare(s, buf[:0])
	if len(w) == 0 {
		return
	}
	m := dm{s: w, last: len(w) - 1}
	m.run()
	return m.p, m.a
}

// dmPrepare upper-cases s and keeps A-Z, reading Ç as a marker 'Ç' and Ñ as
// N, appending to dst. A word of A-Z only (what Prepare passes nearly
// always) is returned as it is.
func dmPrepare(s string, dst []byte) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	b := dst
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b = append(b, byte(r-32))
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r))
		case r == 'ç' || r == 'Ç':
			b = append(b, '$') // internal marker for Ç
		case r >= utf8.RuneSelf:
			for _, c := range stripRune(r) {
				if c >= 'a' && c <= 'z' {
					b = append(b, byte(c-32))
				} else if c >= 'A' && c <= 'Z' {
					b = append(b, byte(c))
				}
			}
		}
	}
	return string(b)
}

type dm struct {
	s      string
	last   int
	p, a   dmCode
	np, na int  // lengths of the codes untruncated
	sg     int8 // slavoGermanic: 0 not known yet, 1 no, 2 yes
}

func (m *dm) at(i int) byte {
	if i < 0 || i >= len(m.s) {
		return 0
	}
	return m.s[i]
}

// is reports whether the substring at i of length len(opt) equals any opt.
func (m *dm) is(i int, opts ...string) bool {
	if i < 0 {
		return false
	}
	for _, o := range opts {
		// The first letter first: it rules out most options without a
		// string comparison.
		if i+len(o) <= len(m.s) && (o == "" || m.s[i] == o[0]) && m.s[i:i+len(o)] == o {
			return true
		}
	}
	return false
}

func (m *dm) add(p, a string) {
	m.p.add(p, &m.np)
	m.a.add(a, &m.na)
}

func (m *dm) add1(s string) { m.add(s, s) }

func (m *dm) vowel(i int) bool {
	switch m.at(i) {
	case 'A', 'E', 'I', 'O', 'U', 'Y':
		return true
	}
	return false
}

// slavoGermanic reports whether the word has W, K, CZ or WITZ, computed
// once per word (several letters' rules ask).
func (m *dm) slavoGermanic() bool {
	if m.sg == 0 {
		m.sg = 1
		if strings.Contains(m.s, "W") || strings.Contains(m.s, "K") ||
			strings.Contains(m.s, "CZ") || strings.Contains(m.s, "WITZ") {
			m.sg = 2
		}
	}
	return m.sg == 2
}

func (m *dm) done() bool { return m.np >= dmMaxLen && m.na >= dmMaxLen }

// run encodes m.s letter by letter. It is longer than 80 lines because it is
// the letter table of Philips' algorithm, one case per letter in his order,
// which is easier to check against the original as one switch; the letters
// with long rules (C, G, J, S, T, W) have functions of their own in
// metaphone_letters.go.
func (m *dm) run() {
	i := 0
	if m.is(0, "GN", "KN", "PN", "WR", "PS") {
		i = 1
	}
	if m.at(0) == 'X' {
		m.add1("S")
		i = 1
	}
	for i <= m.last && !m.done() {
		switch c := m.at(i); c {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			if i == 0 {
				m.add1("A")
			}
			i++
		case 'B':
			m.add1("P")
			i += m.skipDouble(i, 'B')
		case '$':
			m.add1("S")
			i++
		case 'C':
			i = m.c(i)
		case 'D':
			switch {
			case m.is(i, "DG"):
				if m.is(i+2, "I", "E", "Y") {
					m.add1("J")
					i += 3
				} else {
					m.add1("TK")
					i += 2
				}
			case m.is(i, "DT", "DD"):
				m.add1("T")
				i += 2
			default:
				m.add1("T")
				i++
			}
		case 'F':
			m.add1("F")
			i += m.skipDouble(i, 'F')
		case 'G':
			i = m.g(i)
		case 'H':
			if (i == 0 || m.vowel(i-1)) && m.vowel(i+1) {
				m.add1("H")
				i += 2
			} else {
				i++
			}
		case 'J':
			i = m.j(i)
		case 'K':
			m.add1("K")
			i += m.skipDouble(i, 'K')
		case 'L':
			if m.at(i+1) == 'L' {
				if (i == m.last-2 && m.is(i-1, "ILLO", "ILLA", "ALLE")) ||
					((m.is(m.last-1, "AS", "OS") || m.is(m.last, "A", "O")) && m.is(i-1, "ALLE")) {
					m.add("L", "")
					i += 2
					continue
				}
				i += 2
			} else {
				i++
			}
			m.add1("L")
		case 'M':
			m.add1("M")
			if (m.is(i-1, "UMB") && (i+1 == m.last || m.is(i+2, "ER"))) || m.at(i+1) == 'M' {
				i += 2
			} else {
				i++
			}
		case 'N':
			m.add1("N")
			i += m.skipDouble(i, 'N')
		case 'P':
			if m.at(i+1) == 'H' {
				m.add1("F")
				i += 2
			} else {
				m.add1("P")
				if m.is(i+1, "P", "B") {
					i += 2
				} else {
					i++
				}
			}
		case 'Q':
			m.add1("K")
			i += m.skipDouble(i, 'Q')
		case 'R':
			if i == m.last && !m.slavoGermanic() && m.is(i-2, "IE") && !m.is(i-4, "ME", "MA") {
				m.add("", "R")
			} else {
				m.add1("R")
			}
			i += m.skipDouble(i, 'R')
		case 'S':
			i = m.sLetter(i)
		case 'T':
			i = m.t(i)
		case 'V':
			m.add1("F")
			i += m.skipDouble(i, 'V')
		case 'W':
			i = m.w(i)
		case 'X':
			if !(i == m.last && (m.is(i-3, "IAU", "EAU") || m.is(i-2, "AU", "OU"))) {
				m.add1("KS")
			}
			if m.is(i+1, "C", "X") {
				i += 2
			} else {
				i++
			}
		case 'Z':
			if m.at(i+1) == 'H' {
				m.add1("J")
				i += 2
				continue
			}
			if m.is(i+1, "ZO", "ZI", "ZA") || (m.slavoGermanic() && i > 0 && m.at(i-1) != 'T') {
				m.add("S", "TS")
			} else {
				m.add1("S")
			}
			i += m.skipDouble(i, 'Z')
		default:
			i++
		}
	}
}
