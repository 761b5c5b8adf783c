package edifact

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
)

// sampleInterchange builds a small PAXLST-like interchange with a group, two
// messages and values that need releasing.
func sampleInterchange() *Interchange {
	msg := func(ref string) *Message {
		return &Message{
			Header: MessageHeader{Reference: ref, ID: MessageID{"PAXLST", "D", "05B", "UN", "IATA", "", ""},
				CommonAccessRef: "API01", Transfer: &Transfer{Sequence: 1, Marker: "F"}},
			Segments: []Segment{
				NewSegment("BGM", E("745")),
				NewSegment("NAD", E("FL"), E(), E(), E("O'NEIL", "JOHN?", "A+B:C")),
				NewSegment("FTX", E("AAI"), E(), E(), E("NOTE")),
			},
		}
	}
	return &Interchange{
		Header: InterchangeHeader{
			Syntax:     SyntaxIdentifier{ID: "UNOA", Version: "4"},
			Sender:     Party{ID: "AIRLINE", Qualifier: "ZZ"},
			Recipient:  Party{ID: "PIU"},
			Prepared:   civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 25}, Hour: 9, Minute: 5},
			ControlRef: "42",
		},
		Groups: []*Group{{
			Header:   GroupHeader{ID: "PAXLST", Sender: Party{ID: "AIRLINE"}, Recipient: Party{ID: "PIU"}, Reference: "7", Agency: "UN", Version: "D:05B"},
			Messages: []*Message{msg("1"), msg("2")},
		}},
	}
}

