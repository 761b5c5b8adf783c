package manifest

import "sync"

// The scratch of a build (what linking and deriving work out and the
// result does not keep) comes from pools: for 500 travellers it is some
// 250 KB a flight, which would otherwise be garbage for the collector to
// clear and to chase. What goes back to a pool is cleared of pointers into
// the messages, so that a pool keeps no message alive.

// zeroed returns s with length n and its elements zero, reusing its array
// when large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

var travelerPool = sync.Pool{New: func() any { return new([]pnrTraveler) }}

// releaseTravelers clears ts, which must not be used after, and gives it
// back to the pool.
func releaseTravelers(ts []pnrTraveler) {
	clear(ts)
	ts = ts[:0]
	travelerPool.Put(&ts)
}

var linkerPool = sync.Pool{New: func() any { return new(linker) }}

// release clears the linker's references to the records, and gives it
// back to the pool.
func (l *linker) release() {
	clear(l.keys) // names of the records
	l.api, l.pnr, l.byLocator, l.byKey = nil, nil, nil, nil
	linkerPool.Put(l)
}

var apiPool = sync.Pool{New: func() any { return new([]apiPerson) }}

// releaseAPI clears ps, which must not be used after, and gives it back to
// the pool.
func releaseAPI(ps []apiPerson) {
	clear(ps)
	ps = ps[:0]
	apiPool.Put(&ps)
}
