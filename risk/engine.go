package risk

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/watchlist"
)

// Rule is a rule written in Go: a plug-in beside the compiled ones. Its
// Spec gives its metadata and scope (When is ignored); Evaluate gives its
// truth for the traveller of env and, when it holds, its evidence. It must
// be safe for concurrent use and must not change env.
type Rule interface {
	Spec() RuleSpec
	Evaluate(env *Env) (Truth, []Evidence)
}

// Watchlist is a screening list the engine screens each traveller against:
// its hits are watchlist hits, kept apart from criteria hits (EU directive
// 2016/681 art. 6(3)).
type Watchlist struct {
	Name    string
	Version string
	Index   *watchlist.Index
}

// Config makes an Engine.
type Config struct {
	Rules      *Ruleset // may be nil: watchlists and plug-ins only
	Plugins    []Rule
	Watchlists []Watchlist
}

// Engine evaluates flights against a ruleset, plug-in rules and
// watchlists. It is immutable and safe for concurrent use.
type Engine struct {
	rules      *Ruleset
	plugins    []Rule
	specs      []RuleSpec
	watchlists []Watchlist
}

// NewEngine checks the configuration and returns an engine.
func NewEngine(c Config) (*Engine, error) {
	e := &Engine{rules: c.Rules, plugins: slices.Clone(c.Plugins), watchlists: slices.Clone(c.Watchlists)}
	if e.rules == nil {
		e.rules = &Ruleset{cat: defaultCatalogue(), cmp: defaultComparator()}
		e.rules.buildIndex()
	}
	ids := map[string]bool{}
	for _, r := range e.rules.rules {
		ids[r.spec.ID] = true
	}
	for _, p := range e.plugins {
		s := p.Spec()
		if s.ID == "" || ids[s.ID] {
			return nil, fmt.Errorf("risk: plug-in rule %q: its id is empty or used by another rule", s.ID)
		}
		ids[s.ID] = true
		e.specs = append(e.specs, s)
	}
	for _, w := range e.watchlists {
		if w.Name == "" || w.Index == nil {
			return nil, errors.New("risk: a watchlist needs a name and an index")
		}
	}
	return e, nil
}

// Options are the inputs of one evaluation besides the flight.
type Options struct {
	// Now is the time of evaluation (default time.Now): it decides which
	// rules are in force and flight.hoursToDeparture.
	Now time.Time
	// Cleared are the hits officers have already reviewed and cleared: a
	// hit with the same traveller key, rule or list entry, version and
	// fingerprint is not raised again, but listed in TravelerResult.Cleared.
	Cleared []Disposition
	// Depersonalised evaluates as if every identifying attribute were
	// masked (EU directive 2016/681 art. 12(2)): rules on them are
	// unknown, and no watchlist is screened (it would screen names and
	// documents).
	Depersonalised bool
	// Masked, when set, reports a text value that depersonalisation
	// replaced: rules see it as masked (unknown). privacy.IsMasked is the
	// one for data masked by privacy.Masker. Set it for depersonalised data
	// only: on data as received, a sender who writes a value in the form of
	// a pseudonym would make it unknown to every rule. Dates need no hook:
	// a year alone where a full date is due is always masked.
	Masked func(s string) bool
	// Data is handed to attributes the host registered, in Env.Data.
	Data any
}

// Evaluate evaluates the flight with default options.
func (e *Engine) Evaluate(ctx context.Context, f *manifest.Flight) (*Result, error) {
	return e.EvaluateWith(ctx, f, Options{})
}

// EvaluateWith evaluates every traveller of the flight, in flight order:
// the compiled rules in scope, the plug-ins, then the watchlists. A rule
// that holds is a hit; one that would hold if unknown data were known is
// listed as not evaluable, never as a hit or a miss.
func (e *Engine) EvaluateWith(ctx context.Context, f *manifest.Flight, o Options) (*Result, error) {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	rs := e.rules
	res := &Result{Carrier: f.Carrier, Number: f.Number, Date: f.Date, EvaluatedAt: o.Now.UTC(),
		RulesetHash: rs.hash, Lists: rs.Lists(), Travelers: make([]TravelerResult, len(f.Travelers))}
	for _, w := range e.watchlists {
		res.Lists = append(res.Lists, ListVersion{Name: w.Name, Version: w.Version, Kind: "watchlist"})
	}
	r := newRun(e, f, &o)
	res.Rules = len(r.always) + r.keyed
	for i, t := range f.Travelers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tr := &res.Travelers[i]
		tr.Traveler = t.ID
		r.traveler(t, tr)
		if err := r.screen(ctx, t, tr); err != nil {
			return nil, err
		}
		tr.Score = score(tr.Hits)
	}
	for i, n := range r.dropped {
		if n > 0 {
			s := &rs.rules[i].spec
			res.Capped = append(res.Capped, Capped{Rule: s.ID, Version: s.Version, HitCap: s.HitCap, Dropped: n})
		}
	}
	return res, nil
}