func TestWriteInterchange(t *testing.T) {
	got, err := Marshal(sampleInterchange(), &Writer{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	want := `UNB+UNOA:4+AIRLINE:ZZ+PIU+261125:0905+42'
UNG+PAXLST+AIRLINE+PIU++7+UN+D:05B'
UNH+1+PAXLST:D:05B:UN:IATA+API01+01:F'
BGM+745'
NAD+FL+++O?'NEIL:JOHN??:A?+B?:C'
FTX+AAI+++NOTE'
UNT+5+1'
UNH+2+PAXLST:D:05B:UN:IATA+API01+01:F'
BGM+745'
NAD+FL+++O?'NEIL:JOHN??:A?+B?:C'
FTX+AAI+++NOTE'
UNT+5+2'
UNE+2+7'
UNZ+1+42'
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Marshal mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteReadRoundTrip writes with several separator sets and reads back:
// the typed envelope and every segment value must survive, and the reader must
// find no defect in what the writer wrote.
func TestWriteReadRoundTrip(t *testing.T) {
	seps := map[string]Separators{
		"default":   DefaultSeparators,
		"changed":   {Component: '(', Element: '.', Decimal: ',', Release: '\\', Terminator: '-'},
		"repeating": {Component: ':', Element: '+', Decimal: '.', Release: '?', Repetition: '*', Terminator: '\''},
	}
	for name, sep := range seps {
		t.Run(name, func(t *testing.T) {
			ic := sampleInterchange()
			if sep.Repetition != 0 {
				m := ic.Groups[0].Messages[0]
				m.Segments = append(m.Segments, Segment{Tag: "ATT", Elements: []Element{
					E("2"), E(), {Components: []string{"M"}, Repetitions: [][]string{{"F*"}, {"X"}}}}})
			}
			data, err := Marshal(ic, &Writer{Separators: sep})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(data, &ReadOptions{Strict: true})
			if err != nil {
				t.Fatalf("strict read of written data: %v\n%s", err, data)
			}
			for _, d := range doc.Diagnostics {
				if d.Severity > Info {
					t.Errorf("diagnostic on written data: %v", d)
				}
			}
			if len(doc.Interchanges) != 1 {
				t.Fatalf("got %d interchanges", len(doc.Interchanges))
			}
			got := doc.Interchanges[0]
			if got.Header.ControlRef != "42" || got.Header.Prepared != ic.Header.Prepared || got.Header.Sender != ic.Header.Sender {
				t.Errorf("header = %+v", got.Header)
			}
			for i, m := range got.AllMessages() {
				want := ic.AllMessages()[i]
				if diff := cmp.Diff(values(want.Segments), values(m.Segments)); diff != "" {
					t.Errorf("message %d segments (-want +got):\n%s", i, diff)
				}
				if m.Trailer == nil || m.Trailer.Count != len(want.Segments)+2 {
					t.Errorf("message %d trailer = %+v", i, m.Trailer)
				}
			}
		})
	}
}

// values strips positions so segments compare by content.
func values(segs []Segment) []Segment {
	out := make([]Segment, len(segs))
	for i, s := range segs {
		out[i] = Segment{Tag: s.Tag, Elements: s.Elements}
		for j := len(out[i].Elements); j > 0 && out[i].Elements[j-1].Empty(); j-- {
			out[i].Elements = out[i].Elements[:j-1]
		}
		for j, e := range out[i].Elements {
			c := e.Components
			for len(c) > 0 && c[len(c)-1] == "" {
				c = c[:len(c)-1]
			}
			if len(c) == 0 {
				c = nil
			}
			out[i].Elements[j].Components = c
		}
	}
	return out
}

func TestWriterUNA(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    Writer
		want string
	}{
		{"defaults need no UNA", Writer{}, "UNB+UNOA:4+AIRLINE:ZZ+PIU+261125:0905+42'"},
		{"forced", Writer{UNA: true}, "UNA:+.? 'UNB+"},
		{"changed", Writer{Separators: Separators{'(', '.', ',', '\\', 0, '-'}}, "UNA(.,\\ -UNB.UNOA(4.AIRLINE(ZZ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.w
			got, err := Marshal(sampleInterchange(), &w)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(got), tc.want) {
				t.Errorf("got %.60q, want prefix %q", got, tc.want)
			}
		})
	}
}

func TestWriterCharset(t *testing.T) {
	ic := sampleInterchange()
	ic.Header.Syntax.ID = "UNOC"
	ic.Groups[0].Messages[0].Segments[1] = NewSegment("NAD", E("FL"), E(), E(), E("MÜLLER", "JOSÉ"))
	data, err := Marshal(ic, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("M\xdcLLER:JOS\xc9")) {
		t.Errorf("UNOC output does not hold Latin-1 bytes: %q", data)
	}
	doc, err := Parse(data, &ReadOptions{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Interchanges[0].AllMessages()[0].Segments[1].Value(3, 0); got != "MÜLLER" {
		t.Errorf("read back %q", got)
	}

	ic.Header.Syntax.ID = "UNOA"
	ic.Groups[0].Messages[0].Segments[1] = NewSegment("NAD", E("FL"), E(), E(), E("ИВАНОВ"))
	_, err = Marshal(ic, nil)
	if !errors.Is(err, ErrCharacter) {
		t.Fatalf("err = %v, want ErrCharacter", err)
	}
	if strings.Contains(err.Error(), "ИВАНОВ") {
		t.Errorf("error text carries the value: %v", err)
	}
}

func TestWriterErrors(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	if err := w.WriteSegment(NewSegment("bad tag")); !errors.Is(err, ErrSegment) {
		t.Errorf("bad tag: err = %v", err)
	}
	w = NewWriter(&b)
	if err := w.WriteSegment(NewSegment("UNA")); !errors.Is(err, ErrSegment) {
		t.Errorf("segment tagged UNA: err = %v", err)
	}
	w = NewWriter(&b)
	w.Separators = Separators{Component: ':', Element: '+', Decimal: '.', Terminator: '\''}
	if err := w.WriteSegment(NewSegment("FTX", E("A+B"))); !errors.Is(err, ErrSegment) {
		t.Errorf("separator without release: err = %v", err)
	}
	w = NewWriter(&b)
	w.Separators = Separators{Component: ':', Element: ':', Terminator: '\''}
	if err := w.WriteInterchange(sampleInterchange()); !errors.Is(err, ErrUNA) {
		t.Errorf("clashing separators: err = %v", err)
	}
}

func TestSegmentString(t *testing.T) {
	s := NewSegment("FTX", E("AAI"), E(), E(), E("50% OFF?", "A'B"), E(), E())
	if got, want := s.String(), "FTX+AAI+++50% OFF??:A?'B'"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestDateElementRoundTrip: whatever date a header carries, ParseDateTime
// reads back what dateElement wrote (a fuzz run found year 1 written as 01,
// which reads as 2001).
func TestDateElementRoundTrip(t *testing.T) {
	for _, want := range []civil.DateTime{
		{Date: civil.Date{Year: 2026, Month: time.November, Day: 26}, Hour: 4, Minute: 30},
		{Date: civil.Date{Year: 1950, Month: time.January, Day: 1}},
		{Date: civil.Date{Year: 2049, Month: time.December, Day: 31}, Hour: 23, Minute: 59},
		{Date: civil.Date{Year: 1949, Month: time.December, Day: 31}},
		{Date: civil.Date{Year: 2050, Month: time.January, Day: 1}},
		{Date: civil.Date{Year: 1, Month: time.January, Day: 1}},
		{Date: civil.Date{Year: 9999, Month: time.December, Day: 31}},
		{Date: civil.Date{Year: 2026, Month: time.February, Day: 28}, Hour: 12, Minute: 0, Second: 7},
	} {
		e := dateElement(want)
		got, ok := ParseDateTime(e.Value(0), e.Value(1))
		if !ok || got != want {
			t.Errorf("%v written as %q:%q, read back as %v (ok %v)", want, e.Value(0), e.Value(1), got, ok)
		}
	}
}
