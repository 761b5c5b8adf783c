package edifact

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// seedCorpus returns the synthetic inputs of testdata/, of the mode and UNA
// tests and, where PIU_TESTDATA is set, every shared EDIFACT sample (*.edi,
// *.txt under $PIU_TESTDATA/edifact), so that fuzzing starts deep in real
// traffic.
func seedCorpus(f *testing.F) [][]byte {
	var seeds [][]byte
	seeds = append(seeds, ediFiles(f, "testdata")...)
	if root := os.Getenv("PIU_TESTDATA"); root != "" {
		seeds = append(seeds, ediFiles(f, filepath.Join(root, "edifact"))...)
	}
	for _, b := range modeInputs(f) {
		seeds = append(seeds, b)
	}
	for _, c := range unaQuirks {
		seeds = append(seeds, []byte(c.in))
	}
	seeds = append(seeds, paxlstInterchange(f, 3))
	return seeds
}

// ediFiles reads every *.edi and *.txt file under dir, in lexical order.
func ediFiles(f *testing.F, dir string) [][]byte {
	var out [][]byte
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".edi") && !strings.HasSuffix(p, ".txt") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err == nil {
			out = append(out, b)
		}
		return err
	})
	if err != nil {
		f.Fatalf("seeds from %s: %v", dir, err)
	}
	return out
}

// fuzzLimits are small so that the fuzzer reaches every limit.
var fuzzLimits = Limits{MaxSegmentSize: 512, MaxSegmentsPerMessage: 50, MaxMessageSize: 4 << 10, MaxInterchangeSize: 8 << 10, MaxElements: 64, MaxDiagnostics: 40}

// FuzzReader reads arbitrary bytes in every mode. It must never panic; offsets
// and indexes must increase; values must respect the limits; and owning mode,
// zero-copy mode, the general path and one-byte reads must agree.
func FuzzReader(f *testing.F) {
	for _, s := range seedCorpus(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		type result struct {
			Segs  []seg
			Diags []diag
			Err   string
		}
		run := func(opts ReadOptions, general, onebyte bool) result {
			var src io.Reader = bytes.NewReader(data)
			if onebyte {
				src = &oneByteReader{data}
			}
			opts.Limits = fuzzLimits
			r := NewReader(src, &opts)
			r.general = general
			var res result
			lastOff, lastIdx := int64(-1), -1
			for {
				s, err := r.Read()
				if err != nil {
					if err != io.EOF {
						var se *SyntaxError
						if !errors.As(err, &se) {
							t.Fatalf("error %v is not a *SyntaxError", err)
						}
						res.Err = string(se.Code)
					}
					break
				}
				if s.Offset <= lastOff || s.Index != lastIdx+1 {
					t.Fatalf("segment %d at %d after segment %d at %d", s.Index, s.Offset, lastIdx, lastOff)
				}
				if s.Offset < 0 || s.Offset >= int64(len(data)) {
					t.Fatalf("segment offset %d outside the input of %d bytes", s.Offset, len(data))
				}
				lastOff, lastIdx = s.Offset, s.Index
				n := 0
				for _, e := range s.Elements {
					n += len(e.Components)
					for _, rp := range e.Repetitions {
						n += len(rp)
					}
				}
				if n > fuzzLimits.MaxElements {
					t.Fatalf("segment with %d values past MaxElements", n)
				}
				res.Segs = append(res.Segs, view(s))
			}
			for _, d := range r.Diagnostics() {
				if d.Offset < 0 || d.Offset > int64(len(data)) {
					t.Fatalf("diagnostic %v outside the input of %d bytes", d, len(data))
				}
			}
			if len(r.Diagnostics()) > fuzzLimits.MaxDiagnostics+2 {
				t.Fatalf("%d diagnostics kept", len(r.Diagnostics()))
			}
			res.Diags = keys(r.Diagnostics())
			return res
		}
		want := run(ReadOptions{}, false, false)
		for _, m := range []struct {
			name          string
			opts          ReadOptions
			general, byte bool
		}{
			{"zero-copy", ReadOptions{ZeroCopy: true}, false, false},
			{"general", ReadOptions{}, true, false},
			{"one-byte", ReadOptions{ZeroCopy: true}, false, true},
		} {
			if d := cmp.Diff(want, run(m.opts, m.general, m.byte)); d != "" {
				t.Fatalf("%s differs from owning mode (-owning +%s):\n%s", m.name, m.name, d)
			}
		}
		// Strict mode stops at the first defect lenient mode reports.
		strict := run(ReadOptions{Strict: true}, false, false)
		for _, d := range want.Diags {
			if d.Sev >= Warning || d.Code == CodeLimit {
				if len(strict.Diags) == 0 || strict.Diags[len(strict.Diags)-1] != d {
					t.Fatalf("strict mode stopped at %v, want %v", strict.Diags, d)
				}
				break
			}
		}
		if _, err := Parse(data, &ReadOptions{Limits: fuzzLimits}); err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse error %v is not a *SyntaxError", err)
			}
		}
	})
}

