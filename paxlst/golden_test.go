package paxlst_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/paxlst"
)

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
	got := golden.JSON(t, res)
	golden.Check(t, ediPath, data)
	golden.Check(t, jsonPath, got)
	var back paxlst.Result
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatalf("the JSON does not read back: %v", err)
	}
	if d := cmp.Diff(res, &back, ignorePositions, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("JSON round trip (-decoded +from JSON):\n%s", d)
	}
}
