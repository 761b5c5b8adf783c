package synth

import (
	"strings"
)

// Variant kinds: the ways a traveller's name differs from the listed one in
// real screening, from keying errors to transliteration.
const (
	VariantExact     = iota
	VariantTypo      // one substitution, insertion, deletion or transposition
	VariantTranslit  // a spelling variant of the same sound
	VariantDropGiven // a middle or second given name left out
	VariantSwap      // surname and given names exchanged
	VariantParticle  // AL-X written ALX or AL X
	numVariants
)

// transliteration rewrites seen between romanisations of the same name.
var translit = [][2]string{
	{"MOHAMMED", "MUHAMMAD"}, {"MOHAMMED", "MOHAMED"}, {"MUHAMMAD", "MOHAMMAD"}, {"AHMED", "AHMAD"},
	{"HUSSEIN", "HUSAYN"}, {"HASSAN", "HASAN"}, {"YOUSSEF", "YUSUF"}, {"OU", "U"}, {"KH", "H"},
	{"EE", "I"}, {"OO", "U"}, {"IY", "I"}, {"Y", "I"}, {"J", "DJ"}, {"SH", "CH"}, {"ZH", "J"},
	{"V", "W"}, {"EV", "EFF"}, {"OV", "OFF"}, {"PH", "F"}, {"C", "K"}, {"Q", "K"}, {"TH", "T"},
	{"EI", "EY"}, {"IA", "IYA"}, {"SKY", "SKI"}, {"AA", "A"}, {"X", "KS"}, {"GH", "G"},
}

// Vary returns a variant of the name of kind k; ok is false when the kind
// does not apply to this name (the caller draws another).
func (g *Generator) Vary(surname, given string, k int) (string, string, bool) {
	switch k {
	case VariantExact:
		return surname, given, true
	case VariantTypo:
		if g.r.IntN(2) == 0 && len(given) >= 4 {
			return surname, g.typo(given), true
		}
		return g.typo(surname), given, true
	case VariantTranslit:
		for _, i := range g.r.Perm(len(translit)) {
			t := translit[i]
			from, to := t[0], t[1]
			if g.r.IntN(2) == 0 {
				from, to = to, from
			}
			if strings.Contains(surname, from) {
				return strings.Replace(surname, from, to, 1), given, true
			}
			if strings.Contains(given, from) {
				return surname, strings.Replace(given, from, to, 1), true
			}
		}
		return "", "", false
	case VariantDropGiven:
		f := strings.Fields(given)
		if len(f) < 2 {
			return "", "", false
		}
		return surname, f[0], true
	case VariantSwap:
		return given, surname, true
	case VariantParticle:
		if i := strings.Index(surname, "AL-"); i >= 0 {
			if g.r.IntN(2) == 0 {
				return strings.Replace(surname, "AL-", "AL", 1), given, true
			}
			return strings.Replace(surname, "AL-", "AL ", 1), given, true
		}
		return "", "", false
	}
	return "", "", false
}

// RandomVariant applies a random applicable kind other than exact and
// returns it with the kind.
func (g *Generator) RandomVariant(surname, given string) (string, string, int) {
	for {
		k := 1 + g.r.IntN(numVariants-1)
		if s, gv, ok := g.Vary(surname, given, k); ok {
			return s, gv, k
		}
	}
}

// typo applies one keying error at a random letter position.
func (g *Generator) typo(s string) string {
	b := []byte(s)
	var pos []int
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			pos = append(pos, i)
		}
	}
	if len(pos) < 2 {
		return s
	}
	i := pos[g.r.IntN(len(pos))]
	switch g.r.IntN(4) {
	case 0: // substitution
		c := byte('A' + g.r.IntN(26))
		for c == b[i] {
			c = byte('A' + g.r.IntN(26))
		}
		b[i] = c
	case 1: // deletion
		b = append(b[:i], b[i+1:]...)
	case 2: // insertion
		c := byte('A' + g.r.IntN(26))
		b = append(b[:i], append([]byte{c}, b[i:]...)...)
	default: // transposition with the next letter
		if i+1 < len(b) && b[i+1] >= 'A' && b[i+1] <= 'Z' {
			b[i], b[i+1] = b[i+1], b[i]
		} else if i > 0 && b[i-1] >= 'A' && b[i-1] <= 'Z' {
			b[i], b[i-1] = b[i-1], b[i]
		}
	}
	return string(b)
}
