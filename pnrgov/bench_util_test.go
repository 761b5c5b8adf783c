package pnrgov_test

import "runtime"

// runtimeAllocs counts heap allocations between start and since, for the
// per-PNR allocation metric.
type runtimeAllocs struct{ from uint64 }

func (r *runtimeAllocs) start() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	r.from = m.Mallocs
}

func (r *runtimeAllocs) since() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs - r.from
}
