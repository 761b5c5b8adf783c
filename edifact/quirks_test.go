package edifact

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// at returns the byte offset of the n-th (1-based) occurrence of marker in s.
func at(t *testing.T, s, marker string, n int) int64 {
	t.Helper()
	off := 0
	for i := 1; ; i++ {
		j := strings.Index(s[off:], marker)
		if j < 0 {
			t.Fatalf("marker %q occurrence %d not in input", marker, n)
		}
		if i == n {
			return int64(off + j)
		}
		off += j + len(marker)
	}
}

const (
	unb = "UNB+UNOA:4+SENDER+RECIP+200101:1200+REF1'"
	unh = "UNH+1+PAXLST:D:05B:UN:IATA'"
)

// quirk is one table case: an input, the exact diagnostics lenient mode
// gives, and optionally the segments. Strict mode must stop at the first
// diagnostic of severity Warning or Error, with exactly that position.
type quirk struct {
	name string
	in   string
	opts ReadOptions
	// want lists the lenient diagnostics; each position is computed from
	// markers in the input so that it is exact and readable.
	want func(t *testing.T, in string) []diag
	// segs, when set, checks the values of the segment with that index.
	segs map[int][][]string
}

func TestQuirks(t *testing.T) {
	cases := []quirk{
		{
			name: "CR LF after each terminator",
			in:   "UNB+UNOA:4+S+R+200101:1200+1'\r\nUNH+1+X:D:1:UN'\r\nBGM+745'\r\nUNT+3+1'\r\nUNZ+1+1'\r\n",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeLineBreaks, at(t, in, "\r\n", 1), -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"745"}}},
		},
		{
			name: "line wrapped inside a segment keeps the inserted space",
			in:   unb + unh + "FTX+AAA+++ISAB\r\n ELLE RUTH'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeWrappedLine, at(t, in, "\r\n", 1), 2, "FTX", 0}}
			},
			segs: map[int][][]string{2: {{"AAA"}, {""}, {""}, {"ISAB ELLE RUTH"}}},
		},
		{
			name: "UTF-8 byte order mark before UNB",
			in:   "\xEF\xBB\xBF" + unb + unh + "UNT+2+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeLeadingBytes, 0, -1, "", 0}}
			},
		},
		{
			name: "Type B envelope before UNA and ETX after UNZ",
			in:   "QU HDQRMXH\r\n.HDQRM1S 251200\r\n\x02UNA:+.? '" + unb + unh + "UNT+2+1'UNZ+1+REF1'\r\n\x03",
			want: func(t *testing.T, in string) []diag {
				return []diag{
					{Warning, CodeLeadingBytes, 0, -1, "", 0},
					{Warning, CodeTrailingBytes, at(t, in, "\x03", 1), -1, "", 0},
				}
			},
		},
		{
			name: "changed separators UNA:(.) -",
			in:   "UNA:(.) -UNB(UNOA:4(S(R(200101:1200(1-UNH(1(X:D:1:UN-FTX(AAA((()(X)):Y-UNT(3(1-UNZ(1(1-",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeparators, 0, -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"AAA"}, {""}, {""}, {"(X)", "Y"}}},
		},
		{
			name: "backslash release character",
			in:   "UNA:+.\\ 'UNB+IATA:1+S+R+200101:1200+1'UNH+1+PNRGOV:11:1:IA'LTS+A\\:B\\+C\\'D\\\\E'UNT+3+1'UNZ+1+1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeparators, 0, -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"A:B+C'D\\E"}}},
		},
		{
			name: "typographic apostrophe terminator in UTF-8, released once",
			in:   "UNB+UNOW:4+S+R+200101:1200+1\u2019UNH+1+X:D:1:UN\u2019FTX+A?\u2019B+C\u2019UNT+3+1\u2019UNZ+1+1\u2019",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeparators, 0, -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"A\u2019B"}, {"C"}}},
		},
		{
			name: "typographic apostrophe declared in UNA",
			in:   "UNA:+.? \u2019UNB+UNOW:4+S+R+200101:1200+1\u2019UNH+1+X:D:1:UN\u2019FTX+\u00c9\u2019UNT+3+1\u2019UNZ+1+1\u2019",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeparators, 0, -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"\u00c9"}}},
		},
		{
			name: "Windows-1252 typographic apostrophe 0x92 terminator",
			in:   "UNB+UNOC:3+S+R+200101:1200+1\x92UNH+1+X:D:1:UN\x92FTX+CAF\xc9\x92UNT+3+1\x92UNZ+1+1\x92",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeparators, 0, -1, "", 0}}
			},
			segs: map[int][][]string{2: {{"CAF\u00c9"}}},
		},
		{
			name: "release of every separator and of the release character",
			in:   "UNA:+.?*'UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'FTX+?+?:?'???*X'UNT+3+1'UNZ+1+1'",
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{2: {{"+:'?*X"}}},
		},
		{
			name: "repetition separator in version 4 with UNA position 5",
			in:   "UNA:+.?*'UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F*X:Y'UNT+3+1'UNZ+1+1'",
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{2: {{"2"}, {""}, {"M", "*", "F", "*", "X", "Y"}}},
		},
		{
			name: "repetition separator switched off (PNRGOV)",
			in:   "UNA:+.?*'UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F'UNT+3+1'UNZ+1+1'",
			opts: ReadOptions{NoRepetition: true},
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{2: {{"2"}, {""}, {"M*F"}}},
		},
		{
			name: "no repetition separator in version 3",
			in:   "UNA:+.?*'UNB+UNOA:3+S+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F'UNT+3+1'UNZ+1+1'",
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{2: {{"2"}, {""}, {"M*F"}}},
		},
		{
			name: "no repetition separator when UNA position 5 is a space",
			in:   "UNA:+.? 'UNB+UNOA:4+APIS*ABE+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F'UNT+3+1'UNZ+1+1'",
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{0: {{"UNOA", "4"}, {"APIS*ABE"}, {"R"}, {"200101", "1200"}, {"1"}}, 2: {{"2"}, {""}, {"M*F"}}},
		},
		{
			name: "UNT segment count wrong",
			in:   unb + unh + "BGM+745'UNT+4+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeSegmentCount, at(t, in, "UNT", 1), 3, "UNT", 1}}
			},
		},
		{
			name: "UNT reference wrong",
			in:   unb + unh + "BGM+745'UNT+3+2'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeReference, at(t, in, "UNT", 1), 3, "UNT", 2}}
			},
		},
		{
			name: "UNE count and reference wrong",
			in:   unb + "UNG+PAXLST+S+R+200101:1200+G1+UN+D:05B'" + unh + "UNT+2+1'UNE+2+G2'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				une := at(t, in, "UNE", 1)
				return []diag{
					{Warning, CodeMessageCount, une, 4, "UNE", 1},
					{Warning, CodeReference, une, 4, "UNE", 2},
				}
			},
		},
		{
			name: "UNZ count and reference wrong",
			in:   unb + unh + "UNT+2+1'UNZ+2+REF9'",
			want: func(t *testing.T, in string) []diag {
				unz := at(t, in, "UNZ", 1)
				return []diag{
					{Warning, CodeMessageCount, unz, 3, "UNZ", 1},
					{Warning, CodeReference, unz, 3, "UNZ", 2},
				}
			},
		},
		{
			name: "UNZ counts groups when there are groups",
			in: unb + "UNG+PAXLST+S+R+200101:1200+G1+UN+D:05B'" + unh + "UNT+2+1'" + "UNH+2+PAXLST:D:05B:UN:IATA'UNT+2+2'UNE+2+G1'" +
				"UNG+PAXLST+S+R+200101:1200+G2+UN+D:05B'UNH+3+PAXLST:D:05B:UN:IATA'UNT+2+3'UNE+1+G2'UNZ+3+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeMessageCount, at(t, in, "UNZ", 1), 11, "UNZ", 1}}
			},
		},
		{
			name: "UNT missing before the next UNH",
			in:   unb + unh + "BGM+745'UNH+2+PAXLST:D:05B:UN:IATA'UNT+2+2'UNZ+2+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Error, CodeMissingUNT, at(t, in, "UNH", 2), 3, "UNH", 0}}
			},
		},
		{
			name: "UNT and UNE missing before UNZ",
			in:   unb + "UNG+PAXLST+S+R+200101:1200+G1+UN+D:05B'" + unh + "BGM+745'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				unz := at(t, in, "UNZ", 1)
				return []diag{
					{Error, CodeMissingUNT, unz, 4, "UNZ", 0},
					{Error, CodeMissingUNE, unz, 4, "UNZ", 0},
				}
			},
		},
		{
			name: "UNE without UNG",
			in:   unb + unh + "UNT+2+1'UNE+1+G1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Error, CodeUnexpectedUNE, at(t, in, "UNE", 1), 3, "UNE", 0}}
			},
		},
		{
			name: "segment outside any message",
			in:   unb + "BGM+745'" + unh + "UNT+2+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Error, CodeMissingUNH, at(t, in, "BGM", 1), 1, "BGM", 0}}
			},
		},
		{
			name: "UNZ missing",
			in:   unb + unh + "UNT+2+1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeMissingUNZ, int64(len(in)), -1, "", 0}}
			},
		},
		{
			name: "UNZ missing before the next interchange's UNA",
			in:   unb + unh + "UNT+2+1'" + "UNA:+.? 'UNB+UNOA:4+S2+R2+200101:1200+REF2'UNZ+0+REF2'",
			want: func(t *testing.T, in string) []diag {
				una := at(t, in, "UNA", 1)
				return []diag{
					{Warning, CodeMissingUNZ, una, -1, "", 0},
					{Info, CodeSeveralInterchanges, una, -1, "", 0},
				}
			},
		},
		{
			name: "UNT and UNZ missing before the next UNB",
			in:   unb + unh + "BGM+745'" + "UNB+UNOA:4+S2+R2+200101:1200+REF2'UNZ+0+REF2'",
			want: func(t *testing.T, in string) []diag {
				unb2 := at(t, in, "UNB", 2)
				return []diag{
					{Error, CodeMissingUNT, unb2, 3, "UNB", 0},
					{Warning, CodeMissingUNZ, unb2, 3, "UNB", 0},
					{Info, CodeSeveralInterchanges, unb2, -1, "", 0},
				}
			},
		},
		{
			name: "messages inside and outside groups",
			in: unb + "UNG+PAXLST+S+R+200101:1200+G1+UN+D:05B'" + unh + "UNT+2+1'UNE+1+G1'" +
				"UNH+2+PAXLST:D:05B:UN:IATA'UNT+2+2'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Error, CodeMixedGroups, at(t, in, "UNH", 2), 5, "UNH", 0}}
			},
		},
		{
			name: "interchange without UNB",
			in:   unh + "BGM+745'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				unz := at(t, in, "UNZ", 1)
				return []diag{
					{Error, CodeMissingUNB, 0, 0, "UNH", 0},
					{Warning, CodeReference, unz, 3, "UNZ", 2},
				}
			},
		},
		{
			name: "UNA with five service characters",
			in:   "UNA:+.?'" + unb + unh + "UNT+2+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeUNA, 0, -1, "", 0}}
			},
			segs: map[int][][]string{0: {{"UNOA", "4"}, {"SENDER"}, {"RECIP"}, {"200101", "1200"}, {"REF1"}}},
		},
		{
			name: "UNB mandatory control reference missing",
			in:   "UNB+UNOA:4+S+R+200101:1200'" + unh + "UNT+2+1'UNZ+1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Error, CodeMissingValue, 0, 0, "UNB", 5}}
			},
		},
		{
			name: "UNB date malformed",
			in:   "UNB+UNOA:4+S+R+201399:2500+REF1'" + unh + "UNT+2+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeInvalidValue, 0, 0, "UNB", 4}}
			},
		},
		{
			name: "terminator missing at the end",
			in:   unb + unh + "UNT+2+1'UNZ+1+REF1",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeMissingTerminator, int64(len(in)), 3, "UNZ", 0}}
			},
			segs: map[int][][]string{3: {{"1"}, {"REF1"}}},
		},
		{
			name: "junk after UNZ",
			in:   unb + unh + "UNT+2+1'UNZ+1+REF1'THIS IS JUNK",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeTrailingBytes, at(t, in, "THIS", 1), -1, "", 0}}
			},
		},
		{
			name: "several interchanges in one input",
			in:   unb + unh + "UNT+2+1'UNZ+1+REF1'" + "UNA:+.? 'UNB+UNOA:4+S2+R2+200101:1200+REF2'UNH+1+X:D:1:UN'UNT+2+1'UNZ+1+REF2'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Info, CodeSeveralInterchanges, at(t, in, "UNA", 1), -1, "", 0}}
			},
			segs: map[int][][]string{4: {{"UNOA", "4"}, {"S2"}, {"R2"}, {"200101", "1200"}, {"REF2"}}},
		},
		{
			name: "lower case under UNOA",
			in:   unb + unh + "FTX+AAA+++Free text'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeLowerCase, at(t, in, "ree", 1), 2, "FTX", 0}}
			},
			segs: map[int][][]string{2: {{"AAA"}, {""}, {""}, {"Free text"}}},
		},
		{
			name: "character outside the UNOA repertoire",
			in:   unb + unh + "FTX+AAA+++A#B'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeCharacter, at(t, in, "#", 1), 2, "FTX", 0}}
			},
		},
		{
			name: "UTF-8 letter under UNOA is kept and reported",
			in:   unb + unh + "NAD+FL+++ALI YY\u00c9'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeCharacter, at(t, in, "\u00c9", 1), 2, "NAD", 0}}
			},
			segs: map[int][][]string{2: {{"FL"}, {""}, {""}, {"ALI YY\u00c9"}}},
		},
		{
			name: "DISCOUNT' is not UNT'",
			in:   unb + unh + "FTX+AAA+++DISCOUNT'FTX+UNT'UNT+4+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag { return nil },
			segs: map[int][][]string{2: {{"AAA"}, {""}, {""}, {"DISCOUNT"}}, 3: {{"UNT"}}, 4: {{"4"}, {"1"}}},
		},
		{
			name: "release character before a line break",
			in:   unb + unh + "FTX+AB?\nCD'UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{
					{Warning, CodeDanglingRelease, at(t, in, "?", 1), 2, "FTX", 0},
					{Warning, CodeWrappedLine, at(t, in, "\n", 1), 2, "FTX", 0},
				}
			},
			segs: map[int][][]string{2: {{"ABCD"}}},
		},
		{
			name: "empty segment",
			in:   unb + unh + "BGM+745''UNT+3+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeEmptySegment, at(t, in, "''", 1) + 1, 3, "", 0}}
			},
		},
		{
			name: "malformed tags are reported without their text",
			in:   unb + unh + "bgm+745'BGM:1+2'UNT+4+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				bgm := at(t, in, "BGM:", 1)
				return []diag{
					{Error, CodeBadTag, at(t, in, "bgm", 1), 2, "", 0},
					{Warning, CodeLowerCase, at(t, in, "bgm", 1), 2, "", 0},
					{Error, CodeBadTag, bgm, 3, "", 0},
				}
			},
			segs: map[int][][]string{3: {{"1"}, {"2"}}},
		},
		{
			name: "unknown syntax identifier",
			in:   "UNB+XXXX:4+S+R+200101:1200+REF1'" + unh + "UNT+2+1'UNZ+1+REF1'",
			want: func(t *testing.T, in string) []diag {
				return []diag{{Warning, CodeSyntaxID, 0, 0, "UNB", 1}}
			},
		},
		{
			name: "UNA with a service character used twice",
			in:   "UNA::.? 'UNB:UNOA:4'",
			want: func(t *testing.T, in string) []diag {
				return []diag{
					{Warning, CodeUNA, 0, -1, "", 0},
					{Info, CodeSeparators, 0, -1, "", 0},
					{Error, CodeMissingValue, at(t, in, "UNB", 1), 0, "UNB", 5},
					{Warning, CodeMissingUNZ, int64(len(in)), -1, "", 0},
				}
			},
		},
	}
	runQuirks(t, cases)
}

