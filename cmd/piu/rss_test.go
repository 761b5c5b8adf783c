package main

import (
	"bytes"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// hostileHead is a valid interchange and message start.
func hostileHead(typ string) string {
	return "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+" + typ + ":D:05B:UN:IATA'BGM+745'"
}

// repeated is head followed by body repeated until size bytes.
func repeated(head string, body []byte, size int64) io.Reader {
	return io.LimitReader(io.MultiReader(strings.NewReader(head), &endless{chunk: body}), size)
}

// endless repeats its chunk for ever.
type endless struct {
	chunk []byte
	i     int // where the next Read starts in chunk
}

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.chunk[e.i:])
		n += c
		e.i = (e.i + c) % len(e.chunk)
	}
	return n, nil
}

// TestDecodeHostileRSS runs the built piu binary on 1 GiB hostile inputs
// generated into its standard input and checks its peak resident memory:
// each input is refused at the first limit it meets, after the decoder has
// held the largest message (or PNR) the default limits admit.
func TestDecodeHostileRSS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and streams 1 GiB: not under -short")
	}
	bin := filepath.Join(t.TempDir(), "piu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const size = 1 << 30
	const maxRSS = 80 << 20 // see memoryLimit
	endlessA := bytes.Repeat([]byte("A"), 1<<20)
	small := []byte("FTX+AAA+" + strings.Repeat("X", 97) + "'") // 10 million of them make 1 GiB
	long := []byte("FTX+AAA+" + strings.Repeat("X", 2000) + "'")
	tests := []struct {
		name    string
		src     io.Reader
		wantErr string
	}{
		{"PAXLST one endless segment", repeated(hostileHead("PAXLST")+"FTX+AAA+", endlessA, size),
			"segment 3 at byte 64: segment longer than the limit"},
		{"PNRGOV one endless segment", repeated(hostileHead("PNRGOV")+"FTX+AAA+", endlessA, size),
			"segment 3 at byte 64: segment longer than the limit"},
		{"EDIFACT one endless segment", repeated(hostileHead("TESTMS")+"FTX+AAA+", endlessA, size),
			"segment 3 at byte 64: segment longer than the limit"},
		// paxlst bounds a list at 32,768 segments.
		{"PAXLST 10 million segments", repeated(hostileHead("PAXLST"), small, size),
			"segment 32769 at byte 3473260: message has more segments than the limit"},
		{"PAXLST a passenger per segment", repeated(hostileHead("PAXLST"), []byte("NAD+FL+++A:B:C'"), size),
			"segment 32769 at byte 491554: message has more segments than the limit"},
		{"PAXLST 2 KB segments", repeated(hostileHead("PAXLST"), long, size),
			"segment 4178 at byte 8387639: message larger than the limit"},
		// pnrgov bounds a PNR, and the header before the first SRC, at
		// 16,384 segments, and streams the PNRs of a message.
		{"PNRGOV 10 million segments", repeated(hostileHead("PNRGOV"), small, size),
			"segment 16386 at byte 1736662: PNR or message header has more segments than the limit"},
		{"PNRGOV 2 KB segments", repeated(hostileHead("PNRGOV"), long, size),
			"segment 4178 at byte 8387639: message larger than the limit"},
		{"PNRGOV a push of 300,000 PNRs", io.LimitReader(pnrgovtest.Stream(300000, 1), size),
			"segment 131073 at byte 7302569: message has more segments than the limit"},
		// A message type the CLI does not model is streamed segment by
		// segment.
		{"EDIFACT 10 million segments", repeated(hostileHead("TESTMS"), []byte("FTX+A'"), size),
			"segment 131073 at byte 786484: message has more segments than the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, "decode", "-")
			cmd.Stdin = tt.src
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			start := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			elapsed := time.Since(start)
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
			t.Logf("peak RSS %.1f MB, %v, exit %d", float64(rss)/(1<<20), elapsed.Round(time.Millisecond), cmd.ProcessState.ExitCode())
			if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("exit %d (%v), stderr %q; want exit 1 and %q", code, err, stderr.String(), tt.wantErr)
			}
			if rss > maxRSS {
				t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, maxRSS>>20)
			}
		})
	}
}
