package risk_test

import (
	"os"
	"strings"
	"testing"

	"github.com/openpiu/piu/risk"
)

// TestDocListsCatalogue: the package documentation names every built-in
// attribute and collection, so that it stays true when one is added.
func TestDocListsCatalogue(t *testing.T) {
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(strings.ReplaceAll(string(b), "//", "")), " ")
	c := risk.NewCatalogue()
	for _, a := range c.Attributes() {
		entity, name, _ := strings.Cut(a.Path, ".")
		if a.Entity == risk.EntityTrip && entity == "route" {
			name = a.Path
		}
		section := "- " + string(a.Entity) + ": "
		i := strings.Index(doc, section)
		if i < 0 {
			t.Errorf("doc.go has no line for entity %s", a.Entity)
			continue
		}
		line := doc[i+len(section):]
		if j := strings.Index(line, " - "); j >= 0 {
			line = line[:j]
		}
		if !strings.Contains(", "+line+",", " "+name+",") && !strings.Contains(", "+line+",", " "+name+" ") {
			t.Errorf("doc.go does not list %s under %s", a.Path, a.Entity)
		}
	}
	for _, k := range c.Collections() {
		if !strings.Contains(doc, k.Name) {
			t.Errorf("doc.go does not name collection %s", k.Name)
		}
	}
}
