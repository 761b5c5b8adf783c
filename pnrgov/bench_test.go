package pnrgov_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

const benchPNRs = 300

// benchPush is a 300-PNR full push written by the encoder, about 1 MB.
func benchPush(b *testing.B) []byte {
	b.Helper()
	data, err := pnrgov.Encode(pnrgovtest.Push(benchPNRs, 1), pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func reportPerPNR(b *testing.B, allocs func() uint64) {
	b.Helper()
	b.ReportMetric(float64(allocs())/float64(b.N)/benchPNRs, "allocs/PNR")
}

// BenchmarkDecode decodes a 300-PNR push (about 1 MB). Target: under 10 ms
// per push on the 2-core CI machine; allocations reported per PNR.
func BenchmarkDecode(b *testing.B) {
	data := benchPush(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var ms runtimeAllocs
	ms.start()
	for b.Loop() {
		res, err := pnrgov.Decode(data, nil)
		if err != nil || len(res.Messages[0].PNRs) != benchPNRs {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportPerPNR(b, ms.since)
}

// BenchmarkEdifactFloor reads the same push with the edifact Reader alone
// (segments, no PNRGOV model): the floor under BenchmarkDecode, about 3 ms.
func BenchmarkEdifactFloor(b *testing.B) {
	data := benchPush(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := edifact.NewReader(bytes.NewReader(data), &edifact.ReadOptions{NoRepetition: true})
		for {
			if _, err := r.Read(); err != nil {
				break
			}
		}
	}
}

// BenchmarkDecoderStream reads the same push one PNR at a time. Target:
// under 10 ms per push, like Decode.
func BenchmarkDecoderStream(b *testing.B) {
	data := benchPush(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := pnrgov.NewDecoder(bytes.NewReader(data), nil)
		n := 0
		for {
			_, p, err := d.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if p != nil {
				n++
			}
		}
		if n != benchPNRs {
			b.Fatalf("%d PNRs", n)
		}
	}
}

// BenchmarkEncode writes the 300-PNR push. Target: under 25 ms per push (the
// encoder serves test tools; it builds every segment before writing).
func BenchmarkEncode(b *testing.B) {
	m := pnrgovtest.Push(benchPNRs, 1)
	data := benchPush(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pnrgov.Encode(m, pnrgov.EncodeOptions{LineBreaks: true}); err != nil {
			b.Fatal(err)
		}
	}
}
