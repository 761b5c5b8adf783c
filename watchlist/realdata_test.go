package watchlist

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// testdataDir returns PIU_TESTDATA or skips the test.
func testdataDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the test on the real UN and OFAC lists (set it to the shared data folder, e.g. PIU_TESTDATA=../shared/data)")
	}
	return dir
}

func readShared(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdataDir(t), "watchlists", name))
	if err != nil {
		t.Fatalf("reading shared data: %v", err)
	}
	return b
}

var (
	realOnce    sync.Once
	realEntries []Entry
	realErr     error
)

// loadReal loads the full OFAC and UN lists once per test binary.
func loadReal(t testing.TB) []Entry {
	t.Helper()
	sdn, alt, add := readShared(t, "ofac_sdn.csv"), readShared(t, "ofac_alt.csv"), readShared(t, "ofac_add.csv")
	un := readShared(t, "un_consolidated.xml")
	realOnce.Do(func() {
		o, err := LoadOFAC(bytes.NewReader(sdn), bytes.NewReader(alt), bytes.NewReader(add), nil)
		if err != nil {
			realErr = err
			return
		}
		u, err := LoadUN(bytes.NewReader(un), nil)
		if err != nil {
			realErr = err
			return
		}
		realEntries = append(o, u...)
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realEntries
}

// The expected figures are counted here from the raw text with regular
// expressions and line splitting, independently of the decoders.
func TestLoadUNReal(t *testing.T) {
	raw := readShared(t, "un_consolidated.xml")
	entries, err := LoadUN(bytes.NewReader(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	indSections := regexp.MustCompile(`(?s)<INDIVIDUAL>.*?</INDIVIDUAL>`).FindAllString(text, -1)
	entSections := regexp.MustCompile(`(?s)<ENTITY>.*?</ENTITY>`).FindAllString(text, -1)
	aliasRe := regexp.MustCompile(`<ALIAS_NAME>\s*([^<\s][^<]*)</ALIAS_NAME>`)
	origRe := regexp.MustCompile(`<NAME_ORIGINAL_SCRIPT>\s*[^<\s][^<]*</NAME_ORIGINAL_SCRIPT>`)
	dobRe := regexp.MustCompile(`(?s)<INDIVIDUAL_DATE_OF_BIRTH>(.*?)</INDIVIDUAL_DATE_OF_BIRTH>`)
	usable := regexp.MustCompile(`<(DATE|YEAR|FROM_YEAR)>\s*\d|<NOTE>\s*[A-Za-z]+\.? \d{4}\s*</NOTE>`)
	docRe := regexp.MustCompile(`<NUMBER>\s*[^<\s][^<]*</NUMBER>`)
	var wantAlias, wantOrig, wantDOB, wantDocs int
	for _, s := range indSections {
		wantAlias += len(aliasRe.FindAllString(s, -1))
		wantOrig += len(origRe.FindAllString(s, -1))
		wantDocs += len(docRe.FindAllString(s, -1))
		for _, m := range dobRe.FindAllStringSubmatch(s, -1) {
			if usable.MatchString(m[1]) {
				wantDOB++
			}
		}
	}
	var gotInd, gotEnt, gotAlias, gotOrig, gotDOB, gotDocs int
	for _, e := range entries {
		if e.Category == CategoryEntity {
			gotEnt++
			continue
		}
		gotInd++
		gotDOB += len(e.BirthDates)
		gotDocs += len(e.Documents)
		for _, n := range e.Names {
			switch n.Kind {
			case NameAlias, NameFormer:
				gotAlias++
			case NameOriginalScript:
				gotOrig++
			}
		}
	}
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %d, counted %d in the raw XML", what, got, want)
		}
	}
	check("individuals", gotInd, len(indSections))
	check("entities", gotEnt, len(entSections))
	check("individual aliases", gotAlias, wantAlias)
	check("original-script names", gotOrig, wantOrig)
	check("birth dates", gotDOB, wantDOB)
	check("documents", gotDocs, wantDocs)
	t.Logf("UN: %d individuals, %d entities, %d aliases, %d original-script names, %d birth dates, %d documents",
		gotInd, gotEnt, gotAlias, gotOrig, gotDOB, gotDocs)
}

func TestLoadOFACReal(t *testing.T) {
	sdn, alt, add := readShared(t, "ofac_sdn.csv"), readShared(t, "ofac_alt.csv"), readShared(t, "ofac_add.csv")
	entries, err := LoadOFAC(bytes.NewReader(sdn), bytes.NewReader(alt), bytes.NewReader(add), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Count from raw lines: every record of these files is one line.
	lines := func(b []byte) []string {
		var out []string
		for _, l := range strings.Split(string(b), "\r\n") {
			if strings.Trim(l, "\x1a ") != "" {
				out = append(out, l)
			}
		}
		return out
	}
	individual := map[string]bool{}
	var wantDOB, wantWeak int
	dob := regexp.MustCompile(`(?:"|; )(?:alt\. )?DOB `)
	aka := regexp.MustCompile(`a\.k\.a\. '`)
	sdnLines := lines(sdn)
	for _, l := range sdnLines {
		num, _, _ := strings.Cut(l, ",")
		if strings.Contains(l, `,"individual",`) {
			individual[num] = true
			wantDOB += len(dob.FindAllString(l, -1))
		}
		// A weak alias is quoted; OFAC cuts long remarks, so a last one may
		// lack its closing quote and is not a name.
		for _, item := range strings.Split(l, ";") {
			if aka.MatchString(item) && strings.HasSuffix(strings.TrimRight(item, `." `), "'") {
				wantWeak++
			}
		}
	}
	wantAlias := 0
	for _, l := range lines(alt) {
		num, _, _ := strings.Cut(l, ",")
		if individual[num] {
			wantAlias++
		}
	}
	var gotInd, gotAlias, gotDOB, gotWeak, gotAddr int
	for _, e := range entries {
		gotAddr += len(e.Addresses)
		for _, n := range e.Names {
			if n.Quality == QualityWeak {
				gotWeak++
			}
		}
		if e.Category != CategoryIndividual {
			continue
		}
		gotInd++
		gotDOB += len(e.BirthDates)
		for _, n := range e.Names {
			if n.Kind != NamePrimary && n.Quality == QualityStrong {
				gotAlias++
			}
		}
	}
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %d, counted %d in the raw CSV", what, got, want)
		}
	}
	check("entries", len(entries), len(sdnLines))
	check("individuals", gotInd, len(individual))
	check("individual aliases (alt.csv)", gotAlias, wantAlias)
	check("individual birth dates", gotDOB, wantDOB)
	check("weak a.k.a.s in remarks", gotWeak, wantWeak)
	wantAddr := 0
	for _, l := range lines(add) {
		f := strings.Split(l, ",")
		if strings.Count(l, "-0-") < len(f)-2 { // ent_num and add_num are always there
			wantAddr++
		}
	}
	check("addresses", gotAddr, wantAddr)
	t.Logf("OFAC: %d entries, %d individuals, %d individual aliases, %d birth dates, %d weak aliases",
		len(entries), gotInd, gotAlias, gotDOB, gotWeak)
}

// leaveOneOut screens each name of the chosen kinds, as a query, against
// the index with that one name left out, and counts how often the entry it
// belongs to comes first (a tie with the first score counts: the order of
// equal scores is by id, not by merit). Many aliases are noms de guerre
// unlike any other name of the person, which no name matcher can find, so
// it also counts the "matchable" ones: those that the comparator scores at
// or above the threshold against another name of the same entry (less the
// weak-alias penalty when that name is a weak alias).
func leaveOneOut(x *Index, kinds ...NameKind) (r looResult) {
	for id := range x.names {
		n := &x.names[id]
		e := &x.entries[n.entry]
		name := e.Names[n.which]
		if !slices.Contains(kinds, name.Kind) || e.Category != CategoryIndividual {
			continue
		}
		matchable := false
		for j := range x.names {
			if j == id || x.names[j].entry != n.entry {
				if x.names[j].entry > n.entry {
					break
				}
				continue
			}
			sc := x.cmp.Score(n.name, x.names[j].name)
			if e.Names[x.names[j].which].Quality == QualityWeak {
				sc -= x.opts.WeakAliasPenalty
			}
			if sc >= x.opts.Threshold {
				matchable = true
				break
			}
			if x.names[j].entry > n.entry {
				break
			}
		}
		q := Query{Name: name.Full}
		if name.Surname != "" || name.Given != "" {
			q = Query{Surname: name.Surname, Given: name.Given}
		}
		ms := x.screenSkipping(&q, id)
		ok := false
		for _, m := range ms {
			if m.Score < ms[0].Score {
				break
			}
			ok = ok || m.EntryID == e.ID
		}
		r.total++
		if matchable {
			r.matchable++
		}
		if ok {
			r.hits++
			if matchable {
				r.matchableHits++
			}
		}
	}
	return r
}

type looResult struct{ hits, total, matchableHits, matchable int }

func (r looResult) String() string {
	return fmt.Sprintf("%d of %d at rank 1 (%.3f); of the %d matchable, %d (%.3f)", r.hits, r.total,
		float64(r.hits)/float64(r.total), r.matchable, r.matchableHits, float64(r.matchableHits)/float64(r.matchable))
}

func TestRecallAliasesReal(t *testing.T) {
	all := loadReal(t)
	for _, src := range []string{"OFAC SDN", "UN"} {
		var entries []Entry
		for _, e := range all {
			if e.Source == src && e.Category == CategoryIndividual {
				entries = append(entries, e)
			}
		}
		x, err := NewIndex(entries, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		r := leaveOneOut(x, NameAlias, NameFormer)
		t.Logf("%s aliases left out: %v", src, r)
		if f := float64(r.matchableHits) / float64(r.matchable); f < 0.85 {
			t.Errorf("%s: matchable alias recall %.3f below 0.85", src, f)
		}
		if src == "UN" {
			r := leaveOneOut(x, NameOriginalScript)
			t.Logf("UN original-script names left out: %v", r)
			if f := float64(r.hits) / float64(r.total); f < 0.70 {
				t.Errorf("original-script recall %.3f below 0.70", f)
			}
		}
	}
}
