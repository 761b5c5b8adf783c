package edifact

import (
	"strings"
	"testing"
)

// TestWriterRejectsOutsideRepertoire: the Writer is strict where data is
// written (STYLE.md), so it must not write what the Reader then reports as a
// defect: lower case or '#' under UNOA, a line break in any value (level A and
// B have no CR or LF, and the Reader removes line breaks inside segments as
// wrapped lines, so the value would change).
func TestWriterRejectsOutsideRepertoire(t *testing.T) {
	for _, v := range []string{"lower", "A#B", "LINE\nBREAK", "CR\rLF"} {
		ic := &Interchange{
			Header: InterchangeHeader{Syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, Sender: Party{ID: "S"},
				Recipient: Party{ID: "R"}, ControlRef: "1"},
			Messages: []*Message{{Header: MessageHeader{Reference: "1", ID: MessageID{"PAXLST", "D", "05B", "UN", "", "", ""}},
				Segments: []Segment{NewSegment("FTX", E("AAA"), E(), E(), E(v))}}},
		}
		b, err := Marshal(ic, nil)
		if err == nil {
			doc, _ := Parse(b, nil)
			t.Errorf("value %q written under UNOA without error; reading it back gives %d diagnostics: %v",
				v, len(doc.Diagnostics), strings.TrimSpace(string(b)))
		}
	}
}

// TestWriteSegmentCharset: a UNB written with WriteSegment declares the
// character set, yet the segments written after it are not encoded to it:
// under UNOC, "É" goes out as the two UTF-8 bytes and reads back as "Ã\u0089".
func TestWriteSegmentCharset(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	for _, s := range []Segment{
		NewSegment("UNB", E("UNOC", "3"), E("S"), E("R"), E("200101", "1200"), E("1")),
		NewSegment("NAD", E("FL"), E(), E(), E("\u00c9LISE")),
		NewSegment("UNZ", E("0"), E("1")),
	} {
		if err := w.WriteSegment(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	doc, err := Parse([]byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Interchanges[0].Orphans[0].Value(3, 0); got != "\u00c9LISE" {
		t.Errorf("read back %q, want %q", got, "\u00c9LISE")
	}
}
