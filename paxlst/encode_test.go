package paxlst_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// TestEncodeRoundTrip: decode(encode(m)) equals m for every option set.
func TestEncodeRoundTrip(t *testing.T) {
	for _, c := range []struct {
		name string
		opts paxlst.EncodeOptions
	}{
		{"defaults", paxlst.EncodeOptions{}},
		{"line breaks and UNA", paxlst.EncodeOptions{LineBreaks: true, UNA: true}},
		{"other separators", paxlst.EncodeOptions{Separators: edifact.Separators{Component: '^', Element: '|', Decimal: ',',
			Release: '\\', Terminator: '~'}}},
		{"parts of one", paxlst.EncodeOptions{PartSize: 1}},
		{"parts of three", paxlst.EncodeOptions{PartSize: 3}},
		{"part size above the list", paxlst.EncodeOptions{PartSize: 50}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := richMessage()
			data, err := paxlst.Encode(want, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			res, err := paxlst.Decode(data, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Messages) != 1 {
				t.Fatalf("%d lists", len(res.Messages))
			}
			got := res.Messages[0]
			parts := 1
			if c.opts.PartSize > 0 {
				parts = (len(want.Persons) + c.opts.PartSize - 1) / c.opts.PartSize
			}
			if got.Parts != parts {
				t.Errorf("%d parts, want %d", got.Parts, parts)
			}
			if parts > 1 {
				want.Parts, want.Envelope.Header.CommonAccessRef = parts, want.Envelope.Header.Reference
			}
			if d := cmp.Diff(want, got, cmpopts.EquateEmpty(), ignorePositions); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
		})
	}
}

// TestEncodeParts checks the envelope of a split list: one UNH per part with
// 01:C .. NN:F, the header and CNT repeated, counts right.
func TestEncodeParts(t *testing.T) {
	m := bigMessage(5)
	data, err := paxlst.Encode(m, paxlst.EncodeOptions{PartSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := edifact.Parse(data, &edifact.ReadOptions{Strict: true})
	if err != nil {
		t.Fatalf("strict reading of the encoder's output: %v", err)
	}
	var got []string
	for _, msg := range doc.Interchanges[0].AllMessages() {
		h := msg.Header
		nad, cnt, bgm := 0, 0, 0
		for _, s := range msg.Segments {
			switch {
			case s.Is("NAD", "FL"):
				nad++
			case s.Is("CNT", "42"):
				cnt++
			case s.Tag == "BGM":
				bgm++
			}
		}
		got = append(got, strings.Join([]string{h.Reference, h.CommonAccessRef, h.Transfer.Marker,
			string(rune('0' + h.Transfer.Sequence)), string(rune('0' + nad)), string(rune('0' + cnt + bgm))}, " "))
	}
	want := []string{"PAX1 PAX1 C 1 2 2", "PAX1-2 PAX1 C 2 2 2", "PAX1-3 PAX1 F 3 1 2"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("parts (-want +got):\n%s", d)
	}
}

// TestEncodeDates: two-digit years where they read back the same, four
// digits (formats 102, 203, 204) where they would not.
func TestEncodeDates(t *testing.T) {
	data, err := paxlst.Encode(richMessage(), paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DTM+329:18901231:102'", "DTM+329:000229'", "DTM+36:300101'", "DTM+182:200101'",
		"DTM+189:2403010605:201'", "DTM+189:21240301100007:204'", "RFF+TN:TX?'1?+2?:3??:::2'"} {
		if !bytes.Contains(data, []byte(want+"\n")) {
			t.Errorf("output lacks %s", want)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	m := bigMessage(1)
	m.Persons[0].Role = ""
	if _, err := paxlst.Encode(m, paxlst.EncodeOptions{}); !errors.Is(err, paxlst.ErrEncode) || !strings.Contains(err.Error(), "persons[0]") {
		t.Errorf("no role: %v", err)
	}
	// No set holds a line break in a value: the error names the position,
	// never the value.
	m = bigMessage(1)
	m.Persons[0].Surname = "SECR\nET"
	_, err := paxlst.Encode(m, paxlst.EncodeOptions{})
	if !errors.Is(err, paxlst.ErrEncode) || !errors.Is(err, edifact.ErrCharacter) || strings.Contains(err.Error(), "SECR") {
		t.Errorf("line break in a value: %v", err)
	}
	if _, err := paxlst.Encode(bigMessage(1), paxlst.EncodeOptions{Separators: edifact.Separators{Component: ':', Element: ':', Terminator: '\''}}); err == nil {
		t.Error("clashing separators accepted")
	}
}

// TestEncodeEmpty: an empty model still makes a valid interchange with the
// defaults, which decodes to the same empty list.
func TestEncodeEmpty(t *testing.T) {
	data, err := paxlst.Encode(&paxlst.Message{}, paxlst.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const want = "UNB+UNOA:4++++1'UNH+1+PAXLST:D:05B:UN:IATA'BGM'UNT+3+1'UNZ+1+1'"
	if string(data) != want {
		t.Errorf("got  %s\nwant %s", data, want)
	}
}

// TestEncodeRaisesRepertoire: values outside the declared repertoire are
// written under the first set that holds them, which UNB then declares, and
// read back the same.
func TestEncodeRaisesRepertoire(t *testing.T) {
	for _, c := range []struct{ declared, surname, want string }{
		{"UNOA", "SURNAME", "UNOA"},
		{"UNOA", "Surname", "UNOB"},
		{"UNOA", "SECRÉT", "UNOC"},
		{"IATA", "Surname", "IATB"},
		{"UNOC", "SECRÉT", "UNOC"},
		{"UNOC", "ЖУКОВ", "UNOW"},
		{"UNOE", "ЖУКОВ", "UNOE"},
	} {
		m := bigMessage(1)
		m.Envelope.Interchange.Syntax.ID = c.declared
		m.Persons[0].Surname = c.surname
		out, err := paxlst.Encode(m, paxlst.EncodeOptions{})
		if err != nil {
			t.Errorf("%s %s: %v", c.declared, c.surname, err)
			continue
		}
		back, _ := decode1(t, out)
		if got := back.Envelope.Interchange.Syntax.ID; got != c.want {
			t.Errorf("%s %s: written under %s, want %s", c.declared, c.surname, got, c.want)
		}
		if back.Persons[0].Surname != c.surname {
			t.Errorf("%s %s: read back %q", c.declared, c.surname, back.Persons[0].Surname)
		}
	}
}
