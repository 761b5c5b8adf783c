package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/risk/risktest"
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

// TestDemo: the demo's summary shows every kind of result of the
// scenario: the criteria hits with their evidence, the watchlist
// hits and the rule not evaluable, and says what it decoded.
func TestDemo(t *testing.T) {
	code, out, errOut := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"decoded PAXLST (1 message, 11 API persons) and PNRGOV (1 message, 6 PNRs, 11 PNR travellers): 1 flight, 11 travellers, 11 linked API↔PNR",
		"ZZ100 · 2026-11-25 · SIN-ICN · inbound · 11 travellers · ruleset synthetic criteria 2026-11.1 sha256:",
		"lists watch-countries 2026-11, DEMO 2026-11-24 (watchlist)",
		"R-1 v2  One-way cash booking", "R-2 v1", "R-3 v1",
		"booking.leadHours lt 48", "→ 22.33",
		"payment.type eq \"CA\" (payments[0])",
		"DEMO-1  ANA MARIA SAMPEL", "DEMO-DOC-1",
		"not evaluable: R-2 (missing traveler.nationality)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "R-4") || strings.Contains(out, "DEMO-2") {
		t.Errorf("demo output shows a rule or entry that does not hit:\n%s", out)
	}
	// Hits first, by score: the watchlist hits (1.00), then
	// (0.76), and the traveller with only a rule not evaluable last.
	order := []string{"SAMPEL, ANNA MARIA", "OKAFOR, DANIEL", "RAHIMI, KARIM", "RAHIMI, NOOR", "LINDQVIST, ERIK", "LINDQVIST, DREW"}
	at := -1
	for _, name := range order {
		i := strings.Index(out, name)
		if i < at {
			t.Errorf("%s is out of order:\n%s", name, out)
		}
		at = i
	}
	if code, _, _ := runCmd(t, "", "demo", "-format", "yaml"); code != 1 {
		t.Errorf("demo -format yaml: exit %d", code)
	}
}

// TestDemoJSON: demo -format json gives the decoded messages, the flight
// and its result; the same at every run.
func TestDemoJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "demo", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Decoded []struct {
			Sample string
			Output struct{ Format string }
		}
		Flights []struct{ Carrier, Number string }
		Results []struct {
			EvaluatedAt string `json:"evaluatedAt"`
			Travelers   []struct {
				Hits          []struct{ Rule string }
				WatchlistHits []struct {
					Match struct {
						EntryID string `json:"entryId"`
					}
				} `json:"watchlistHits"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var decoded []string
	for _, d := range got.Decoded {
		decoded = append(decoded, d.Sample+":"+d.Output.Format)
	}
	if d := cmp.Diff([]string{"api:PAXLST", "pnr:PNRGOV"}, decoded); d != "" {
		t.Errorf("decoded (-want +got):\n%s", d)
	}
	if len(got.Flights) != 1 || len(got.Results) != 1 || got.Flights[0].Carrier+got.Flights[0].Number != "ZZ100" {
		t.Fatalf("flights %+v, %d results", got.Flights, len(got.Results))
	}
	hits := map[string]bool{}
	for _, tr := range got.Results[0].Travelers {
		for _, h := range tr.Hits {
			hits[h.Rule] = true
		}
		for _, h := range tr.WatchlistHits {
			hits[h.Match.EntryID] = true
		}
	}
	for _, h := range []string{"R-1", "R-2", "R-3", "DEMO-1", "DEMO-DOC-1"} {
		if !hits[h] {
			t.Errorf("no %s hit", h)
		}
	}
	if got.Results[0].EvaluatedAt != "2026-11-25T00:30:00Z" {
		t.Errorf("evaluated at %s, want risktest.Now", got.Results[0].EvaluatedAt)
	}
	if _, again, _ := runCmd(t, "", "demo", "-format", "json"); again != out {
		t.Error("two runs of demo -format json differ")
	}
}

// TestSampleScenario: the scenario's interchanges are samples too.
func TestSampleScenario(t *testing.T) {
	for name, want := range map[string][]byte{"api": risktest.PAXLST(), "pnr": risktest.PNRGOV()} {
		code, out, errOut := runCmd(t, "", "sample", name)
		if code != 0 || out != string(want) {
			t.Errorf("sample %s: exit %d, %s, output differs: %v", name, code, errOut, out != string(want))
		}
	}
}

func TestScreenCommand(t *testing.T) {
	list := writeTemp(t, t.TempDir(), "list.json", risktest.Watchlist())
	code, out, errOut := runCmd(t, string(samples["paxlst"]()), "screen", "-list", list, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Flights []struct {
			Travelers []struct {
				WatchlistHits []struct {
					List, Version string
					Match         struct {
						EntryID string `json:"entryId"`
					}
				} `json:"watchlistHits"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var hits []string
	for _, r := range got.Flights {
		for _, tr := range r.Travelers {
			for _, h := range tr.WatchlistHits {
				hits = append(hits, h.List+"/"+h.Version+"/"+h.Match.EntryID)
			}
		}
	}
	sum := sha256.Sum256(risktest.Watchlist())
	if d := cmp.Diff([]string{"list/sha256:" + hex.EncodeToString(sum[:])[:12] + "/DEMO-1"}, hits); d != "" {
		t.Errorf("hits (-want +got):\n%s", d)
	}
	if code, _, _ := runCmd(t, "", "screen", "-list", list); code != 1 {
		t.Errorf("screen without files: exit %d", code)
	}
	if code, _, _ := runCmd(t, string(samples["paxlst"]()), "screen", "-"); code != 1 {
		t.Errorf("screen without -rules or -list: exit %d", code)
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

// writeTemp writes a file into dir and returns its path.
func writeTemp(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	f := filepath.Join(dir, name)
	if err := os.WriteFile(f, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestREADMEDemo: every line of the demo excerpt in README.md (the text
// block after the demo command; "..." stands for lines left out) is a line
// the demo prints, in that order.
func TestREADMEDemo(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "go run ./cmd/piu demo\n```\n\n```text\n")
	excerpt, _, ok2 := strings.Cut(after, "```")
	if !ok || !ok2 {
		t.Fatal("README.md has no demo excerpt after the demo command")
	}
	_, out, _ := runCmd(t, "", "demo")
	lines := strings.Split(out, "\n")
	at := 0
	for _, want := range strings.Split(strings.TrimSuffix(excerpt, "\n"), "\n") {
		if want == "..." {
			continue
		}
		i := slices.Index(lines[at:], want)
		if i < 0 {
			t.Fatalf("README.md's demo line is not printed, or out of order: %q\ndemo prints:\n%s", want, out)
		}
		at += i + 1
	}
}
