package fuzzymatch

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time used by the process so far. Benchmarks report
// it per operation next to wall time ("cpu-ns/op") because CI machines and
// shared workstations are often loaded: wall time then measures the queue,
// CPU time still measures the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU runs f b.N times through b.Loop and reports CPU ns per op.
func reportCPU(b *testing.B, f func()) {
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	}
}
