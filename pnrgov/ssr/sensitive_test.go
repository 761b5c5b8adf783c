package ssr_test

import (
	"testing"

	"github.com/openpiu/piu/pnrgov/ssr"
)

func TestSensitive(t *testing.T) {
	tests := []struct {
		code   string
		reason ssr.Reason
		ok     bool
	}{
		// The meal codes of the IATA list, religious and medical alike.
		{"AVML", ssr.ReasonMeal, true}, {"BBML", ssr.ReasonMeal, true}, {"BLML", ssr.ReasonMeal, true},
		{"CHML", ssr.ReasonMeal, true}, {"DBML", ssr.ReasonMeal, true}, {"FPML", ssr.ReasonMeal, true},
		{"GFML", ssr.ReasonMeal, true}, {"HNML", ssr.ReasonMeal, true}, {"KSML", ssr.ReasonMeal, true},
		{"LCML", ssr.ReasonMeal, true}, {"LFML", ssr.ReasonMeal, true}, {"LSML", ssr.ReasonMeal, true},
		{"MOML", ssr.ReasonMeal, true}, {"NLML", ssr.ReasonMeal, true}, {"RVML", ssr.ReasonMeal, true},
		{"SFML", ssr.ReasonMeal, true}, {"VGML", ssr.ReasonMeal, true}, {"VJML", ssr.ReasonMeal, true},
		{"VLML", ssr.ReasonMeal, true}, {"VOML", ssr.ReasonMeal, true}, {"SPML", ssr.ReasonMeal, true},
		{"ORML", ssr.ReasonMeal, true}, {"JNML", ssr.ReasonMeal, true},
		// An airline's own meal code follows the pattern.
		{"SKML", ssr.ReasonMeal, true}, {"GRML", ssr.ReasonMeal, true},
		// Medical cases and assistance.
		{"WCHR", ssr.ReasonMedical, true}, {"WCHS", ssr.ReasonMedical, true}, {"WCHC", ssr.ReasonMedical, true},
		{"WCBD", ssr.ReasonMedical, true}, {"WCBW", ssr.ReasonMedical, true}, {"WCMP", ssr.ReasonMedical, true},
		{"WCOB", ssr.ReasonMedical, true}, {"MEDA", ssr.ReasonMedical, true}, {"BLND", ssr.ReasonMedical, true},
		{"DEAF", ssr.ReasonMedical, true}, {"DPNA", ssr.ReasonMedical, true}, {"OXYG", ssr.ReasonMedical, true},
		{"STCR", ssr.ReasonMedical, true}, {"LEGL", ssr.ReasonMedical, true}, {"MAAS", ssr.ReasonMedical, true},
		{"ESAN", ssr.ReasonMedical, true}, {"SVAN", ssr.ReasonMedical, true}, {"PPOC", ssr.ReasonMedical, true},
		{"POXY", ssr.ReasonMedical, true},
		// Any wheelchair code.
		{"WCEC", ssr.ReasonMedical, true},
		// Case does not hide a code.
		{"vgml", ssr.ReasonMeal, true}, {"Wchr", ssr.ReasonMedical, true},
		// Not sensitive: documents, contacts, deportees, minors, pets, seats.
		{"DOCS", "", false}, {"DOCA", "", false}, {"FOID", "", false}, {"CTCE", "", false}, {"CTCM", "", false},
		{"DEPA", "", false}, {"DEPU", "", false}, {"INAD", "", false}, {"UMNR", "", false}, {"PETC", "", false},
		{"EXST", "", false}, {"SEAT", "", false}, {"INFT", "", false}, {"TKNE", "", false}, {"FQTV", "", false},
		// Not a code.
		{"", "", false}, {"VGM", "", false}, {"VGMLX", "", false}, {"VG L", "", false}, {"W1ML", "", false},
	}
	for _, tt := range tests {
		r, ok := ssr.Sensitive(tt.code)
		if r != tt.reason || ok != tt.ok {
			t.Errorf("Sensitive(%q) = %q, %v; want %q, %v", tt.code, r, ok, tt.reason, tt.ok)
		}
	}
}

func TestSensitiveAllocs(t *testing.T) {
	codes := []string{"VGML", "wchr", "DOCS", "SKML", "x"}
	if n := testing.AllocsPerRun(100, func() {
		for _, c := range codes {
			ssr.Sensitive(c)
		}
	}); n != 0 {
		t.Errorf("Sensitive allocates %v times", n)
	}
}
