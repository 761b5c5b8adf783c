// Package benchcpu measures the CPU time of benchmarks, beside the wall
// time testing reports: on a loaded machine (CI, a shared workstation)
// wall time measures the queue, CPU time still measures the code. With
// -cpu 1 it is the CPU time of one core. Only tests import it.
package benchcpu

import (
	"syscall"
	"testing"
	"time"
)

// Time returns the CPU time (user and system) the process has used so far;
// zero where the system cannot tell.
func Time() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report runs f through b.Loop, with allocations reported, and reports
// the CPU time per operation as "cpu-ns/op".
func Report(b *testing.B, f func()) {
	b.ReportAllocs()
	start, n := Time(), 0
	for b.Loop() {
		f()
		n++
	}
	PerOp(b, Time()-start, n)
}

// PerOp reports cpu, spent on n operations, as "cpu-ns/op": for a
// benchmark that times only part of each iteration and sums its CPU time.
func PerOp(b *testing.B, cpu time.Duration, n int) {
	if n > 0 {
		b.ReportMetric(float64(cpu)/float64(n), "cpu-ns/op")
	}
}
