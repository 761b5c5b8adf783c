package privacy

import (
	"slices"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/ssr"
)

// slab hands out copies of slices of one type from shared chunks: a
// masking copies thousands of small slices (a 300-PNR push: some 9,000),
// and one allocation per chunk costs less than one per slice. Each copy
// is capped (a full slice expression), so that appending to it never
// writes into its neighbour.
type slab[T any] struct{ buf []T }

func (s *slab[T]) clone(in []T) []T {
	if len(in) > cap(s.buf)-len(s.buf) {
		s.buf = make([]T, 0, max(64, 4*len(in)))
	}
	start := len(s.buf)
	s.buf = append(s.buf, in...)
	return s.buf[start:len(s.buf):len(s.buf)]
}

// one returns a copy of *p from the chunk.
func (s *slab[T]) one(p *T) *T {
	if cap(s.buf) == len(s.buf) {
		s.buf = make([]T, 0, 64)
	}
	s.buf = append(s.buf, *p)
	return &s.buf[len(s.buf)-1]
}

// slabs are a walk's slabs, of the types a push has many of. They are
// not reused: the copies they hold are the masked message.
type slabs struct {
	strs      slab[string]
	remarks   slab[pnrgov.Remark]
	ssrs      slab[pnrgov.SSR]
	names     slab[pnrgov.Name]
	flyers    slab[pnrgov.FrequentFlyer]
	refs      slab[pnrgov.Reference]
	forms     slab[pnrgov.PaymentForm]
	payments  slab[pnrgov.Payment]
	tickets   slab[pnrgov.Ticket]
	travelers slab[pnrgov.Traveler]
	locators  slab[pnrgov.RecordLocator]
	contacts  slab[pnrgov.Contact]
	addresses slab[pnrgov.Address]
	legs      slab[pnrgov.Leg]
	checkIns  slab[pnrgov.CheckIn]
	boardings slab[pnrgov.Boarding]
	pnrs      slab[pnrgov.PNR]
	pnrPtrs   slab[*pnrgov.PNR]
	documents slab[ssr.Document]
}

// slabOf returns w's slab of T, nil for a type it has none of.
func slabOf[T any](w *walker) *slab[T] {
	s := &w.slabs
	var p any
	switch any((*T)(nil)).(type) {
	case *string:
		p = &s.strs
	case *pnrgov.Remark:
		p = &s.remarks
	case *pnrgov.SSR:
		p = &s.ssrs
	case *pnrgov.Name:
		p = &s.names
	case *pnrgov.FrequentFlyer:
		p = &s.flyers
	case *pnrgov.Reference:
		p = &s.refs
	case *pnrgov.PaymentForm:
		p = &s.forms
	case *pnrgov.Payment:
		p = &s.payments
	case *pnrgov.Ticket:
		p = &s.tickets
	case *pnrgov.Traveler:
		p = &s.travelers
	case *pnrgov.RecordLocator:
		p = &s.locators
	case *pnrgov.Contact:
		p = &s.contacts
	case *pnrgov.Address:
		p = &s.addresses
	case *pnrgov.Leg:
		p = &s.legs
	case *pnrgov.CheckIn:
		p = &s.checkIns
	case *pnrgov.Boarding:
		p = &s.boardings
	case *pnrgov.PNR:
		p = &s.pnrs
	case **pnrgov.PNR:
		p = &s.pnrPtrs
	case *ssr.Document:
		p = &s.documents
	default:
		return nil
	}
	return p.(*slab[T])
}

// cloneIn returns a copy of in from w's slab of T, or its own allocation.
func cloneIn[T any](w *walker, in []T) []T {
	if s := slabOf[T](w); s != nil {
		return s.clone(in)
	}
	return slices.Clone(in)
}

// copyIn returns a copy of *p from w's slab of T, or its own allocation.
func copyIn[T any](w *walker, p *T) *T {
	if s := slabOf[T](w); s != nil {
		return s.one(p)
	}
	c := *p
	return &c
}
