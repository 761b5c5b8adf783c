package airport

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/openpiu/piu/airport/internal/tablegen"
)

// example_test.go imports time/tzdata, so that the zone tests run on systems
// without a tz database too.

func TestLookupKnown(t *testing.T) {
	tests := []struct {
		code, country, zone string
		why                 string
	}{
		{"LHR", "GB", "Europe/London", ""},
		{"JFK", "US", "America/New_York", ""},
		{"SIN", "SG", "Asia/Singapore", ""},
		{"SYD", "AU", "Australia/Sydney", ""},
		{"XWA", "US", "America/Chicago", "rule 2: OPTD's Canadian rows are more frequent, OurAirports' US airport wins"},
		{"SHO", "SZ", "Africa/Mbabane", "rule 2: OPTD ties SZ and KR"},
		{"MHQ", "FI", "Europe/Mariehamn", "rule 3: OPTD says AX, OurAirports FI"},
		{"LUZ", "PL", "Europe/Warsaw", "rule 2 (rule 4 agrees): a CN row beside two PL rows"},
		{"DUT", "US", "America/Anchorage", "rule 5: Nome and Anchorage tie, same offsets, first by name"},
		{"PRN", "XK", "Europe/Belgrade", "rule 1: zone.tab does not list XK"},
	}
	for _, tt := range tests {
		a, ok := Lookup(tt.code)
		want := Airport{Code: tt.code, Country: tt.country, Zone: tt.zone}
		if !ok || a != want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v (%s)", tt.code, a, ok, want, tt.why)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, code := range []string{
		"", "L", "LH", "LHRX", "lhr", "Lhr", "LhR", "L1R", "LH ", " LH", "LH\x00",
		"\xc4BC", "ÄB", "@@@", "[[[",
		"AAW", // OPTD ties PK and DE: left out (rule 5)
		"ZHH", // OPTD's Europe/Zurich is not a zone of OurAirports' CA (rule 3)
		"QDE", // OPTD gives BR Indian/Antananarivo (rule 1)
		"SNP", // OPTD ties America/Adak and America/Anchorage, an hour apart (rule 5)
	} {
		if a, ok := Lookup(code); ok || a != (Airport{}) {
			t.Errorf("Lookup(%q) = %+v, %v; want the zero Airport, false", code, a, ok)
		}
	}
}

func TestLookupEveryCode(t *testing.T) {
	for i := range tablePlace {
		code := tableCodes[3*i : 3*i+3]
		p := tablePlaces[tablePlace[i]]
		a, ok := Lookup(code)
		if !ok || a != (Airport{code, p.country, p.zone}) {
			t.Fatalf("Lookup(%q) = %+v, %v; want %v", code, a, ok, p)
		}
	}
}

func TestLookupAllocs(t *testing.T) {
	code := string([]byte("SIN")) // not the table's own string
	if n := testing.AllocsPerRun(100, func() { Lookup(code); Lookup("ZZA") }); n != 0 {
		t.Errorf("Lookup allocates %v times per call, want 0", n)
	}
}

func TestTableWellFormed(t *testing.T) {
	if len(tableCodes)%3 != 0 || len(tableCodes)/3 != len(tablePlace) {
		t.Fatalf("%d code bytes for %d places", len(tableCodes), len(tablePlace))
	}
	prev := ""
	for i := range tablePlace {
		code := tableCodes[3*i : 3*i+3]
		if !upper(code, 3) {
			t.Errorf("code %d %q is not 3 upper-case letters", i, code)
		}
		if code <= prev {
			t.Errorf("code %d %q follows %q: not sorted, or repeated", i, code, prev)
		}
		prev = code
		if int(tablePlace[i]) >= len(tablePlaces) {
			t.Errorf("code %q: place %d out of range", code, tablePlace[i])
		}
	}
	if int(tablePrefix[26*26]) != len(tablePlace) {
		t.Errorf("tablePrefix ends at %d, want %d", tablePrefix[26*26], len(tablePlace))
	}
	for pair := range 26 * 26 {
		want := string([]byte{byte('A' + pair/26), byte('A' + pair%26)})
		for i := int(tablePrefix[pair]); i < int(tablePrefix[pair+1]); i++ {
			if tableCodes[3*i:3*i+2] != want {
				t.Fatalf("tablePrefix puts code %q under %q", tableCodes[3*i:3*i+3], want)
			}
		}
	}
	seen := make(map[string]bool)
	for _, p := range tablePlaces {
		if !upper(p.country, 2) || p.zone == "" || seen[p.country+" "+p.zone] {
			t.Errorf("place %v is malformed or repeated", p)
		}
		seen[p.country+" "+p.zone] = true
	}
}

