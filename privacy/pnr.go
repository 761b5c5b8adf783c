package privacy

import (
	"github.com/openpiu/piu/pnrgov"
)

// PNRGOV returns a copy of m with the sensitive data of every PNR removed,
// and what was removed. m is not changed: the copy shares what it keeps
// with m.
func (f *Filter) PNRGOV(m *pnrgov.Message) (*pnrgov.Message, []Removal) {
	w := &walk{f: f}
	out := *m
	root := &loc{index: -1}
	out.Unknown = w.segments(root, "unknown", m.Unknown)
	out.Segments = w.segments(root, "segments", m.Segments)
	out.PNRs = each(root, "pnrs", m.PNRs, w.pnr)
	return &out, w.removed
}

// PNR returns a copy of p with its sensitive data removed, and what was
// removed (paths from the PNR: "travelers[0].ssrs[1]"). p is not changed.
func (f *Filter) PNR(p *pnrgov.PNR) (*pnrgov.PNR, []Removal) {
	w := &walk{f: f}
	q := w.pnr(&loc{index: -1}, p)
	return q, w.removed
}

// DecodeFilter returns a function for pnrgov.DecodeOptions.Filter: every
// PNR is filtered as it is decoded, so that the decoded messages never
// hold sensitive data; removed, when set, is told each removal.
func (f *Filter) DecodeFilter(removed func(Removal)) func(*pnrgov.PNR) *pnrgov.PNR {
	return func(p *pnrgov.PNR) *pnrgov.PNR {
		q, rs := f.PNR(p)
		if removed != nil {
			for _, r := range rs {
				removed(r)
			}
		}
		return q
	}
}

// pnr filters one PNR: every place an SSR, a free text or a segment as
// sent can be.
func (w *walk) pnr(at *loc, p *pnrgov.PNR) *pnrgov.PNR {
	if p == nil {
		return nil
	}
	q := *p
	q.SSRs = w.ssrs(at, p.SSRs)
	q.Remarks = w.remarks(at, p.Remarks)
	q.Unknown = w.segments(at, "unknown", p.Unknown)
	q.Segments = w.segments(at, "segments", p.Segments)
	q.HistoryLines = keep(p.HistoryLines, func(i int, s *string) bool {
		l := at.at("historyLines", i)
		return w.texts(&l, *s)
	})
	q.Travelers = each(at, "travelers", p.Travelers, func(at *loc, t pnrgov.Traveler) pnrgov.Traveler {
		t.SSRs = w.ssrs(at, t.SSRs)
		t.Remarks = w.remarks(at, t.Remarks)
		t.Unknown = w.segments(at, "unknown", t.Unknown)
		return t
	})
	q.Itinerary = each(at, "itinerary", p.Itinerary, func(at *loc, l pnrgov.Leg) pnrgov.Leg {
		l.SSRs = w.ssrs(at, l.SSRs)
		l.Remarks = w.remarks(at, l.Remarks)
		l.Unknown = w.segments(at, "unknown", l.Unknown)
		return l
	})
	q.Payments = each(at, "payments", p.Payments, func(at *loc, pay pnrgov.Payment) pnrgov.Payment {
		pay.Remarks = w.remarks(at, pay.Remarks)
		return pay
	})
	q.History = each(at, "history", p.History, func(at *loc, h pnrgov.History) pnrgov.History {
		h.Unknown = w.segments(at, "unknown", h.Unknown)
		h.Changes = each(at, "changes", h.Changes, func(at *loc, c pnrgov.Change) pnrgov.Change {
			c.SSRs = w.ssrs(at, c.SSRs)
			c.Remarks = w.remarks(at, c.Remarks)
			return c
		})
		return h
	})
	q.NonAir = each(at, "nonAir", p.NonAir, func(at *loc, n pnrgov.NonAir) pnrgov.NonAir {
		n.Items = w.values(at, "items", n.Items)
		n.Unknown = w.segments(at, "unknown", n.Unknown)
		return n
	})
	return &q
}

// each returns a copy of in with fn applied to each element (at is where
// it is); nil stays nil.
func each[T any](parent *loc, field string, in []T, fn func(at *loc, v T) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, v := range in {
		l := parent.at(field, i)
		out[i] = fn(&l, v)
	}
	return out
}
