package matchtest

import (
	"runtime"
	"slices"
	"time"
)

// Matcher is what the harness evaluates: anything that scores two raw names
// in [0,1], higher meaning more alike. *fuzzymatch.Comparator is one.
type Matcher interface {
	Match(a, b string) float64
}

// MatcherFunc adapts a function to Matcher.
type MatcherFunc func(a, b string) float64

// Match calls f(a, b).
func (f MatcherFunc) Match(a, b string) float64 { return f(a, b) }

// Point is the confusion matrix of a matcher at one threshold: a pair is
// predicted a match when its score is at or above Threshold.
type Point struct {
	Threshold float64 `json:"threshold"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	TN        int     `json:"tn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (p *Point) finish() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// Scored is one case with the score a matcher gave it.
type Scored struct {
	Case
	Score float64 `json:"score"`
}

// Report is the evaluation of a matcher on a set of cases.
type Report struct {
	Cases []Scored `json:"cases"`
	// Curve has one point per distinct score (every threshold at which a
	// decision changes), in increasing threshold order.
	Curve []Point `json:"curve"`
	// Best is the point of Curve with the highest F1 (the lowest threshold
	// among ties).
	Best Point `json:"best"`
	// Threshold is the threshold At, ByCategory and BySchema use: the one
	// given in Options, or Best's.
	Threshold  float64          `json:"thresholdUsed"`
	At         Point            `json:"at"`
	ByCategory map[string]Point `json:"byCategory"`
	BySchema   map[string]Point `json:"bySchema"`
	// NsPerPair and AllocsPerPair measure Match over all cases (one
	// goroutine; allocations counted with runtime.ReadMemStats).
	NsPerPair     float64 `json:"nsPerPair"`
	AllocsPerPair float64 `json:"allocsPerPair"`
}

// Options set up Evaluate.
type Options struct {
	// Threshold, when positive, is the threshold for At, ByCategory and
	// BySchema; otherwise Best's threshold is used.
	Threshold float64 `json:"threshold"`
}

// Evaluate scores every case with m and reports precision, recall and F1 at
// every threshold, the best threshold, breakdowns per category and schema,
// and the time and allocations per pair. Cases are scored in order on the
// calling goroutine.
func Evaluate(m Matcher, cases []Case, o Options) Report {
	r := Report{Cases: make([]Scored, len(cases))}
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	for i, c := range cases {
		r.Cases[i] = Scored{Case: c, Score: m.Match(c.A, c.B)}
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	if n := len(cases); n > 0 {
		r.NsPerPair = float64(elapsed.Nanoseconds()) / float64(n)
		r.AllocsPerPair = float64(ms1.Mallocs-ms0.Mallocs) / float64(n)
	}
	r.Curve = Curve(r.Cases)
	for _, p := range r.Curve {
		if p.F1 > r.Best.F1 {
			r.Best = p
		}
	}
	r.Threshold = o.Threshold
	if r.Threshold <= 0 {
		r.Threshold = r.Best.Threshold
	}
	r.At = PointAt(r.Cases, r.Threshold)
	r.ByCategory = breakdown(r.Cases, r.Threshold, func(s Scored) string { return s.Category })
	r.BySchema = breakdown(r.Cases, r.Threshold, func(s Scored) string { return s.Schema })
	return r
}

// PointAt returns the confusion matrix of scored cases at threshold t.
func PointAt(cases []Scored, t float64) Point {
	p := Point{Threshold: t}
	for _, c := range cases {
		switch hit := c.Score >= t; {
		case hit && c.Match:
			p.TP++
		case hit:
			p.FP++
		case c.Match:
			p.FN++
		default:
			p.TN++
		}
	}
	p.finish()
	return p
}

// Curve returns the confusion matrix at every distinct score of cases, in
// increasing order of threshold.
func Curve(cases []Scored) []Point {
	if len(cases) == 0 {
		return nil
	}
	s := slices.Clone(cases)
	slices.SortFunc(s, func(a, b Scored) int {
		switch {
		case a.Score < b.Score:
			return -1
		case a.Score > b.Score:
			return 1
		}
		return 0
	})
	pos := 0
	for _, c := range s {
		if c.Match {
			pos++
		}
	}
	neg := len(s) - pos
	// At threshold s[i].Score, cases i.. are predicted matches.
	var out []Point
	fn, tn := 0, 0
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i].Score != s[i-1].Score {
			p := Point{Threshold: s[i].Score, TP: pos - fn, FP: neg - tn, FN: fn, TN: tn}
			p.finish()
			out = append(out, p)
		}
		if s[i].Match {
			fn++
		} else {
			tn++
		}
	}
	return out
}

func breakdown(cases []Scored, t float64, key func(Scored) string) map[string]Point {
	groups := map[string][]Scored{}
	for _, c := range cases {
		k := key(c)
		groups[k] = append(groups[k], c)
	}
	out := make(map[string]Point, len(groups))
	for k, g := range groups {
		out[k] = PointAt(g, t)
	}
	return out
}
