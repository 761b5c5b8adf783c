package privacy

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// Reason says why a value was removed: the category of EU directive
// 2016/681 art. 13(4) it may reveal.
type Reason string

// Reasons.
const (
	// ReasonMeal: a special meal (SSR AVML, KSML, ... or a meal in free
	// text), which may reveal religion or belief, or health.
	ReasonMeal Reason = Reason(ssr.ReasonMeal)
	// ReasonMedical: a medical case, a disability or the assistance it
	// needs (SSR WCHR, MEDA, BLND, ...).
	ReasonMedical Reason = Reason(ssr.ReasonMedical)
	// ReasonHealth: free text about health.
	ReasonHealth Reason = "health"
	// ReasonBelief: free text about religion or belief.
	ReasonBelief Reason = "belief"
)

// Removal is one value the filter removed: where it was (a path into the
// message as decoded: "pnrs[2].travelers[0].ssrs[1]"), why, and by which
// rule (the SSR code, or the name of the free-text pattern). It never holds
// the value.
type Removal struct {
	Path   string `json:"path"`
	Reason Reason `json:"reason"`
	Rule   string `json:"rule"`
}

// Pattern is a free-text pattern: text that matches it is removed.
type Pattern struct {
	// Name names it in removals ("health").
	Name   string `json:"name"`
	Reason Reason `json:"reason"`
	// Words match whole words without regard to case: "OXYGEN", a phrase
	// ("GLUTEN FREE": words in a row, whatever separates them), or a
	// prefix of a word ("DIABET*").
	Words []string `json:"words,omitempty"`
	// Expr, when set, is an RE2 regular expression matched too, without
	// regard to case. Words are matched in one pass over a text whatever
	// their number; an expression is a pass of its own, so use few.
	Expr string `json:"expr,omitempty"`
}

// FilterOptions configure a Filter.
type FilterOptions struct {
	// Patterns are the free-text patterns; nil is DefaultPatterns, an empty
	// list none.
	Patterns []Pattern `json:"patterns,omitempty"`
}

// Filter removes sensitive data from decoded messages: the SSRs whose code
// reveals religion, belief or health (ssr.Sensitive), and every free text
// (SSR text such as OTHS, OSI and other remarks, history lines, segments
// kept as sent) that matches a pattern. A Filter is immutable and safe for
// concurrent use.
type Filter struct {
	patterns []Pattern
	words    words
	res      []*regexp.Regexp // by pattern; nil where it has no Expr
}

// NewFilter compiles the options' patterns.
func NewFilter(o *FilterOptions) (*Filter, error) {
	ps := DefaultPatterns
	if o != nil && o.Patterns != nil {
		ps = o.Patterns
	}
	f := &Filter{patterns: ps, words: newWords()}
	for i, p := range ps {
		if p.Name == "" || p.Reason == "" || len(p.Words) == 0 && p.Expr == "" {
			return nil, fmt.Errorf("privacy: pattern %q: a pattern needs a name, a reason and words or an expression", p.Name)
		}
		for _, w := range p.Words {
			if err := f.words.add(w, i); err != nil {
				return nil, fmt.Errorf("privacy: pattern %q: %v", p.Name, err)
			}
		}
		var re *regexp.Regexp
		if p.Expr != "" {
			var err error
			if re, err = regexp.Compile("(?i)" + p.Expr); err != nil {
				return nil, fmt.Errorf("privacy: pattern %q: %v", p.Name, err)
			}
		}
		f.res = append(f.res, re)
	}
	return f, nil
}

// matchText returns the pattern a text matches.
func (f *Filter) matchText(text string) (Pattern, bool) {
	if text == "" {
		return Pattern{}, false
	}
	if i, ok := f.words.match(text); ok {
		return f.patterns[i], true
	}
	for i, re := range f.res {
		if re != nil && re.MatchString(text) {
			return f.patterns[i], true
		}
	}
	return Pattern{}, false
}

// walk is one filtering: where it is, and the removals so far.
type walk struct {
	f       *Filter
	path    []step // from the message or PNR filtered to the value read
	removed []Removal
}

// step is one step of a path: a field, and an index in it (-1 for the
// field itself). The path is written out only when a value is removed: a
// path for every value read would cost more than the filtering.
type step struct {
	field string
	index int
}

