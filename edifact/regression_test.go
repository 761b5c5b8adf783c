package edifact

import (
	"errors"
	"strings"
	"testing"
)

// Regressions found by the paxlst, cusres and pnrgov fuzzers and tests.

func TestWhiteSpaceOnly(t *testing.T) {
	for _, n := range []int{1, 63, 64, 65, 200 << 10} {
		_, err := Parse([]byte(strings.Repeat(" ", n)), nil)
		if !errors.Is(err, ErrNotEDIFACT) {
			t.Errorf("%d spaces: err = %v, want ErrNotEDIFACT", n, err)
		}
	}
}

func TestByte92InsideUTF8IsNotATerminator(t *testing.T) {
	doc, err := Parse([]byte("UNB+0Ò++++1'UNH+1+CUSRES'BGM'UNT+3+1'UNZ+1+1'"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(doc.Interchanges[0].AllMessages()); got != 1 {
		t.Errorf("got %d messages, want 1; diagnostics %v", got, doc.Diagnostics)
	}
	if got := doc.Interchanges[0].Header.Syntax.ID; got != "0Ò" {
		t.Errorf("syntax id = %q", got)
	}
}

func TestEmptyUNBKeepsDefaultSeparators(t *testing.T) {
	doc, err := Parse([]byte("UNB'UNH+1+PNRGOV'MSG'UNT+3+1'UNZ+1'"), nil)
	if err != nil {
		t.Fatal(err)
	}
	ic := doc.Interchanges[0]
	if len(ic.AllMessages()) != 1 || len(ic.Orphans) != 0 {
		t.Errorf("messages %d, orphans %d: %v", len(ic.AllMessages()), len(ic.Orphans), doc.Diagnostics)
	}
}

func TestAssembleHugeSequence(t *testing.T) {
	doc, err := Parse([]byte("UNB+UNOC:4+S+R+200506:1700+1'UNH+M2+PAXLST:D:05B:UN+L+2005061500'BGM+745'UNT+3+M2'UNZ+1+1'"), nil)
	if err != nil {
		t.Fatal(err)
	}
	asm, diags := Assemble(doc.Interchanges[0].AllMessages())
	if len(asm) != 1 || len(asm[0].Missing) != 0 || !asm[0].Complete {
		t.Errorf("assembly = %+v", asm)
	}
	if len(diags) != 1 || diags[0].Code != CodeInvalidValue || diags[0].Tag != "UNH" {
		t.Errorf("diagnostics = %v", diags)
	}
}

func TestCloneKeepsNil(t *testing.T) {
	s := Segment{Tag: "X", Elements: []Element{{}}}
	if c := s.Clone(); c.Elements[0].Components != nil {
		t.Errorf("Clone made nil Components non-nil")
	}
}
