package privacy

import (
	"slices"

	"github.com/openpiu/piu/pnrgov"
)

// PNRGOV returns a copy of m with the sensitive data of every PNR removed,
// and what was removed. m is not changed: the copy shares with m what it
// keeps (a PNR or a list from which nothing was removed is m's own, not a
// copy), so change neither in place.
func (f *Filter) PNRGOV(m *pnrgov.Message) (*pnrgov.Message, []Removal) {
	w := &walk{f: f}
	defer w.done()
	out := *m
	out.Unknown, _ = w.segments("unknown", m.Unknown)
	out.Segments, _ = w.segments("segments", m.Segments)
	out.PNRs, _ = each(w, "pnrs", m.PNRs, func(p **pnrgov.PNR) (*pnrgov.PNR, bool) {
		q := w.pnr(*p)
		return q, q != *p
	})
	return &out, w.removed
}

// PNR returns a copy of p with its sensitive data removed, and what was
// removed (paths from the PNR: "travelers[0].ssrs[1]"). p is not changed;
// the copy shares with p the lists from which nothing was removed.
func (f *Filter) PNR(p *pnrgov.PNR) (*pnrgov.PNR, []Removal) {
	w := &walk{f: f}
	defer w.done()
	q := w.pnr(p)
	if q == p && p != nil {
		c := *p
		q = &c
	}
	return q, w.removed
}

// DecodeFilter returns a function for pnrgov.DecodeOptions.Filter: every
// PNR is filtered as it is decoded, so that the decoded messages never
// hold sensitive data; removed, when set, is told each removal. A PNR
// with nothing to remove is given out as decoded.
func (f *Filter) DecodeFilter(removed func(Removal)) func(*pnrgov.PNR) *pnrgov.PNR {
	return func(p *pnrgov.PNR) *pnrgov.PNR {
		w := &walk{f: f}
		defer w.done()
		q := w.pnr(p)
		if removed != nil {
			for _, r := range w.removed {
				removed(r)
			}
		}
		return q
	}
}

// pnr filters one PNR: every place an SSR, a free text or a segment as
// sent can be. It returns p itself when nothing goes, a copy otherwise in
// which only the lists something went from are new (copy on write).
func (w *walk) pnr(p *pnrgov.PNR) *pnrgov.PNR {
	if p == nil {
		return nil
	}
	q := *p
	var c [10]bool // whether each list changed
	q.SSRs, c[0] = w.ssrs(p.SSRs)
	q.Remarks, c[1] = w.remarks(p.Remarks)
	q.Unknown, c[2] = w.segments("unknown", p.Unknown)
	q.Segments, c[3] = w.segments("segments", p.Segments)
	q.HistoryLines, c[4] = keep(w, "historyLines", p.HistoryLines, func(s *string) bool { return w.texts(*s) })
	q.Travelers, c[5] = each(w, "travelers", p.Travelers, func(t *pnrgov.Traveler) (pnrgov.Traveler, bool) {
		u := *t
		var c [3]bool
		u.SSRs, c[0] = w.ssrs(t.SSRs)
		u.Remarks, c[1] = w.remarks(t.Remarks)
		u.Unknown, c[2] = w.segments("unknown", t.Unknown)
		return u, c != [3]bool{}
	})
	q.Itinerary, c[6] = each(w, "itinerary", p.Itinerary, func(l *pnrgov.Leg) (pnrgov.Leg, bool) {
		u := *l
		var c [3]bool
		u.SSRs, c[0] = w.ssrs(l.SSRs)
		u.Remarks, c[1] = w.remarks(l.Remarks)
		u.Unknown, c[2] = w.segments("unknown", l.Unknown)
		return u, c != [3]bool{}
	})
	q.Payments, c[7] = each(w, "payments", p.Payments, func(pay *pnrgov.Payment) (pnrgov.Payment, bool) {
		u := *pay
		var changed bool
		u.Remarks, changed = w.remarks(pay.Remarks)
		return u, changed
	})
	q.History, c[8] = each(w, "history", p.History, func(h *pnrgov.History) (pnrgov.History, bool) {
		u := *h
		var c [2]bool
		u.Unknown, c[0] = w.segments("unknown", h.Unknown)
		u.Changes, c[1] = each(w, "changes", h.Changes, func(ch *pnrgov.Change) (pnrgov.Change, bool) {
			v := *ch
			var c [2]bool
			v.SSRs, c[0] = w.ssrs(ch.SSRs)
			v.Remarks, c[1] = w.remarks(ch.Remarks)
			return v, c != [2]bool{}
		})
		return u, c != [2]bool{}
	})
	q.NonAir, c[9] = each(w, "nonAir", p.NonAir, func(n *pnrgov.NonAir) (pnrgov.NonAir, bool) {
		u := *n
		var c [2]bool
		u.Items, c[0] = w.values("items", n.Items)
		u.Unknown, c[1] = w.segments("unknown", n.Unknown)
		return u, c != [2]bool{}
	})
	if c == [10]bool{} {
		return p
	}
	out := new(pnrgov.PNR) // only here, so that q stays on the stack when nothing goes
	*out = q
	return out
}

// each returns in (the list field) with fn applied to each element, and
// whether fn changed any: in itself when it changed none (a nil list stays
// nil), a copy otherwise. fn reads its element through a pointer and
// returns its new value, and whether that differs.
func each[T any](w *walk, field string, in []T, fn func(v *T) (T, bool)) ([]T, bool) {
	var out []T
	at := w.push(field)
	defer w.pop()
	for i := range in {
		w.path[at].index = i
		v, changed := fn(&in[i])
		if !changed {
			continue
		}
		if out == nil {
			out = slices.Clone(in)
		}
		out[i] = v
	}
	if out == nil {
		return in, false
	}
	return out, true
}
