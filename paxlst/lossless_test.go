package paxlst_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// extraCorpus are synthetic lists whose recognised segments carry values
// beyond the typed fields: code-list qualifiers, NAD C058, TDT transport
// mode and means, repetitions (syntax version 4, '*'), stray components.
var extraCorpus = map[string][]byte{
	"brief": interchange("UNA:+.?*'", "BGM+745+CP+9:X'RFF+TN:T1:x:y:2:z'NAD+MS+ID1:9+LINE1*LINE2+OPS:DESK+ST+CITY+R+PC+USA'COM+1:TE:Q*2:FX+3:EM'"+
		"TDT+11+XX100+4:AIR+6+LOCK:172:5:NAME+XX:1+7'LOC+125+AAA:163:5'DTM+189:2005061200:201:X'LOC+87+BBB'DTM+232:2005061500:201'LOC+130+CCC:1'LOC+ZZ+DDD::9'"+
		"NAD+VW+0000041153:109+LINE A:LINE B+AOMAD:CHRIS::::1+STREET:2+CITY+VA:163:5+20190+USA:X'ATT+2+Z+M:1:2'DTM+329:800101:101'"+
		"MEA+CT+X+:2:9'MEA+WT++KGM:20:1'GEI+4+173:95'FTX+BAG+1++T1:2:9+TXT'LOC+22+JFK:163'LOC+174+US::5'LOC+178+AAA:1'LOC+179+BBB:1'LOC+180+X:1::NAME:Q'"+
		"COM+555:TE:9'EMP+1+CR1:110:111:Z'NAT+2+US::5'RFF+AVF:ABC:1'RFF+ZZZ:V:1'RFF+YYY:W::5'"+
		"DOC+P:110:111:Q+N1:1*N2'DTM+36:300101:101:9'LOC+91+VA:163'DTM+182:200101'CNT+42:1:X'"),
	"empty-mapped": interchange("", header+"NAD+FL+++A:B'LOC+174+:5'GEI+4+:1'MEA+CT+X'DTM+329::102+X'DOC+P'LOC+91+:163'"),
	"duplicates":   interchange("", header+"NAD+FL+++A:B'NAT+2+USA:1'NAT+2+USA:2'LOC+174+:5'LOC+174+:5'CNT+42:1'"),
	"parts": interchange("", "@PAXLST:D:05B:UN:IATA+CAR+01:C@"+header[:8]+"RFF+TN:T:::1:X'"+header[8:]+"NAD+FL+++A:B::::1'CNT+42:2:9'",
		"@PAXLST:D:05B:UN:IATA+CAR+02:F@"+header[:8]+"RFF+TN:T:::1:X'"+header[8:]+"NAD+FL+++C:D::::1'CNT+42:2:9'"),
}

// posKey is one non-empty position of a recognised PAXLST segment: COM
// contacts are flattened, as the model holds them.
type posKey struct {
	Tag, Qual string
	E, C, R   int
}

var recognised = map[string]bool{"BGM": true, "RFF": true, "NAD": true, "COM": true, "TDT": true, "LOC": true,
	"DTM": true, "ATT": true, "MEA": true, "GEI": true, "FTX": true, "NAT": true, "EMP": true, "DOC": true, "CNT": true}

// positions counts the non-empty positions of the recognised segments of
// the PAXLST messages of data.
func positions(t *testing.T, data []byte) map[posKey]int {
	t.Helper()
	out := map[posKey]int{}
	r := edifact.NewReader(bytes.NewReader(data), nil)
	inPAXLST := false
	for {
		s, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("reading: %v", err)
		}
		switch {
		case s.Tag == "UNH":
			inPAXLST = s.Value(1, 0) == "PAXLST"
			continue
		case !inPAXLST || !recognised[s.Tag]:
			continue
		}
		q := s.Value(0, 0)
		seg := map[posKey]int{}
		for e, el := range s.Elements {
			occ := append([][]string{el.Components}, el.Repetitions...)
			for r, comps := range occ {
				for c, v := range comps {
					if v == "" {
						continue
					}
					k := posKey{s.Tag, q, e, c, r}
					if s.Tag == "COM" {
						k = posKey{Tag: "COM", C: c}
					}
					if s.Tag == "DTM" && e == 0 && c == 2 {
						continue // 2379 says how the date is written; the model holds the date
					}
					if s.Tag == "MEA" && e == 2 && c == 0 && v != "" && s.Value(2, 1) == "" {
						k.C = 1 // a value sent in the unit component is written back as the value
					}
					seg[k]++
				}
			}
		}
		// A segment with nothing but its qualifier (LOC+174+, DTM+36:)
		// carries no value: the decoder reports it as missing data.
		if _, only := seg[posKey{s.Tag, q, 0, 0, 0}]; only && len(seg) == 1 && s.Tag != "COM" {
			continue
		}
		for k, n := range seg {
			out[k] += n
		}
	}
}

