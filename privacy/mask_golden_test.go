package privacy

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// masked is what a masking gives, for the golden files: the masked
// message, the counts and the values it seals (in the clear: the test
// push's made-up values), with the random prefix of numbered pseudonyms
// fixed so that the output is the same in every run. The sealed values
// are kept as opened: a value the memo lost is sealed twice, and where
// that happens depends on the memo's random seed.
type masked struct {
	Message *pnrgov.Message       `json:"message"`
	Counts  []int                 `json:"counts"`
	Texts   map[string]string     `json:"texts"` // by pseudonym id, in hexadecimal
	Dates   map[string]civil.Date `json:"dates"`
}

func maskFixed(t *testing.T, pnrs int, inPlace bool) masked {
	t.Helper()
	edi, err := pnrgov.Encode(pnrgovtest.Push(pnrs, 7), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	host, err := ParseHostKey([]byte("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"))
	if err != nil {
		t.Fatal(err)
	}
	m := NewMasker(host, SealKey{})
	w := m.begin()
	defer m.release(w)
	w.sealing = true
	w.prefix = [5]byte{1, 2, 3, 4, 5}
	out := res.Messages[0]
	if !inPlace {
		c := *out
		out = &c
	}
	walkPNRGOV(&walker{mask: w, inPlace: inPlace}, out)
	sv, err := readEntries(w.plain)
	if err != nil {
		t.Fatal(err)
	}
	r := masked{Message: out, Counts: w.counts[:], Texts: map[string]string{}, Dates: sv.dates}
	for id, v := range sv.texts {
		r.Texts[hex.EncodeToString(id[:])] = v
	}
	return r
}

// TestGoldenMask pins what masking gives (run with -update after an
// intended change): making the Masker faster must not change its output.
// A 6-PNR push is kept whole; the 300-PNR push of BenchmarkMask, whose
// memo loses values and computes them again, by the SHA-256 of its JSON.
// Masking in place gives the same, to the byte: the same message, counts
// and sealed values (a value the message shares, met twice in place, is
// counted twice and sealed once, as in a copy).
func TestGoldenMask(t *testing.T) {
	for _, inPlace := range []bool{false, true} {
		golden.Check(t, "testdata/masked.json", golden.JSON(t, maskFixed(t, 6, inPlace)))
		sum := sha256.Sum256(golden.JSON(t, maskFixed(t, 300, inPlace)))
		golden.Check(t, "testdata/masked300.sha256", []byte(hex.EncodeToString(sum[:])+"\n"))
	}
}