// roundTripSeparators are the separator sets FuzzRoundTrip writes with.
var roundTripSeparators = []Separators{
	DefaultSeparators,
	{':', '+', '.', '?', '*', '\''}, // version 4 repetition
	{':', '(', '.', ')', 0, '-'},    // UNA:(.) -
	{':', '+', '.', '\\', 0, '\''},  // backslash release
}

var roundTripTags = []string{"NAD", "FTX", "ATT", "DOC", "LOC", "RFF", "DTM", "TIF", "SSR", "LTS"}

// segmentsFrom turns fuzz bytes into segments: 0x03 ends a segment, 0x02 an
// element, 0x01 a component, 0x04 starts a repetition. Values are UTF-8
// without line breaks (EDIFACT has no way to carry them).
func segmentsFrom(data []byte, reps bool) []Segment {
	var segs []Segment
	for i, raw := range bytes.Split(data, []byte{3}) {
		s := Segment{Tag: roundTripTags[i%len(roundTripTags)]}
		for _, re := range bytes.Split(raw, []byte{2}) {
			var e Element
			for j, rp := range bytes.Split(re, []byte{4}) {
				var comps []string
				for _, c := range bytes.Split(rp, []byte{1}) {
					v := strings.ToValidUTF8(string(c), "?")
					v = strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
					comps = append(comps, v)
				}
				if j == 0 {
					e.Components = comps
				} else if reps {
					e.Repetitions = append(e.Repetitions, comps)
				}
			}
			s.Elements = append(s.Elements, e)
		}
		segs = append(segs, s)
	}
	return segs
}

// normal drops what EDIFACT cannot carry: trailing empty components and
// elements, empty elements with no components at all.
func normal(segs []Segment) [][][]string {
	trim := func(c []string) []string {
		for len(c) > 0 && c[len(c)-1] == "" {
			c = c[:len(c)-1]
		}
		return c
	}
	var out [][][]string
	for _, s := range segs {
		els := [][]string{{s.Tag}}
		for _, e := range s.Elements {
			v := []string{"+"}
			v = append(v, trim(e.Components)...)
			reps := e.Repetitions
			for len(reps) > 0 && len(trim(reps[len(reps)-1])) == 0 {
				reps = reps[:len(reps)-1] // trailing empty repetitions carry nothing
			}
			for _, r := range reps {
				v = append(v, "*")
				v = append(v, trim(r)...)
			}
			els = append(els, v)
		}
		for len(els) > 1 && len(els[len(els)-1]) == 1 {
			els = els[:len(els)-1]
		}
		out = append(out, els)
	}
	return out
}

