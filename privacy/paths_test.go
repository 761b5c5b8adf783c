package privacy

import "testing"

func TestFieldPath(t *testing.T) {
	root := &fieldPath{index: -1}
	a := root.at("pnrs", 12)
	b := a.at("travelers", 0)
	c := b.at("birthDate", -1)
	for l, want := range map[*fieldPath]string{root: "", &a: "pnrs[12]", &b: "pnrs[12].travelers[0]", &c: "pnrs[12].travelers[0].birthDate"} {
		if got := string(l.appendTo(nil)); got != want {
			t.Errorf("%q, want %q", got, want)
		}
	}
}
