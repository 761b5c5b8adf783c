package paxlst_test

import (
	"bytes"
	"io"
	"runtime"
	"testing"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

const benchPersons = 500

// BenchmarkDecode500 decodes a 500-passenger list (about 100 KB, written by
// the encoder). Target: under 1 ms per list on the 2-core CI machine, with
// allocations proportional to the persons (allocs/person is reported).
func BenchmarkDecode500(b *testing.B) {
	benchDecode(b, paxlst.EncodeOptions{LineBreaks: true})
}

// BenchmarkDecode500Parts decodes the same list split into ten parts.
// Target: under 1.2 ms.
func BenchmarkDecode500Parts(b *testing.B) {
	benchDecode(b, paxlst.EncodeOptions{LineBreaks: true, PartSize: 50})
}

// benchDecode times decoding the 500-passenger list encoded with o.
func benchDecode(b *testing.B, o paxlst.EncodeOptions) {
	data := benchInput(b, o)
	perPerson(b, func() {
		res, err := paxlst.Decode(data, nil)
		if err != nil || len(res.Messages[0].Persons) != benchPersons {
			b.Fatal(err)
		}
	})
}

// BenchmarkEdifactParse500 is the syntax level alone on the same input, to
// show what the decoder adds. Reference only: no target of its own.
func BenchmarkEdifactParse500(b *testing.B) {
	data := benchInput(b, paxlst.EncodeOptions{LineBreaks: true})
	for b.Loop() {
		if _, err := edifact.Parse(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEdifactRead500 is the syntax level in the zero-copy streaming
// mode the decoder uses: the floor under BenchmarkDecode500. Reference only.
func BenchmarkEdifactRead500(b *testing.B) {
	data := benchInput(b, paxlst.EncodeOptions{LineBreaks: true})
	for b.Loop() {
		r := edifact.NewReader(bytes.NewReader(data), &edifact.ReadOptions{ZeroCopy: true})
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEncode500 writes the 500-passenger list. Target: under 1 ms, with
// allocations proportional to the persons.
func BenchmarkEncode500(b *testing.B) {
	m := bigMessage(benchPersons)
	var buf bytes.Buffer
	if err := paxlst.EncodeTo(&buf, m, paxlst.EncodeOptions{LineBreaks: true}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	perPerson(b, func() {
		buf.Reset()
		if err := paxlst.EncodeTo(&buf, m, paxlst.EncodeOptions{LineBreaks: true}); err != nil {
			b.Fatal(err)
		}
	})
}

// benchInput encodes the 500-passenger list with o, and sets the benchmark
// to report its bytes and allocations.
func benchInput(b *testing.B, o paxlst.EncodeOptions) []byte {
	data, err := paxlst.Encode(bigMessage(benchPersons), o)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	return data
}

// perPerson runs fn in the benchmark loop and reports its allocations per
// person, read from the runtime's counters around the loop.
func perPerson(b *testing.B, fn func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		fn()
		n++
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n)/benchPersons, "allocs/person")
}