// runQuirks runs each case in lenient mode, checking its diagnostics and
// segments, and in strict mode, checking that it stops at the first warning
// or error with exactly that diagnostic.
func runQuirks(t *testing.T, cases []quirk) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := c.opts
			segs, diags, err := readAll(t, []byte(c.in), &opts)
			if err != nil {
				t.Fatalf("lenient read failed: %v", err)
			}
			want := c.want(t, c.in)
			if d := cmp.Diff(want, keys(diags)); d != "" {
				t.Errorf("diagnostics (-want +got):\n%s", d)
			}
			for i, vals := range c.segs {
				if i >= len(segs) {
					t.Errorf("segment %d not read (%d segments)", i, len(segs))
					continue
				}
				if d := cmp.Diff(vals, segs[i].Values); d != "" {
					t.Errorf("segment %d (%s) values (-want +got):\n%s", i, segs[i].Tag, d)
				}
			}
			for i, s := range segs {
				if s.Index != i {
					t.Errorf("segment %d has index %d", i, s.Index)
				}
				if i > 0 && s.Off <= segs[i-1].Off {
					t.Errorf("segment %d offset %d not after %d", i, s.Off, segs[i-1].Off)
				}
				if s.Off < 0 || s.Off+3 > int64(len(c.in)) || c.in[s.Off:s.Off+3] != s.Tag && validTag(s.Tag) {
					t.Errorf("segment %d (%s): offset %d does not point at its tag", i, s.Tag, s.Off)
				}
			}

			// Strict mode stops at the first warning or error, with exactly
			// the same diagnostic.
			opts.Strict = true
			_, _, err = readAll(t, []byte(c.in), &opts)
			var first *diag
			for i := range want {
				if want[i].Sev >= Warning {
					first = &want[i]
					break
				}
			}
			if first == nil {
				if err != nil {
					t.Fatalf("strict mode failed on input with only infos: %v", err)
				}
				return
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("strict mode: got %v, want a *SyntaxError", err)
			}
			if d := cmp.Diff(*first, keys([]Diagnostic{se.Diagnostic})[0]); d != "" {
				t.Errorf("strict error (-want +got):\n%s", d)
			}
			if !errors.Is(err, first.Code.Err()) {
				t.Errorf("strict error %v does not match sentinel %v", err, first.Code.Err())
			}
		})
	}
}
