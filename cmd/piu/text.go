package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/openpiu/piu/internal/textsafe"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
)

// writeText writes the results of screen for an officer: per flight a header
// line, then a block per traveller with something to review (hits first, by
// best score; then the travellers with only rules that were not evaluable), each
// criteria hit with the conditions that held and the values observed, the
// watchlist hits apart, and the rules that could not be evaluated and why.
// results[i] is the result of flights[i]; rs, the ruleset they were
// evaluated with (nil when none), names it in the header, as a Result gives
// only its hash. Every text from the data is cleaned
// of control and bidirectional characters (see clean). The layout is for
// reading and is not stable.
func writeText(w io.Writer, rs *risk.Ruleset, flights []*manifest.Flight, results []*risk.Result) error {
	if len(flights) != len(results) {
		return fmt.Errorf("screen: %d flights, %d results", len(flights), len(results))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	for i, f := range flights {
		if i > 0 {
			p("\n")
		}
		r := results[i]
		writeFlightHeader(p, rs, f, r)
		byID := make(map[string]*manifest.Traveler, len(f.Travelers))
		for _, t := range f.Travelers {
			byID[t.ID] = t
		}
		shown := reviewOrder(r.Travelers)
		if len(shown) == 0 {
			p("  no hits\n")
		}
		for _, tr := range shown {
			p("\n")
			writeTraveler(p, byID[tr.Traveler], tr)
		}
		for _, c := range r.Capped {
			p("\ncapped: %s v%d reached its hit cap of %d, %d more not raised\n", clean(c.Rule), c.Version, c.HitCap, c.Dropped)
		}
	}
	return tw.Flush()
}

// writeFlightHeader writes the flight's line: carrier and number, date,
// route, direction, travellers, the ruleset and the lists.
func writeFlightHeader(p func(string, ...any), rs *risk.Ruleset, f *manifest.Flight, r *risk.Result) {
	var route []string
	for i, l := range f.Legs {
		if i == 0 {
			route = append(route, clean(l.Departure.Airport))
		}
		route = append(route, clean(l.Arrival.Airport))
	}
	head := []string{clean(f.Carrier + f.Number), f.Date.String()}
	if len(route) > 0 {
		head = append(head, strings.Join(route, "-"))
	}
	if f.Direction != "" {
		head = append(head, clean(string(f.Direction)))
	}
	head = append(head, fmt.Sprintf("%d travellers", len(f.Travelers)))
	if r.RulesetHash != "" {
		hash := r.RulesetHash
		if len(hash) > len("sha256:")+12 {
			hash = hash[:len("sha256:")+12]
		}
		rules := "ruleset"
		if rs != nil && rs.Name != "" {
			rules += " " + clean(rs.Name)
		}
		if rs != nil && rs.Version != "" {
			rules += " " + clean(rs.Version)
		}
		head = append(head, fmt.Sprintf("%s %s (%d rules in scope)", rules, hash, r.Rules))
	}
	var lists []string
	for _, l := range r.Lists {
		s := clean(l.Name) + " " + clean(l.Version)
		if l.Kind == "watchlist" {
			s += " (watchlist)"
		}
		lists = append(lists, s)
	}
	if len(lists) > 0 {
		head = append(head, "lists "+strings.Join(lists, ", "))
	}
	p("%s\n", strings.Join(head, " · "))
}

// reviewOrder returns the travellers with a criteria or watchlist hit, by
// their best score, criteria (Score) or watchlist (a match's), then by
// criteria score (flight order between equals), then those with only rules
// that were not evaluable, in flight order.
func reviewOrder(ts []risk.TravelerResult) []*risk.TravelerResult {
	var hits, unknown []*risk.TravelerResult
	for i := range ts {
		t := &ts[i]
		switch {
		case len(t.Hits) > 0 || len(t.WatchlistHits) > 0:
			hits = append(hits, t)
		case len(t.NotEvaluable) > 0:
			unknown = append(unknown, t)
		}
	}
	best := func(t *risk.TravelerResult) float64 {
		b := t.Score
		for _, h := range t.WatchlistHits {
			b = max(b, h.Match.Score)
		}
		return b
	}
	slices.SortStableFunc(hits, func(a, b *risk.TravelerResult) int {
		if c := cmp.Compare(best(b), best(a)); c != 0 {
			return c
		}
		return cmp.Compare(b.Score, a.Score)
	})
	return append(hits, unknown...)
}

// writeTraveler writes one traveller's block.
func writeTraveler(p func(string, ...any), t *manifest.Traveler, r *risk.TravelerResult) {
	line := []string{clean(r.Traveler)}
	if t != nil {
		name := clean(t.Surname)
		if given := strings.TrimSpace(clean(t.GivenNames + " " + t.MiddleName)); given != "" {
			name += ", " + given
		}
		line = append(line, name)
		line = append(line, "born "+dateOrDash(t.BirthDate))
		line = append(line, "nationality "+orDash(clean(t.Nationality)))
		doc := "-"
		if len(t.Documents) > 0 {
			d := t.Documents[0]
			doc = strings.TrimSpace(clean(d.Type + " " + d.Number + " " + d.IssuingCountry))
			if !d.ExpiryDate.IsZero() {
				doc += " expires " + d.ExpiryDate.String()
			}
		}
		line = append(line, "document "+doc)
	}
	if len(r.Hits) > 0 {
		line = append(line, fmt.Sprintf("criteria score %.2f", r.Score))
	}
	p("%s\n", strings.Join(line, "  "))
	for _, h := range r.Hits {
		sev := string(h.Severity)
		if sev == "" {
			sev = "-"
		}
		p("  %s v%d  %s  severity %s  weight %.2f\n", clean(h.Rule), h.Version, clean(h.Title), clean(sev), h.Weight)
		for _, e := range heldConditions(h.Conditions) {
			p("      %s\t%s\t→ %s\n", e.id, e.cond, e.observed)
		}
	}
	if len(r.WatchlistHits) > 0 {
		p("  watchlist\n")
		for _, h := range r.WatchlistHits {
			m := h.Match
			name := m.Name.Full
			if m.NameIndex < 0 || name == "" {
				name = "(no name: a listed document)"
			}
			var ev []string
			for _, e := range m.Evidence {
				s := fmt.Sprintf("%s %s %+.2f", e.Kind, e.Grade, e.Effect)
				if e.Listed != "" && e.Kind != "name" {
					s += " (" + e.Listed + ")"
				}
				ev = append(ev, s)
			}
			list := h.List
			if h.Version != "" {
				list += " " + h.Version
			}
			p("    %s\t%s\t%s\tscore %.2f\t%s\n", clean(list), clean(m.EntryID), clean(name), m.Score, clean(strings.Join(ev, ", ")))
		}
	}
	for _, n := range r.NotEvaluable {
		p("  not evaluable: %s (%s)\n", clean(n.Rule), unknownReason(n.Conditions))
	}
	for _, c := range r.Cleared {
		p("  cleared: %s %s %s\n", clean(c.Kind), clean(c.Rule), clean(c.Entry))
	}
}

func dateOrDash(d civil.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// condLine is one comparison of a hit's evidence: its id, the comparison as
// written (with the element of a quantifier it held on), the value observed.
type condLine struct{ id, cond, observed string }

// heldConditions returns the comparisons that held, in the order of the
// evidence tree; a comparison inside a quantifier names the element it held
// on ("payments[0]").
func heldConditions(ev []risk.Evidence) []condLine {
	var out []condLine
	var walk func(ev []risk.Evidence, coll, at string)
	walk = func(ev []risk.Evidence, coll, at string) {
		for _, e := range ev {
			if e.Truth != risk.True {
				continue
			}
			if e.Element != nil {
				at = fmt.Sprintf("%s[%d]", coll, *e.Element)
			}
			switch {
			case e.Count != nil:
				out = append(out, condLine{clean(e.Condition),
					strings.TrimSpace(fmt.Sprintf("count of %s %s %s", clean(e.Collection), clean(string(e.Op)), rawText(e.Value))),
					fmt.Sprint(*e.Count)})
			case e.Field != "":
				cond := clean(e.Field) + " " + clean(string(e.Op))
				if v := rawText(e.Value); v != "" {
					cond += " " + v
				}
				if at != "" {
					cond += " (" + clean(at) + ")"
				}
				out = append(out, condLine{clean(e.Condition), cond, observedText(e.Observed)})
			}
			next := coll
			if e.Collection != "" {
				next = e.Collection
			}
			walk(e.Conditions, next, at)
		}
	}
	walk(ev, "", "")
	return out
}

// unknownReason says which data a rule that was not evaluable lacked:
// "missing traveler.nationality", "masked document.number".
func unknownReason(ev []risk.Evidence) string {
	var why []string
	var walk func(ev []risk.Evidence)
	walk = func(ev []risk.Evidence) {
		for _, e := range ev {
			if e.Truth != risk.Unknown {
				continue
			}
			if e.Field != "" {
				s := "missing " + clean(e.Field)
				if e.Observed != nil && e.Observed.State == risk.Masked {
					s = "masked " + clean(e.Field)
				}
				if !slices.Contains(why, s) {
					why = append(why, s)
				}
			} else if len(e.Conditions) == 0 && e.Collection != "" {
				s := "missing " + clean(e.Collection)
				if !slices.Contains(why, s) {
					why = append(why, s)
				}
			}
			walk(e.Conditions)
		}
	}
	walk(ev)
	if len(why) == 0 {
		return "unknown data"
	}
	return strings.Join(why, ", ")
}

// rawText is a rule's value as written, compact and cleaned.
func rawText(v json.RawMessage) string {
	if len(v) == 0 {
		return ""
	}
	var b bytes.Buffer
	if err := json.Compact(&b, v); err != nil {
		return clean(string(v))
	}
	return clean(b.String())
}

// observedText is a value observed, as JSON, cleaned: it may be passenger
// data.
func observedText(v *risk.Value) string {
	if v == nil || v.State == risk.Missing {
		return "missing"
	}
	if v.State == risk.Masked {
		return "masked"
	}
	b, err := json.Marshal(*v)
	if err != nil {
		return "?"
	}
	return clean(string(b))
}

// clean removes from text bound for a terminal what could rewrite what the
// officer sees: C0 and C1 control characters (tabs and line breaks among
// them, which would also break the table), the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E,
// U+200F and U+061C, and the line and paragraph separators U+2028, U+2029.
// Airline data names people as their booking tools let anyone type them.
func clean(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

func unsafeRune(r rune) bool {
	switch {
	case unicode.Is(unicode.Cc, r),
		textsafe.Bidi(r),
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
