package privacy

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

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
	// short is the length under which no text can match: 3 when every
	// pattern is words beginning with three letters, else 1.
	short int
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
	f.short = 3
	if f.words.all || slices.ContainsFunc(f.res, func(re *regexp.Regexp) bool { return re != nil }) {
		f.short = 1
	}
	return f, nil
}

// match returns the index of the pattern a text matches, -1 when none.
func (f *Filter) match(text string) int {
	if text == "" {
		return -1
	}
	if i, ok := f.words.match(text); ok {
		return i
	}
	for i, re := range f.res {
		if re != nil && re.MatchString(text) {
			return i
		}
	}
	return -1
}

// walk is one filtering: where it is, and the removals so far.
type walk struct {
	f       *Filter
	path    []step // from the message or PNR filtered to the value read
	removed []Removal
	seen    *[seenSlots]seen // from seenPool when a text long enough is read; nil before
}

// seen is a text read, and the pattern it matches (-1: none).
//
// The decoder gives the typed model and the segments as received the same
// strings (a history line is also its LTS segment's component, an OSI its
// IFT's), and the filter reads both: the walk remembers the texts it has
// read by where they are in memory (a direct-mapped cache, so that a lookup
// costs a multiplication), and reads each once. Strings do not change, so a
// text at the same address and of the same length is the same text; a text
// the cache has forgotten is read again, which costs time only.
type seen struct {
	text    string
	pattern int
}

const (
	seenBits  = 7 // 128 slots: more than the texts of a large PNR's segments and history
	seenSlots = 1 << seenBits
	seenMin   = 16 // shorter texts are read faster than looked up
)

// seenPool keeps the caches of past walks: DecodeFilter walks each PNR
// on its own, and a cache (3 KB) per PNR would be garbage.
var seenPool = sync.Pool{New: func() any { return new([seenSlots]seen) }}

// done gives the walk's cache back to the pool, cleared so that the pool
// keeps no message alive.
func (w *walk) done() {
	if w.seen != nil {
		clear(w.seen[:])
		seenPool.Put(w.seen)
		w.seen = nil
	}
}

// match returns the index of the pattern text matches, -1 when none,
// reading it only when the cache has not seen it.
func (w *walk) match(text string) int {
	if len(text) < seenMin {
		return w.f.match(text)
	}
	if w.seen == nil {
		w.seen = seenPool.Get().(*[seenSlots]seen)
	}
	at := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	s := &w.seen[uint64(at)*0x9e3779b97f4a7c15>>(64-seenBits)] // Fibonacci hashing
	if len(s.text) == len(text) && unsafe.StringData(s.text) == unsafe.StringData(text) {
		return s.pattern
	}
	*s = seen{text, w.f.match(text)}
	return s.pattern
}

// step is one step of a path: a field, and an index in it (-1 for the
// field itself). The path is written out only when a value is removed: a
// path for every value read would cost more than the filtering.
type step struct {
	field string
	index int
}

// push adds a step into the list field (its index set by the caller as it
// goes through the list), and returns where the step is in the path.
func (w *walk) push(field string) int {
	w.path = append(w.path, step{field, -1})
	return len(w.path) - 1
}

func (w *walk) pop() { w.path = w.path[:len(w.path)-1] }

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
		if len(t) < w.f.short {
			continue // most components of a segment ("HK", "1"): not even a call
		}
		if i := w.match(t); i >= 0 {
			w.remove(w.f.patterns[i].Reason, w.f.patterns[i].Name)
			return false
		}
	}
	return true
}

// structured are the PNRGOV segments whose every value the typed model
// holds as data, not free text (names, flights, dates, references, amounts,
// addresses): in the segments as received (PNR.Segments) they are not read,
// as the filter does not read their typed values either. SSR, IFT, LTS and
// every other tag are. A set of tags by their three letters, as words'
// first letters are kept: a map lookup per segment was a tenth of the
// filtering.
var structured = tagSet("TIF", "TVL", "RCI", "DAT", "ORG", "ADD", "FOP", "TKT", "MON", "PTK", "TXD", "EQN", "SRC", "RPI",
	"APD", "DEI", "FTI", "REF", "EBD", "FAR", "TRI", "TBD", "ABI", "SAC", "MSG", "CPN", "TRA", "TIM")

// tags is a set of segment tags (three upper-case letters).
type tags [trigrams / 64]uint64

func tagSet(list ...string) *tags {
	var t tags
	for _, tag := range list {
		k, ok := trigram(tag)
		if !ok || len(tag) != 3 {
			panic("privacy: bad tag " + tag) // a programming error in the list above
		}
		t[k/64] |= 1 << (k % 64)
	}
	return &t
}

// has reports whether tag is in the set.
func (t *tags) has(tag string) bool {
	if len(tag) != 3 {
		return false
	}
	a, b, c := tag[0], tag[1], tag[2]
	if a-'A' > 'Z'-'A' || b-'A' > 'Z'-'A' || c-'A' > 'Z'-'A' { // bytes: one comparison each
		return false
	}
	k := int(a&31)<<10 | int(b&31)<<5 | int(c&31) // as trigram
	return t[k/64]&(1<<(k%64)) != 0
}

// segments returns the segments kept as sent that may stay, and whether
// any went: an SSR segment of a sensitive code, or a segment with a
// component that matches a pattern, goes. In Unknown every segment is
// read; in Segments (as received) the structured ones are not.
func (w *walk) segments(field string, in []edifact.Segment) ([]edifact.Segment, bool) {
	return keep(w, field, in, func(s *edifact.Segment) bool {
		if field == "segments" && structured.has(s.Tag) {
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
	at := w.push(field)
	defer w.pop()
	for i := range in {
		w.path[at].index = i
		if ok(&in[i]) {
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
