package edifact

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// partsInterchange writes one interchange holding the given parts of the
// multi-part message "LIST1" (sequence and marker each), reads it back and
// returns its messages, so parts carry real positions.
func partsInterchange(t *testing.T, parts ...Transfer) []*Message {
	t.Helper()
	ic := &Interchange{Header: InterchangeHeader{Syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, ControlRef: "1"}}
	for i, p := range parts {
		p := p
		ic.Messages = append(ic.Messages, &Message{
			Header:   MessageHeader{Reference: fmt.Sprint(i + 1), ID: MessageID{"PAXLST", "D", "05B", "UN", "IATA", "", ""}, CommonAccessRef: "LIST1", Transfer: &p},
			Segments: []Segment{NewSegment("BGM", E("745"))},
		})
	}
	data, err := Marshal(ic, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Interchanges[0].AllMessages()
}

func TestAssemble(t *testing.T) {
	type result struct {
		Order    []int
		Missing  []int
		Final    bool
		Complete bool
		Codes    []Code
	}
	for _, tc := range []struct {
		name  string
		parts []Transfer
		want  result
	}{
		{"whole", []Transfer{{1, "F"}}, result{[]int{1}, nil, true, true, nil}},
		{"in order", []Transfer{{1, "C"}, {2, "C"}, {3, "F"}}, result{[]int{1, 2, 3}, nil, true, true, nil}},
		{"out of order", []Transfer{{3, "F"}, {1, "C"}, {2, "C"}}, result{[]int{1, 2, 3}, nil, true, true, nil}},
		{"gap", []Transfer{{1, "C"}, {3, "F"}}, result{[]int{1, 3}, []int{2}, true, false, []Code{CodePartMissing}}},
		{"no final", []Transfer{{1, "C"}, {2, "C"}}, result{[]int{1, 2}, nil, false, false, []Code{CodeFinalMissing}}},
		{"no markers", []Transfer{{1, ""}}, result{[]int{1}, nil, true, true, nil}},
		{"duplicate", []Transfer{{1, "C"}, {1, "C"}, {2, "F"}}, result{[]int{1, 1, 2}, nil, true, true, []Code{CodePartDuplicate}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msgs := partsInterchange(t, tc.parts...)
			asm, diags := Assemble(msgs)
			if len(asm) != 1 {
				t.Fatalf("got %d assemblies", len(asm))
			}
			a := asm[0]
			got := result{Missing: a.Missing, Final: a.Final, Complete: a.Complete}
			for _, p := range a.Parts {
				got.Order = append(got.Order, p.Header.Transfer.Sequence)
			}
			for _, d := range diags {
				got.Codes = append(got.Codes, d.Code)
				if d.Tag != "UNH" || d.Segment < 0 {
					t.Errorf("diagnostic not positioned at a UNH: %v", d)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssembleSeparatesMessages(t *testing.T) {
	a := &Message{Header: MessageHeader{ID: MessageID{Type: "PAXLST"}}}
	b := &Message{Header: MessageHeader{ID: MessageID{Type: "PAXLST"}, CommonAccessRef: "X", Transfer: &Transfer{1, "C"}}}
	c := &Message{Header: MessageHeader{ID: MessageID{Type: "CUSRES"}, CommonAccessRef: "X", Transfer: &Transfer{2, "F"}}}
	asm, _ := Assemble([]*Message{a, b, c})
	if len(asm) != 3 {
		t.Fatalf("got %d assemblies, want 3 (types differ, one whole message)", len(asm))
	}
}

func ExampleAssemble() {
	data := []byte("UNB+UNOA:4+AIR+PIU+261125:0900+1'" +
		"UNH+2+PAXLST:D:05B:UN:IATA+LIST7+02:F'BGM+745'UNT+3+2'" +
		"UNH+1+PAXLST:D:05B:UN:IATA+LIST7+01:C'BGM+745'UNT+3+1'" +
		"UNZ+2+1'")
	doc, _ := Parse(data, nil)
	asm, diags := Assemble(doc.Interchanges[0].AllMessages())
	for _, a := range asm {
		fmt.Println(a.Reference, len(a.Parts), "parts, complete:", a.Complete)
		for _, p := range a.Parts {
			fmt.Println(" part", p.Header.Transfer.Sequence, p.Header.Transfer.Marker)
		}
	}
	fmt.Println(len(diags), "diagnostics")
	// Output:
	// LIST7 2 parts, complete: true
	//  part 1 C
	//  part 2 F
	// 0 diagnostics
}
