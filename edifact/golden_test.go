package edifact

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden reads every synthetic interchange under testdata/ in lenient
// mode and compares the segments and diagnostics with testdata/golden/*.json.
// Run with -update after a deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.edi"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no synthetic inputs: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".edi")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			segs, diags, err := readAll(t, data, nil)
			errText := ""
			if err != nil {
				errText = err.Error()
			}
			got, err := json.MarshalIndent(struct {
				Segments    []seg        `json:"segments"`
				Diagnostics []Diagnostic `json:"diagnostics"`
				Error       string       `json:"error,omitempty"`
			}{segs, diags, errText}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s differs from %s:\n%s", name, golden, got)
			}
		})
	}
}
