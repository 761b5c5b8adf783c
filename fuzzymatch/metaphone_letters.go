package fuzzymatch

// The letters of Double Metaphone whose rules are long enough to need a
// function of their own (C, G, J, S, T, W), called from dm.run.

func (m *dm) skipDouble(i int, c byte) int {
	if m.at(i+1) == c {
		return 2
	}
	return 1
}

func (m *dm) c(i int) int {
	switch {
	case i > 1 && !m.vowel(i-2) && m.is(i-1, "ACH") && m.at(i+2) != 'I' &&
		(m.at(i+2) != 'E' || m.is(i-2, "BACHER", "MACHER")):
		m.add1("K")
		return i + 2
	case i == 0 && m.is(i, "CAESAR"):
		m.add1("S")
		return i + 2
	case m.is(i, "CHIA"):
		m.add1("K")
		return i + 2
	case m.is(i, "CH"):
		if i > 0 && m.is(i, "CHAE") {
			m.add("K", "X")
			return i + 2
		}
		if i == 0 && (m.is(i+1, "HARAC", "HARIS") || m.is(i+1, "HOR", "HYM", "HIA", "HEM")) && !m.is(0, "CHORE") {
			m.add1("K")
			return i + 2
		}
		if m.is(0, "VAN ", "VON ", "SCH") || m.is(i-2, "ORCHES", "ARCHIT", "ORCHID") ||
			m.is(i+2, "T", "S") || ((m.is(i-1, "A", "O", "U", "E") || i == 0) &&
			m.is(i+2, "L", "R", "N", "M", "B", "H", "F", "V", "W")) {
			m.add1("K")
		} else if i > 0 {
			if m.is(0, "MC") {
				m.add1("K")
			} else {
				m.add("X", "K")
			}
		} else {
			m.add1("X")
		}
		return i + 2
	case m.is(i, "CZ") && !m.is(i-2, "WICZ"):
		m.add("S", "X")
		return i + 2
	case m.is(i+1, "CIA"):
		m.add1("X")
		return i + 3
	case m.is(i, "CC") && !(i == 1 && m.at(0) == 'M'):
		if m.is(i+2, "I", "E", "H") && !m.is(i+2, "HU") {
			if (i == 1 && m.at(0) == 'A') || m.is(i-1, "UCCEE", "UCCES") {
				m.add1("KS")
			} else {
				m.add1("X")
			}
			return i + 3
		}
		m.add1("K")
		return i + 2
	case m.is(i, "CK", "CG", "CQ"):
		m.add1("K")
		return i + 2
	case m.is(i, "CI", "CE", "CY"):
		if m.is(i, "CIO", "CIE", "CIA") {
			m.add("S", "X")
		} else {
			m.add1("S")
		}
		return i + 2
	}
	m.add1("K")
	if m.is(i+1, " C", " Q", " G") {
		return i + 3
	}
	if m.is(i+1, "C", "K", "Q") && !m.is(i+1, "CE", "CI") {
		return i + 2
	}
	return i + 1
}

