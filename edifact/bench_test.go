package edifact

import (
	"bytes"
	"io"
	"testing"
)

// benchPassengers is the size of the benchmark flight: a full wide-body.
const benchPassengers = 500

// BenchmarkReadZeroCopy iterates the segments of a 500-passenger PAXLST in
// zero-copy mode. Target: >= 300 MB/s on a 2-core machine and 0 allocs per
// segment (the Reader's own buffers are allocated once per input).
func BenchmarkReadZeroCopy(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	benchSegments(b, data, &ReadOptions{ZeroCopy: true})
}

// BenchmarkReadOwning iterates the same input in the default owning mode.
// Target: >= 300 MB/s and <= 1 alloc per segment (values and slices come from
// slabs shared by many segments, so it is well under 1).
func BenchmarkReadOwning(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	benchSegments(b, data, nil)
}

// BenchmarkIndexByteFloor scans the same buffer for segment terminators with
// bytes.IndexByte: the physical floor any segment reader is measured against.
// Target: none; it is the reference (several GB/s).
func BenchmarkIndexByteFloor(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for rest := data; ; {
			i := bytes.IndexByte(rest, '\'')
			if i < 0 {
				break
			}
			n++
			rest = rest[i+1:]
		}
	}
	if n == 0 {
		b.Fatal("no terminator found")
	}
}

// benchSegments reads data to the end once per iteration and reports the
// allocations per segment.
func benchSegments(b *testing.B, data []byte, opts *ReadOptions) {
	b.Helper()
	var src bytes.Reader
	segs, runs := 0, 0
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		src.Reset(data)
		r := NewReader(&src, opts)
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			segs++
		}
		runs++
	}
	b.StopTimer()
	perRun := segs / runs
	allocs := testing.AllocsPerRun(5, func() {
		src.Reset(data)
		r := NewReader(&src, opts)
		for {
			if _, err := r.Read(); err != nil {
				break
			}
		}
	})
	b.ReportMetric(allocs/float64(perRun), "allocs/segment")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(segs), "ns/segment")
}
