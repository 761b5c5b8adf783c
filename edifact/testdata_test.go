package edifact

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sharedData returns the directory of the shared EDIFACT samples, or skips.
func sharedData(t *testing.T) string {
	t.Helper()
	root := os.Getenv("PIU_TESTDATA")
	if root == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the conformance tests on the shared samples (set it to the shared data folder, e.g. PIU_TESTDATA=../shared/data)")
	}
	dir := filepath.Join(root, "edifact")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("PIU_TESTDATA=%s has no edifact folder: %v", root, err)
	}
	return dir
}

// envelopeFacts is what data/edifact/FACTS.md (and, for the files it does not
// describe, data/README.md and the file read by hand) says a decoder reports.
type envelopeFacts struct {
	opts       ReadOptions
	una        bool
	syntax     SyntaxIdentifier
	sender     Party
	recipient  Party
	prepared   string
	controlRef string
	appRef     string
	group      *GroupHeader // ID, Version, Reference compared
	msgRef     string
	msgID      MessageID
	access     string    // 0068
	transfer   *Transfer // S010
	// untSays is the count UNT carries when it is wrong (0 when right).
	untSays int
	// defects are the codes of the Warning and Error diagnostics lenient
	// mode must give, in order; infos are not listed.
	defects []Code
	// strict is the code and tag of the error strict mode stops at.
	strict    Code
	strictTag string
	// tags counts segments of interest: {"NAD FL": 10}.
	tags  map[string]int
	check func(t *testing.T, ic *Interchange)
}