func (m *dm) g(i int) int {
	if m.at(i+1) == 'H' {
		if i > 0 && !m.vowel(i-1) {
			m.add1("K")
			return i + 2
		}
		if i == 0 {
			if m.at(i+2) == 'I' {
				m.add1("J")
			} else {
				m.add1("K")
			}
			return i + 2
		}
		if (i > 1 && m.is(i-2, "B", "H", "D")) || (i > 2 && m.is(i-3, "B", "H", "D")) || (i > 3 && m.is(i-4, "B", "H")) {
			return i + 2
		}
		if i > 2 && m.at(i-1) == 'U' && m.is(i-3, "C", "G", "L", "R", "T") {
			m.add1("F")
		} else if i > 0 && m.at(i-1) != 'I' {
			m.add1("K")
		}
		return i + 2
	}
	if m.at(i+1) == 'N' {
		if i == 1 && m.vowel(0) && !m.slavoGermanic() {
			m.add("KN", "N")
		} else if !m.is(i+2, "EY") && m.at(i+1) != 'Y' && !m.slavoGermanic() {
			m.add("N", "KN")
		} else {
			m.add1("KN")
		}
		return i + 2
	}
	if m.is(i+1, "LI") && !m.slavoGermanic() {
		m.add("KL", "L")
		return i + 2
	}
	if i == 0 && (m.at(i+1) == 'Y' || m.is(i+1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")) {
		m.add("K", "J")
		return i + 2
	}
	if (m.is(i+1, "ER") || m.at(i+1) == 'Y') && !m.is(0, "DANGER", "RANGER", "MANGER") &&
		!m.is(i-1, "E", "I") && !m.is(i-1, "RGY", "OGY") {
		m.add("K", "J")
		return i + 2
	}
	if m.is(i+1, "E", "I", "Y") || m.is(i-1, "AGGI", "OGGI") {
		if m.is(0, "VAN ", "VON ", "SCH") || m.is(i+1, "ET") {
			m.add1("K")
		} else if m.is(i+1, "IER") {
			m.add1("J")
		} else {
			m.add("J", "K")
		}
		return i + 2
	}
	m.add1("K")
	return i + m.skipDouble(i, 'G')
}

func (m *dm) j(i int) int {
	if m.is(i, "JOSE") || m.is(0, "SAN ") {
		if (i == 0 && (m.at(i+4) == ' ' || i+4 > m.last)) || m.is(0, "SAN ") {
			m.add1("H")
		} else {
			m.add("J", "H")
		}
		return i + 1
	}
	switch {
	case i == 0 && !m.is(i, "JOSE"):
		m.add("J", "A")
	case m.vowel(i-1) && !m.slavoGermanic() && m.is(i+1, "A", "O"):
		m.add("J", "H")
	case i == m.last:
		m.add("J", "")
	case !m.is(i+1, "L", "T", "K", "S", "N", "M", "B", "Z") && !m.is(i-1, "S", "K", "L"):
		m.add1("J")
	}
	return i + m.skipDouble(i, 'J')
}

func (m *dm) sLetter(i int) int {
	switch {
	case m.is(i-1, "ISL", "YSL"):
		return i + 1
	case i == 0 && m.is(i, "SUGAR"):
		m.add("X", "S")
		return i + 1
	case m.is(i, "SH"):
		if m.is(i+1, "HEIM", "HOEK", "HOLM", "HOLZ") {
			m.add1("S")
		} else {
			m.add1("X")
		}
		return i + 2
	case m.is(i, "SIO", "SIA") || m.is(i, "SIAN"):
		if !m.slavoGermanic() {
			m.add("S", "X")
		} else {
			m.add1("S")
		}
		return i + 3
	case (i == 0 && m.is(i+1, "M", "N", "L", "W")) || m.is(i+1, "Z"):
		m.add("S", "X")
		if m.is(i+1, "Z") {
			return i + 2
		}
		return i + 1
	case m.is(i, "SC"):
		if m.at(i+2) == 'H' {
			if m.is(i+3, "OO", "ER", "EN", "UY", "ED", "EM") {
				if m.is(i+3, "ER", "EN") {
					m.add("X", "SK")
				} else {
					m.add1("SK")
				}
				return i + 3
			}
			if i == 0 && !m.vowel(3) && m.at(3) != 'W' {
				m.add("X", "S")
			} else {
				m.add1("X")
			}
			return i + 3
		}
		if m.is(i+2, "I", "E", "Y") {
			m.add1("S")
			return i + 3
		}
		m.add1("SK")
		return i + 3
	}
	if i == m.last && m.is(i-2, "AI", "OI") {
		m.add("", "S")
	} else {
		m.add1("S")
	}
	if m.is(i+1, "S", "Z") {
		return i + 2
	}
	return i + 1
}

func (m *dm) t(i int) int {
	switch {
	case m.is(i, "TION"):
		m.add1("X")
		return i + 3
	case m.is(i, "TIA", "TCH"):
		m.add1("X")
		return i + 3
	case m.is(i, "TH") || m.is(i, "TTH"):
		if m.is(i+2, "OM", "AM") || m.is(0, "VAN ", "VON ", "SCH") {
			m.add1("T")
		} else {
			m.add("0", "T")
		}
		return i + 2
	}
	m.add1("T")
	if m.is(i+1, "T", "D") {
		return i + 2
	}
	return i + 1
}

func (m *dm) w(i int) int {
	if m.is(i, "WR") {
		m.add1("R")
		return i + 2
	}
	if i == 0 && (m.vowel(i+1) || m.is(i, "WH")) {
		if m.vowel(i + 1) {
			m.add("A", "F")
		} else {
			m.add1("A")
		}
	}
	if (i == m.last && m.vowel(i-1)) || m.is(i-1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || m.is(0, "SCH") {
		m.add("", "F")
		return i + 1
	}
	if m.is(i, "WICZ", "WITZ") {
		m.add("TS", "FX")
		return i + 4
	}
	return i + 1
}

// packCode packs a primary Double Metaphone code of up to four characters
// into a number for allocation-free comparison (0 for no code).
func packCode(primary dmCode) uint32 {
	var v uint32
	for _, c := range primary.b[:primary.n] {
		v = v<<8 | uint32(c)
	}
	return v
}