func upper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func TestTableZonesLoad(t *testing.T) {
	for _, p := range tablePlaces {
		if _, err := time.LoadLocation(p.zone); err != nil {
			t.Errorf("%s %s: %v", p.country, p.zone, err)
		}
	}
}

// TestTableCurrent regenerates the table from the shared data and compares
// it with table.go, so that a table older than its sources or gen's rules
// fails.
func TestTableCurrent(t *testing.T) {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the comparison of table.go with a table regenerated from the shared airport data (set it to the shared data folder)")
	}
	committed, err := os.ReadFile("table.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^// Generated on (\d{4}-\d\d-\d\d)\.`).FindSubmatch(committed)
	if m == nil {
		t.Fatal("table.go has no \"// Generated on YYYY-MM-DD.\" line")
	}
	got, _, err := tablegen.Generate(filepath.Join(dir, "airports"), string(m[1]))
	if errors.Is(err, tablegen.ErrNoTZ) {
		t.Skipf("skipping the regeneration of table.go: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		// The rules read the system's tz database: another one may settle
		// a code otherwise, which says nothing of the sources.
		tz := regexp.MustCompile(`zone\.tab SHA-256 ([0-9a-f]+)`)
		if g, c := tz.FindSubmatch(got), tz.FindSubmatch(committed); g != nil && c != nil && !bytes.Equal(g[1], c[1]) {
			t.Skipf("table.go was generated against another tz database (zone.tab %.12s, here %.12s): not compared", c[1], g[1])
		}
		gl, cl := bytes.Split(got, []byte("\n")), bytes.Split(committed, []byte("\n"))
		i := 0
		for i < len(gl) && i < len(cl) && bytes.Equal(gl[i], cl[i]) {
			i++
		}
		t.Errorf("table.go is stale from line %d: run go generate ./airport/ (PIU_TESTDATA=%s)", i+1, dir)
	}
}

func TestLocation(t *testing.T) {
	a, _ := Lookup("SYD")
	l1, err := a.Location()
	if err != nil || l1.String() != "Australia/Sydney" {
		t.Fatalf("SYD Location() = %v, %v", l1, err)
	}
	l2, _ := a.Location()
	if l1 != l2 {
		t.Error("a second Location() loaded the zone again instead of the cached one")
	}
	for _, a := range []Airport{{}, {Code: "LHR", Country: "GB"}, {Zone: "Local"}, {Zone: "Mars/Olympus_Mons"}} {
		if l, err := a.Location(); err == nil {
			t.Errorf("%+v.Location() = %v, want an error", a, l)
		}
	}
}

func TestJSON(t *testing.T) {
	a, _ := Lookup("LHR")
	b, err := json.Marshal(a)
	if want := `{"code":"LHR","country":"GB","zone":"Europe/London"}`; err != nil || string(b) != want {
		t.Errorf("json.Marshal = %s, %v; want %s", b, err, want)
	}
}

var (
	referenceOnce sync.Once
	reference     map[string]Airport
)

// FuzzLookup checks that Lookup never panics, that a true result is the
// input's own 3-letter upper-case code, and that it agrees with a map of
// the whole table.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"LHR", "lhr", "", "AAA", "ZZZ", "ZZZZ", "AAW", "L\xffR", "\x00\x00\x00"} {
		f.Add(s)
	}
	referenceOnce.Do(func() {
		reference = make(map[string]Airport, len(tablePlace))
		for i := range tablePlace {
			p := tablePlaces[tablePlace[i]]
			code := tableCodes[3*i : 3*i+3]
			reference[code] = Airport{code, p.country, p.zone}
		}
	})
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := Lookup(s)
		want, known := reference[s]
		if ok != known || a != want {
			t.Fatalf("Lookup(%q) = %+v, %v; want %+v, %v", s, a, ok, want, known)
		}
		if ok && (a.Code != s || !upper(s, 3)) {
			t.Fatalf("Lookup(%q) = %+v: not the input's upper-case code", s, a)
		}
	})
}

var sink Airport

// BenchmarkLookup cycles through hits and misses. Target: under 50 ns and
// 0 allocations per lookup.
func BenchmarkLookup(b *testing.B) {
	codes := []string{"LHR", "JFK", "SIN", "SYD", "AAA", "ZZZ", "QDE", "lhr"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink, _ = Lookup(codes[i%len(codes)])
	}
}

// BenchmarkLocation measures Location once the zone is cached.
func BenchmarkLocation(b *testing.B) {
	a, _ := Lookup("LHR")
	if _, err := a.Location(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Location(); err != nil {
			b.Fatal(err)
		}
	}
}
