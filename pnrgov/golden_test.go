package pnrgov_test

import (
	"os"
	"testing"

	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/pnrgov"
)

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
	golden.Check(t, "testdata/allgroups.json", golden.JSON(t, res))
}