// TestLossless: every non-empty position of every recognised segment of the
// input is written again by the encoder from the decoded model, which
// holds nothing but what the decoder kept; so no value is dropped. Run over
// the shared samples and the synthetic corpus.
func TestLossless(t *testing.T) {
	inputs := map[string][]byte{}
	for name, b := range extraCorpus {
		inputs[name] = b
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "rich.edi")); err == nil {
		inputs["rich.edi"] = b
	}
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "edifact", "paxlst", "*.edi"))
		if len(files) == 0 {
			t.Fatalf("no PAXLST samples under %s", dir)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inputs[filepath.Base(f)] = b
		}
	} else {
		t.Log("PIU_TESTDATA not set: shared samples skipped, synthetic corpus only")
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			res, err := paxlst.Decode(data, nil)
			if err != nil {
				t.Fatal(err)
			}
			var out []byte
			for _, m := range res.Messages {
				b, err := paxlst.Encode(m, paxlst.EncodeOptions{UNA: true, Separators: sepsOf(data)})
				if err != nil {
					// A value outside the declared repertoire (lower case in
					// UNOA): encode under UNOC, which holds it.
					c := *m
					c.Envelope.Interchange.Syntax.ID = "UNOC"
					b, err = paxlst.Encode(&c, paxlst.EncodeOptions{UNA: true, Separators: sepsOf(data)})
				}
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, b...)
			}
			in, got := positions(t, data), positions(t, out)
			var lost []string
			for k, n := range in {
				if got[k] < n && !(len(res.Messages) > 0 && res.Messages[0].Parts > 1) {
					lost = append(lost, fmt.Sprintf("%s+%s element %d component %d repetition %d (%d of %d)", k.Tag, k.Qual, k.E+1, k.C+1, k.R, got[k], n))
				} else if got[k] == 0 {
					lost = append(lost, fmt.Sprintf("%s+%s element %d component %d repetition %d", k.Tag, k.Qual, k.E+1, k.C+1, k.R))
				}
			}
			sort.Strings(lost)
			if len(lost) > 0 {
				t.Errorf("positions not held by the model:\n%v", lost)
			}
		})
	}
}

// sepsOf returns the separators an input declares, so that repetitions
// survive re-encoding (the default set has none).
func sepsOf(data []byte) edifact.Separators {
	s := edifact.Separators{Component: ':', Element: '+', Decimal: '.', Release: '?', Repetition: '*', Terminator: '\''}
	if bytes.HasPrefix(data, []byte("UNA")) && len(data) >= 9 {
		s = edifact.Separators{Component: data[3], Element: data[4], Decimal: data[5], Release: data[6], Repetition: data[7], Terminator: data[8]}
		if s.Repetition == ' ' {
			s.Repetition = 0 // a space says there is none
		}
	}
	return s
}

