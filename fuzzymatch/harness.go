package fuzzymatch

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Case is one labelled pair of names, as in the nomenklatura name benchmark
// (columns case_group, schema, name1, name2, is_match, quality, category,
// notes).
type Case struct {
	Group    string `json:"caseGroup"`
	Schema   string `json:"schema"` // Person, Company, Organization, ...
	A        string `json:"name1"`
	B        string `json:"name2"`
	Match    bool   `json:"isMatch"`
	Quality  string `json:"quality,omitempty"`
	Category string `json:"category,omitempty"`
	Notes    string `json:"notes,omitempty"`
	Line     int    `json:"line,omitempty"` // line in the CSV file, 0 for cases built in memory
}

// ErrCaseHeader reports a CSV file whose header lacks a required column.
var ErrCaseHeader = errors.New("fuzzymatch: case file header lacks name1, name2 or is_match")

// CaseError reports a malformed record in a case file. Its text carries the
// position and the column, never the names.
type CaseError struct {
	Line   int    // 1-based line of the record
	Column string // the offending column
	Err    error
}

func (e *CaseError) Error() string {
	return fmt.Sprintf("fuzzymatch: case file line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *CaseError) Unwrap() error { return e.Err }

// ReadCases reads labelled pairs from CSV with a header row. Columns are
// found by name: name1, name2 and is_match are required; case_group, schema,
// quality, category and notes are optional. is_match accepts true/false,
// 1/0, yes/no.
func ReadCases(r io.Reader) ([]Case, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, ErrCaseHeader
		}
		return nil, fmt.Errorf("fuzzymatch: case file header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, req := range []string{"name1", "name2", "is_match"} {
		if _, ok := col[req]; !ok {
			return nil, ErrCaseHeader
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	var out []Case
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return out, &CaseError{Line: pe.Line, Column: strconv.Itoa(pe.Column), Err: pe.Err}
			}
			return out, fmt.Errorf("fuzzymatch: case file: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if col["is_match"] >= len(rec) || col["name1"] >= len(rec) || col["name2"] >= len(rec) {
			return out, &CaseError{Line: line, Column: "is_match", Err: errors.New("too few fields")}
		}
		m, ok := parseBool(get(rec, "is_match"))
		if !ok {
			return out, &CaseError{Line: line, Column: "is_match", Err: errors.New("not a boolean")}
		}
		out = append(out, Case{
			Group: get(rec, "case_group"), Schema: get(rec, "schema"),
			A: get(rec, "name1"), B: get(rec, "name2"), Match: m,
			Quality: get(rec, "quality"), Category: get(rec, "category"), Notes: get(rec, "notes"),
			Line: line,
		})
	}
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "y", "t":
		return true, true
	case "false", "0", "no", "n", "f":
		return false, true
	}
	return false, false
}

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
	// given in EvalOptions, or Best's.
	Threshold  float64          `json:"thresholdUsed"`
	At         Point            `json:"at"`
	ByCategory map[string]Point `json:"byCategory"`
	BySchema   map[string]Point `json:"bySchema"`
	// NsPerPair and AllocsPerPair measure Match over all cases (one
	// goroutine; allocations counted with runtime.ReadMemStats).
	NsPerPair     float64 `json:"nsPerPair"`
	AllocsPerPair float64 `json:"allocsPerPair"`
}

// EvalOptions set up Evaluate.
type EvalOptions struct {
	// Threshold, when positive, is the threshold for At, ByCategory and
	// BySchema; otherwise Best's threshold is used.
	Threshold float64 `json:"threshold"`
}

// Evaluate scores every case with m and reports precision, recall and F1 at
// every threshold, the best threshold, breakdowns per category and schema,
// and the time and allocations per pair. Cases are scored in order on the
// calling goroutine.
func Evaluate(m Matcher, cases []Case, o EvalOptions) Report {
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

// Filter returns the cases for which keep is true.
func Filter(cases []Case, keep func(Case) bool) []Case {
	var out []Case
	for _, c := range cases {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// MatcherFunc adapts a function to Matcher.
type MatcherFunc func(a, b string) float64

// Match calls f(a, b).
func (f MatcherFunc) Match(a, b string) float64 { return f(a, b) }
