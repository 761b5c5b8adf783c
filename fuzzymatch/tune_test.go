package fuzzymatch

import (
	"flag"
	"fmt"
	"sort"
	"testing"

	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

var tune = flag.Bool("fuzzymatch.tune", false, "grid-search comparator options on the shared pairs and log the best (development aid)")

// TestTune is a development aid, off by default: it searches a small grid
// of options and logs the combinations with the best F1 on all pairs at
// their best threshold, with the Person F1 at that threshold.
func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("run with -fuzzymatch.tune to search options")
	}
	cases := loadBenchCases(t)
	person := matchtest.Filter(cases, func(c matchtest.Case) bool { return c.Schema == "Person" })
	pa := make([][2]*Name, len(cases))
	for i, c := range cases {
		pa[i] = [2]*Name{Prepare(c.A), Prepare(c.B)}
	}
	type res struct {
		o           Options
		f1, pf1, th float64
	}
	var out []res
	for _, slope := range []float64{2.5, 3, 3.5} {
		for _, minPair := range []float64{0.4, 0.5, 0.6} {
			for _, extra := range []float64{0.15, 0.2, 0.3} {
				for _, conflict := range []float64{0.8, 1.2} {
					for _, skel := range []float64{0} {
						o := DefaultOptions()
						o.SpellingSlope, o.MinPairSimilarity, o.ExtraTokenPenalty, o.ConflictPenalty, o.LatinSkeletonFactor = slope, minPair, extra, conflict, skel
						c := NewComparator(o)
						sc := make([]matchtest.Scored, len(cases))
						var ps []matchtest.Scored
						for i, cs := range cases {
							sc[i] = matchtest.Scored{Case: cs, Score: c.Score(pa[i][0], pa[i][1])}
							if cs.Schema == "Person" {
								ps = append(ps, sc[i])
							}
						}
						best := matchtest.PointAt(sc, o.Threshold)
						out = append(out, res{o, best.F1, matchtest.PointAt(ps, best.Threshold).F1, best.Threshold})
					}
				}
			}
		}
	}
	_ = person
	sort.Slice(out, func(i, j int) bool { return out[i].f1+out[i].pf1 > out[j].f1+out[j].pf1 })
	for _, r := range out[:15] {
		t.Logf("F1 %.3f person %.3f at %.3f: slope %.1f minPair %.2f extra %.2f conflict %.2f latinSkel %.2f",
			r.f1, r.pf1, r.th, r.o.SpellingSlope, r.o.MinPairSimilarity, r.o.ExtraTokenPenalty, r.o.ConflictPenalty, r.o.LatinSkeletonFactor)
	}
}

// TestTuneScripts is a development aid, off by default: it searches the
// options that matter for transliterated tokens and logs, per Wikidata
// file, the right pairs accepted at the threshold accepting 0.1 % of
// shuffled pairs (as TestAccuracyWikidataStrict) and, at Threshold(), the
// right pairs accepted and the shuffled pairs accepted. The defaults of
// 2026-12-02 (support 0.65, factor 1.0, slope 1.25) came from this search.
func TestTuneScripts(t *testing.T) {
	if !*tune {
		t.Skip("run with -fuzzymatch.tune to search options")
	}
	langs := []string{"russian", "arabic", "hebrew"}
	data := map[string][]wikiPair{}
	for _, l := range langs {
		data[l] = loadWikidata(t, l, 40000)
	}
	for _, sup := range []float64{0.55, 0.65, 0.75} {
		for _, skel := range []float64{0.95, 1.0} {
			for _, slope := range []float64{1.25, 1.5} {
				o := DefaultOptions()
				o.SkeletonSupport, o.SkeletonFactor, o.ScriptSpellingSlope = sup, skel, slope
				c := NewComparator(o)
				line := ""
				for _, l := range langs {
					th, strict, _ := strictThreshold(c, data[l], 0.001)
					hit, rej, _ := wikiRates(c, data[l])
					line += fmt.Sprintf(" %s %.2f@%.3f (%.2f/%.2f)", l, 100*strict, th, 100*hit, 100-100*rej)
				}
				t.Logf("support %.2f factor %.2f slope %.2f:%s", sup, skel, slope, line)
			}
		}
	}
}
