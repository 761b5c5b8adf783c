package edifact_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/openpiu/piu/edifact"
)

// A small synthetic PAXLST: no UNA, line breaks after each segment, and a
// UNT that miscounts, as published guide examples do.
const sample = `UNB+UNOA:4+ZZAIRLINE+CUSTOMS+260620:0900+000000001'
UNH+PAX001+PAXLST:D:05B:UN:IATA+API01+01:F'
BGM+745'
NAD+FL+++SAMPLE:PERSON'
ATT+2++F'
UNT+4+PAX001'
UNZ+1+000000001'
`

// Read streams segments one at a time, service segments included, and
// reports every defect as a diagnostic.
func ExampleReader() {
	r := edifact.NewReader(strings.NewReader(sample), nil)
	for {
		seg, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(seg.Index, seg.Offset, seg.Tag, len(seg.Elements))
	}
	for _, d := range r.Diagnostics() {
		fmt.Println(d)
	}
	// Output:
	// 0 0 UNB 5
	// 1 52 UNH 4
	// 2 96 BGM 1
	// 3 105 NAD 4
	// 4 129 ATT 3
	// 5 139 UNT 2
	// 6 153 UNZ 2
	// info line-breaks: byte 51: line breaks between segments
	// warning segment-count: segment 5 (UNT) at byte 139, element 1: UNT segment count says 4, 5 counted
}

// Parse returns whole interchanges with typed envelopes.
func ExampleParse() {
	doc, err := edifact.Parse([]byte(sample), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	ic := doc.Interchanges[0]
	fmt.Println(ic.Header.Syntax.ID, ic.Header.Sender.ID, ic.Header.Recipient.ID, ic.Header.Prepared, ic.Header.ControlRef)
	for _, m := range ic.AllMessages() {
		fmt.Println(m.Header.Reference, m.Header.ID, m.Header.CommonAccessRef, m.Header.Transfer.Sequence, m.Header.Transfer.Marker)
		for _, s := range m.Segments {
			if s.Is("NAD", "FL") {
				fmt.Println("surname:", s.Value(3, 0))
			}
		}
	}
	fmt.Println(len(doc.Diagnostics), "diagnostics")
	// Output:
	// UNOA ZZAIRLINE CUSTOMS 2026-06-20T09:00 000000001
	// PAX001 PAXLST:D:05B:UN:IATA API01 1 F
	// surname: SAMPLE
	// 2 diagnostics
}

// Strict mode returns the first defect as a *SyntaxError that unwraps to a
// sentinel and carries its position, never the values.
func ExampleParse_strict() {
	_, err := edifact.Parse([]byte(sample), &edifact.ReadOptions{Strict: true})
	var se *edifact.SyntaxError
	if errors.As(err, &se) {
		fmt.Println(errors.Is(err, edifact.ErrControlCount), se.Code, se.Tag, se.Segment, se.Offset)
	}
	// Output:
	// true segment-count UNT 5 139
}

// In zero-copy mode a segment aliases the Reader's buffer and is valid only
// until the next Read; Clone keeps one.
func ExampleNewReader_zeroCopy() {
	r := edifact.NewReader(strings.NewReader(sample), &edifact.ReadOptions{ZeroCopy: true})
	var kept []edifact.Segment
	for {
		seg, err := r.Read()
		if err != nil {
			break
		}
		if seg.Tag == "NAD" {
			kept = append(kept, seg.Clone())
		}
	}
	fmt.Println(kept[0].Element(3).Components)
	// Output:
	// [SAMPLE PERSON]
}

// A UNA can change every separator; the release character makes the next
// character literal, and a syntax version 4 UNA declares a repetition
// separator.
func ExampleNewReader_separators() {
	in := "UNA:+.?*'UNB+UNOA:4+S+R+260620:0900+1'UNH+1+PAXLST:D:05B:UN'" +
		"NAD+FL+++O?'NEILL:ANN?+MARIE'ATT+2++F*M'UNT+4+1'UNZ+1+1'"
	r := edifact.NewReader(strings.NewReader(in), nil)
	for {
		seg, err := r.Read()
		if err != nil {
			break
		}
		switch seg.Tag {
		case "NAD":
			fmt.Println(seg.Element(3).Components)
		case "ATT":
			fmt.Println(seg.Element(2).Components, seg.Element(2).Repetitions)
		}
	}
	// Output:
	// [O'NEILL ANN+MARIE]
	// [F] [[M]]
}

// Values are decoded to UTF-8 by the character set UNB declares.
func ExampleNewReader_charset() {
	in := []byte("UNB+UNOC:3+S+R+260620:0900+1'UNH+1+PAXLST:D:05B:UN'NAD+FL+++M\xdcLLER:J\xd6RG'UNT+3+1'UNZ+1+1'")
	doc, _ := edifact.Parse(in, nil)
	fmt.Println(doc.Interchanges[0].AllMessages()[0].Segments[0].Element(3).Components)
	// Output:
	// [MÜLLER JÖRG]
}

// Limits bound what hostile input can cost; past one, reading stops with
// ErrLimit in every mode.
func ExampleLimits() {
	in := "UNB+UNOA:4+S+R+260620:0900+1'UNH+1+PAXLST:D:05B:UN'FTX+" + strings.Repeat("A", 5000) + "'"
	_, err := edifact.Parse([]byte(in), &edifact.ReadOptions{Limits: edifact.Limits{MaxSegmentSize: 1024}})
	fmt.Println(errors.Is(err, edifact.ErrLimit))
	fmt.Println(err)
	// Output:
	// true
	// edifact: error limit: segment 2 at byte 51: segment longer than the limit
}

// ReadInterchange reads the interchanges of one stream one at a time.
func ExampleReader_ReadInterchange() {
	two := sample + strings.Replace(sample, "000000001", "000000002", 2)
	r := edifact.NewReader(bytes.NewReader([]byte(two)), nil)
	for {
		ic, err := r.ReadInterchange()
		if err != nil {
			break
		}
		fmt.Println(ic.Header.ControlRef, ic.Trailer.ControlRef, len(ic.AllMessages()))
	}
	// Output:
	// 000000001 000000001 1
	// 000000002 000000002 1
}
