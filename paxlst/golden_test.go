package paxlst_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/paxlst"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenJSON pins the public JSON of a synthetic list that sets every
// field: testdata/rich.edi is written by the encoder, testdata/rich.json is
// its decoding. Run with -update after a deliberate change of the contract.
func TestGoldenJSON(t *testing.T) {
	ediPath, jsonPath := filepath.Join("testdata", "rich.edi"), filepath.Join("testdata", "rich.json")
	data, err := paxlst.Encode(richMessage(), paxlst.EncodeOptions{LineBreaks: true, PartSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	res, err := paxlst.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(ediPath, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(jsonPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantEDI, err := os.ReadFile(ediPath)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(wantEDI), string(data)); d != "" {
		t.Errorf("encoder output differs from %s (-want +got):\n%s", ediPath, d)
	}
	want, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("JSON differs from %s (-want +got):\n%s", jsonPath, d)
	}
	var back paxlst.Result
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatalf("the JSON does not read back: %v", err)
	}
	if d := cmp.Diff(res, &back, ignorePositions, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("JSON round trip (-decoded +from JSON):\n%s", d)
	}
}
