package pnrgov_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

func TestMultipart(t *testing.T) {
	m0 := pnrgovtest.Push(10, 5)
	m0.Parts = 3
	data := encode(t, m0, pnrgov.EncodeOptions{LineBreaks: true})
	if n := bytes.Count(data, []byte("UNH+")); n != 3 {
		t.Fatalf("%d parts written, want 3", n)
	}
	m1 := decodeOne(t, data)
	if m1.Parts != 3 || len(m1.PNRs) != 10 || m1.Envelope.Header.Transfer != nil {
		t.Fatalf("assembled %d parts, %d PNRs", m1.Parts, len(m1.PNRs))
	}
	if diff := cmp.Diff(m0, m1, derivedOpts); diff != "" {
		t.Errorf("assembled message differs (-written +decoded):\n%s", diff)
	}
	m2 := decodeOne(t, encode(t, m1, pnrgov.EncodeOptions{}))
	if diff := cmp.Diff(m1, m2, modelOpts); diff != "" {
		t.Errorf("decode(encode(m)) differs:\n%s", diff)
	}

	// Parts in separate interchanges, out of order (3, then 1), part 2 lost.
	var split [][]byte
	for i := 3; i >= 1; i-- {
		if i == 2 {
			continue
		}
		one := *m0
		one.Parts = 0
		one.PNRs = m0.PNRs[10*(i-1)/3 : 10*i/3]
		one.Envelope.Header.Transfer = &edifact.Transfer{Sequence: i, Marker: map[bool]string{true: "F", false: "C"}[i == 3]}
		split = append(split, encode(t, &one, pnrgov.EncodeOptions{}))
	}
	res, err := pnrgov.Decode(bytes.Join(split, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Messages) != 1 || res.Messages[0].Parts != 2 || len(res.Messages[0].PNRs) != 7 ||
		res.Messages[0].PNRs[0].Locator() != m0.PNRs[0].Locator() || codes(res)[pnrgov.CodePartMissing] != 1 {
		t.Errorf("%d messages; diagnostics %v", len(res.Messages), res.Diagnostics)
	}

	// Part 3 resent as it was: the copy is dropped. Then part 3 again with
	// a PNR fewer: that copy differs, and is kept.
	resent := append(append([][]byte{}, split...), split[0])
	res, err = pnrgov.Decode(bytes.Join(resent, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Messages[0]; len(res.Messages) != 1 || m.Parts != 2 || len(m.PNRs) != 7 || codes(res)[pnrgov.CodePartDuplicate] != 1 {
		t.Errorf("identical resend: %d messages, %d parts, %d PNRs; diagnostics %v", len(res.Messages), m.Parts, len(m.PNRs), res.Diagnostics)
	}
	changed := *m0
	changed.Parts = 0
	changed.PNRs = m0.PNRs[10*2/3 : 10-1]
	changed.Envelope.Header.Transfer = &edifact.Transfer{Sequence: 3, Marker: "F"}
	res, err = pnrgov.Decode(bytes.Join(append(resent, encode(t, &changed, pnrgov.EncodeOptions{})), nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Messages[0]; len(res.Messages) != 1 || m.Parts != 3 || len(m.PNRs) != 7+3 || codes(res)[pnrgov.CodePartDuplicate] != 2 {
		t.Errorf("changed resend: %d messages, %d parts, %d PNRs; diagnostics %v", len(res.Messages), m.Parts, len(m.PNRs), res.Diagnostics)
	}
}