// score aggregates hits: 1 - Π(1 - weight), so that each hit raises the
// score, none alone past its weight, and the score stays in [0, 1].
func score(hits []Hit) float64 {
	p := 1.0
	for _, h := range hits {
		p *= 1 - h.Weight
	}
	return math.Round((1-p)*1e4) / 1e4
}

// run is one evaluation of a flight: the rules in scope and the scratch
// reused for each traveller.
type run struct {
	e       *Engine
	o       *Options
	ev      evaluator
	apply   []bool   // by rule: active and in scope
	always  []int    // rules in scope without a key condition
	keys    []int    // the key indexes with rules in scope
	keyed   int      // rules in scope with a key condition
	cand    []uint64 // scratch: one traveller's rules, a bit per rule (in rule order, each once)
	hits    []int    // by rule: hits on this flight
	dropped []int    // by rule: hits past the cap
	cleared map[Disposition]bool
	plugins []Rule
	pspecs  []RuleSpec
}

func newRun(e *Engine, f *manifest.Flight, o *Options) *run {
	rs := e.rules
	n := len(rs.rules)
	r := &run{e: e, o: o, apply: make([]bool, n), cand: make([]uint64, (n+63)/64), hits: make([]int, n), dropped: make([]int, n)}
	r.ev = evaluator{cmp: rs.cmp, masked: o.Masked, depersonalised: o.Depersonalised,
		env: Env{Flight: f, Now: o.Now, Data: o.Data, Depersonalised: o.Depersonalised, masked: o.Masked}}
	r.ev.env.Departure, _ = departure(f)
	if rs.cat != nil {
		r.ev.memo, r.ev.memoGen = make([]Value, len(rs.cat.attrs)), make([]uint32, len(rs.cat.attrs))
	}
	today := civil.DateOf(o.Now.UTC())
	consider := func(list []int) {
		for _, i := range list {
			if !r.apply[i] && rs.rules[i].active(today) && rs.rules[i].inScope(f) {
				r.apply[i] = true
			}
		}
	}
	consider(rs.unscoped)
	consider(rs.byCarrier[strings.ToUpper(f.Carrier)])
	for _, d := range f.Codeshares {
		consider(rs.byCarrier[strings.ToUpper(d.Carrier)])
	}
	for _, l := range f.Legs {
		consider(rs.byAirport[strings.ToUpper(l.Departure.Airport)])
		consider(rs.byAirport[strings.ToUpper(l.Arrival.Airport)])
	}
	used := make([]bool, len(rs.keys))
	for i, ok := range r.apply {
		switch {
		case !ok:
		case rs.rules[i].key < 0:
			r.always = append(r.always, i)
		default:
			used[rs.rules[i].key] = true
			r.keyed++
		}
	}
	for k, u := range used {
		if u {
			r.keys = append(r.keys, k)
		}
	}
	for i, p := range e.plugins {
		if s := e.specs[i]; (s.Status == "" || s.Status == StatusActive) && (&rule{spec: s}).inScope(f) {
			r.plugins, r.pspecs = append(r.plugins, p), append(r.pspecs, s)
		}
	}
	if len(o.Cleared) > 0 {
		r.cleared = make(map[Disposition]bool, len(o.Cleared))
		for _, d := range o.Cleared {
			r.cleared[d] = true
		}
	}
	return r
}

// traveler evaluates the rules and plug-ins for one traveller.
func (r *run) traveler(t *manifest.Traveler, tr *TravelerResult) {
	rs := r.e.rules
	r.ev.env.Traveler = t
	r.ev.gen++ // the memo of the previous traveller is stale
	clear(r.cand)
	for _, i := range r.always {
		r.cand[i>>6] |= 1 << (i & 63)
	}
	for _, k := range r.keys {
		r.candidates(&rs.keys[k])
	}
	for w, word := range r.cand {
		for word != 0 {
			i := w<<6 | bits.TrailingZeros64(word)
			word &= word - 1
			r.rule(t, tr, i)
		}
	}
	for i, p := range r.plugins {
		s := &r.pspecs[i]
		switch t2, ev := p.Evaluate(&r.ev.env); t2 {
		case True:
			w := s.Weight
			if w == 0 {
				w = severityWeight[s.Severity]
			}
			r.raise(t, tr, -1, s, w, "plugin", ev)
		case Unknown:
			tr.NotEvaluable = append(tr.NotEvaluable, NotEvaluable{Rule: s.ID, Version: s.Version, Title: s.Title, Conditions: ev})
		}
	}
}

