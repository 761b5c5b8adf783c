package privacy_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst/paxlsttest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// flights builds the scenario's flight from its push and passenger list,
// masked or not.
func flight(t *testing.T, mask bool) *manifest.Flight {
	t.Helper()
	edi, err := pnrgov.Encode(risktest.Push(), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	push := res.Messages[0]
	list := paxlsttest.ListFor(push)
	if mask {
		m := masker(t, false)
		if push, _, err = m.PNRGOV(push); err != nil {
			t.Fatal(err)
		}
		if list, _, err = m.PAXLST(list); err != nil {
			t.Fatal(err)
		}
	}
	b := manifest.NewBuilder()
	b.Country = risktest.Country
	b.AddPNRGOV(push)
	b.AddPAXLST(list)
	fs := b.Build()
	if len(fs) != 1 {
		t.Fatalf("%d flights", len(fs))
	}
	return fs[0]
}

// reads calls fn with every value of every attribute of the catalogue, for
// every traveller and every element of every collection.
func reads(f *manifest.Flight, cat *risk.Catalogue, fn func(env *risk.Env, a risk.Attribute, v risk.Value)) {
	byEntity := map[risk.Entity][]risk.Attribute{}
	for _, a := range cat.Attributes() {
		byEntity[a.Entity] = append(byEntity[a.Entity], a)
	}
	for _, tr := range f.Travelers {
		env := &risk.Env{Flight: f, Traveler: tr}
		for _, e := range []risk.Entity{risk.EntityTraveler, risk.EntityBooking, risk.EntityFlight, risk.EntityTrip} {
			for _, a := range byEntity[e] {
				fn(env, a, a.Get(env))
			}
		}
		for _, c := range cat.Collections() {
			n, _ := c.Len(env)
			for i := range n {
				c.Set(env, i)
				for _, a := range byEntity[c.Entity] {
					fn(env, a, a.Get(env))
				}
			}
		}
	}
}

// TestRulesSeeMasked: on a flight built from masked messages, no
// attribute the catalogue flags identifying reads a value as sent: each is
// a pseudonym (risk.Options.Masked = privacy.IsMasked), a year alone, or
// missing; and rules on them are not evaluable.
func TestRulesSeeMasked(t *testing.T) {
	cat := risk.NewCatalogue()
	known := map[string]int{}
	reads(flight(t, false), cat, func(_ *risk.Env, a risk.Attribute, v risk.Value) {
		if a.Identifying && v.State == risk.Known {
			known[a.Path]++
		}
	})
	leaked := map[string]bool{}
	reads(flight(t, true), cat, func(env *risk.Env, a risk.Attribute, v risk.Value) {
		if !a.Identifying || v.State != risk.Known {
			return
		}
		switch v.Type {
		case risk.TypeString, risk.TypeCode:
			// A link's value is what PNRs share: an agent's IATA number
			// (from the agency, not a traveller) stays.
			if !privacy.IsMasked(v.Str) && !(env.Link != nil && env.Link.Kind == manifest.LinkAgent) {
				leaked[a.Path] = true
			}
		case risk.TypeDate:
			if !v.Date.Partial() {
				leaked[a.Path] = true
			}
		case risk.TypeNumber:
			// The party size counts the PNR's traveller records, which
			// masking keeps (masked): only Options.Depersonalised masks it.
			if a.Path != "booking.partySize" {
				leaked[a.Path] = true
			}
		default:
			leaked[a.Path] = true
		}
	})
	for p := range leaked {
		t.Errorf("%s reads a value as sent on masked data", p)
	}
	for _, a := range cat.Attributes() {
		if a.Identifying && known[a.Path] == 0 {
			t.Logf("%s: the scenario has no value (not checked)", a.Path)
		}
	}
	if len(known) < 8 {
		t.Errorf("only %d identifying attributes had values before masking: %v", len(known), known)
	}

	// A rule on a name and one on a date of birth: hits on the data as
	// sent, not evaluable on masked data.
	rules := []byte(`{"name": "t", "version": "1", "rules": [
		{"id": "NAME", "version": 1, "title": "name", "weight": 0.5,
		 "when": {"id": "n", "field": "traveler.surname", "op": "eq", "value": "SAMPEL"}},
		{"id": "BORN", "version": 1, "title": "born", "weight": 0.5,
		 "when": {"id": "b", "field": "traveler.birthDate", "op": "eq", "value": "1985-05-04"}}]}`)
	rs, err := risk.Compile(rules, &risk.CompileOptions{Catalogue: cat})
	if err != nil {
		t.Fatal(err)
	}
	e, err := risk.NewEngine(risk.Config{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	count := func(f *manifest.Flight) (hits, notEvaluable string) {
		r, err := e.EvaluateWith(context.Background(), f, risk.Options{Masked: privacy.IsMasked})
		if err != nil {
			t.Fatal(err)
		}
		var h, n []string
		for _, tr := range r.Travelers {
			for _, x := range tr.Hits {
				h = append(h, x.Rule)
			}
			for _, x := range tr.NotEvaluable {
				n = append(n, x.Rule)
			}
		}
		return fmt.Sprint(h), fmt.Sprint(len(n))
	}
	if h, _ := count(flight(t, false)); h != "[NAME BORN]" {
		t.Errorf("hits on the data as sent: %s, want [NAME BORN]", h)
	}
	if h, n := count(flight(t, true)); h != "[]" || n == "0" {
		t.Errorf("masked: hits %s, %s not evaluable; want none, and every traveller not evaluable", h, n)
	}

	// The party size, which the traveller records still show, is masked
	// for rules on depersonalised data.
	party, err := risk.Compile([]byte(`{"name": "p", "version": "1", "rules": [{"id": "PARTY", "version": 1,
		"title": "party", "weight": 0.5, "when": {"id": "p", "field": "booking.partySize", "op": "ge", "value": 1}}]}`),
		&risk.CompileOptions{Catalogue: cat})
	if err != nil {
		t.Fatal(err)
	}
	pe, err := risk.NewEngine(risk.Config{Rules: party})
	if err != nil {
		t.Fatal(err)
	}
	for _, depersonalised := range []bool{false, true} {
		r, err := pe.EvaluateWith(context.Background(), flight(t, depersonalised), risk.Options{Depersonalised: depersonalised})
		if err != nil {
			t.Fatal(err)
		}
		hits, unknown := 0, 0
		for _, tr := range r.Travelers {
			hits += len(tr.Hits)
			unknown += len(tr.NotEvaluable)
		}
		if depersonalised && (hits != 0 || unknown == 0) || !depersonalised && hits == 0 {
			t.Errorf("depersonalised %v: %d party-size hits, %d not evaluable", depersonalised, hits, unknown)
		}
	}
}

// TestLinksOnMaskedData: the PNRs that share a card, e-mail, phone,
// address or frequent-flyer number in the data as sent share its
// pseudonym once masked (when sent alike: pseudonyms are of values as
// sent, so "+44 20 7946 0000" and "020 7946 0000" no longer meet).
func TestLinksOnMaskedData(t *testing.T) {
	kinds := func(f *manifest.Flight) map[manifest.LinkKind]string {
		out := map[manifest.LinkKind]string{}
		for _, l := range f.Links {
			out[l.Kind] += fmt.Sprint(l.PNRs)
		}
		return out
	}
	sent, masked := kinds(flight(t, false)), kinds(flight(t, true))
	if sent[manifest.LinkCard] == "" {
		t.Fatalf("no card links in the scenario: %v", sent)
	}
	for k, v := range sent {
		if masked[k] != v {
			t.Errorf("%s links: %s masked, %s as sent", k, masked[k], v)
		}
	}
}

// TestFlightMask: a built flight masked holds no traveller's value in its
// JSON, reads as masked to rules, and unmasks to the same JSON.
func TestFlightMask(t *testing.T) {
	f := flight(t, false)
	want, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	out, r, err := masker(t, true).Flight(f)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range f.Travelers {
		for _, v := range []string{tr.Surname, tr.GivenNames, tr.BirthDate.String()} {
			if len(v) >= 4 && strings.Contains(string(js), v) {
				t.Errorf("masked flight holds a traveller's name or date of birth (%d bytes)", len(v))
			}
		}
		for _, d := range tr.Documents {
			if strings.Contains(string(js), d.Number) {
				t.Error("masked flight holds a document number")
			}
		}
	}
	cat := risk.NewCatalogue()
	reads(out, cat, func(env *risk.Env, a risk.Attribute, v risk.Value) {
		if a.Identifying && v.State == risk.Known && v.Type == risk.TypeString && !privacy.IsMasked(v.Str) &&
			!(env.Link != nil && env.Link.Kind == manifest.LinkAgent) {
			t.Errorf("%s reads a value as sent", a.Path)
		}
	})
	back, err := privacy.NewUnmasker(testUnseal).Flight(out, r.Sealed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("unmasked flight differs from the original")
	}
	if again, _ := json.Marshal(f); string(again) != string(want) {
		t.Error("masking changed the flight")
	}
}
