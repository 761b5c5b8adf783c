// Package synth generates synthetic people, documents and name variants for
// the watchlist tests and benchmarks: deterministic for a seed, with names
// from several cultures drawn from Zipf-like distributions, as real
// populations and lists are. It knows nothing of the watchlist types, so the
// package's own tests can use it without an import cycle.
package synth

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// Person is one synthetic person.
type Person struct {
	Surname, Given   string
	Female           bool
	Year, Month, Day int
	Nationality      string // ISO 3166-1 alpha-3
	Culture          string
}

// Generator draws people. Not safe for concurrent use; make one per
// goroutine (each with its own seed).
type Generator struct {
	r        *rand.Rand
	cultures []*compiled
	cum      []float64
}

type compiled struct {
	c                      *culture
	male, female, surnames *zipf
	onsets, vowels, ends   []string
}

type zipf struct {
	words []string
	cum   []float64
}

func newZipf(words []string, s float64) *zipf {
	z := &zipf{words: words, cum: make([]float64, len(words))}
	t := 0.0
	for i := range words {
		t += 1 / math.Pow(float64(i+1), s)
		z.cum[i] = t
	}
	for i := range z.cum {
		z.cum[i] /= t
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) string {
	if len(z.words) == 0 {
		return ""
	}
	return z.words[sort.SearchFloat64s(z.cum, r.Float64())]
}

// New returns a generator for seed.
func New(seed uint64) *Generator {
	g := &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	t := 0.0
	for i := range cultures {
		c := &cultures[i]
		g.cultures = append(g.cultures, &compiled{
			c:        c,
			male:     newZipf(strings.Fields(c.male), 0.7),
			female:   newZipf(strings.Fields(c.female), 0.7),
			surnames: newZipf(strings.Fields(c.surnames), 0.7),
			onsets:   strings.Fields(c.onsets),
			vowels:   strings.Fields(c.vowels),
			ends:     strings.Fields(c.endings),
		})
		t += c.weight
		g.cum = append(g.cum, t)
	}
	for i := range g.cum {
		g.cum[i] /= t
	}
	return g
}

// Rand exposes the generator's source for callers that need more draws
// from the same deterministic stream.
func (g *Generator) Rand() *rand.Rand { return g.r }

func (g *Generator) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[g.r.IntN(len(list))]
}

// syllableWord builds a rare word: 2-3 syllables and an ending.
func (g *Generator) syllableWord(c *compiled, syllables int) string {
	var b strings.Builder
	for range syllables {
		b.WriteString(g.pick(c.onsets))
		b.WriteString(g.pick(c.vowels))
	}
	if len(c.ends) > 0 {
		b.WriteString(g.pick(c.ends))
	}
	return b.String()
}

func (g *Generator) surname(c *compiled) string {
	if g.r.Float64() < c.c.rareShare {
		return g.syllableWord(c, 2+g.r.IntN(2))
	}
	return c.surnames.draw(g.r)
}

func (g *Generator) given(c *compiled, female bool) string {
	if c.c.shape == shapeChinese {
		if g.r.IntN(3) == 0 {
			return g.pick(c.onsets) + g.pick(c.vowels)
		}
		return g.pick(c.onsets) + g.pick(c.vowels) + g.pick(c.onsets) + g.pick(c.vowels)
	}
	if female {
		return c.female.draw(g.r)
	}
	return c.male.draw(g.r)
}

// Person draws one person.
func (g *Generator) Person() Person {
	c := g.cultures[sort.SearchFloat64s(g.cum, g.r.Float64())]
	p := Person{Culture: c.c.name, Female: g.r.IntN(3) == 0, Nationality: g.pick(c.c.nat)}
	p.Year = 1940 + g.r.IntN(66)
	p.Month = 1 + g.r.IntN(12)
	p.Day = 1 + g.r.IntN(28)
	given := g.given(c, p.Female)
	switch c.c.shape {
	case shapeArabic:
		father := c.male.draw(g.r)
		fam := g.surname(c)
		if g.r.IntN(2) == 0 {
			fam = "AL-" + fam
		}
		p.Given = given
		p.Surname = father + " " + fam
		if g.r.IntN(3) == 0 {
			p.Surname = fam
		}
	case shapeHispanic:
		p.Given = given
		if g.r.IntN(4) == 0 {
			p.Given += " " + g.given(c, p.Female)
		}
		p.Surname = g.surname(c) + " " + g.surname(c)
	case shapeRussian:
		p.Given = given
		p.Surname = g.surname(c)
		if p.Female && (strings.HasSuffix(p.Surname, "OV") || strings.HasSuffix(p.Surname, "EV") || strings.HasSuffix(p.Surname, "IN")) {
			p.Surname += "A"
		}
	case shapeChinese:
		p.Given = given
		p.Surname = c.surnames.draw(g.r)
	default:
		p.Given = given
		if g.r.IntN(5) == 0 {
			p.Given += " " + g.given(c, p.Female)
		}
		p.Surname = g.surname(c)
	}
	return p
}

// Document draws a passport-like number: two letters and seven digits, or
// nine digits, or a letter and eight digits, as common issuers use.
func (g *Generator) Document() string {
	var b [9]byte
	form := g.r.IntN(3)
	for i := range b {
		letter := form == 0 && i < 2 || form == 2 && i == 0
		if letter {
			b[i] = byte('A' + g.r.IntN(26))
		} else {
			b[i] = byte('0' + g.r.IntN(10))
		}
	}
	return string(b[:])
}
