package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// partFiles encodes a five-person copy of the PAXLST sample in parts of two
// persons and writes each part as its own interchange (a transmission of its
// own), returning the file names in part order.
func partFiles(t *testing.T) []string {
	t.Helper()
	res, err := paxlst.Decode(samples["paxlst"](), nil)
	if err != nil {
		t.Fatal(err)
	}
	m := res.Messages[0]
	for len(m.Persons) < 5 {
		p := m.Persons[0]
		p.Surname = fmt.Sprintf("PART%c", 'A'+len(m.Persons))
		m.Persons = append(m.Persons, p)
	}
	n := 5
	m.Totals.Passengers = &n
	data, err := paxlst.Encode(m, paxlst.EncodeOptions{PartSize: 2, LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	return splitParts(t, data, 3)
}

// splitParts writes each UNH..UNT of data, an interchange with line breaks,
// as an interchange of its own, and returns the file names in part order.
func splitParts(t *testing.T, data []byte, want int) []string {
	t.Helper()
	var head, tail, parts []string
	for _, line := range strings.SplitAfter(strings.TrimSpace(string(data)), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "UNB+") || strings.HasPrefix(line, "UNG+"):
			head = append(head, line)
		case strings.HasPrefix(line, "UNE+") || strings.HasPrefix(line, "UNZ+"):
			_, rest, _ := strings.Cut(line[4:], "+")
			tail = append(tail, line[:4]+"1+"+rest) // one message (group) per file
		case strings.HasPrefix(line, "UNH+"):
			parts = append(parts, line+"\n")
		default:
			parts[len(parts)-1] += line + "\n"
		}
	}
	if len(parts) != want {
		t.Fatalf("encoder wrote %d parts, want %d:\n%s", len(parts), want, data)
	}
	dir := t.TempDir()
	var names []string
	for i, p := range parts {
		name := filepath.Join(dir, fmt.Sprintf("part%d.edi", i+1))
		body := strings.Join(head, "\n") + "\n" + p + strings.Join(tail, "\n") + "\n"
		if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

// multipart is the bookkeeping of an assembled list (parts, missing,
// complete): a field of the message, or of its envelope before the SDK's
// common Envelope.
type multipart struct {
	Parts    int
	Missing  []int
	Complete bool
}

// assembled is what the tests read of a decode document.
type assembled struct {
	Messages []struct {
		multipart
		Envelope multipart
		Persons  []struct{ Surname string }
	}
	Diagnostics []struct{ Code, Message string }
}

func TestDecodeAssemble(t *testing.T) {
	files := partFiles(t)
	tests := []struct {
		name     string
		files    []string
		want     string // parts, missing, complete, surnames
		wantDiag string // a diagnostic code the output must hold, or ""
	}{
		{"all parts", files, "3 [] true [SAMPLE EXAMPLE PARTC PARTD PARTE]", ""},
		{"out of order", []string{files[2], files[0], files[1]}, "3 [] true [SAMPLE EXAMPLE PARTC PARTD PARTE]", ""},
		{"middle part missing", []string{files[0], files[2]}, "2 [2] false [SAMPLE EXAMPLE PARTE]", "part-missing"},
		{"final part missing", files[:2], "2 [] false [SAMPLE EXAMPLE PARTC PARTD]", "final-missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", append([]string{"decode", "-assemble"}, tt.files...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var doc assembled
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("one JSON document expected: %v\n%s", err, out)
			}
			if len(doc.Messages) != 1 {
				t.Fatalf("%d messages, want 1 assembled", len(doc.Messages))
			}
			m := doc.Messages[0].multipart
			if m.Parts == 0 {
				m = doc.Messages[0].Envelope
			}
			var names []string
			for _, p := range doc.Messages[0].Persons {
				names = append(names, p.Surname)
			}
			missing := m.Missing
			if missing == nil {
				missing = []int{}
			}
			got := fmt.Sprintf("%d %v %v %v", m.Parts, missing, m.Complete, names)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("assembled (-want +got):\n%s", diff)
			}
			codes := map[string]bool{}
			for _, d := range doc.Diagnostics {
				codes[d.Code] = true
			}
			if tt.wantDiag != "" && !codes[tt.wantDiag] {
				t.Errorf("no %s diagnostic in %+v", tt.wantDiag, doc.Diagnostics)
			}
		})
	}
}

// TestDecodeWithoutAssemble keeps one document per FILE, each a lone part.
func TestDecodeWithoutAssemble(t *testing.T) {
	files := partFiles(t)
	code, out, errOut := runCmd(t, "", append([]string{"decode", "-compact"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 3 {
		t.Errorf("%d documents, want 3", n)
	}
}

func TestDecodeAssembleMixedTypes(t *testing.T) {
	files := partFiles(t)
	pnr := filepath.Join(t.TempDir(), "pnr.edi")
	if err := os.WriteFile(pnr, samples["pnrgov"](), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd(t, "", "decode", "-assemble", files[0], pnr)
	if code != 1 || !strings.Contains(errOut, `holds "PNRGOV" messages`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestDecodeAssemblePNRGOV assembles a push the encoder split in three parts.
func TestDecodeAssemblePNRGOV(t *testing.T) {
	m := pnrgovtest.Push(6, 1)
	m.Parts = 3
	data, err := pnrgov.Encode(m, pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	files := splitParts(t, data, 3)
	tests := []struct {
		name  string
		files []string
		want  string // messages, parts, PNRs
		diag  bool   // a pnrgov-part-missing diagnostic
	}{
		{"all parts", files, "1 3 6", false},
		{"out of order", []string{files[1], files[2], files[0]}, "1 3 6", false},
		{"middle part missing", []string{files[0], files[2]}, "1 2 4", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", append([]string{"decode", "-assemble"}, tt.files...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var doc struct {
				Messages []struct {
					Parts int
					PNRs  []json.RawMessage
				}
				Diagnostics []struct{ Code, Message string }
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprint(len(doc.Messages))
			if len(doc.Messages) > 0 {
				got += fmt.Sprintf(" %d %d", doc.Messages[0].Parts, len(doc.Messages[0].PNRs))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("messages, parts, PNRs (-want +got):\n%s", diff)
			}
			gap := false
			for _, d := range doc.Diagnostics {
				gap = gap || d.Code == "pnrgov-part-missing"
			}
			if gap != tt.diag {
				t.Errorf("diagnostic about a missing part: %v, want %v: %+v", gap, tt.diag, doc.Diagnostics)
			}
		})
	}
}
