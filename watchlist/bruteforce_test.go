package watchlist

import (
	"context"
)

// bruteForce screens q by scoring every indexed name and every document:
// the reference the blocking is measured against. It shares evaluate and
// finish with Screen, so the two differ only in which names are scored.
func (x *Index) bruteForce(q *Query) []Match {
	s := newScratch(0, 0, 0, x.keyset.idBound()).(*scratch)
	s.next()
	pq := x.prepareQuery(q, s)
	floor := x.opts.Threshold - x.opts.maxBonus()
	var cands []candidate
	if pq.name != nil && !pq.name.Empty() {
		for id := range x.names {
			if sc := x.cmp.Score(pq.name, x.names[id].name); sc >= floor {
				cands = append(cands, candidate{entry: x.names[id].entry, name: int32(id), score: sc, doc: -1})
			}
		}
	}
	for _, d := range q.Documents {
		want := NormalizeDocumentNumber(d.Number)
		if want == "" {
			continue
		}
		for ref, r := range x.docRefs {
			if NormalizeDocumentNumber(x.entries[r.entry].Documents[r.which].Number) == want {
				cands = append(cands, candidate{entry: r.entry, name: -1, doc: int32(ref), score: -1})
			}
		}
	}
	return x.finish(pq, cands, -1)
}

// screenSkipping screens q as if indexed name skip were not listed.
func (x *Index) screenSkipping(q *Query, skip int) []Match {
	s := x.scratch.Get().(*scratch)
	defer x.scratch.Put(s)
	m, _ := x.screen(context.Background(), q, s, skip, 1)
	return m
}
