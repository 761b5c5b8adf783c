package privacy_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/internal/golden"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// snapshot is everything a message holds, as JSON text: the typed model
// and the segments as received (which the model's JSON leaves out), the
// message's then each PNR's, so that a change anywhere in it shows.
type snapshot struct {
	Message  string   `json:"message"`
	Segments []string `json:"segments"`
}

func snapshotOf(t *testing.T, m *pnrgov.Message) snapshot {
	t.Helper()
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	s := snapshot{Message: js(m), Segments: []string{js(m.Segments)}}
	for _, p := range m.PNRs {
		s.Segments = append(s.Segments, js(p.Segments))
	}
	return s
}

// The filter shares with its input what it keeps and copies only what it
// changes: the input is the same byte for byte afterwards, in the model and
// in the segments as received, for a push as decoded and for one built in
// memory.
func TestInputUnchanged(t *testing.T) {
	bench, _ := benchPush(t)
	edi, err := pnrgov.Encode(sensitivePush(), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := filter(t)
	for name, m := range map[string]*pnrgov.Message{"bench": bench, "decoded": res.Messages[0], "built": sensitivePush()} {
		before := snapshotOf(t, m)
		clean, removed := f.PNRGOV(m)
		if len(removed) == 0 {
			t.Fatalf("%s: nothing removed", name)
		}
		if d := cmp.Diff(before, snapshotOf(t, m)); d != "" {
			t.Errorf("%s: the filter changed its input (-before +after):\n%s", name, d)
		}
		if cmp.Equal(before, snapshotOf(t, clean)) {
			t.Errorf("%s: the output is the input", name)
		}
		for i, p := range m.PNRs {
			q, _ := f.PNR(p)
			if q == p {
				t.Fatalf("%s: PNR %d: PNR returns its input, not a copy", name, i)
			}
		}
	}
}

// filtered is what a filtering gives, for the golden file: the removals,
// the message and the segments as received that are kept.
type filtered struct {
	Removed  []privacy.Removal   `json:"removed"`
	Message  *pnrgov.Message     `json:"message"`
	Segments [][]edifact.Segment `json:"segments"` // the message's, then each PNR's
}

// TestGoldenFilter pins the output of the filter on a push as decoded with
// sensitive data everywhere it can be (run with -update after an intended
// change): making the filter faster must not change what it gives.
func TestGoldenFilter(t *testing.T) {
	edi, err := pnrgov.Encode(sensitivePush(), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	clean, removed := filter(t).PNRGOV(res.Messages[0])
	out := filtered{Removed: removed, Message: clean, Segments: [][]edifact.Segment{clean.Segments}}
	for _, p := range clean.PNRs {
		out.Segments = append(out.Segments, p.Segments)
	}
	golden.Check(t, "testdata/filtered.json", golden.JSON(t, out))
}
