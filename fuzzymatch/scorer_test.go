package fuzzymatch

import (
	"fmt"
	"testing"
)

// syntheticNames returns every name of the package's synthetic pairs,
// prepared.
func syntheticNames(t testing.TB) []*Name {
	var ns []*Name
	for _, c := range syntheticCases(t) {
		ns = append(ns, Prepare(c.A), Prepare(c.B))
	}
	for _, p := range benchPairs {
		ns = append(ns, Prepare(p[0]), Prepare(p[1]))
	}
	return ns
}

// A Scorer gives Score's value to the bit, whichever names it met before
// and whether its memo has room or is full.
func TestScorerAgreesWithScore(t *testing.T) {
	c := NewComparator(DefaultOptions())
	ns := syntheticNames(t)
	// Many distinct tokens, to fill the memo past three quarters.
	for i := range memoCells {
		ns = append(ns, Prepare(fmt.Sprintf("TOKEN%04dX SMITH", i)))
	}
	s := c.NewScorer(nil)
	for _, a := range ns[:200] {
		s.Reset(a)
		for _, b := range ns {
			if got, want := s.Score(b), c.Score(a, b); got != want {
				t.Fatalf("Scorer(%q).Score(%q) = %v, Score = %v", a, b, got, want)
			}
		}
		if s.memo.used < 3*memoCells/4 {
			t.Fatalf("memo holds %d tokens: the full path was not taken", s.memo.used)
		}
		// Twice: the second pass reads the memo only.
		for _, b := range ns[:300] {
			if got, want := s.Score(b), c.Score(a, b); got != want {
				t.Fatalf("second pass: Scorer(%q).Score(%q) = %v, Score = %v", a, b, got, want)
			}
		}
	}
	if got := s.Score(nil); got != 0 {
		t.Errorf("Score(nil) = %v", got)
	}
	// ScoreAll, over batches of every length and with a nil name.
	bs := append(append([]*Name(nil), ns[:21]...), nil, ns[21])
	out := make([]float64, len(bs))
	s.Reset(ns[5])
	s.ScoreAll(bs, out)
	for i, b := range bs {
		if want := c.Score(ns[5], b); out[i] != want {
			t.Fatalf("ScoreAll: out[%d] = %v, Score = %v", i, out[i], want)
		}
	}
	// The generation stamp wraps without reviving old cells.
	s.memo.gen = ^uint32(0)
	s.Reset(ns[0])
	if s.memo.gen != 1 || s.memo.cells[0].stamp != 0 {
		t.Errorf("after wrapping: gen %d, stamp %d", s.memo.gen, s.memo.cells[0].stamp)
	}
	if got, want := s.Score(ns[1]), c.Score(ns[0], ns[1]); got != want {
		t.Errorf("after wrapping: %v, want %v", got, want)
	}
}

// The same spelling as a particle (BIN SMITH) and as a word (SMITH BIN)
// compares differently (an initial pairs with the word only): the memo
// must not serve one for the other, in either order.
func TestScorerTokenKind(t *testing.T) {
	c := NewComparator(DefaultOptions())
	a := Prepare("B SMITH")
	s := c.NewScorer(a)
	for _, order := range [][2]string{{"SMITH BIN", "BIN SMITH"}, {"BIN SMITH", "SMITH BIN"}} {
		s.Reset(a)
		for _, raw := range order {
			b := Prepare(raw)
			if got, want := s.Score(b), c.Score(a, b); got != want {
				t.Errorf("after %q: Scorer.Score(%q) = %v, Score = %v", order[0], raw, got, want)
			}
		}
	}
}

func TestScorerAllocatesNothing(t *testing.T) {
	c := NewComparator(DefaultOptions())
	s := c.NewScorer(Prepare("MOKHAMMAD ABDELKARIM AL BASHIR"))
	b := Prepare("Мухаммад Абдель Карим аль-Башир")
	if n := testing.AllocsPerRun(100, func() { s.Score(b) }); n != 0 {
		t.Errorf("Scorer.Score allocated %v times per run", n)
	}
}

// BenchmarkScorer scores each bench name against all the synthetic names,
// with Score and with a Scorer (whose memo serves the tokens the names
// share). Target: the Scorer no slower than Score.
func BenchmarkScorer(b *testing.B) {
	c := NewComparator(DefaultOptions())
	ns := syntheticNames(b)
	qs := preparedBenchPairs()
	b.Run("Score", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, q := range qs {
				for _, n := range ns {
					c.Score(q[0], n)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)*len(ns)), "ns/pair")
	})
	b.Run("Scorer", func(b *testing.B) {
		b.ReportAllocs()
		s := c.NewScorer(nil)
		for b.Loop() {
			for _, q := range qs {
				s.Reset(q[0])
				for _, n := range ns {
					s.Score(n)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)*len(ns)), "ns/pair")
	})
}
