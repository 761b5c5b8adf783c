package edifact

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/openpiu/piu/internal/golden"
)

// The UNA defects of real traffic (issue 10) and the inputs of issue 16 item
// 4, each at its exact position, in lenient and strict mode (runQuirks).
// Each input is also a seed of FuzzReader (testdata/fuzz/FuzzReader/una-*).
var unaQuirks = []quirk{
	{
		name: "UNA declares U+2019, body ends segments with ASCII apostrophe, space before UNB",
		in:   "UNA:+.\\*\u2019 UNB+IATA:1+S+R+200101:1200+1'UNH+1+PNRGOV:11:1:IA'LTS+A'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeSeparators, 0, -1, "", 0},
				{Warning, CodeUNA, at(t, in, "\u2019", 1), -1, "", 0},
				{Info, CodeWhiteSpace, at(t, in, " UNB", 1), -1, "", 0},
			}
		},
		segs: map[int][][]string{0: {{"IATA", "1"}, {"S"}, {"R"}, {"200101", "1200"}, {"1"}}, 2: {{"A"}}},
	},
	{
		name: "UNA declares U+2019, body ends segments with ASCII apostrophe, no space",
		in:   "UNA:+.\\*\u2019UNB+IATA:1+S+R+200101:1200+1'UNH+1+PNRGOV:11:1:IA'LTS+A'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeSeparators, 0, -1, "", 0},
				{Warning, CodeUNA, at(t, in, "\u2019", 1), -1, "", 0},
			}
		},
		segs: map[int][][]string{1: {{"1"}, {"PNRGOV", "11", "1", "IA"}}, 4: {{"1"}, {"1"}}},
	},
	{
		name: "UNA declares U+2019 and the body uses it",
		in:   "UNA:+.? \u2019 UNB+UNOW:4+S+R+200101:1200+1\u2019UNH+1+X:D:1:UN\u2019FTX+I'M\u2019UNT+3+1\u2019UNZ+1+1\u2019",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeSeparators, 0, -1, "", 0},
				{Info, CodeWhiteSpace, at(t, in, " UNB", 1), -1, "", 0},
			}
		},
		segs: map[int][][]string{2: {{"I'M"}}},
	},
	{
		name: "spaces and a tab between UNA and UNB",
		in:   "UNA:+.?*' \t UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'UNT+2+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Info, CodeWhiteSpace, at(t, in, " \t", 1), -1, "", 0}}
		},
		segs: map[int][][]string{0: {{"UNOA", "4"}, {"S"}, {"R"}, {"200101", "1200"}, {"1"}}},
	},
	{
		name: "CR LF then a space between UNA and UNB",
		in:   "UNA:+.? '\r\n UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'UNT+2+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeWhiteSpace, at(t, in, "\r\n", 1), -1, "", 0},
				{Info, CodeLineBreaks, at(t, in, "\r\n", 1), -1, "", 0},
			}
		},
	},
	{
		name: "five-character UNA missing its decimal mark keeps released values",
		in:   "UNA:+\\*'UNB+IATA:1+S+R+200101:1200+1'UNH+1+PNRGOV:11:1:IA'LTS+LK \\*1A/E\\* /KE'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Warning, CodeUNA, 0, -1, "", 0},
				{Info, CodeSeparators, 0, -1, "", 0},
			}
		},
		// What the same sender's full UNA (UNA:+.\*') gives.
		segs: map[int][][]string{2: {{"LK *1A/E* /KE"}}},
	},
	{
		name: "five-character UNA missing its decimal mark, version 4 repetition",
		in:   "UNA:+\\*' UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'ATT+2++M*F\\*'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Warning, CodeUNA, 0, -1, "", 0},
				{Info, CodeSeparators, 0, -1, "", 0},
				{Info, CodeWhiteSpace, at(t, in, " UNB", 1), -1, "", 0},
			}
		},
		segs: map[int][][]string{2: {{"2"}, {""}, {"M", "*", "F*"}}},
	},
	{
		name: "segment tag followed by white space",
		in:   unb + "UNG  +PAXLST+S+R+200101:1200+G1+UN+D:05B'" + unh + "UNT+2+1'UNE+1+G1'UNZ+1+REF1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Info, CodeWhiteSpace, at(t, in, "  +", 1), 1, "UNG", 0}}
		},
		segs: map[int][][]string{1: {{"PAXLST"}, {"S"}, {"R"}, {"200101", "1200"}, {"G1"}, {"UN"}, {"D", "05B"}}},
	},
	{
		name: "segment tag followed by white space, element separator *",
		in: "UNA:*.? 'UNB*UNOA:4*S*R*200101:1200*1'UNG *PAXLST*S*R*200101:1200*G1*UN*D:05B'" +
			"UNH*1*PAXLST:D:05B:UN:IATA'UNT*2*1'UNE*1*G1'UNZ*1*1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeSeparators, 0, -1, "", 0},
				{Info, CodeWhiteSpace, at(t, in, " *PAXLST", 1), 1, "UNG", 0},
			}
		},
		segs: map[int][][]string{1: {{"PAXLST"}, {"S"}, {"R"}, {"200101", "1200"}, {"G1"}, {"UN"}, {"D", "05B"}}},
	},
	{
		name: "input holding only a UNA",
		in:   "UNA:+.? '",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Error, CodeMissingUNB, int64(len(in)), -1, "", 0}}
		},
	},
	{
		name: "input holding only a UNA and a line break",
		in:   "UNA:+.? '\r\n",
		want: func(t *testing.T, in string) []diag {
			return []diag{
				{Info, CodeLineBreaks, at(t, in, "\r\n", 1), -1, "", 0},
				{Error, CodeMissingUNB, int64(len(in)), -1, "", 0},
			}
		},
	},
	{
		name: "UTF-8 under UNOC is reported and read as declared",
		in:   "UNB+UNOC:3+S+R+200101:1200+1'UNH+1+X:D:1:UN'NAD+FL+++ALI Y\u00c9\u00e9'NAD+FL+++CAF\xc9'UNT+4+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Warning, CodeCharacter, at(t, in, "\u00c9", 1), 2, "NAD", 0}}
		},
		// Data as sent: the bytes read as ISO 8859-1.
		segs: map[int][][]string{2: {{"FL"}, {""}, {""}, {"ALI Y\u00c3\u0089\u00c3\u00a9"}}, 3: {{"FL"}, {""}, {""}, {"CAF\u00c9"}}},
	},
	{
		name: "UTF-8 under UNOC without a C1 byte",
		in:   "UNB+UNOC:3+S+R+200101:1200+1'UNH+1+X:D:1:UN'NAD+FL+++REN\u00e9'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Warning, CodeCharacter, at(t, in, "\u00e9", 1), 2, "NAD", 0}}
		},
		segs: map[int][][]string{2: {{"FL"}, {""}, {""}, {"REN\u00c3\u00a9"}}},
	},
	{
		name: "C1 control character under UNOC",
		in:   "UNB+UNOC:3+S+R+200101:1200+1'UNH+1+X:D:1:UN'FTX+AAA+++A\x85B'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Warning, CodeCharacter, at(t, in, "\x85", 1), 2, "FTX", 0}}
		},
		segs: map[int][][]string{2: {{"AAA"}, {""}, {""}, {"A\u0085B"}}},
	},
	{
		name: "UTF-8 under UNOB",
		in:   "UNB+UNOB:3+S+R+200101:1200+1'UNH+1+X:D:1:UN'NAD+FL+++Ren\u00e9'UNT+3+1'UNZ+1+1'",
		want: func(t *testing.T, in string) []diag {
			return []diag{{Warning, CodeCharacter, at(t, in, "\u00e9", 1), 2, "NAD", 0}}
		},
		segs: map[int][][]string{2: {{"FL"}, {""}, {""}, {"Ren\u00e9"}}},
	},
}

func TestUNAQuirks(t *testing.T) { runQuirks(t, unaQuirks) }

// TestUNAQuirkSeeds checks that every case of unaQuirks is a FuzzReader seed
// in testdata (written with -update).
func TestUNAQuirkSeeds(t *testing.T) {
	for i, c := range unaQuirks {
		p := filepath.Join("testdata", "fuzz", "FuzzReader", fmt.Sprintf("una-%02d", i))
		golden.Check(t, p, []byte("go test fuzz v1\n[]byte("+strconv.Quote(c.in)+")\n"))
	}
}