var paxlstFacts = map[string]envelopeFacts{
	"wco-ig_ex5.1_single-sector_ZZ123_SYD-HNL_D15B_1pax.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "ZZAIRLINE"}, recipient: Party{ID: "CUSTOMS"},
		prepared: "2013-06-20T09:00", controlRef: "000000001",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:15B", Reference: "000000001"},
		msgRef: "PAX001", msgID: MessageID{"PAXLST", "D", "15B", "UN", "IATA", "", ""},
		tags: map[string]int{"NAD FL": 1, "BGM 745": 1},
		check: func(t *testing.T, ic *Interchange) {
			// The DTM keeps the leading space before its value.
			for _, s := range ic.AllMessages()[0].Segments {
				if s.Is("DTM", "232") && s.Value(0, 1) != " 1306212200" {
					t.Errorf("DTM+232 value %q, want the leading space kept", s.Value(0, 1))
				}
			}
		},
	},
	"wco-ig_ex5.2_crew_ZZ123_SYD-HNL_D15B_1crew.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "ZZAIRLINE"}, recipient: Party{ID: "CUSTOMS"},
		prepared: "2013-06-20T09:00", controlRef: "QF00321",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:15B", Reference: "81"},
		msgRef: "PAX001", msgID: MessageID{"PAXLST", "D", "15B", "UN", "IATA", "", ""},
		untSays: 20, defects: []Code{CodeSegmentCount}, strict: CodeSegmentCount, strictTag: "UNT",
		tags: map[string]int{"NAD FM": 1, "BGM 250": 1},
	},
	"wco-ig_ex5.3_progressive_XZ877_BCN-IAD-SFO_D15B_2pax.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "XYZAIRLINES"}, recipient: Party{ID: "CUSTOMS"},
		prepared: "2014-07-08T06:01", controlRef: "123456789",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:15B", Reference: "12345"},
		msgRef: "123", msgID: MessageID{"PAXLST", "D", "15B", "UN", "IATA", "", ""},
		tags: map[string]int{"NAD FL": 2, "LOC 92": 4, "TDT 20": 2},
		check: func(t *testing.T, ic *Interchange) {
			rff := ic.AllMessages()[0].Segments[1]
			if d := cmp.Diff([]string{"TN", "BART34567890", "", "", "1"}, rff.Element(0).Components); d != "" {
				t.Errorf("transaction reference (-want +got):\n%s", d)
			}
		},
	},
	"minelytics_sample02_D05B_UA123-UA124_YVR-JFK-ATL_1pax.edi": {
		una:    true,
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "APIS*ABE"}, recipient: Party{ID: "USADHS"},
		prepared: "2007-04-29T09:00", controlRef: "000000001", appRef: "USADHS",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:05B", Reference: "100"},
		msgRef: "PAX001", msgID: MessageID{"PAXLST", "D", "05B", "UN", "IATA", "", ""}, access: "API01", transfer: &Transfer{Sequence: 1},
		untSays: 35, defects: []Code{CodeSegmentCount}, strict: CodeSegmentCount, strictTag: "UNT",
		tags: map[string]int{"NAD FL": 1, "TDT 20": 2},
		check: func(t *testing.T, ic *Interchange) {
			for _, s := range ic.AllMessages()[0].Segments {
				if s.Is("DOC", "P") && (s.Value(0, 1) != "110" || s.Value(0, 2) != "111") {
					t.Errorf("DOC+P:110:111 read as %v", s.Element(0).Components)
				}
			}
		},
	},
	"minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "SAMPLE CARRIER NAME", Qualifier: "ZZ"},
		recipient: Party{ID: "HDQCH2X", Qualifier: "ZZ"}, prepared: "2020-05-06T17:00", controlRef: "123456789", appRef: "PAXLST",
		msgRef: "53371718146010", msgID: MessageID{"PAXLST", "D", "02B", "UN", "IATA", "", ""},
		untSays: 23, defects: []Code{CodeCharacter, CodeSegmentCount}, strict: CodeCharacter, strictTag: "NAD",
		tags: map[string]int{"NAD FL": 10, "NAD MS": 1},
		check: func(t *testing.T, ic *Interchange) {
			for _, s := range ic.AllMessages()[0].Segments {
				if s.Is("NAD", "FL") {
					if got := s.Value(3, 0); got != "ALI YY\u00c9" {
						t.Errorf("first passenger name %q, want the É decoded", got)
					}
					return
				}
			}
		},
	},
	"minelytics_sample05_D02B_mutated-codes_negative.edi": {
		una:    true,
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "APIS*ABE"}, recipient: Party{ID: "USADHS"},
		prepared: "2007-04-29T09:00", controlRef: "000000001", appRef: "USADHS",
		msgRef: "PAX001", msgID: MessageID{"PAXLST", "D", "02B", "UN", "IATA", "", ""}, access: "API01", transfer: &Transfer{Sequence: 1},
		untSays: 35, defects: []Code{CodeSegmentCount}, strict: CodeSegmentCount, strictTag: "UNT",
	},
	"smooks_ace_D03B_crew_VW.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "LOCK", Qualifier: "4"},
		recipient: Party{ID: "CBP-ACE-TEST", Qualifier: "4"}, prepared: "2004-10-13T19:01", controlRef: "16", appRef: "ACE",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:03B", Reference: "16"},
		msgRef: "PAXLST16", msgID: MessageID{"PAXLST", "D", "03B", "UN", "", "", ""},
		tags: map[string]int{"NAD VW": 1},
	},
	"smooks_ace_D03B_crew_repetition-sep_bad.edi": {
		syntax: SyntaxIdentifier{ID: "UNOA", Version: "4"}, sender: Party{ID: "LOCK", Qualifier: "4"},
		recipient: Party{ID: "CBP-ACE-TEST", Qualifier: "4"}, prepared: "2004-10-13T19:01", controlRef: "16", appRef: "ACE",
		group:  &GroupHeader{ID: "PAXLST", Version: "D:03B", Reference: "16"},
		msgRef: "PAXLST16", msgID: MessageID{"PAXLST", "D", "03B", "UN", "", "", ""},
		untSays: 16, defects: []Code{CodeSegmentCount}, strict: CodeSegmentCount, strictTag: "UNT",
	},
}