func (w *walk) push(field string, index int) { w.path = append(w.path, step{field, index}) }
func (w *walk) pop()                         { w.path = w.path[:len(w.path)-1] }

// remove records the removal of the value at the path.
func (w *walk) remove(reason Reason, rule string) {
	var buf [64]byte // most paths fit: one allocation, the string's
	b := buf[:0]
	for _, s := range w.path {
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, s.field...)
		if s.index >= 0 {
			b = append(strconv.AppendInt(append(b, '['), int64(s.index), 10), ']')
		}
	}
	w.removed = append(w.removed, Removal{Path: string(b), Reason: reason, Rule: rule})
}

// ssrs returns the SSRs that may stay (a sensitive code or text goes), and
// whether any went.
func (w *walk) ssrs(in []pnrgov.SSR) ([]pnrgov.SSR, bool) {
	return keep(w, "ssrs", in, func(s *pnrgov.SSR) bool {
		if r, ok := ssr.Sensitive(s.Code); ok {
			w.remove(Reason(r), strings.ToUpper(s.Code))
			return false
		}
		return w.texts(s.Text) && w.texts(s.More...)
	})
}

// remarks returns the remarks (IFT) whose text may stay, and whether any
// went.
func (w *walk) remarks(in []pnrgov.Remark) ([]pnrgov.Remark, bool) {
	return keep(w, "remarks", in, func(r *pnrgov.Remark) bool { return w.texts(r.Text...) })
}

// texts reports whether none of the texts matches a pattern, recording the
// removal of what is at the path when one does.
func (w *walk) texts(texts ...string) bool {
	for _, t := range texts {
		if p, ok := w.f.matchText(t); ok {
			w.remove(p.Reason, p.Name)
			return false
		}
	}
	return true
}

// structured are the PNRGOV segments whose every value the typed model
// holds as data, not free text (names, flights, dates, references, amounts,
// addresses): in the segments as received (PNR.Segments) they are not read,
// as the filter does not read their typed values either. SSR, IFT, LTS and
// every other tag are.
var structured = map[string]bool{"TIF": true, "TVL": true, "RCI": true, "DAT": true, "ORG": true, "ADD": true,
	"FOP": true, "TKT": true, "MON": true, "PTK": true, "TXD": true, "EQN": true, "SRC": true, "RPI": true, "APD": true,
	"DEI": true, "FTI": true, "REF": true, "EBD": true, "FAR": true, "TRI": true, "TBD": true, "ABI": true, "SAC": true,
	"MSG": true, "CPN": true, "TRA": true, "TIM": true}

// segments returns the segments kept as sent that may stay, and whether
// any went: an SSR segment of a sensitive code, or a segment with a
// component that matches a pattern, goes. In Unknown every segment is
// read; in Segments (as received) the structured ones are not.
func (w *walk) segments(field string, in []edifact.Segment) ([]edifact.Segment, bool) {
	return keep(w, field, in, func(s *edifact.Segment) bool {
		if field == "segments" && structured[s.Tag] {
			return true
		}
		if s.Tag == "SSR" {
			if r, ok := ssr.Sensitive(s.Value(0, 0)); ok {
				w.remove(Reason(r), strings.ToUpper(s.Value(0, 0)))
				return false
			}
		}
		for _, e := range s.Elements {
			if !w.texts(e.Components...) {
				return false
			}
			for _, rep := range e.Repetitions {
				if !w.texts(rep...) {
					return false
				}
			}
		}
		return true
	})
}

// values returns the segments kept as values (NonAir items) that may stay,
// and whether any went.
func (w *walk) values(field string, in []pnrgov.Values) ([]pnrgov.Values, bool) {
	return keep(w, field, in, func(v *pnrgov.Values) bool {
		for _, e := range *v {
			if !w.texts(e...) {
				return false
			}
		}
		return true
	})
}

// keep returns the elements of in (the list field) that ok keeps, and
// whether any went: in a new slice when any goes, in itself when all stay
// (never changing in).
func keep[T any](w *walk, field string, in []T, ok func(v *T) bool) ([]T, bool) {
	var out []T
	for i := range in {
		w.push(field, i)
		stays := ok(&in[i])
		w.pop()
		if stays {
			if out != nil {
				out = append(out, in[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]T, 0, len(in)), in[:i]...)
		}
	}
	if out == nil {
		return in, false
	}
	return out, true
}
