package watchlist

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Screen screens one traveller and returns the matches at or above the
// threshold, best first (ties by entry id), at most Options.MaxResults.
// When a traveller's name has many candidates (common names on a large
// list), their scoring is split across GOMAXPROCS goroutines.
func (x *Index) Screen(ctx context.Context, q Query) ([]Match, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := x.scratch.Get().(*scratch)
	defer x.scratch.Put(s)
	return x.screen(ctx, &q, s, -1, runtime.GOMAXPROCS(0))
}

// screen does the work; skipName (>= 0) leaves one indexed name out, as if
// it were not listed (for the leave-one-out recall tests).
func (x *Index) screen(ctx context.Context, q *Query, s *scratch, skipName, par int) ([]Match, error) {
	s.next()
	pq := x.prepareQuery(q, s)
	defer s.dropQuery()
	floor := x.opts.Threshold - x.opts.maxBonus()
	if pq.name != nil && !pq.name.Empty() {
		x.block(pq, s, skipName, par)
		s.work = s.work[:0]
		for _, id := range s.pass {
			if t := x.names[id].text; s.tstamp[t] != s.gen {
				s.tstamp[t] = s.gen
				s.work = append(s.work, id) // the first name with this text is scored for all
			}
		}
		x.scoreWork(pq, s, par)
		for _, id := range s.pass {
			n := &x.names[id]
			if sc := s.tscore[n.text]; sc >= floor {
				s.cands = append(s.cands, candidate{entry: n.entry, name: int32(id), score: sc, doc: -1})
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range q.Documents {
		want := NormalizeDocumentNumber(d.Number)
		if want == "" {
			continue
		}
		s.docs = x.docs.AppendLookup(s.docs[:0], d.Number)
		for _, ref := range s.docs {
			r := x.docRefs[ref]
			if NormalizeDocumentNumber(x.entries[r.entry].Documents[r.which].Number) == want {
				s.cands = append(s.cands, candidate{entry: r.entry, name: -1, doc: int32(ref), score: -1})
			}
		}
	}
	return x.finish(pq, s.cands, skipName), nil
}

// parallelNames is the default index size from which blocking is split
// across goroutines: below it a query touches too few names to gain.
const parallelNames = 200_000

// parallelMin is the number of names to score from which Screen splits the
// work across goroutines: below it the hand-off costs more than it saves.
const parallelMin = 64

// scoreWork scores each distinct name text of s.work once, on up to par
// goroutines (each writes the scores of its own texts only, with its own
// fuzzymatch.Scorer, whose memory of token similarities serves the
// listed tokens that many candidates share).
func (x *Index) scoreWork(pq *query, s *scratch, par int) {
	work := s.work
	score := func(k int, ids []uint32) {
		w := &s.scorers[k]
		sc := w.sc
		sc.Reset(pq.name)
		bs, out := w.names[:0], w.scores[:0]
		for _, id := range ids {
			bs = append(bs, x.names[id].name)
			out = append(out, 0)
		}
		sc.ScoreAll(bs, out)
		for i, id := range ids {
			s.tscore[x.names[id].text] = out[i]
		}
		// The pooled scratch must not keep the traveller's name alive.
		sc.Reset(nil)
		clear(bs)
		w.names, w.scores = bs, out
	}
	if par < 2 || len(work) < parallelMin {
		par = 1
	} else {
		par = min(par, len(work)/(parallelMin/2))
	}
	for len(s.scorers) < par {
		s.scorers = append(s.scorers, scorer{sc: x.cmp.NewScorer(nil)})
	}
	if par == 1 {
		score(0, work)
		return
	}
	var wg sync.WaitGroup
	chunk := (len(work) + par - 1) / par
	for k, lo := 1, chunk; lo < len(work); k, lo = k+1, lo+chunk {
		part := work[lo:min(len(work), lo+chunk)]
		wg.Go(func() { score(k, part) })
	}
	score(0, work[:min(chunk, len(work))])
	wg.Wait()
}

// finish merges candidates per entry, weighs the evidence, applies the
// threshold, sorts and explains.
func (x *Index) finish(pq *query, cands []candidate, skipName int) []Match {
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Compare(a.entry, b.entry)
	})
	var out []Match
	for i := 0; i < len(cands); {
		j := i
		best := candidate{entry: cands[i].entry, name: -1, doc: -1, score: -1}
		for ; j < len(cands) && cands[j].entry == cands[i].entry; j++ {
			c := cands[j]
			if c.name >= 0 && (c.score > best.score || c.score == best.score && c.name < best.name) {
				best.name, best.score = c.name, c.score
			}
			if c.doc >= 0 && best.doc < 0 {
				best.doc = c.doc
			}
		}
		i = j
		if best.doc >= 0 && best.name < 0 {
			best.name, best.score = x.bestName(pq, best.entry, skipName)
		}
		if m, ok := x.evaluate(pq, best); ok {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.EntryID, b.EntryID)
	})
	if x.opts.MaxResults > 0 && len(out) > x.opts.MaxResults {
		out = out[:x.opts.MaxResults]
	}
	for i := range out {
		if id := out[i].nameID; id >= 0 && pq.name != nil {
			e := x.cmp.Explain(pq.name, x.names[id].name)
			out[i].NameExplanation = &e
		}
	}
	return out
}

// bestName scores every name of one entry (for entries found by document).
func (x *Index) bestName(pq *query, entry uint32, skipName int) (int32, float64) {
	if pq.name == nil || pq.name.Empty() {
		return -1, 0
	}
	best, score := int32(-1), -1.0
	lo, _ := slices.BinarySearchFunc(x.names, entry, func(n indexedName, e uint32) int { return cmp.Compare(n.entry, e) })
	for i := lo; i < len(x.names) && x.names[i].entry == entry; i++ {
		if i == skipName {
			continue
		}
		if sc := x.cmp.Score(pq.name, x.names[i].name); sc > score {
			best, score = int32(i), sc
		}
	}
	return best, max(score, 0)
}

// ScreenBatch screens travellers (a flight) on up to GOMAXPROCS goroutines.
// results[i] belongs to qs[i]. It stops early and returns ctx's error when
// ctx is cancelled.
func (x *Index) ScreenBatch(ctx context.Context, qs []Query) ([][]Match, error) {
	out := make([][]Match, len(qs))
	workers := min(runtime.GOMAXPROCS(0), len(qs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			s := x.scratch.Get().(*scratch)
			defer x.scratch.Put(s)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(qs) || ctx.Err() != nil {
					return
				}
				out[i], _ = x.screen(ctx, &qs[i], s, -1, 1) // the flight is already spread over the cores
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
