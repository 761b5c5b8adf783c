package pnrgov_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/pnrgov"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenJSON pins the JSON of a message holding every group: the public
// contract of `piu decode`. Run with -update after an intended change.
func TestGoldenJSON(t *testing.T) {
	data, err := os.ReadFile("testdata/allgroups.edi")
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const golden = "testdata/allgroups.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenJSON -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("JSON differs from %s (-want +got):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}
