package edifact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpiu/piu/internal/golden"
)

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
			got := golden.JSON(t, struct {
				Segments    []seg        `json:"segments"`
				Diagnostics []Diagnostic `json:"diagnostics"`
				Error       string       `json:"error,omitempty"`
			}{segs, diags, errText})
			golden.Check(t, filepath.Join("testdata", "golden", name+".json"), got)
		})
	}
}