// FuzzRoundTrip writes arbitrary segments with the Writer (WriteInterchange
// through Marshal, and WriteSegment) and reads them back: the same segments
// must come out, in both reading modes, with no diagnostic above Info.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("SMITH\x01JOHN\x02M\x04F\x03A+B:C'D?E*F\x02\x02X"), uint8(0), false)
	f.Add([]byte("O'NEILL\x03((x))-y\x01\x01z"), uint8(2), false)
	f.Add([]byte("\\:\\\\\x04REP\x02\x03\xc3\x89LISE \xe2\x80\x99"), uint8(1), true)
	for _, s := range seedCorpus(f) {
		if len(s) < 300 {
			f.Add(s, uint8(len(s)), true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, sepIndex uint8, lineBreaks bool) {
		sep := roundTripSeparators[int(sepIndex)%len(roundTripSeparators)]
		segs := segmentsFrom(data, sep.Repetition != 0)
		charset := "UNOW"
		if sepIndex&4 != 0 {
			// ISO 8859-1: keep only what it can carry.
			charset = "UNOC"
			for i := range segs {
				for j := range segs[i].Elements {
					e := &segs[i].Elements[j]
					latin1Only(e.Components)
					for _, r := range e.Repetitions {
						latin1Only(r)
					}
				}
			}
		}
		ic := &Interchange{
			Header: InterchangeHeader{Syntax: SyntaxIdentifier{ID: charset, Version: "4"}, Sender: Party{ID: "S"},
				Recipient: Party{ID: "R"}, ControlRef: "1"},
			Messages: []*Message{{Header: MessageHeader{Reference: "1", ID: MessageID{"PAXLST", "D", "05B", "UN", "", "", ""}},
				Segments: segs}},
		}
		b, err := Marshal(ic, &Writer{Separators: sep, LineBreaks: lineBreaks})
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		for _, zc := range []bool{false, true} {
			doc, err := Parse(b, &ReadOptions{ZeroCopy: zc, Limits: Limits{MaxElements: 1 << 20, MaxSegmentSize: 1 << 24}})
			if err != nil {
				t.Fatalf("Parse: %v\n%q", err, b)
			}
			for _, d := range doc.Diagnostics {
				if d.Severity > Info && d.Code != CodeCharacter {
					t.Errorf("diagnostic on the Writer's output: %v\n%q", d, b)
				}
			}
			if len(doc.Interchanges) != 1 || len(doc.Interchanges[0].AllMessages()) != 1 {
				t.Fatalf("read %d interchanges from %q", len(doc.Interchanges), b)
			}
			got := doc.Interchanges[0].AllMessages()[0].Segments
			if d := cmp.Diff(normal(segs), normal(got)); d != "" {
				t.Fatalf("round trip (zero-copy %v) changed the segments (-written +read):\n%s\n%q", zc, d, b)
			}
		}

		// WriteSegment alone, read back with the same separators declared.
		// WriteSegment does not encode to the charset of a UNB written through
		// it (TestWriteSegmentCharset, skipped: see the notes), so this part
		// runs for UTF-8 only.
		if charset != "UNOW" {
			return
		}
		var buf bytes.Buffer
		if sep != DefaultSeparators {
			buf.WriteString(sep.una())
		}
		w := NewWriter(&buf)
		w.Separators = sep
		for _, s := range append(append([]Segment{*unbSegment(&ic.Header)}, segs...), NewSegment("UNZ", E("0"), E("1"))) {
			if err := w.WriteSegment(s); err != nil {
				t.Fatalf("WriteSegment: %v", err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		r := NewReader(&buf, nil)
		var read []Segment
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			read = append(read, s)
		}
		if len(read) < 2 {
			t.Fatalf("read %d segments", len(read))
		}
		if d := cmp.Diff(normal(segs), normal(read[1:len(read)-1])); d != "" {
			t.Fatalf("WriteSegment round trip changed the segments (-written +read):\n%s", d)
		}
		if !utf8.Valid([]byte(read[0].Tag)) {
			t.Fatal("tag not UTF-8")
		}
	})
}

// latin1Only replaces in place every character ISO 8859-1 cannot carry.
func latin1Only(vals []string) {
	for i, v := range vals {
		vals[i] = strings.Map(func(r rune) rune {
			if r > 0xff {
				return '?'
			}
			return r
		}, v)
	}
}