// rule evaluates compiled rule i for the traveller: a hit, or not evaluable.
func (r *run) rule(t *manifest.Traveler, tr *TravelerResult, i int) {
	rl := r.e.rules.rules[i]
	switch r.ev.eval(rl.when) {
	case True:
		ev := r.ev.explain(rl.when)
		r.raise(t, tr, i, &rl.spec, rl.weight, "rules", []Evidence{ev})
	case Unknown:
		ev := r.ev.explain(rl.when)
		tr.NotEvaluable = append(tr.NotEvaluable, NotEvaluable{Rule: rl.spec.ID, Version: rl.spec.Version,
			Title: rl.spec.Title, Conditions: []Evidence{ev}})
	}
}

// candidates adds the rules of a key index that the traveller's value (or
// values: a list's elements, a collection's elements') may make hit: all of
// them when a value is unknown.
func (r *run) candidates(x *keyIndex) {
	add := func(list []int) {
		for _, i := range list {
			if r.apply[i] {
				r.cand[i>>6] |= 1 << (i & 63)
			}
		}
	}
	if x.coll == nil {
		r.lookup(x, r.ev.value(x.attr), add)
		return
	}
	n, known := x.coll.Len(&r.ev.env)
	if !known {
		add(x.all)
		return
	}
	saved := r.ev.env
	for e := range n {
		x.coll.Set(&r.ev.env, e)
		if !r.lookup(x, r.ev.value(x.attr), add) {
			break
		}
	}
	r.ev.env = saved
}

// lookup adds the rules of v's values; false when v is unknown (every
// rule of the index added).
func (r *run) lookup(x *keyIndex, v Value, add func([]int)) bool {
	if v.State != Known {
		add(x.all)
		return false
	}
	if !x.list {
		add(x.get(v.Str))
		return true
	}
	for _, s := range v.List {
		add(x.get(s))
	}
	return true
}

// get returns the rules of a value, in upper case, without allocating for
// short ASCII.
func (x *keyIndex) get(s string) []int {
	var buf [64]byte
	if u, ok := upperInto(buf[:0], s); ok {
		return x.rules[string(u)] // a map index: the conversion does not allocate
	}
	return x.rules[strings.ToUpper(s)]
}

// raise adds a criteria hit, unless its cap is reached or it was cleared.
func (r *run) raise(t *manifest.Traveler, tr *TravelerResult, i int, s *RuleSpec, weight float64, source string, ev []Evidence) {
	if i >= 0 && s.HitCap > 0 && r.hits[i] >= s.HitCap {
		r.dropped[i]++
		return
	}
	if tr.Key == "" {
		tr.Key = TravelerKey(t)
	}
	version := strconv.Itoa(s.Version)
	h := Hit{Rule: s.ID, Version: s.Version, Title: s.Title, Category: s.Category, Severity: s.Severity,
		Weight: weight, Source: source, Conditions: ev, Fingerprint: fingerprint(s.ID, version, ev)}
	d := Disposition{Traveler: tr.Key, Kind: "criteria", Rule: s.ID, Version: version, Fingerprint: h.Fingerprint}
	if r.cleared[d] {
		tr.Cleared = append(tr.Cleared, d)
		return
	}
	if i >= 0 {
		r.hits[i]++
	}
	tr.Hits = append(tr.Hits, h)
}

// screen screens the traveller's name forms against each watchlist.
func (r *run) screen(ctx context.Context, t *manifest.Traveler, tr *TravelerResult) error {
	if len(r.e.watchlists) == 0 || r.o.Depersonalised {
		return nil
	}
	qs := t.Queries()
	for _, w := range r.e.watchlists {
		best := map[string]int{} // entry id: index in tr.WatchlistHits
		for qi, q := range qs {
			ms, err := w.Index.Screen(ctx, q)
			if err != nil {
				return err
			}
			for _, m := range ms {
				if k, ok := best[m.EntryID]; ok {
					if tr.WatchlistHits[k].Match.Score < m.Score {
						tr.WatchlistHits[k].Match, tr.WatchlistHits[k].NameForm = m, qi
					}
					continue
				}
				best[m.EntryID] = len(tr.WatchlistHits)
				tr.WatchlistHits = append(tr.WatchlistHits, WatchlistHit{List: w.Name, Version: w.Version, Match: m, NameForm: qi})
			}
		}
	}
	kept := tr.WatchlistHits[:0]
	for _, h := range tr.WatchlistHits {
		if tr.Key == "" {
			tr.Key = TravelerKey(t)
		}
		h.Fingerprint = watchlistFingerprint(h.List, h.Match.EntryID, []any{h.Match.Name, h.Match.Evidence})
		d := Disposition{Traveler: tr.Key, Kind: "watchlist", Rule: h.List, Entry: h.Match.EntryID, Fingerprint: h.Fingerprint}
		if r.cleared[d] {
			tr.Cleared = append(tr.Cleared, d)
			continue
		}
		kept = append(kept, h)
	}
	tr.WatchlistHits = kept
	if len(kept) == 0 {
		tr.WatchlistHits = nil
	}
	return nil
}
