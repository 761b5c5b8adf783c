package paxlst_test

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/paxlst/paxlsttest"
)

// TestCountInNextElement: CNT+41+8 puts the count in the next element; the
// diagnostic says so, at that element.
func TestCountInNextElement(t *testing.T) {
	m, diags := decode1(t, interchange("", header+"NAD+FM+++DOE:JANE'CNT+41+8'"))
	var got []string
	for _, d := range diags {
		if d.Code == paxlst.CodeBadNumber {
			got = append(got, fmt.Sprintf("%s %d:%d %s", d.Tag, d.Element, d.Component, d.Message))
		}
	}
	want := []string{"CNT 2:1 control total in the next element (CNT+41+8), not after the qualifier (CNT+41:8); segment kept"}
	if !cmpEqual(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
	if m.Totals.Crew != nil || len(m.Trailing) != 1 {
		t.Errorf("totals %+v, trailing %v: the segment must be kept, not read", m.Totals, m.Trailing)
	}
}

func cmpEqual(a, b []string) bool { return strings.Join(a, "\n") == strings.Join(b, "\n") }

// TestMalformedTagNotEchoed: data standing where a tag should be never
// reaches a diagnostic, in paxlst or cusres, lenient or strict; the segment
// itself is kept.
func TestMalformedTagNotEchoed(t *testing.T) {
	const secret = "ZZQXSECRET"
	for _, c := range []struct {
		name string
		in   string
		dec  func([]byte, *paxlst.DecodeOptions) ([]edifact.Diagnostic, error)
	}{
		{"paxlst", "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'" + secret + "+FL'UNT+4+1'UNZ+1+1'",
			func(b []byte, o *paxlst.DecodeOptions) ([]edifact.Diagnostic, error) {
				res, err := paxlst.Decode(b, o)
				if err == nil && len(res.Messages[0].Unknown) != 1 {
					t.Errorf("paxlst: segment not kept: %v", res.Messages[0].Unknown)
				}
				return res.Diagnostics, err
			}},
		{"cusres", "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'" + secret + "+FL'UNT+4+1'UNZ+1+1'",
			func(b []byte, o *paxlst.DecodeOptions) ([]edifact.Diagnostic, error) {
				res, err := cusres.Decode(b, o)
				if err == nil && len(res.Responses[0].Unknown) != 1 {
					t.Errorf("cusres: segment not kept: %v", res.Responses[0].Unknown)
				}
				return res.Diagnostics, err
			}},
	} {
		for _, strict := range []bool{false, true} {
			diags, err := c.dec([]byte(c.in), &paxlst.DecodeOptions{Strict: strict})
			var all []string
			for _, d := range diags {
				all = append(all, d.String(), d.Tag)
			}
			if err != nil {
				all = append(all, err.Error())
			}
			text := strings.Join(all, "\n")
			if strings.Contains(text, "SECRET") {
				t.Errorf("%s strict=%v: the data is echoed:\n%s", c.name, strict, text)
			}
			if !strict && !strings.Contains(text, "10-byte tag") { // strict: edifact stops first
				t.Errorf("%s strict=%v: the length is not given:\n%s", c.name, strict, text)
			}
		}
	}
}

// TestMaxDiagnostics: 20,000 misplaced FTX+AAA give at most MaxDiagnostics
// diagnostics and one truncation marker, in paxlst and cusres.
func TestMaxDiagnostics(t *testing.T) {
	const max = 100
	opts := &paxlst.DecodeOptions{Limits: edifact.Limits{MaxDiagnostics: max}}
	body := strings.Repeat("FTX+AAA+X'", 20000)
	pax := interchange("", "BGM+745'"+body)
	res, err := paxlst.Decode(pax, opts)
	if err != nil {
		t.Fatal(err)
	}
	cus := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'" + body + "UNT+20002+1'UNZ+1+1'"
	cres, err := cusres.Decode([]byte(cus), opts)
	if err != nil {
		t.Fatal(err)
	}
	for name, diags := range map[string][]edifact.Diagnostic{"paxlst": res.Diagnostics, "cusres": cres.Diagnostics} {
		markers := 0
		for _, d := range diags {
			if d.Code == edifact.CodeDiagnosticsTruncated {
				markers++
			}
		}
		if len(diags) > max+1 || markers != 1 {
			t.Errorf("%s: %d diagnostics, %d truncation markers; want at most %d and one", name, len(diags), markers, max+1)
		}
	}
	if len(res.Messages[0].Unknown) != 20000 {
		t.Errorf("%d segments kept, want 20000: bounding diagnostics must lose no data", len(res.Messages[0].Unknown))
	}
}

// TestStreamMillionBoundedHeap streams 1,000,000 lists, generated as they
// are read, through the Decoder and fails when the live heap ever exceeds
// 64 MB. About 20 s on a loaded 2-core machine: skipped under -short.
func TestStreamMillionBoundedHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 1,000,000 lists")
	}
	want := 1_000_000
	if raceEnabled {
		want = 100_000 // the million runs in plain go test: minutes under -race
	}
	n, peak := streamLists(t, want)
	t.Logf("%d lists, peak heap %.1f MB", n, float64(peak)/(1<<20))
	if n != want {
		t.Errorf("%d lists decoded, want %d", n, want)
	}
	if peak > 64<<20 {
		t.Errorf("peak heap %.1f MB, want under 64 MB", float64(peak)/(1<<20))
	}
}

