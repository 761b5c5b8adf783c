package matchr

import (
	"testing"
	"time"

	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// jwPairs are the same pairs as fuzzymatch's BenchmarkJaroWinkler: single
// name tokens, and whole names compared as one string (how many screening
// tools apply Jaro-Winkler).
var jwPairs = map[string][][2]string{
	"tokens": {
		{"MARTHA", "MARHTA"}, {"DWAYNE", "DUANE"}, {"MOHAMMED", "MUHAMMAD"}, {"ALEKSANDR", "ALEXANDER"},
		{"ABDELKARIM", "ABDULKARIM"}, {"SCHOLZ", "SCHULZE"}, {"PAPADOPOULOS", "PAPADOPOULOU"}, {"JOHN", "JANE"},
	},
	"names": {
		{"MOHAMMED ABDELKARIM AL BASHIR", "MUHAMMAD ABD AL KARIM AL BASHIR"},
		{"ALEKSANDR SERGEYEVICH PUSHKIN", "ALEXANDER SERGEEVICH PUSHKIN"},
		{"JEAN CLAUDE JUNCKER", "JEAN-CLAUDE JUNKER"},
		{"OSAMA BIN MOHAMMED BIN LADEN", "USAMA BIN MUHAMMAD BIN LADIN"},
		{"GEORGIOS PAPADOPOULOS", "GIORGOS PAPADOPOULOU"},
		{"MARIA GUADALUPE GARCIA LOPEZ", "MARIA GARCIA LOPES"},
	},
	"organisations": {
		{"OPEN JOINT STOCK COMPANY GAZPROM NEFT", "GAZPROM NEFT PUBLIC JOINT STOCK COMPANY"},
		{"ISLAMIC REVOLUTIONARY GUARD CORPS AEROSPACE FORCE", "IRGC AEROSPACE FORCE"},
		{"KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOREA MINING DEVELOPMENT TRADING CORP"},
		{"TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", "JSC TACTICAL MISSILES CORPORATION"},
	},
}

// BenchmarkJaroWinkler runs both implementations side by side on the same
// pairs. Target: fuzzymatch at least 5x faster than matchr on whole names,
// 0 allocs/op for both sets.
func BenchmarkJaroWinkler(b *testing.B) {
	for _, set := range []string{"tokens", "names", "organisations"} {
		pairs := jwPairs[set]
		b.Run(set+"/fuzzymatch", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := pairs[i%len(pairs)]
				fuzzymatch.JaroWinkler(p[0], p[1])
				i++
			}
		})
		b.Run(set+"/matchr", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := pairs[i%len(pairs)]
				JaroWinkler(p[0], p[1])
				i++
			}
		})
	}
}

// BenchmarkDoubleMetaphone compares the two phonetic encoders. Target:
// fuzzymatch no slower than matchr.
func BenchmarkDoubleMetaphone(b *testing.B) {
	b.Run("fuzzymatch", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			fuzzymatch.DoubleMetaphone(jwPairs["tokens"][i%8][0])
			i++
		}
	})
	b.Run("matchr", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			DoubleMetaphone(jwPairs["tokens"][i%8][0])
			i++
		}
	})
}

// BenchmarkEvaluate runs the harness for the fuzzymatch comparator, the
// fuzzymatch token Jaro-Winkler baseline and every matchr adapter, on the
// shared pairs when PIU_TESTDATA is set and on fuzzymatch's synthetic pairs
// otherwise, reporting F1 at the best threshold and time per pair. Target:
// the comparator has the highest F1.
func BenchmarkEvaluate(b *testing.B) {
	cases := loadCases(b)
	ms := []struct {
		Name    string
		Matcher matchtest.Matcher
	}{
		{"fuzzymatch-comparator", fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())},
		{"fuzzymatch-token-jaro-winkler", matchtest.Tokenwise(fuzzymatch.JaroWinkler)},
	}
	ms = append(ms, Matchers...)
	for _, m := range ms {
		b.Run(m.Name, func(b *testing.B) {
			var r matchtest.Report
			for b.Loop() {
				r = matchtest.Evaluate(m.Matcher, cases, matchtest.Options{})
			}
			b.ReportMetric(r.Best.F1, "F1")
			b.ReportMetric(r.NsPerPair, "ns/pair")
		})
	}
}

// BenchmarkJaroWinklerRatio times both implementations in alternating
// batches of the same pairs within one benchmark, so that load from other
// processes hits both alike, and reports how many times faster fuzzymatch
// is ("x-faster"). Target: >= 5 on whole names.
func BenchmarkJaroWinklerRatio(b *testing.B) {
	for _, set := range []string{"tokens", "names", "organisations"} {
		pairs := jwPairs[set]
		b.Run(set, func(b *testing.B) {
			var ours, theirs time.Duration
			for b.Loop() {
				t0 := time.Now()
				for range 100 {
					for _, p := range pairs {
						fuzzymatch.JaroWinkler(p[0], p[1])
					}
				}
				t1 := time.Now()
				for range 100 {
					for _, p := range pairs {
						JaroWinkler(p[0], p[1])
					}
				}
				t2 := time.Now()
				ours += t1.Sub(t0)
				theirs += t2.Sub(t1)
			}
			b.ReportMetric(float64(theirs)/float64(ours), "x-faster")
			n := float64(b.N * 100 * len(pairs))
			b.ReportMetric(float64(ours.Nanoseconds())/n, "ns/pair-fuzzymatch")
			b.ReportMetric(float64(theirs.Nanoseconds())/n, "ns/pair-matchr")
		})
	}
}
