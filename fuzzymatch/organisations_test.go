package fuzzymatch

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrganisationTokens(t *testing.T) {
	tests := []struct {
		raw  string
		want []string
	}{
		{"Volkswagen Gesellschaft mit beschränkter Haftung", []string{"VOLKSWAGEN", "GMBH"}},
		{"Volkswagen G.m.b.H.", []string{"VOLKSWAGEN", "GMBH"}},
		{"Siemens Aktiengesellschaft", []string{"SIEMENS", "AG"}},
		{"Open Joint Stock Company Gazprom", []string{"OJSC", "GAZPROM"}},
		{"Stripe Limited Liability Company", []string{"STRIPE", "LLC"}},
		{"FABERLIC EUROPE Sp. z o.o.", []string{"FABERLIC", "EUROPE", "SPZOO"}},
		{"Brigade Forty-Four", []string{"BRIGADE", "44"}},
		{"A.B.C. Company", []string{"ABC", "CO"}},
		{"Общество с ограниченной ответственностью Байкал", []string{"OOO", "BAIKAL"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, Prepare(tt.raw).Tokens()); d != "" {
			t.Errorf("Prepare(%q).Tokens() -want +got:\n%s", tt.raw, d)
		}
	}
	for _, k := range []struct{ raw, key string }{
		{"1st International Bank", "FIRST"}, {"First International Bank", "1ST"},
		{"Brigade 44", "FORTYFOUR"}, {"Three Percenters", "3"},
	} {
		if keys := Prepare(k.raw).Keys(); !slices.Contains(keys, k.key) {
			t.Errorf("Prepare(%q).Keys() = %v, missing %q", k.raw, keys, k.key)
		}
	}
}
