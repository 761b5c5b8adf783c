package pnrgov_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

func TestStreamIsPush(t *testing.T) {
	want, err := pnrgov.Encode(pnrgovtest.Push(7, 3), pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(pnrgovtest.Stream(7, 3))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Stream(7, 3) differs from Encode(Push(7, 3)):\n%s", cmp.Diff(string(want), string(got)))
	}
}

// streamPeak decodes an n-PNR push generated on the fly through the
// streaming Decoder and returns the PNRs, the diagnostics and the peak heap
// (sampled every 1,000 PNRs, after the collector ran).
func streamPeak(tb testing.TB, n int) (pnrs, diags int, peak uint64) {
	tb.Helper()
	// One message of n PNRs, about 60 segments and 3.4 KB each: past the
	// default limits on segments and bytes per message and interchange size.
	d := pnrgov.NewDecoder(pnrgovtest.Stream(n, 1), &pnrgov.DecodeOptions{Limits: edifact.Limits{MaxSegmentsPerMessage: 100 * n,
		MaxMessageSize: 1 << 40, MaxInterchangeSize: 1 << 40, MaxDiagnostics: 1 << 30}})
	var ms runtime.MemStats
	for {
		_, p, err := d.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if p == nil {
			continue
		}
		if pnrs++; pnrs%1000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	return pnrs, len(d.Diagnostics()), peak
}

// streamLimit is the peak heap a 100,000-PNR push (about 340 MB) may take in
// the streaming Decoder: the memory of one PNR and of the diagnostics, all
// kept (MaxDiagnostics unbounded), each owning its strings.
const streamLimit = 64 << 20

// TestStreamPeakHeap decodes a 20,000-PNR push (68 MB, 5 s; BenchmarkStream
// decodes 100,000), many of whose travellers carry no DOCS (a
// pnrgov-no-documents diagnostic each), within streamLimit. A diagnostic
// whose tag pins the reader's 32 KiB buffer made it take 108 MB.
func TestStreamPeakHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 68 MB")
	}
	const n = 20_000
	pnrs, diags, peak := streamPeak(t, n)
	t.Logf("%d PNRs, %d diagnostics, peak heap %.1f MB", pnrs, diags, float64(peak)/(1<<20))
	if pnrs != n || peak > streamLimit {
		t.Errorf("%d PNRs, peak heap %d bytes; want %d within %d", pnrs, peak, n, streamLimit)
	}
}

// BenchmarkStream decodes a 100,000-PNR push generated on the fly through
// the streaming Decoder and reports its peak heap. Target: under 64 MB.
func BenchmarkStream(b *testing.B) {
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		_, _, p := streamPeak(b, 100_000)
		peak = max(peak, p)
	}
	if peak > streamLimit {
		b.Errorf("peak heap %d bytes, want within %d", peak, streamLimit)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

const pnrHead = "UNB+IATA:1+ZZ+PIU+261125:0630+1'UNH+1+PNRGOV:13:1:IA'MSG+:22'ORG+ZZ:SIN'TVL+251126:1430+SIN+ICN+ZZ+100'EQN+1'"

// TestUnknownTagNotEchoed: what stands where a tag should be may be
// passenger data, and is never put in a diagnostic.
func TestUnknownTagNotEchoed(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		tag, msg string // of the unknown-segment diagnostic
	}{
		{"in a PNR", pnrHead + "SRC'99SECRET99+X'UNT+8+1'UNZ+1+1'", "", "unknown segment (10-byte tag): kept in place"},
		{"in the header", strings.Replace(pnrHead, "EQN+1'", "EQN+1'99SECRET99+X'", 1) + "SRC'UNT+8+1'UNZ+1+1'",
			"", "unknown segment (10-byte tag) in the message header: kept"},
		{"a tag's shape", pnrHead + "SRC'ZZZ+X'UNT+8+1'UNZ+1+1'", "ZZZ", "unknown segment: kept in place"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := pnrgov.Decode([]byte(tc.in), nil)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, d := range res.Diagnostics {
				if strings.Contains(d.String(), "SECRET") {
					t.Errorf("diagnostic carries the data: %v", d)
				}
				if d.Code == pnrgov.CodeUnknownSegment {
					found = true
					if diff := cmp.Diff([]string{tc.tag, tc.msg}, []string{d.Tag, d.Message}); diff != "" {
						t.Errorf("tag, message (-want +got):\n%s", diff)
					}
				}
			}
			if !found {
				t.Errorf("no %s in %v", pnrgov.CodeUnknownSegment, res.Diagnostics)
			}
		})
	}
}

// TestMaxDiagnostics: Limits.MaxDiagnostics bounds the PNRGOV diagnostics,
// with one diagnostics-truncated marker.
func TestMaxDiagnostics(t *testing.T) {
	in := pnrHead + "SRC'" + strings.Repeat("ZZZ+X'", 50) + "UNT+57+1'UNZ+1+1'"
	res, err := pnrgov.Decode([]byte(in), &pnrgov.DecodeOptions{Limits: edifact.Limits{MaxDiagnostics: 10}})
	if err != nil {
		t.Fatal(err)
	}
	var codes []edifact.Code
	for _, d := range res.Diagnostics {
		codes = append(codes, d.Code)
	}
	want := make([]edifact.Code, 0, 11)
	for range 10 {
		want = append(want, pnrgov.CodeUnknownSegment)
	}
	want = append(want, edifact.CodeDiagnosticsTruncated)
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
	if got := len(res.Messages[0].PNRs[0].Unknown); got != 50 {
		t.Errorf("%d unknown segments kept, want 50", got)
	}
}

// TestMaxSegmentsPerPNR: a PNR, or a message header, longer than the limit
// stops decoding in both modes with a positioned limit error; the PNRs before
// it are kept, the oversized one is dropped.
func TestMaxSegmentsPerPNR(t *testing.T) {
	ok := "SRC'" + strings.Repeat("RCI+XX:ABC123'", 3)
	cases := []struct {
		name, body string
		pnrs       int
		segment    int // index of the segment refused
	}{
		// pnrHead is UNB, UNH and four header segments: the second PNR's SRC
		// is segment 10, its tenth segment (one past the limit) is 19.
		{"PNR", ok + "SRC'" + strings.Repeat("FTX+AAA+X'", 20), 1, 19},
		// Header segments after the four of pnrHead: the tenth is segment 11.
		{"header", strings.Repeat("ZZZ+X'", 20), 0, 11},
	}
	for _, c := range cases {
		for _, strict := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s strict=%v", c.name, strict), func(t *testing.T) {
				in := pnrHead + c.body + "UNT+99+1'UNZ+1+1'"
				opts := &pnrgov.DecodeOptions{Strict: strict, MaxSegmentsPerPNR: 9}
				res, err := pnrgov.Decode([]byte(in), opts)
				if !errors.Is(err, edifact.ErrLimit) {
					t.Fatalf("err = %v, want edifact.ErrLimit", err)
				}
				var de *pnrgov.DecodeError
				if !errors.As(err, &de) || de.Segment != c.segment || de.Code != edifact.CodeLimit {
					t.Fatalf("err = %#v, want a limit at segment %d", err, c.segment)
				}
				pnrs := 0
				for _, m := range res.Messages {
					pnrs += len(m.PNRs)
				}
				if !strict && pnrs != c.pnrs {
					t.Errorf("%d PNRs decoded, want %d", pnrs, c.pnrs)
				}
				if last := res.Diagnostics[len(res.Diagnostics)-1]; last.Code != edifact.CodeLimit {
					t.Errorf("last diagnostic %v, want the limit", last)
				}
			})
		}
	}
}
