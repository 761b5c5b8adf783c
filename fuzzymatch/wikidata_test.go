package fuzzymatch

import (
	"bufio"
	"flag"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

var missLimit = 40

var fullWikidata = flag.Bool("fuzzymatch.full", false, "evaluate on every line of the Wikidata training files instead of a deterministic sample")

// wikiPair is one line of a Wikidata transliteration file: a Latin name
// token and the same token in another script.
type wikiPair struct{ latin, script string }

// loadWikidata reads names/wikidata_<lang>_train.tsv. Unless -fuzzymatch.full
// is set, it keeps a deterministic sample of about n lines (every k-th).
func loadWikidata(t testing.TB, lang string, n int) []wikiPair {
	t.Helper()
	f, err := os.Open(testdata(t, "names/wikidata_"+lang+"_train.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all []wikiPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		all = append(all, wikiPair{latin: parts[0], script: strings.ReplaceAll(parts[1], " ", "")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if *fullWikidata || n <= 0 || len(all) <= n {
		return all
	}
	step := len(all) / n
	out := make([]wikiPair, 0, n+1)
	for i := 0; i < len(all); i += step {
		out = append(out, all[i])
	}
	return out
}

// wikiRates returns the share of right pairs scoring at or above the
// threshold and the share of shuffled pairs (each Latin token with the
// script token of the line 7 further on) scoring below it.
func wikiRates(c *Comparator, pairs []wikiPair) (hit, reject float64, misses []wikiPair) {
	lat := make([]*Name, len(pairs))
	scr := make([]*Name, len(pairs))
	for i, p := range pairs {
		lat[i], scr[i] = Prepare(p.latin), Prepare(p.script)
	}
	th := c.Threshold()
	var ok, rej, shuffled int
	for i := range pairs {
		if c.Score(lat[i], scr[i]) >= th {
			ok++
		} else if len(misses) < missLimit {
			misses = append(misses, pairs[i])
		}
		j := (i + 7) % len(pairs)
		if pairs[j].script == pairs[i].script || strings.EqualFold(pairs[j].latin, pairs[i].latin) {
			continue
		}
		shuffled++
		if c.Score(lat[i], scr[j]) < th {
			rej++
		}
	}
	return float64(ok) / float64(len(pairs)), float64(rej) / float64(max(shuffled, 1)), misses
}

// TestAccuracyWikidata asserts the transliteration floors on the Wikidata
// training tokens: the right Latin token scores at or above the threshold
// for >= 94 % Russian, >= 94 % Arabic and >= 95 % Hebrew pairs, and shuffled
// pairs stay below it for >= 99.5 %. A deterministic sample keeps the test
// fast under -race; -fuzzymatch.full evaluates every line. (Before the
// stricter evidence of issue 15 the Russian floor was 95 % and shuffled
// pairs were accepted three times as often: consonant skeletons no longer
// pair Cyrillic tokens whose consonants differ. TestAccuracyWikidataStrict
// compares at equal false matches.)
func TestAccuracyWikidata(t *testing.T) {
	c := NewComparator(DefaultOptions())
	for _, tt := range []struct {
		lang  string
		floor float64
	}{{"russian", 0.94}, {"arabic", 0.94}, {"hebrew", 0.95}} {
		pairs := loadWikidata(t, tt.lang, 4000)
		hit, rej, misses := wikiRates(c, pairs)
		t.Logf("%-8s %6d pairs: right %.2f%% >= %.2f, shuffled rejected %.2f%%", tt.lang, len(pairs), 100*hit, c.Threshold(), 100*rej)
		if *verboseEval {
			for _, m := range misses {
				t.Logf("  miss %s %s %v", m.latin, m.script, Prepare(m.script).Keys())
			}
		}
		if hit < tt.floor {
			t.Errorf("%s: right pairs %.2f%% < %.0f%%", tt.lang, 100*hit, 100*tt.floor)
		}
		if rej < 0.995 {
			t.Errorf("%s: shuffled pairs rejected %.2f%% < 99.5%%", tt.lang, 100*rej)
		}
	}
}

// TestAccuracyWikidataStrict finds, for each Wikidata training file (every
// line), the least threshold at which shuffled pairs (as in wikiRates) are
// accepted for at most 0.1 %, and reports the share of right Latin tokens
// accepted at that threshold against the targets of issue 15 (>= 95 %
// Russian, >= 92 % Arabic, >= 93 % Hebrew). It asserts the floors reached
// (94 %, 92 %, 92 %): the Russian and Hebrew targets are not met yet, and a
// target not met is logged, not failed. These files are also what the script options were
// tuned on (TestTuneScripts): the figures are training figures, not
// held-out ones.
func TestAccuracyWikidataStrict(t *testing.T) {
	c := NewComparator(DefaultOptions())
	for _, tt := range []struct {
		lang          string
		floor, target float64
	}{{"russian", 0.94, 0.95}, {"arabic", 0.92, 0.92}, {"hebrew", 0.92, 0.93}} {
		pairs := loadWikidata(t, tt.lang, 0)
		th, hit, acc := strictThreshold(c, pairs, 0.001)
		met := "met"
		if hit < tt.target {
			met = "NOT MET"
		}
		t.Logf("%-8s %6d pairs: shuffled accepted %.3f%% from %.4f, right accepted there %.2f%%: target %.0f%% %s",
			tt.lang, len(pairs), 100*acc, th, 100*hit, 100*tt.target, met)
		if hit < tt.floor {
			t.Errorf("%s: right pairs %.2f%% < %.0f%% at the 0.1%% shuffled threshold %.4f", tt.lang, 100*hit, 100*tt.floor, th)
		}
	}
}

// strictThreshold returns the least threshold th at which at most the share
// maxFalse of the shuffled pairs scores th or more, the share of right pairs
// that do, and the share of shuffled pairs that do.
func strictThreshold(c *Comparator, pairs []wikiPair, maxFalse float64) (th, hit, acc float64) {
	lat := make([]*Name, len(pairs))
	scr := make([]*Name, len(pairs))
	for i, p := range pairs {
		lat[i], scr[i] = Prepare(p.latin), Prepare(p.script)
	}
	var neg, pos []float64
	for i := range pairs {
		pos = append(pos, c.Score(lat[i], scr[i]))
		j := (i + 7) % len(pairs)
		if pairs[j].script == pairs[i].script || strings.EqualFold(pairs[j].latin, pairs[i].latin) {
			continue
		}
		neg = append(neg, c.Score(lat[i], scr[j]))
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(neg)))
	// At most k shuffled pairs may reach th: th is just above the
	// (k+1)-th highest shuffled score.
	k := int(maxFalse * float64(len(neg)))
	th = math.Nextafter(neg[k], 2)
	for _, s := range pos {
		if s >= th {
			hit++
		}
	}
	n := 0
	for _, s := range neg {
		if s >= th {
			n++
		}
	}
	return th, hit / float64(len(pos)), float64(n) / float64(len(neg))
}
