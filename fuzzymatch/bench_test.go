package fuzzymatch

import (
	"os"
	"testing"

	"github.com/openpiu/piu/fuzzymatch/matchtest"
	"github.com/openpiu/piu/internal/benchcpu"
)

// benchPairs are realistic screening pairs: an airline-style passenger name
// against a watchlist name, in Latin letters and in other scripts.
var benchPairs = [][2]string{
	{"SMITH/JOHNMR", "John Smith"},
	{"MOKHAMMAD ABDELKARIM AL BASHIR", "Mohammed Abd el-Karim al-Bashir"},
	{"IVANOV/SERGEI VIKTOROVICH", "Sergey Viktorovich Ivanov"},
	{"MUELLER/JUERGEN", "Jürgen Müller"},
	{"PUTIN/VLADIMIRMR", "Владимир Владимирович Путин"},
	{"HASSAN/ALI", "علي حسن"},
	{"COHEN/DAVID", "דוד כהן"},
	{"PAPADOPOULOS/GEORGIOS", "Γεώργιος Παπαδόπουλος"},
	// Near misses and different people: most pairs a screening run scores.
	{"SCHWARZENEGER/ARNOLD", "Arnold Schwarzenegger"},
	{"SMITH/JOHN", "Jane Doe"},
	{"PETROV/SERGEI", "Сергей Викторович Иванов"},
	{"HASSAN/MOHAMMED ALI", "Ahmed Mahmoud al-Sayed"},
	{"COHEN/DANIEL", "משה לוי"},
	{"GARCIA LOPEZ/MARIA", "María Fernanda García Márquez"},
}

func preparedBenchPairs() [][2]*Name {
	out := make([][2]*Name, len(benchPairs))
	for i, p := range benchPairs {
		out[i] = [2]*Name{Prepare(p[0]), Prepare(p[1])}
	}
	return out
}

// BenchmarkScore compares two prepared names. Target: <= 1 µs/op and
// 0 allocs/op on every pair (the figure is per pair).
func BenchmarkScore(b *testing.B) {
	c := NewComparator(DefaultOptions())
	for _, p := range preparedBenchPairs() {
		b.Run(p[0].String(), func(b *testing.B) {
			benchcpu.Report(b, func() { c.Score(p[0], p[1]) })
		})
	}
}

// BenchmarkScoreMix runs all the pairs in turn. Target: <= 1 µs/op,
// 0 allocs/op.
func BenchmarkScoreMix(b *testing.B) {
	c := NewComparator(DefaultOptions())
	ps := preparedBenchPairs()
	i := 0
	benchcpu.Report(b, func() {
		p := ps[i%len(ps)]
		c.Score(p[0], p[1])
		i++
	})
}

// BenchmarkPrepare prepares one raw name (done once per name, when a list is
// loaded or a passenger arrives). Targets (issue 15): ≤ 3 µs of CPU and
// ≤ 20 allocs/op for a typical three-token Latin name (latin3), ≤ 10 µs for
// a Cyrillic or Arabic one (cyrillic3, arabic3); the others, longer or with
// particles and diacritics, ≤ 10 µs.
func BenchmarkPrepare(b *testing.B) {
	for _, c := range []struct{ name, raw string }{
		{"latin3", "SMITH/JOHN WILLIAM"},
		{"cyrillic3", "Сергей Викторович Иванов"},
		{"arabic3", "محمد عبد الكريم البشير"},
		{"airline", "SMITH/JOHNMR"},
		{"putin", "Владимир Владимирович Путин"},
		{"particles", "Mohammed Abd el-Karim al-Bashir"},
		{"arabic2", "علي حسن"},
		{"diacritics", "María Fernanda García Márquez"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.raw)))
			benchcpu.Report(b, func() { Prepare(c.raw) })
		})
	}
}

var jwPairs = [][2]string{
	{"MARTHA", "MARHTA"}, {"DWAYNE", "DUANE"}, {"MOHAMMED", "MUHAMMAD"}, {"ALEKSANDR", "ALEXANDER"},
	{"ABDELKARIM", "ABDULKARIM"}, {"SCHOLZ", "SCHULZE"}, {"PAPADOPOULOS", "PAPADOPOULOU"}, {"JOHN", "JANE"},
}

// BenchmarkJaroWinkler scores the same pairs as the matchr module's
// BenchmarkJaroWinklerMatchr. Target: <= 40 ns/op, 0 allocs/op, and at least
// 5x faster than matchr's JaroWinkler on the same pairs.
func BenchmarkJaroWinkler(b *testing.B) {
	i := 0
	benchcpu.Report(b, func() {
		p := jwPairs[i%len(jwPairs)]
		JaroWinkler(p[0], p[1])
		i++
	})
}

// BenchmarkOSA: target <= 200 ns/op, 0 allocs/op on name tokens.
func BenchmarkOSA(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := jwPairs[i%len(jwPairs)]
		osa(p[0], p[1])
		i++
	}
}

// BenchmarkDoubleMetaphone: target <= 1 µs/op.
func BenchmarkDoubleMetaphone(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		DoubleMetaphone(jwPairs[i%len(jwPairs)][0])
		i++
	}
}

// benchCases returns the shared labelled pairs when PIU_TESTDATA is set, and
// the package's own synthetic pairs otherwise.
func benchCases(b *testing.B) []matchtest.Case {
	if os.Getenv("PIU_TESTDATA") != "" {
		return loadBenchCases(b)
	}
	cases := syntheticCases(b)
	return cases
}

// BenchmarkEvaluate compares matchers through the harness on the shared
// pairs (PIU_TESTDATA) or the synthetic ones, reporting F1 at the best
// threshold and time per pair. Targets: the comparator's F1 above the
// baseline's; per pair (Prepare of both names included) <= 50 µs.
func BenchmarkEvaluate(b *testing.B) {
	cases := benchCases(b)
	for _, m := range []struct {
		name string
		m    matchtest.Matcher
	}{
		{"comparator", NewComparator(DefaultOptions())},
		{"token-jaro-winkler", matchtest.Tokenwise(JaroWinkler)},
	} {
		b.Run(m.name, func(b *testing.B) {
			var r matchtest.Report
			for b.Loop() {
				r = matchtest.Evaluate(m.m, cases, matchtest.Options{})
			}
			b.ReportMetric(r.Best.F1, "F1")
			b.ReportMetric(r.Best.Threshold, "threshold")
			b.ReportMetric(r.NsPerPair, "ns/pair")
		})
	}
}
