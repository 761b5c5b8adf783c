package privacy_test

import (
	"encoding/json"
	"maps"
	"sync"
	"testing"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// TestMaskInPlace: masking in place counts what masking a copy counts,
// leaves nothing identifying, unmasks to the original, and changes
// nothing when run again. (TestGoldenMask shows that both give the same
// message, to the byte.)
func TestMaskInPlace(t *testing.T) {
	m := masker(t, true)
	u := privacy.NewUnmasker(testUnseal)
	msg, edi := push(t, 30)
	secrets := identifying(msg)
	_, want, err := m.PNRGOV(msg)
	if err != nil {
		t.Fatal(err)
	}
	own, _ := push(t, 30)
	r, err := m.MaskPNRGOV(own)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(r.Masked, want.Masked) {
		t.Errorf("in place masked %v, a copy %v", r.Masked, want.Masked)
	}
	js, err := json.Marshal(own)
	if err != nil {
		t.Fatal(err)
	}
	masked, err := pnrgov.Encode(own, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	holdsNone(t, secrets, map[string]string{"JSON": string(js), "EDIFACT": string(masked)})
	back, err := u.PNRGOV(own, r.Sealed)
	if err != nil {
		t.Fatal(err)
	}
	encodesAs(t, back, edi)

	again, err := m.MaskPNRGOV(own)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Masked) != 0 {
		t.Errorf("masking a masked message again masked %v", again.Masked)
	}
	encodesAs(t, own, masked)

	t.Run("PAXLST", func(t *testing.T) {
		list := paxlsttest.ListFor(msg)
		orig, err := paxlst.Encode(list, paxlst.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		_, want, err := m.PAXLST(list)
		if err != nil {
			t.Fatal(err)
		}
		r, err := m.MaskPAXLST(list)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(r.Masked, want.Masked) || r.Masked[privacy.CategoryAPI] == 0 {
			t.Errorf("in place masked %v, a copy %v", r.Masked, want.Masked)
		}
		for i, p := range list.Persons {
			if p.BirthDate.Valid() {
				t.Fatalf("person %d: birth date not masked to its year", i)
			}
		}
		back, err := u.PAXLST(list, r.Sealed)
		if err != nil {
			t.Fatal(err)
		}
		encodesAs(t, back, orig)
	})
}

// TestMaskInPlaceConcurrently: one Masker, four goroutines masking their
// own messages in place (run with -race).
func TestMaskInPlaceConcurrently(t *testing.T) {
	m := masker(t, true)
	u := privacy.NewUnmasker(testUnseal)
	_, edi := push(t, 20)
	var wg sync.WaitGroup
	for range 4 {
		msgs := make([]*pnrgov.Message, 5)
		for i := range msgs {
			msgs[i], _ = push(t, 20)
		}
		wg.Go(func() {
			for _, msg := range msgs {
				r, err := m.MaskPNRGOV(msg)
				if err != nil {
					t.Error(err)
					return
				}
				back, err := u.PNRGOV(msg, r.Sealed)
				if err != nil {
					t.Error(err)
					return
				}
				encodesAs(t, back, edi)
			}
		})
	}
	wg.Wait()
}