// TestDecodeExtra checks the extra values of the examples in the brief and
// that they survive an encode → decode round trip.
func TestDecodeExtra(t *testing.T) {
	m, _ := decode1(t, interchange("UNA:+.?*'", header[:len(header)-len("TDT+20+XX100+++XX'LOC+125+AAA'DTM+189:2005061200:201'LOC+87+BBB'DTM+232:2005061500:201'")]+
		"TDT+11++++LOCK:172'NAD+VW+0000041153:109++AOMAD:CHRIS::::1+LINE+CITY+VA:163:5+20190'"+
		"NAT+2+US::5'COM+1:TE*2:EM'DOC+P+N1'LOC+91+VA:163'"))
	leg := m.Flights[0]
	if d := cmp.Diff([]paxlst.ExtraValue(nil), leg.Extra); d != "" {
		t.Errorf("leg extra (-want +got):\n%s", d)
	}
	if leg.Stage != "11" || leg.Carrier != "LOCK" || leg.CarrierCodeList != "172" {
		t.Errorf("leg %+v", leg)
	}
	res, err := paxlst.Decode(extraCorpus["brief"], nil)
	if err != nil {
		t.Fatal(err)
	}
	b := res.Messages[0]
	if l := b.Flights[0]; l.TransportMode != "4" || l.Departure.CodeList != "163" || l.Departure.Agency != "5" ||
		l.Places[1].Agency != "9" {
		t.Errorf("typed leg values: %+v", l)
	}
	if d := cmp.Diff([]string{"LINE A", "LINE B"}, b.Persons[0].Address.Lines); d != "" {
		t.Errorf("NAD C058 lines (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]paxlst.ExtraValue{
		{Segment: "DTM", Qualifier: "189", Element: 1, Component: 4, Value: "X"},
		{Segment: "TDT", Element: 3, Component: 2, Value: "AIR"},
		{Segment: "TDT", Element: 4, Component: 1, Value: "6"},
		{Segment: "TDT", Element: 5, Component: 3, Value: "5"},
		{Segment: "TDT", Element: 5, Component: 4, Value: "NAME"},
		{Segment: "TDT", Element: 6, Component: 1, Value: "XX"},
		{Segment: "TDT", Element: 6, Component: 2, Value: "1"},
		{Segment: "TDT", Element: 7, Component: 1, Value: "7"},
	}, b.Flights[0].Extra); d != "" {
		t.Errorf("TDT extra (-want +got):\n%s", d)
	}
	p := m.Persons[0]
	want := []paxlst.ExtraValue{
		{Segment: "NAD", Qualifier: "VW", Element: 2, Component: 2, Value: "109"},
		{Segment: "NAD", Qualifier: "VW", Element: 7, Component: 2, Value: "163"},
		{Segment: "NAD", Qualifier: "VW", Element: 7, Component: 3, Value: "5"},
		{Segment: "NAT", Qualifier: "2", Element: 2, Component: 3, Value: "5"},
	}
	if d := cmp.Diff(want, p.Extra); d != "" {
		t.Errorf("person extra (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]paxlst.Contact{{"1", "TE"}, {"2", "EM"}}, p.Contacts); d != "" {
		t.Errorf("COM repetitions (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]paxlst.ExtraValue{{Segment: "LOC", Qualifier: "91", Element: 2, Component: 2, Value: "163"}}, p.Documents[0].Extra); d != "" {
		t.Errorf("document extra (-want +got):\n%s", d)
	}
	if p.Nationality != "US" || p.Address.Region != "VA" || p.NameExtra == nil {
		t.Errorf("typed fields lost: %+v", p)
	}
	for name, data := range extraCorpus {
		res, err := paxlst.Decode(data, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range res.Messages {
			out, err := paxlst.Encode(m, paxlst.EncodeOptions{Separators: sepsOf(data), UNA: true})
			if err != nil {
				t.Fatal(err)
			}
			back, _ := decode1(t, out)
			if d := cmp.Diff(m, back, cmpopts.EquateEmpty(), ignorePositions, ignoreEnvelope); d != "" {
				t.Errorf("%s: round trip (-decoded +re-decoded):\n%s", name, d)
			}
		}
	}
}

// TestDecodeOwnsItsStrings: what a list decodes to does not change when
// 256 KB of later input make the reader reuse its buffer, whether that input
// is more travellers of the same list (read before the list is closed) or a
// message after it. Every string the model keeps must be the decoder's own
// copy; two fuzz runs found a role and an extra value's tag that were not.
func TestDecodeOwnsItsStrings(t *testing.T) {
	var people strings.Builder
	n := 0
	for ; people.Len() < 256<<10; n++ {
		fmt.Fprintf(&people, "NAD+FL+++SURNAME%d:GIVEN'ATT+2++M'DTM+329:800101'", n)
	}
	message := fmt.Sprintf("UNH+PAD+PAXLST:D:05B:UN:IATA'%s%sCNT+42:%d'UNT+%d+PAD'", header, people.String(), n, 3*n+9)
	inputs := map[string][]byte{}
	for name, data := range extraCorpus {
		inputs[name] = data
	}
	data, err := os.ReadFile("testdata/rich.edi")
	if err != nil {
		t.Fatal(err)
	}
	inputs["rich"] = data
	ignore := cmpopts.IgnoreFields(edifact.Segment{}, "Offset", "Index")
	for name, data := range inputs {
		want, err := paxlst.Decode(data, nil)
		if err != nil || len(want.Messages) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		last := bytes.LastIndex(data, []byte("UNT+"))
		if i := bytes.LastIndex(data[:last], []byte("CNT+")); i > bytes.LastIndex(data[:last], []byte("UNH+")) {
			last = i
		}
		end := bytes.LastIndex(data, []byte("UNT+"))
		end += bytes.IndexByte(data[end:], '\'') + 1
		for _, c := range []struct {
			what   string
			padded []byte
			extra  int // lists the padding adds
		}{
			{"more travellers in the last list", slices.Concat(data[:last], []byte(people.String()), data[last:]), 0},
			{"a message after the last list", slices.Concat(data[:end], []byte(message), data[end:]), 1},
		} {
			got, err := paxlst.Decode(c.padded, nil)
			if err != nil || len(got.Messages) != len(want.Messages)+c.extra {
				t.Fatalf("%s, %s: %v", name, c.what, err)
			}
			got.Messages = got.Messages[:len(want.Messages)]
			m := got.Messages[len(got.Messages)-1]
			if c.extra == 0 && len(m.Persons) > len(want.Messages[len(want.Messages)-1].Persons) {
				m.Persons = m.Persons[:len(m.Persons)-n]
			}
			if d := cmp.Diff(want.Messages, got.Messages, ignore); d != "" {
				t.Errorf("%s, %s: the list changed (-alone +padded):\n%s", name, c.what, d)
			}
		}
	}
}
