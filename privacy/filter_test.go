package privacy_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/privacy"
)

// The codes EU practice names (issue list): every one is removed.
var (
	mealCodes = []string{"AVML", "BBML", "BLML", "CHML", "DBML", "FPML", "GFML", "HNML", "KSML", "LCML", "LFML", "LSML",
		"MOML", "NLML", "RVML", "SFML", "VGML", "VJML", "VLML", "VOML", "SKML"}
	medicalCodes = []string{"WCHR", "WCHS", "WCHC", "WCBD", "WCBW", "WCMP", "WCOB", "MEDA", "BLND", "DEAF", "DPNA", "OXYG",
		"STCR", "LEGL", "MAAS"}
	// kept: codes that reveal none of the art. 13(4) categories.
	keptCodes = []string{"DOCS", "CTCE", "TKNE", "INFT", "UMNR", "PETC", "DEPA", "SEAT", "FQTV", "OTHS"}
)

func filter(t testing.TB) *privacy.Filter {
	t.Helper()
	f, err := privacy.NewFilter(nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSSRCodes(t *testing.T) {
	f := filter(t)
	p := &pnrgov.PNR{}
	for _, list := range [][]string{mealCodes, medicalCodes, keptCodes} {
		for _, c := range list {
			p.SSRs = append(p.SSRs, pnrgov.SSR{Code: c, Status: "HK", Airline: "ZZ"})
		}
	}
	q, removed := f.PNR(p)
	var left []string
	for _, s := range q.SSRs {
		left = append(left, s.Code)
	}
	if !slices.Equal(left, keptCodes) {
		t.Errorf("kept %v, want %v", left, keptCodes)
	}
	if len(removed) != len(mealCodes)+len(medicalCodes) {
		t.Fatalf("%d removals, want %d", len(removed), len(mealCodes)+len(medicalCodes))
	}
	for i, r := range removed {
		want := privacy.ReasonMeal
		if i >= len(mealCodes) {
			want = privacy.ReasonMedical
		}
		if r.Reason != want || r.Path != "ssrs["+strconv.Itoa(i)+"]" {
			t.Errorf("removal %d: %+v, want reason %s", i, r, want)
		}
	}
	if len(p.SSRs) != len(mealCodes)+len(medicalCodes)+len(keptCodes) {
		t.Error("the filter changed its input")
	}
}

func TestPatterns(t *testing.T) {
	f := filter(t)
	removed := map[string]privacy.Reason{
		"PAX REQ KSML":                    privacy.ReasonMeal,
		"PLS PROVIDE HALAL FOOD":          privacy.ReasonMeal,
		"gluten-free please":              privacy.ReasonMeal,
		"PAX NEEDS WHEELCHAIR TO GATE":    privacy.ReasonHealth,
		"PAX IS PREGNANT 30 WEEKS":        privacy.ReasonHealth,
		"TRAVELS WITH OXYGEN CONCENTRATR": privacy.ReasonHealth,
		"diabetic, carries insulin":       privacy.ReasonHealth,
		"WCHC ASSIST TO SEAT":             privacy.ReasonMedical,
		"GROUP UMRAH 2026":                privacy.ReasonBelief,
		"MUSLIM PILGRIMS":                 privacy.ReasonBelief,
	}
	kept := []string{"CTCM 6591234567", "MR MOORE", "CHRISTIAN TEMPLE", "BLINDER LTD", "DEAFENING", "HIVELY", "TKT ISSUED",
		"AIDSLEY", "SEAT 12A REQUESTED", "GAY JOHN MR"}
	for text, reason := range removed {
		p := &pnrgov.PNR{Remarks: []pnrgov.Remark{{Qualifier: "3", Type: "28", Text: []string{text}}}}
		q, rs := f.PNR(p)
		if len(q.Remarks) != 0 || len(rs) != 1 || rs[0].Reason != reason || rs[0].Path != "remarks[0]" {
			t.Errorf("%q: kept %v, removals %+v; want removed for %s", text, q.Remarks, rs, reason)
		}
	}
	for _, text := range kept {
		p := &pnrgov.PNR{Remarks: []pnrgov.Remark{{Text: []string{text}}}}
		if q, rs := f.PNR(p); len(q.Remarks) != 1 || len(rs) != 0 {
			t.Errorf("%q: removed (%+v)", text, rs)
		}
	}
	if _, err := privacy.NewFilter(&privacy.FilterOptions{Patterns: []privacy.Pattern{{Name: "x", Reason: "health", Expr: "("}}}); err == nil {
		t.Error("a bad pattern compiles")
	}
	if _, err := privacy.NewFilter(&privacy.FilterOptions{Patterns: []privacy.Pattern{{Expr: "X"}}}); err == nil {
		t.Error("a pattern without name and reason is accepted")
	}
}

// sensitivePush returns pnrgovtest's push with sensitive data everywhere it
// can be: traveller, PNR and leg SSRs, OSI remarks, payment remarks, SSR
// OTHS text, history lines and changes, and a segment kept as sent.
func sensitivePush() *pnrgov.Message {
	m := pnrgovtest.Push(3, 7)
	p := m.PNRs[0]
	p.Travelers[0].SSRs = append(p.Travelers[0].SSRs, pnrgov.SSR{Code: "KSML", Status: "HK", Quantity: "1", Airline: "ZZ"},
		pnrgov.SSR{Code: "OTHS", Status: "HK", Airline: "ZZ", Text: "PAX TRAVELS WITH STRETCHER"})
	p.SSRs = append(p.SSRs, pnrgov.SSR{Code: "WCHR", Status: "HK", Quantity: "1", Airline: "ZZ"})
	p.Itinerary[0].SSRs = append(p.Itinerary[0].SSRs, pnrgov.SSR{Code: "MEDA", Status: "HK", Quantity: "1", Airline: "ZZ"})
	p.Remarks = append(p.Remarks, pnrgov.Remark{Qualifier: "3", Type: "28", Airline: "ZZ", Text: []string{"PAX IS DIABETIC"}})
	p.HistoryLines = append(p.HistoryLines, "20/Z/SSR VGML HK1 ADDED")
	p.History = append(p.History, pnrgov.History{Changes: []pnrgov.Change{{Action: "A",
		SSRs: []pnrgov.SSR{{Code: "BLND", Status: "HK", Quantity: "1", Airline: "ZZ"}}}}})
	p.Unknown = append(p.Unknown, edifact.NewSegment("SSR", edifact.Element{Components: []string{"DEAF", "HK", "1", "ZZ"}}))
	return m
}

// sensitiveWords are what must appear in no output of the filtered push.
var sensitiveWords = []string{"KSML", "STRETCHER", "WCHR", "MEDA", "DIABETIC", "VGML", "BLND", "DEAF"}

func TestNoSensitiveDataInAnyOutput(t *testing.T) {
	f := filter(t)
	m := sensitivePush()
	before, _ := json.Marshal(m)
	clean, removed := f.PNRGOV(m)
	if len(removed) != len(sensitiveWords) {
		t.Errorf("%d removals, want %d: %+v", len(removed), len(sensitiveWords), removed)
	}
	js, _ := json.Marshal(clean)
	removals, _ := json.Marshal(removed)
	edi, err := pnrgov.Encode(clean, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pnrgov.Decode(edi, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(res)
	for _, w := range sensitiveWords {
		for name, out := range map[string][]byte{"JSON": js, "EDIFACT": edi, "decoded again": again} {
			if bytes.Contains(out, []byte(w)) {
				t.Errorf("%s holds %s", name, w)
			}
		}
		if bytes.Contains(removals, []byte("STRETCHER")) || bytes.Contains(removals, []byte("DIABETIC")) {
			t.Error("the removals hold a removed value")
		}
	}
	// The rest is all there, and the input is unchanged.
	if after, _ := json.Marshal(m); !bytes.Equal(before, after) {
		t.Error("the filter changed its input")
	}
	if len(clean.PNRs) != 3 || len(clean.PNRs[0].Travelers) != len(m.PNRs[0].Travelers) ||
		len(clean.PNRs[0].Travelers[0].SSRs) != len(m.PNRs[0].Travelers[0].SSRs)-2 {
		t.Error("the filter removed more than the sensitive data")
	}
}

func TestDecodeFilter(t *testing.T) {
	f := filter(t)
	edi, err := pnrgov.Encode(sensitivePush(), pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var removed []privacy.Removal
	res, err := pnrgov.Decode(edi, &pnrgov.DecodeOptions{Filter: f.DecodeFilter(func(r privacy.Removal) { removed = append(removed, r) })})
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(res)
	for _, w := range sensitiveWords {
		if bytes.Contains(js, []byte(w)) {
			t.Errorf("the decoded push holds %s", w)
		}
	}
	// The PNR's raw segments held each sensitive segment too.
	if len(removed) < len(sensitiveWords)-1 { // the history change and its raw segment
		t.Errorf("%d removals: %+v", len(removed), removed)
	}
	for _, p := range res.Messages[0].PNRs {
		for _, s := range p.Segments {
			if strings.Contains(s.String(), "KSML") {
				t.Error("a raw segment holds KSML")
			}
		}
	}
}

func TestRetention(t *testing.T) {
	at := time.Date(2026, 8, 31, 10, 0, 0, 0, time.UTC)
	r := privacy.RetentionOf(at)
	if want := time.Date(2027, 3, 3, 10, 0, 0, 0, time.UTC); !r.Depersonalise.Equal(want) {
		t.Errorf("depersonalise %v, want %v", r.Depersonalise, want)
	}
	if want := time.Date(2031, 8, 31, 10, 0, 0, 0, time.UTC); !r.Delete.Equal(want) {
		t.Errorf("delete %v, want %v", r.Delete, want)
	}
	for _, c := range []struct {
		now  time.Time
		want privacy.Action
	}{{at, privacy.Keep}, {r.Depersonalise.Add(-time.Second), privacy.Keep}, {r.Depersonalise, privacy.Depersonalise},
		{r.Delete.Add(-time.Second), privacy.Depersonalise}, {r.Delete, privacy.Delete}} {
		if got := r.Due(c.now); got != c.want {
			t.Errorf("due at %v: %s, want %s", c.now, got, c.want)
		}
	}
}