// BenchmarkStreamMillion reports the peak heap of streaming 1,000,000
// lists through the Decoder. Target: peak-heap-MB under 64.
func BenchmarkStreamMillion(b *testing.B) {
	var peak uint64
	for b.Loop() {
		_, p := streamLists(b, 1_000_000)
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// streamLists decodes n generated lists and samples the heap every 1,000.
func streamLists(tb testing.TB, n int) (int, uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	d := paxlst.NewDecoder(paxlsttest.Stream(n), nil)
	count := 0
	for {
		m, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if len(m.Persons) != 2 {
			tb.Fatalf("list %d: %d persons", count, len(m.Persons))
		}
		count++
		if count%1000 == 0 {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
		}
	}
	if len(d.Diagnostics()) > edifact.DefaultLimits.MaxDiagnostics+1 {
		tb.Errorf("%d diagnostics", len(d.Diagnostics()))
	}
	return count, peak
}

// TestDiagnosticsOwnTheirStrings: the tag of a diagnostic filed early in a
// stream is unchanged after the reader's buffer has been refilled many times.
func TestDiagnosticsOwnTheirStrings(t *testing.T) {
	bodies := []string{header + "XYZ+1'QQQ+2'NAD+FL+++DOE:JANE'"}
	for i := 0; i < 2000; i++ {
		bodies = append(bodies, fmt.Sprintf("%sNAD+FL+++PADDING%06d:JOHN'ZZZ+%d'", header, i, i))
	}
	d := paxlst.NewDecoder(strings.NewReader(string(interchange("", bodies...))), nil)
	for {
		if _, err := d.Next(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	var tags []string
	for _, x := range d.Diagnostics() {
		if x.Code == paxlst.CodeUnknownSegment && len(tags) < 3 {
			tags = append(tags, x.Tag)
		}
	}
	if want := []string{"XYZ", "QQQ", "ZZZ"}; !cmpEqual(tags, want) {
		t.Errorf("tags %q, want %q", tags, want)
	}
}

// TestListSegmentLimit: a list is bounded by 32,768 segments unless Limits
// raise it; the limit error unwraps to edifact.ErrLimit and says where.
func TestListSegmentLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'")
	for range 40_000 {
		b.WriteString("NAD+FL+++DOE:JANE'")
	}
	b.WriteString("UNT+40002+1'UNZ+1+1'")
	in := []byte(b.String())
	_, err := paxlst.Decode(in, nil)
	if !errors.Is(err, edifact.ErrLimit) || !strings.Contains(err.Error(), "segment 32769 ") {
		t.Errorf("default limits: %v, want a limit at segment 32769", err)
	}
	res, err := paxlst.Decode(in, &paxlst.DecodeOptions{Limits: edifact.Limits{MaxSegmentsPerMessage: 1 << 16}})
	if err != nil || len(res.Messages) != 1 || len(res.Messages[0].Persons) != 40_000 {
		t.Errorf("raised limit: %v, want the 40,000 persons", err)
	}
}
