package privacy

import "testing"

func TestAppendLoc(t *testing.T) {
	root := &loc{index: -1}
	a := root.at("pnrs", 12)
	b := a.at("travelers", 0)
	c := b.at("birthDate", -1)
	for _, l := range []*loc{root, &a, &b, &c} {
		if got := string(appendLoc(nil, l)); got != l.String() {
			t.Errorf("appendLoc %q, String %q", got, l.String())
		}
	}
}
