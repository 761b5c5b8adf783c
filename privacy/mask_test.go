package privacy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/pnrgov/ssr"
	"github.com/openpiu/piu/privacy"
)

// testKeys are fixed keys, so that pseudonyms can be checked against known
// values.
var (
	testHost   = mustHost("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	testUnseal = mustUnseal("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf")
)

func mustHost(s string) privacy.HostKey {
	k, err := privacy.ParseHostKey([]byte(s))
	if err != nil {
		panic(err)
	}
	return k
}

func mustUnseal(s string) privacy.UnsealKey {
	k, err := privacy.ParseUnsealKey([]byte(s))
	if err != nil {
		panic(err)
	}
	return k
}

func masker(t testing.TB, sealing bool) *privacy.Masker {
	t.Helper()
	var sk privacy.SealKey
	if sealing {
		sk = testUnseal.SealKey()
	}
	return privacy.NewMasker(testHost, sk)
}

// push is a decoded 30-PNR push: names, documents, contacts, cards,
// frequent-flyer numbers, remarks and history lines in every PNR.
func push(t testing.TB, n int) (*pnrgov.Message, []byte) { return pushOf(t, n, 7) }

// pushOf is push with the generator's seed.
func pushOf(t testing.TB, n int, seed uint64) (*pnrgov.Message, []byte) {
	t.Helper()
	edi, err := pnrgov.Encode(pnrgovtest.Push(n, seed), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res.Messages[0], edi
}

// identifying returns every value the push holds in an identifying field,
// found independently of fields.go: from the generator's own inputs, read
// back from the decoded model by hand.
func identifying(m *pnrgov.Message) []string {
	var out []string
	add := func(ss ...string) {
		for _, s := range ss {
			if len(s) >= 4 {
				out = append(out, s)
			}
		}
	}
	for _, p := range m.PNRs {
		for _, l := range p.Locators {
			add(l.Locator)
		}
		for _, a := range p.Addresses {
			add(a.Street, a.PostalCode, a.Phone)
		}
		for _, t := range p.Travelers {
			add(t.Surname, t.GivenRaw)
			for _, f := range t.FrequentFlyers {
				add(f.Number)
			}
			for _, u := range t.UniqueIDs {
				add(u.Value)
			}
			for _, d := range t.Documents {
				add(d.Number, d.Raw, ssr.FormatDate(d.BirthDate))
			}
			for _, s := range t.SSRs {
				add(s.Text)
			}
		}
		for _, k := range p.Tickets {
			add(k.Number)
		}
		for _, pay := range p.Payments {
			for _, f := range pay.Forms {
				add(f.Account)
			}
			for _, r := range pay.Remarks {
				add(r.Text...)
			}
		}
		for _, r := range p.Remarks {
			add(r.Text...)
		}
		add(p.HistoryLines...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestMaskedOutputs: nothing identifying survives in the masked model's
// JSON, its EDIFACT, or the diagnostics of decoding that EDIFACT.
func TestMaskedOutputs(t *testing.T) {
	msg, _ := push(t, 30)
	secrets := identifying(msg)
	if len(secrets) < 300 {
		t.Fatalf("only %d identifying values: the sample is too thin", len(secrets))
	}
	out, r, err := masker(t, true).PNRGOV(msg)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	edi, err := pnrgov.Encode(out, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	var diag strings.Builder
	for _, d := range res.Diagnostics {
		diag.WriteString(d.String() + "\n")
	}
	rj, _ := json.Marshal(r)
	holdsNone(t, secrets, map[string]string{"JSON": string(js), "EDIFACT": string(edi), "diagnostics": diag.String(), "report": string(rj)})
	for _, c := range []privacy.Category{privacy.CategoryName, privacy.CategoryContact, privacy.CategoryPayment,
		privacy.CategoryFrequentFlyer, privacy.CategoryRemarks, privacy.CategoryAPI, privacy.CategoryReference} {
		if r.Masked[c] == 0 {
			t.Errorf("nothing counted as %s: %v", c, r.Masked)
		}
	}
	// The input is not changed.
	if again := identifying(msg); !slices.Equal(again, secrets) {
		t.Error("masking changed its input")
	}
}

// holdsNone fails for each named text that holds one of secrets.
func holdsNone(t *testing.T, secrets []string, texts map[string]string) {
	t.Helper()
	for name, text := range texts {
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Errorf("%s holds an identifying value (%d bytes long)", name, len(s))
				break
			}
		}
	}
}

// TestRoundTrip masks with sealing, writes the masked message as EDIFACT,
// reads it back, unmasks, and gets the original message, byte for byte.
func TestRoundTrip(t *testing.T) {
	msg, edi := push(t, 30)
	out, r, err := masker(t, true).PNRGOV(msg)
	if err != nil {
		t.Fatal(err)
	}
	u := privacy.NewUnmasker(testUnseal)
	t.Run("model", func(t *testing.T) {
		back, err := u.PNRGOV(out, r.Sealed)
		if err != nil {
			t.Fatal(err)
		}
		encodesAs(t, back, edi)
		if d := cmp.Diff(msg.PNRs[3].Travelers, back.PNRs[3].Travelers); d != "" {
			t.Errorf("travellers differ (-original +unmasked):\n%s", d)
		}
	})
	t.Run("EDIFACT", func(t *testing.T) {
		masked, err := pnrgov.Encode(out, pnrgov.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := pnrgov.Decode(masked, nil)
		if err != nil {
			t.Fatal(err)
		}
		back, err := u.PNRGOV(res.Messages[0], r.Sealed)
		if err != nil {
			t.Fatal(err)
		}
		encodesAs(t, back, edi)
	})
	t.Run("PAXLST", func(t *testing.T) {
		list := paxlsttest.ListFor(msg)
		want, err := paxlst.Encode(list, paxlst.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		mp, r, err := masker(t, true).PAXLST(list)
		if err != nil {
			t.Fatal(err)
		}
		k := slices.IndexFunc(list.Persons, func(p paxlst.Person) bool { return p.BirthDate.Valid() })
		if k < 0 || !mp.Persons[k].BirthDate.Partial() || mp.Persons[k].BirthDate.Year != list.Persons[k].BirthDate.Year {
			t.Fatalf("person %d: birth date %v not masked to its year", k, mp.Persons[max(k, 0)].BirthDate)
		}
		masked, err := paxlst.Encode(mp, paxlst.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := paxlst.Decode(masked, nil)
		if err != nil {
			t.Fatal(err)
		}
		dec := res.Messages[0]
		if dec.Persons[k].BirthDate != mp.Persons[k].BirthDate {
			t.Errorf("masked birth date read back as %v, want %v", dec.Persons[k].BirthDate, mp.Persons[k].BirthDate)
		}
		back, err := u.PAXLST(dec, r.Sealed)
		if err != nil {
			t.Fatal(err)
		}
		encodesAs(t, back, want)
	})
}

// encodesAs fails unless m (a PNRGOV or PAXLST message) encodes to want.
func encodesAs(t *testing.T, m any, want []byte) {
	t.Helper()
	var got []byte
	var err error
	switch m := m.(type) {
	case *pnrgov.Message:
		got, err = pnrgov.Encode(m, pnrgov.EncodeOptions{})
	case *paxlst.Message:
		got, err = paxlst.Encode(m, paxlst.EncodeOptions{})
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("the unmasked message encodes differently from the original")
	}
}

// TestPseudonyms: stable across PNRs, Maskers and runs (a known value),
// different under another key.
func TestPseudonyms(t *testing.T) {
	m := masker(t, false)
	const card = "411111XXXXXX1111"
	p := m.Pseudonym(card)
	if !privacy.IsMasked(p) || privacy.IsMasked(card) {
		t.Fatalf("IsMasked(%q) = %v", p, privacy.IsMasked(p))
	}
	// A known answer (HMAC-SHA-256 under bytes 0..31, first 10 bytes in
	// base32, computed apart with Python's hmac): pseudonyms stored today
	// must match those of any later version under the same key.
	if want := "=WYYNLC6Y4KS2O53B"; p != want {
		t.Errorf("pseudonym %s, want %s", p, want)
	}
	if q := privacy.NewMasker(testHost, privacy.SealKey{}).Pseudonym(card); q != p {
		t.Errorf("another Masker gives %s, want %s", q, p)
	}
	other, _, _, err := privacy.NewKeys()
	if err != nil {
		t.Fatal(err)
	}
	if q := privacy.NewMasker(other, privacy.SealKey{}).Pseudonym(card); q == p {
		t.Error("another host key gives the same pseudonym")
	}
	msg, _ := push(t, 30)
	out, _, err := m.PNRGOV(msg)
	if err != nil {
		t.Fatal(err)
	}
	// Every PNR pays with the same test card: one pseudonym for all.
	n := 0
	for _, pnr := range out.PNRs {
		for _, pay := range pnr.Payments {
			for _, f := range pay.Forms {
				if f.Account != p {
					t.Fatalf("card masked to %s, want %s", f.Account, p)
				}
				n++
			}
		}
	}
	if n < 30 {
		t.Errorf("%d cards", n)
	}
	// Masking twice changes nothing.
	again, r, err := m.PNRGOV(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Masked) != 0 || !reflect.DeepEqual(again, out) {
		t.Errorf("masking a masked message masked %v", r.Masked)
	}
}

// TestKeys: wrong, missing and malformed keys give clear errors that hold
// nothing of any key.
func TestKeys(t *testing.T) {
	msg, _ := push(t, 3)
	out, r, err := masker(t, true).PNRGOV(msg)
	if err != nil {
		t.Fatal(err)
	}
	_, _, wrong, err := privacy.NewKeys()
	if err != nil {
		t.Fatal(err)
	}
	other, _ := pushOf(t, 1, 99)
	_, r2, err := masker(t, true).PNRGOV(other)
	if err != nil {
		t.Fatal(err)
	}
	damaged := slices.Clone(r.Sealed)
	damaged[len(damaged)-1] ^= 1
	for name, c := range map[string]struct {
		key    privacy.UnsealKey
		sealed []byte
		want   error
	}{
		"wrong key":      {wrong, r.Sealed, privacy.ErrSealed},
		"missing key":    {privacy.UnsealKey{}, r.Sealed, privacy.ErrKey},
		"damaged":        {testUnseal, damaged, privacy.ErrSealed},
		"nothing sealed": {testUnseal, nil, privacy.ErrSealed},
		"other message":  {testUnseal, r2.Sealed, privacy.ErrSealed},
	} {
		_, err := privacy.NewUnmasker(c.key).PNRGOV(out, c.sealed)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	hexKey := "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	for name, in := range map[string]string{
		"empty":     "",
		"short":     hexKey[:62],
		"not hex":   hexKey[:63] + "g",
		"long":      hexKey + "00",
		"bytes":     strings.Repeat("k", 31),
		"with text": "key: " + hexKey,
	} {
		_, err := privacy.ParseHostKey([]byte(in))
		if !errors.Is(err, privacy.ErrKey) {
			t.Errorf("%s: %v, want ErrKey", name, err)
			continue
		}
		for i := 0; i+6 <= len(in); i++ {
			if strings.Contains(err.Error(), in[i:i+6]) {
				t.Errorf("%s: error %q holds part of the key", name, err)
				break
			}
		}
	}
	if s := fmt.Sprintf("%v %+v %#v %s", testHost, testHost, testHost, testUnseal); strings.Contains(s, "0001020304") || strings.Contains(s, "a0a1a2") {
		t.Errorf("a key prints: %s", s)
	}
	for _, in := range []string{hexKey, hexKey + "\n", string(make([]byte, 32))} {
		if _, err := privacy.ParseHostKey([]byte(in)); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
}
