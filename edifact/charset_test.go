package edifact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCharsets decodes one characteristic byte of each character set. The
// expected characters come from the published tables of ISO 8859 parts 1 to
// 15 (not from golang.org/x/text), so a wrong table would be caught.
func TestCharsets(t *testing.T) {
	cases := []struct {
		id    string
		value string // bytes as sent
		want  string // UTF-8
		diags []Code // diagnostics of the FTX segment
	}{
		{"UNOC", "\xe9", "\u00e9", nil},                           // e acute
		{"UNOD", "\xb1", "\u0105", nil},                           // a ogonek
		{"UNOE", "\xb0", "\u0410", nil},                           // Cyrillic A
		{"UNOF", "\xc1", "\u0391", nil},                           // Greek Alpha
		{"UNOG", "\xa6", "\u0124", nil},                           // H circumflex
		{"UNOH", "\xa1", "\u0104", nil},                           // A ogonek
		{"UNOI", "\xc7", "\u0627", nil},                           // Arabic alef
		{"UNOJ", "\xe0", "\u05d0", nil},                           // Hebrew alef
		{"UNOK", "\xd0", "\u011e", nil},                           // G breve
		{"UNOL", "\xa4", "\u20ac", nil},                           // euro sign
		{"UNOC", "M\xdcLLER", "M\u00dcLLER", nil},                 // in the middle of a value
		{"UNOW", "\u00e9\u0416\u05d0", "\u00e9\u0416\u05d0", nil}, // UTF-8 as sent
		{"UNOY", "\u4e2d", "\u4e2d", nil},
		{"UNOB", "Free text", "Free text", nil}, // level B has lower case
		{"IATA", "ABC 123", "ABC 123", nil},
		{"IATA", "Abc", "Abc", []Code{CodeLowerCase}},     // IATA is upper case only
		{"UNOA", "A@B", "A@B", []Code{CodeCharacter}},     // @ is not in level A
		{"UNOI", "\xa1", "\u00a1", []Code{CodeCharacter}}, // unassigned in 8859-6: kept as Latin-1
		{"UNOW", "\xff", "\u00ff", []Code{CodeCharacter}}, // not UTF-8: kept as Latin-1
		{"UNOA", "\xc9", "\u00c9", []Code{CodeCharacter}}, // 8-bit under level A: kept, reported
	}
	for _, c := range cases {
		t.Run(c.id+" "+c.want, func(t *testing.T) {
			in := "UNB+" + c.id + ":3+S+R+200101:1200+1'UNH+1+X:D:1:UN'FTX+AAA+++" + c.value + "'UNT+3+1'UNZ+1+1'"
			segs, diags, err := readAll(t, []byte(in), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff([][]string{{"AAA"}, {""}, {""}, {c.want}}, segs[2].Values); d != "" {
				t.Errorf("FTX values (-want +got):\n%s", d)
			}
			var got []Code
			for _, d := range diags {
				if d.Segment != 2 {
					t.Errorf("unexpected diagnostic outside FTX: %v", d)
					continue
				}
				got = append(got, d.Code)
			}
			if d := cmp.Diff(c.diags, got); d != "" {
				t.Errorf("diagnostics (-want +got):\n%s", d)
			}
		})
	}
}

// TestCharsetTable checks lookupCharset for every identifier the digest names.
func TestCharsetTable(t *testing.T) {
	for _, id := range []string{"UNOA", "UNOB", "UNOC", "UNOD", "UNOE", "UNOF", "UNOG", "UNOH", "UNOI", "UNOJ", "UNOK", "UNOL", "UNOW", "UNOY", "IATA", "IATB"} {
		cs := lookupCharset(id)
		if cs == nil || cs.ID != id || cs.Description == "" {
			t.Errorf("lookupCharset(%q) = %+v", id, cs)
		}
	}
	if cs := lookupCharset("SIRE"); cs != nil {
		t.Errorf("lookupCharset(SIRE) = %+v, want nil (read as unknown)", cs)
	}
}