var pnrgovFacts = map[string]envelopeFacts{
	"iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_fixed-2022.edi": {
		opts: ReadOptions{NoRepetition: true}, una: true,
		syntax: SyntaxIdentifier{ID: "IATA", Version: "1"}, sender: Party{ID: "1A"}, recipient: Party{ID: "KRC"},
		prepared: "2013-05-27T06:49", controlRef: "0003",
		msgRef: "1", msgID: MessageID{"PNRGOV", "11", "1", "IA", "", "", ""}, access: "270513/0649/SQ/602",
		tags:  map[string]int{"LTS": 49, "EQN 1": 1},
		check: checkPNR(49),
	},
	"iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_orig-2020_guide-faithful.edi": {
		opts: ReadOptions{NoRepetition: true}, una: true,
		syntax: SyntaxIdentifier{ID: "IATA", Version: "1"}, sender: Party{ID: "1A"}, recipient: Party{ID: "KRC"},
		prepared: "2013-05-27T06:49", controlRef: "0003",
		msgRef: "1", msgID: MessageID{"PNRGOV", "11", "1", "IA", "", "", ""}, access: "270513/0649/SQ/602",
		// One LTS line lacks its terminator: it runs into the next, which
		// is reported where the line break sits inside the merged segment.
		untSays: 85, defects: []Code{CodeWrappedLine, CodeSegmentCount}, strict: CodeWrappedLine, strictTag: "LTS",
		tags:  map[string]int{"LTS": 48},
		check: checkPNR(48),
	},
}

// checkPNR checks the PNRGOV values FACTS.md names that live at the syntax
// level: the release character \, '*' as data, the raw free text.
func checkPNR(lts int) func(t *testing.T, ic *Interchange) {
	return func(t *testing.T, ic *Interchange) {
		released, wrapSpace := 0, false
		for _, s := range ic.AllMessages()[0].Segments {
			for _, e := range s.Elements {
				if len(e.Repetitions) > 0 {
					t.Errorf("segment %d (%s) has repetitions: PNRGOV has no repetition separator", s.Index, s.Tag)
				}
				for _, c := range e.Components {
					if strings.Contains(c, "\\") {
						t.Errorf("segment %d (%s): release character left in a value", s.Index, s.Tag)
					}
					if strings.Contains(c, "ISAB ELLE") {
						wrapSpace = true
					}
				}
			}
			if s.Tag == "LTS" && strings.Contains(s.Value(0, 0), ":") {
				released++
			}
		}
		if !wrapSpace {
			t.Error("the space that line wrapping inserted in ISAB ELLE was not kept")
		}
		if released == 0 {
			t.Error("no released colon kept inside an LTS value")
		}
	}
}

