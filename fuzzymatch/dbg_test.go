package fuzzymatch

import (
	"encoding/json"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	a, b := os.Getenv("A"), os.Getenv("B")
	if a == "" {
		t.Skip()
	}
	c := NewComparator(DefaultOptions())
	pa, pb := Prepare(a), Prepare(b)
	e := c.Explain(pa, pb)
	j, _ := json.MarshalIndent(e, "", " ")
	t.Logf("%v %v\n%v\n%v\n%s", pa.Tokens(), pb.Tokens(), pa.Keys(), pb.Keys(), j)
}
