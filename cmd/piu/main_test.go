package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runCmd runs the command with args and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const brokenInterchange = "UNB+UNOA:4+AIR+PIU+261125:0900+1'UNH+1+TESTMS:D:05B:UN'BGM+745'UNT+9+1'UNZ+1+1'"

func TestDecodeGenericJSON(t *testing.T) {
	code, out, errOut := runCmd(t, brokenInterchange, "decode", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Format      string
		Segments    []json.RawMessage
		Diagnostics []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Format != "EDIFACT" || len(got.Segments) != 5 {
		t.Errorf("format %q, %d segments, want 5", got.Format, len(got.Segments))
	}
	if len(got.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %v", got.Diagnostics)
	}
	d := got.Diagnostics[0]
	for _, k := range []string{"severity", "code", "offset", "segment", "tag", "message"} {
		if _, ok := d[k]; !ok {
			t.Errorf("diagnostic lacks %q: %v", k, d)
		}
	}
	if d["severity"] != "warning" || d["code"] != "segment-count" || d["tag"] != "UNT" || d["segment"] != 3.0 {
		t.Errorf("diagnostic = %v", d)
	}
}

func TestValidate(t *testing.T) {
	code, out, _ := runCmd(t, brokenInterchange, "validate", "-")
	if code != 1 || !strings.Contains(out, "error segment-count") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	good := strings.Replace(brokenInterchange, "UNT+9", "UNT+3", 1)
	code, out, _ = runCmd(t, good, "validate", "-")
	if code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	if code, _, _ := runCmd(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, _, _ := runCmd(t, ""); code != 2 {
		t.Errorf("no command: exit %d", code)
	}
	if code, _, errOut := runCmd(t, "", "decode", filepath.Join(t.TempDir(), "missing.edi")); code != 1 || errOut == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "hello, not edifact", "decode", "-"); code != 1 || !strings.Contains(errOut, "not an EDIFACT") {
		t.Errorf("not EDIFACT: exit %d, stderr %q", code, errOut)
	}
}

func TestDemoRunsEverySample(t *testing.T) {
	code, out, errOut := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Decoded []struct {
			Sample string
			Output json.RawMessage
		}
		Screening struct {
			Travellers int
			Hits       []struct {
				Traveller struct{ Surname string }
				Matches   []struct {
					EntryID string `json:"entryId"`
					Score   float64
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Decoded) != len(samples) {
		t.Errorf("demo decoded %d samples, %d registered", len(got.Decoded), len(samples))
	}
	// The built-in list names the first paxlst passenger in Cyrillic and
	// lists a document of the pnrgov sample; the other entry matches nobody.
	hits := map[string]bool{}
	for _, h := range got.Screening.Hits {
		for _, m := range h.Matches {
			hits[m.EntryID] = true
		}
	}
	if !hits["DEMO-1"] || !hits["DEMO-DOC-1"] || hits["DEMO-2"] || got.Screening.Travellers < 3 {
		t.Errorf("screening = %+v", got.Screening)
	}
}

func TestScreenCommand(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.json")
	if err := os.WriteFile(list, []byte(demoList), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, string(samples["paxlst"]()), "screen", "-list", list, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"entryId": "DEMO-1"`) {
		t.Errorf("no hit on DEMO-1:\n%s", out)
	}
	if code, _, _ := runCmd(t, "", "screen", "-list", list); code != 1 {
		t.Errorf("screen without files: exit %d", code)
	}
	if code, _, errOut := runCmd(t, brokenInterchange, "screen", "-list", list, "-"); code != 1 || !strings.Contains(errOut, "PAXLST or PNRGOV expected") {
		t.Errorf("screen of another message type: exit %d, %s", code, errOut)
	}
}

// TestDecodeSharedSamples decodes every shared file without a failure exit.
func TestDecodeSharedSamples(t *testing.T) {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: the shared samples are not available")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "edifact", "*", "*.edi"))
	if len(files) == 0 {
		t.Fatal("no shared samples found")
	}
	for _, f := range files {
		code, out, errOut := runCmd(t, "", "decode", "-compact", f)
		if code != 0 || !json.Valid([]byte(out)) {
			t.Errorf("%s: exit %d, stderr %s", filepath.Base(f), code, errOut)
		}
	}
}

// TestDecodeManifest: decode -manifest prints the flights of its inputs,
// the PAXLST and PNRGOV samples being two flights.
func TestDecodeManifest(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, n := range []string{"paxlst", "pnrgov"} {
		f := filepath.Join(dir, n+".edi")
		if err := os.WriteFile(f, samples[n](), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	code, out, errOut := runCmd(t, "", append([]string{"decode", "-manifest"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Flights []struct {
			Carrier, Number string
			Travelers       []struct{ ID string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var flights []string
	for _, f := range got.Flights {
		flights = append(flights, fmt.Sprintf("%s%s:%d", f.Carrier, f.Number, len(f.Travelers)))
	}
	if d := cmp.Diff([]string{"XX100:2", "ZZ100:5"}, flights); d != "" {
		t.Errorf("flights (-want +got):\n%s", d)
	}
}
