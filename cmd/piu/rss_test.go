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
)

// hostileHead is a valid interchange and message start.
func hostileHead(typ string) string {
	return "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+" + typ + ":D:05B:UN:IATA'BGM+745'"
}

// feed writes head, then body repeated until size bytes have been written or
// the reader goes away (the command stops reading at its first limit).
func feed(w io.WriteCloser, head string, body []byte, size int64) {
	defer w.Close()
	if _, err := io.WriteString(w, head); err != nil {
		return
	}
	for n := int64(len(head)); n < size; n += int64(len(body)) {
		if _, err := w.Write(body); err != nil {
			return
		}
	}
}

// TestDecodeHostileRSS runs the built piu binary on 1 GiB hostile inputs
// generated into its standard input and checks its peak resident memory.
// pending names the fix, in another package, that a case still waits for: it
// is skipped (with its figures) while over the bound, and must pass once the
// fix is in.
func TestDecodeHostileRSS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and streams 1 GiB: not under -short")
	}
	bin := filepath.Join(t.TempDir(), "piu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const size = 1 << 30
	const maxRSS = 64 << 20
	endless := bytes.Repeat([]byte("A"), 1<<20)
	small := []byte("FTX+AAA+" + strings.Repeat("X", 97) + "'") // 10 million of them make 1 GiB
	tests := []struct {
		name, head string
		body       []byte
		wantErr    string
		pending    string
	}{
		{"PAXLST one endless segment", hostileHead("PAXLST") + "FTX+AAA+", endless,
			"segment 3 at byte 64: segment longer than the limit", ""},
		{"PNRGOV one endless segment", hostileHead("PNRGOV") + "FTX+AAA+", endless,
			"segment 3 at byte 64: segment longer than the limit", ""},
		{"EDIFACT one endless segment", hostileHead("TESTMS") + "FTX+AAA+", endless,
			"segment 3 at byte 64: segment longer than the limit", ""},
		{"PAXLST 10 million segments", hostileHead("PAXLST"), small,
			"segment 1048577 at byte 111148908: message has more segments than the limit", ""},
		{"PNRGOV 10 million segments", hostileHead("PNRGOV"), small,
			"segment 1048577 at byte 111148908: message has more segments than the limit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, "decode", "-")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			start := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go feed(stdin, tt.head, tt.body, size)
			err = cmd.Wait()
			elapsed := time.Since(start)
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
			t.Logf("peak RSS %.1f MB, %v, exit %d", float64(rss)/(1<<20), elapsed.Round(time.Millisecond), cmd.ProcessState.ExitCode())
			if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("exit %d (%v), stderr %q; want exit 1 and %q", code, err, stderr.String(), tt.wantErr)
			}
			if rss > maxRSS {
				if tt.pending != "" {
					t.Skipf("peak RSS %d MB > %d MB: pending %s", rss>>20, maxRSS>>20, tt.pending)
				}
				t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, maxRSS>>20)
			}
		})
	}
}
