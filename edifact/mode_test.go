package edifact

import (
	"bytes"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// modeInputs are inputs that exercise the fast path and each branch of the
// general one.
func modeInputs(t testing.TB) map[string][]byte {
	return map[string][]byte{
		"paxlst-50": paxlstInterchange(t, 50),
		"quirks": []byte("\xEF\xBB\xBFUNA:+.? 'UNB+UNOC:3+S+R+200101:1200+1'\r\nUNH+1+PAXLST:D:05B:UN:IATA'\r\n" +
			"NAD+FL+++O?'NEIL?+:J?:R??+X\r\nY'ATT+2++M*F'FTX+a\xe9b'UNT+5+1'UNZ+1+1'junk"),
		"v4-rep":    []byte("UNA:+.?*'UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F*X'UNT+3+1'UNZ+1+1'"),
		"tag-comp":  []byte("UNB+UNOA:4+S+R+200101:1200+1'UNH:1+X'UNT+2+1'UNZ+1+1'"),
		"empty":     []byte("UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'''BGM'UNT+3+1'UNZ+1+1'"),
		"no-term":   []byte("UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'BGM+1"),
		"long":      append(append([]byte("UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'FTX+"), bytes.Repeat([]byte("AB:"), 3000)...), "'UNT+3+1'UNZ+1+1'"...),
		"typo-utf8": []byte("UNB+UNOW:4+S+R+200101:1200+1\u2019UNH+1+X:D:1:UN\u2019FTX+A?\u2019B\u2019UNT+3+1\u2019UNZ+1+1\u2019"),
	}
}

// TestModesAgree checks that zero-copy and owning mode, the fast and the
// general path, and any chunking of the input give the same segments and
// diagnostics.
func TestModesAgree(t *testing.T) {
	for name, data := range modeInputs(t) {
		t.Run(name, func(t *testing.T) {
			want, wantDiags, wantErr := readAll(t, data, nil)
			if len(want) == 0 {
				t.Fatal("no segments read")
			}
			for _, mode := range []struct {
				name    string
				opts    ReadOptions
				general bool
				onebyte bool
			}{
				{"zero-copy", ReadOptions{ZeroCopy: true}, false, false},
				{"general", ReadOptions{}, true, false},
				{"zero-copy-general", ReadOptions{ZeroCopy: true}, true, false},
				{"one-byte-reads", ReadOptions{}, false, true},
				{"zero-copy-one-byte", ReadOptions{ZeroCopy: true}, false, true},
			} {
				var src io.Reader = bytes.NewReader(data)
				if mode.onebyte {
					src = &oneByteReader{data}
				}
				opts := mode.opts
				r := NewReader(src, &opts)
				r.general = mode.general
				var got []seg
				var err error
				for {
					var s Segment
					s, err = r.Read()
					if err != nil {
						break
					}
					got = append(got, view(s))
				}
				if err == io.EOF {
					err = nil
				}
				if (err == nil) != (wantErr == nil) {
					t.Errorf("%s: error %v, owning mode %v", mode.name, err, wantErr)
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("%s: segments differ from owning mode (-owning +%s):\n%s", mode.name, mode.name, d)
				}
				if d := cmp.Diff(keys(wantDiags), keys(r.Diagnostics())); d != "" {
					t.Errorf("%s: diagnostics differ (-owning +%s):\n%s", mode.name, mode.name, d)
				}
			}
		})
	}
}

// TestOwningSegmentsStayValid keeps every segment of an owning read and checks
// them after the input has been read to the end (the buffer reused many times
// over), against clones taken at once.
func TestOwningSegmentsStayValid(t *testing.T) {
	data := paxlstInterchange(t, 300) // several times the buffer size
	r := NewReader(&oneByteReader{data}, nil)
	var kept, clones []Segment
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, s)
		clones = append(clones, s.Clone())
	}
	if d := cmp.Diff(clones, kept); d != "" {
		t.Fatalf("owned segments changed after later reads (-at read +at end):\n%s", d)
	}
}

// TestZeroCopyCloneSurvives checks Segment.Clone on a zero-copy segment, and
// that the zero-copy envelope checks do not compare values the buffer has
// since overwritten (UNH reference against UNT across a buffer refill).
func TestZeroCopyCloneSurvives(t *testing.T) {
	data := paxlstInterchange(t, 500) // ~115 KB: the 64 KB buffer is refilled
	r := NewReader(bytes.NewReader(data), &ReadOptions{ZeroCopy: true})
	var clones []Segment
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		clones = append(clones, s.Clone())
	}
	if len(r.Diagnostics()) != 0 {
		t.Errorf("zero-copy read of a clean interchange reported %v", r.Diagnostics())
	}
	want, _, _ := readAll(t, data, nil)
	var got []seg
	for _, s := range clones {
		got = append(got, view(s))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("clones differ from owning mode:\n%s", d)
	}
}

// TestParseZeroCopyOwnsTree checks that ReadInterchange returns an owned
// tree in zero-copy mode: headers and trailers survive later reads.
func TestParseZeroCopyOwnsTree(t *testing.T) {
	data := append(paxlstInterchange(t, 400), paxlstInterchange(t, 10)...)
	own, err := Parse(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	zc, err := Parse(data, &ReadOptions{ZeroCopy: true})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(own, zc); d != "" {
		t.Errorf("zero-copy Parse differs from owning Parse:\n%s", d)
	}
}

// TestReset reads several inputs with one Reader: each gives what a new
// Reader gives, and what an owning read returned stays valid after Reset.
func TestReset(t *testing.T) {
	inputs := modeInputs(t)
	for _, zc := range []bool{false, true} {
		opts := &ReadOptions{ZeroCopy: zc}
		r := NewReader(bytes.NewReader(nil), opts)
		var keptOwned []Segment
		var keptViews [][]seg
		for _, name := range []string{"paxlst-50", "quirks", "v4-rep", "typo-utf8", "long", "paxlst-50"} {
			data := inputs[name]
			want, wantDiags, _ := readAll(t, data, opts)
			r.Reset(bytes.NewReader(data))
			var got []seg
			for {
				s, err := r.Read()
				if err != nil {
					break
				}
				got = append(got, view(s))
				if !zc {
					keptOwned = append(keptOwned, s)
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("zero-copy %v, %s after Reset (-new Reader +reset):\n%s", zc, name, d)
			}
			if d := cmp.Diff(keys(wantDiags), keys(r.Diagnostics())); d != "" {
				t.Errorf("zero-copy %v, %s after Reset: diagnostics (-new Reader +reset):\n%s", zc, name, d)
			}
			keptViews = append(keptViews, got)
		}
		var again []seg
		for _, s := range keptOwned {
			again = append(again, view(s))
		}
		var flat []seg
		for _, v := range keptViews {
			flat = append(flat, v...)
		}
		if !zc {
			if d := cmp.Diff(flat, again); d != "" {
				t.Errorf("owned segments changed across Reset:\n%s", d)
			}
		}
	}
}