func TestSharedSamples(t *testing.T) {
	dir := sharedData(t)
	seen := map[string]bool{}
	for sub, facts := range map[string]map[string]envelopeFacts{"paxlst": paxlstFacts, "pnrgov": pnrgovFacts} {
		files, err := filepath.Glob(filepath.Join(dir, sub, "*.edi"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			name := filepath.Base(path)
			seen[name] = true
			f, ok := facts[name]
			if !ok {
				t.Errorf("%s/%s: no facts in the table: add what FACTS.md says about it", sub, name)
				continue
			}
			t.Run(name, func(t *testing.T) { checkSample(t, path, f) })
		}
		for name := range facts {
			if !seen[name] {
				t.Errorf("%s/%s is described here but missing from PIU_TESTDATA", sub, name)
			}
		}
	}
}

func checkSample(t *testing.T, path string, f envelopeFacts) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := f.opts
	doc, err := Parse(data, &opts)
	if err != nil {
		t.Fatalf("lenient Parse: %v", err)
	}
	if len(doc.Interchanges) != 1 {
		t.Fatalf("%d interchanges, want 1", len(doc.Interchanges))
	}
	ic := doc.Interchanges[0]
	h := ic.Header
	got := envelopeFacts{una: ic.UNA, syntax: h.Syntax, sender: h.Sender, recipient: h.Recipient,
		prepared: h.Prepared.String(), controlRef: h.ControlRef, appRef: h.AppRef}
	want := envelopeFacts{una: f.una, syntax: f.syntax, sender: f.sender, recipient: f.recipient,
		prepared: f.prepared, controlRef: f.controlRef, appRef: f.appRef}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(envelopeFacts{})); d != "" {
		t.Errorf("interchange header (-want +got):\n%s", d)
	}
	if ic.Trailer == nil || ic.Trailer.ControlRef != f.controlRef || ic.Trailer.Count != 1 {
		t.Errorf("UNZ %+v", ic.Trailer)
	}
	switch {
	case f.group == nil && len(ic.Groups) != 0:
		t.Errorf("%d groups, want none", len(ic.Groups))
	case f.group != nil:
		if len(ic.Groups) != 1 {
			t.Fatalf("%d groups, want 1", len(ic.Groups))
		}
		g := ic.Groups[0]
		if g.Header.ID != f.group.ID || g.Header.Version != f.group.Version || g.Header.Reference != f.group.Reference {
			t.Errorf("UNG %s %s %s, want %s %s %s", g.Header.ID, g.Header.Version, g.Header.Reference,
				f.group.ID, f.group.Version, f.group.Reference)
		}
		if g.Trailer == nil || g.Trailer.Count != 1 || g.Trailer.Reference != f.group.Reference {
			t.Errorf("UNE %+v", g.Trailer)
		}
	}
	msgs := ic.AllMessages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.Header.Reference != f.msgRef || m.Header.ID != f.msgID || m.Header.CommonAccessRef != f.access {
		t.Errorf("UNH %s %s %s, want %s %s %s", m.Header.Reference, m.Header.ID, m.Header.CommonAccessRef, f.msgRef, f.msgID, f.access)
	}
	if d := cmp.Diff(f.transfer, m.Header.Transfer); d != "" {
		t.Errorf("S010 (-want +got):\n%s", d)
	}
	if m.Trailer == nil {
		t.Fatal("UNT missing")
	}
	counted := len(m.Segments) + 2
	wantCount := counted
	if f.untSays != 0 {
		wantCount = f.untSays
		if f.untSays == counted {
			t.Errorf("UNT says %d and %d segments are counted: the defect is gone", f.untSays, counted)
		}
	}
	if m.Trailer.Count != wantCount || m.Trailer.Reference != f.msgRef {
		t.Errorf("UNT %d %s, want %d %s", m.Trailer.Count, m.Trailer.Reference, wantCount, f.msgRef)
	}
	for key, n := range f.tags {
		tag, qual, _ := strings.Cut(key, " ")
		got := 0
		for _, s := range m.Segments {
			if s.Is(tag, qual) {
				got++
			}
		}
		if got != n {
			t.Errorf("%d %s segments, want %d", got, key, n)
		}
	}
	if len(ic.Orphans) != 0 {
		t.Errorf("%d segments outside any message", len(ic.Orphans))
	}

	// Defects: exactly the named ones; the UNT one at the UNT segment.
	var defects []Code
	for _, d := range doc.Diagnostics {
		if d.Severity == Info {
			continue
		}
		defects = append(defects, d.Code)
		if d.Code == CodeSegmentCount {
			ts := m.Trailer.Segment
			if d.Tag != "UNT" || d.Segment != ts.Index || d.Offset != ts.Offset || d.Element != 1 {
				t.Errorf("UNT defect reported at %v, want UNT segment %d at byte %d element 1", d, ts.Index, ts.Offset)
			}
			if !strings.Contains(d.Message, " counted") {
				t.Errorf("UNT defect message %q", d.Message)
			}
		}
	}
	if d := cmp.Diff(f.defects, defects); d != "" {
		t.Errorf("defects (-want +got):\n%s\nall diagnostics: %v", d, doc.Diagnostics)
	}
	if f.check != nil {
		f.check(t, ic)
	}

	// Strict mode: clean files pass; defective ones fail at the first defect.
	opts.Strict = true
	_, err = Parse(data, &opts)
	if f.strict == "" {
		if err != nil {
			t.Errorf("strict Parse of a clean file: %v", err)
		}
		return
	}
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("strict Parse: %v, want a *SyntaxError", err)
	}
	if se.Code != f.strict || se.Tag != f.strictTag {
		t.Errorf("strict error %v, want %s at a %s segment", se, f.strict, f.strictTag)
	}
	if f.strictTag == "UNT" && (se.Segment != m.Trailer.Segment.Index || se.Offset != m.Trailer.Segment.Offset) {
		t.Errorf("strict error at segment %d byte %d, want the UNT at %d byte %d", se.Segment, se.Offset,
			m.Trailer.Segment.Index, m.Trailer.Segment.Offset)
	}
	if !strings.Contains(err.Error(), "("+f.strictTag+")") {
		t.Errorf("strict error text %q does not name the %s segment", err, f.strictTag)
	}
}
