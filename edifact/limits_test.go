package edifact

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLimits feeds endless input past each limit and checks the error, its
// position, and that the Reader stopped soon after the limit with bounded
// memory.
func TestLimits(t *testing.T) {
	head := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'"
	cases := []struct {
		name   string
		prefix string
		chunk  string // repeated for ever after prefix
		lim    Limits
		want   func(prefix, chunk string) diag
	}{
		{
			name:   "segment size",
			prefix: head + "FTX+",
			chunk:  "ABCDEFGH:",
			lim:    Limits{MaxSegmentSize: 1000},
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, int64(strings.Index(p, "FTX")), 2, "", 0}
			},
		},
		{
			name:   "segments per message",
			prefix: head,
			chunk:  "BGM+745'",
			lim:    Limits{MaxSegmentsPerMessage: 10},
			// UNH counts as the first: the tenth BGM is segment 11 of the
			// message, index 11 of the input.
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, int64(len(p) + 9*len(c)), 11, "", 0}
			},
		},
		{
			name:   "interchange size",
			prefix: head,
			chunk:  "BGM+745'",
			lim:    Limits{MaxInterchangeSize: 1000},
			// The first segment that ends past byte 1000.
			want: func(p, c string) diag {
				n := (1000 - len(p)) / len(c) // whole BGMs within 1000 bytes
				return diag{Error, CodeLimit, int64(len(p) + n*len(c)), 2 + n, "", 0}
			},
		},
		{
			name:   "message size",
			prefix: head + "UNT+2+1'UNH+2+X:D:1:UN'",
			chunk:  "BGM+745'",
			lim:    Limits{MaxMessageSize: 1000},
			// The first segment that ends more than 1000 bytes past the
			// second message's UNH: the first message does not count.
			want: func(p, c string) diag {
				unh := strings.LastIndex(p, "UNH")
				n := (1000 - (len(p) - unh)) / len(c)
				return diag{Error, CodeLimit, int64(len(p) + n*len(c)), 4 + n, "", 0}
			},
		},
		{
			name:   "elements",
			prefix: head + "FTX",
			chunk:  "+A:B",
			lim:    Limits{MaxElements: 100, MaxSegmentSize: 1 << 20},
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, int64(strings.Index(p, "FTX")), 2, "", 0}
			},
		},
		{
			name:   "white space between segments",
			prefix: head,
			chunk:  "\r\n",
			lim:    Limits{MaxInterchangeSize: 5000},
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, 5001, -1, "", 0}
			},
		},
		{
			name:   "empty segments",
			prefix: head,
			chunk:  "'",
			lim:    Limits{MaxInterchangeSize: 5000},
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, 5000, 2, "", 0}
			},
		},
		{
			name:   "junk that never starts an interchange",
			prefix: "",
			chunk:  "NOT EDIFACT AT ALL ",
			lim:    Limits{MaxInterchangeSize: 5000},
			want: func(p, c string) diag {
				return diag{Error, CodeLimit, 0, -1, "", 0}
			},
		},
	}
	for _, c := range cases {
		for _, zc := range []bool{false, true} {
			name := c.name
			if zc {
				name += " zero-copy"
			}
			t.Run(name, func(t *testing.T) {
				src := &endless{chunk: []byte(c.chunk)}
				in := io.MultiReader(strings.NewReader(c.prefix), src)
				opts := &ReadOptions{Limits: c.lim, ZeroCopy: zc}
				r := NewReader(in, opts)
				var err error
				for n := 0; n < 1e6; n++ {
					if _, err = r.Read(); err != nil {
						break
					}
				}
				if !errors.Is(err, ErrLimit) {
					t.Fatalf("got %v, want ErrLimit", err)
				}
				var se *SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("%v is not a *SyntaxError", err)
				}
				if d := cmp.Diff(c.want(c.prefix, c.chunk), keys([]Diagnostic{se.Diagnostic})[0]); d != "" {
					t.Errorf("limit error (-want +got):\n%s", d)
				}
				// The error is sticky.
				if _, err2 := r.Read(); err2 != err {
					t.Errorf("Read after the limit: %v, want the same error", err2)
				}
				// Bounded: the Reader read little past the limit and its
				// buffer stayed near the segment size limit.
				lim := r.lim
				bound := int64(2*lim.MaxSegmentSize) + 256<<10
				if c.lim.MaxInterchangeSize > 0 {
					bound += c.lim.MaxInterchangeSize
				}
				if src.read > bound {
					t.Errorf("read %d bytes of endless input, want at most %d", src.read, bound)
				}
				if cap(r.buf) > 2*(lim.MaxSegmentSize+8)+64<<10 {
					t.Errorf("buffer grew to %d bytes", cap(r.buf))
				}
				if len(r.Diagnostics()) > lim.MaxDiagnostics+2 {
					t.Errorf("%d diagnostics kept", len(r.Diagnostics()))
				}
			})
		}
	}
}

// TestLimitDefaults checks that zero limits take DefaultLimits and that a
// segment just within each limit is accepted.
func TestLimitDefaults(t *testing.T) {
	if got := (Limits{}).withDefaults(); got != DefaultLimits {
		t.Errorf("zero Limits = %+v, want %+v", got, DefaultLimits)
	}
	in := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'FTX" + strings.Repeat("+A", 10) + "'UNT+3+1'UNZ+1+1'"
	for _, general := range []bool{false, true} {
		r := NewReader(strings.NewReader(in), &ReadOptions{Strict: true, Limits: Limits{MaxElements: 10, MaxSegmentSize: 30}})
		r.general = general
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("general=%v: segment within the limits rejected: %v", general, err)
			}
		}
	}
	in = strings.Replace(in, "FTX", "FTX+A", 1)
	if _, err := Parse([]byte(in), &ReadOptions{Limits: Limits{MaxElements: 10}}); !errors.Is(err, ErrLimit) {
		t.Errorf("11 elements with MaxElements 10: %v, want ErrLimit", err)
	}
}

// TestDiagnosticsBounded checks that an input causing a diagnostic per
// segment keeps at most MaxDiagnostics of them, and says so once.
func TestDiagnosticsBounded(t *testing.T) {
	in := "UNB+UNOA:4+S+R+200101:1200+1'" + strings.Repeat("BGM+1'", 50) + "UNZ+0+1'"
	doc, err := Parse([]byte(in), &ReadOptions{Limits: Limits{MaxDiagnostics: 10}})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Diagnostics) != 11 {
		t.Fatalf("%d diagnostics, want 10 and one saying the rest were dropped", len(doc.Diagnostics))
	}
	if last := doc.Diagnostics[10]; last.Code != CodeDiagnosticsTruncated || last.Severity != Info {
		t.Errorf("last diagnostic %v, want %s", last, CodeDiagnosticsTruncated)
	}
	if got := len(doc.Interchanges[0].Orphans); got != 50 {
		t.Errorf("%d orphan segments kept, want 50", got)
	}
}
