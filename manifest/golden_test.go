package manifest_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// benchInput is BenchmarkBuild's input: the push of 300 PNRs and the list
// of the first 500 of their travellers.
func benchInput(tb testing.TB) (*paxlst.Message, *pnrgov.Message) {
	tb.Helper()
	p := push(tb, 300, 1)
	l := listFor(p)
	l.Persons = l.Persons[:500]
	return l, p
}

// built is what a build works out, as JSON: the flight without its PNRs
// and without the records each traveller points to (the messages' own,
// not the build's), which are checked to be the messages' own instead.
func built(t *testing.T, l *paxlst.Message, p *pnrgov.Message, f *manifest.Flight) []byte {
	t.Helper()
	for i, tr := range f.Travelers {
		if a := tr.API; a != nil && a.Person != &l.Persons[a.Index] {
			t.Fatalf("traveller %d: the API record is not the list's person %d", i, a.Index)
		}
		if r := tr.PNR; r != nil && r.Traveler != &f.PNRs[r.PNR].Travelers[r.Index] {
			t.Fatalf("traveller %d: the PNR record is not PNR %d's traveller %d", i, r.PNR, r.Index)
		}
	}
	for i := range f.PNRs {
		if f.PNRs[i] != p.PNRs[i] {
			t.Fatalf("PNR %d is not the push's", i)
		}
	}
	js, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatal(err)
	}
	delete(v, "pnrs")
	for _, tr := range v["travelers"].([]any) {
		tr := tr.(map[string]any)
		if a, ok := tr["api"].(map[string]any); ok {
			delete(a, "person")
		}
		if r, ok := tr["pnr"].(map[string]any); ok {
			delete(r, "traveler")
		}
	}
	return golden.JSON(t, v)
}

// TestGoldenBuild pins the manifest BenchmarkBuild builds (run with -update
// after an intended change): making the build faster must not change what
// it gives. The file holds the SHA-256 of the JSON; testdata/build.json,
// the JSON of a flight of 12 PNRs built alike, is kept whole for reading.
func TestGoldenBuild(t *testing.T) {
	l, p := benchInput(t)
	b := manifest.NewBuilder()
	b.Country = "KR"
	b.AddPAXLST(l)
	b.AddPNRGOV(p)
	fs := b.Build()
	if len(fs) != 1 {
		t.Fatalf("%d flights", len(fs))
	}
	js := built(t, l, p, fs[0])
	golden.Check(t, "testdata/build-bench.sha256", fmt.Appendf(nil, "%x\n", sha256.Sum256(js)))

	small := push(t, 12, 2)
	sl := listFor(small)
	sl.Persons = sl.Persons[:len(sl.Persons)-5] // some PNR travellers without API
	b = manifest.NewBuilder()
	b.Country = "KR"
	b.AddPAXLST(sl)
	b.AddPNRGOV(small)
	golden.Check(t, "testdata/build.json", built(t, sl, small, b.Build()[0]))
}
