package edifact

import (
	"bytes"
	"io"
	"testing"
)

// benchPassengers is the size of the benchmark flight: a full wide-body.
const benchPassengers = 500

// BenchmarkReadZeroCopy iterates the segments of a 500-passenger PAXLST in
// zero-copy mode, one Reader reset for each input as a server reading many
// interchanges does. Target: >= 300 MB/s on a 2-core machine and 0 allocs
// per segment (0 allocs per input once the buffers have grown).
func BenchmarkReadZeroCopy(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	benchSegments(b, data, &ReadOptions{ZeroCopy: true}, true)
}

// BenchmarkReadOwning iterates the same input in the default owning mode.
// Target: >= 300 MB/s and <= 1 alloc per segment (values and slices are
// carved from slabs shared by many segments, so it is well under 1). The
// owning mode allocates about 200 bytes of values and slices per segment that
// the caller keeps; that garbage, not the parsing, bounds its speed.
func BenchmarkReadOwning(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	benchSegments(b, data, nil, true)
}

// BenchmarkReadZeroCopyNewReader is BenchmarkReadZeroCopy with a new Reader
// for each input: it adds the Reader's own buffers (about 90 KB, a few dozen
// allocations per input, independent of its size). Target: >= 250 MB/s.
func BenchmarkReadZeroCopyNewReader(b *testing.B) {
	data := paxlstInterchange(b, benchPassengers)
	benchSegments(b, data, &ReadOptions{ZeroCopy: true}, false)
}

// BenchmarkReadZeroCopyLineBreaks is BenchmarkReadZeroCopy on the same
// interchange written with a line feed after each terminator, as most real
// traffic arrives. Target: >= 300 MB/s, 0 allocs per segment.
func BenchmarkReadZeroCopyLineBreaks(b *testing.B) {
	data, err := Marshal(paxlstTree(benchPassengers), &Writer{LineBreaks: true})
	if err != nil {
		b.Fatal(err)
	}
	benchSegments(b, data, &ReadOptions{ZeroCopy: true}, true)
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
// allocations and nanoseconds per segment.
func benchSegments(b *testing.B, data []byte, opts *ReadOptions, reuse bool) {
	b.Helper()
	var src bytes.Reader
	src.Reset(data)
	r := NewReader(&src, opts)
	read := func() int {
		src.Reset(data)
		if reuse {
			r.Reset(&src)
		} else {
			r = NewReader(&src, opts)
		}
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				return n
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	perRun := read() // grow the buffers once
	segs := 0
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		segs += read()
	}
	b.StopTimer()
	allocs := testing.AllocsPerRun(5, func() { read() })
	b.ReportMetric(allocs/float64(perRun), "allocs/segment")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(segs), "ns/segment")
}
