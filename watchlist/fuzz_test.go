package watchlist

import (
	"bytes"
	"context"
	"github.com/openpiu/piu/civil"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func addFile(f *testing.F, name string) {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

// FuzzLoadUN: no panic, and what loads survives a JSON round trip.
func FuzzLoadUN(f *testing.F) {
	addFile(f, "un_sample.xml")
	f.Add([]byte("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := LoadUN(bytes.NewReader(b), nil)
		if err != nil {
			return
		}
		roundTripJSON(t, entries)
	})
}

// FuzzLoadOFAC: no panic on any of the three files.
func FuzzLoadOFAC(f *testing.F) {
	sdn, _ := os.ReadFile("testdata/ofac_sdn.csv")
	alt, _ := os.ReadFile("testdata/ofac_alt.csv")
	add, _ := os.ReadFile("testdata/ofac_add.csv")
	f.Add(sdn, alt, add)
	f.Add([]byte("1,\"A, B\",\"individual\",\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"DOB circa 1955-1958; Passport X (Y\"\r\n"), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, sdn, alt, add []byte) {
		entries, err := LoadOFAC(bytes.NewReader(sdn), bytes.NewReader(alt), bytes.NewReader(add), nil)
		if err != nil {
			return
		}
		roundTripJSON(t, entries)
	})
}

// FuzzLoadCSV: no panic; read → write → read gives the same entries.
func FuzzLoadCSV(f *testing.F) {
	addFile(f, "national.csv")
	f.Add([]byte("id,name,birth_dates,documents\n1,A,~1960..1962|1970-01,P::1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := LoadCSV(bytes.NewReader(b), nil)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, entries); err != nil {
			return // values that the CSV format cannot carry
		}
		back, err := LoadCSV(&buf, nil)
		if err != nil {
			t.Fatalf("reading back what WriteCSV wrote: %v", err)
		}
		if d := cmp.Diff(entries, back); d != "" {
			t.Fatalf("CSV round trip (-first +second):\n%s", d)
		}
	})
}

// FuzzLoadJSON: no panic; read → write → read gives the same entries.
func FuzzLoadJSON(f *testing.F) {
	addFile(f, "national.json")
	f.Add([]byte(`[{"id":"x","documents":[{"number":"1"}]}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := LoadJSON(bytes.NewReader(b), nil)
		if err != nil {
			return
		}
		roundTripJSON(t, entries)
	})
}

func roundTripJSON(t *testing.T, entries []Entry) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, entries); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	back, err := LoadJSON(&buf, nil)
	if err != nil {
		if strings.Contains(err.Error(), "duplicate") || strings.Contains(err.Error(), "required") {
			return // loaders that accept what LoadJSON validates more strictly
		}
		t.Fatalf("reading back what WriteJSON wrote: %v", err)
	}
	// JSON omits empty lists, so an empty list reads back as nil.
	if d := cmp.Diff(entries, back, cmpopts.EquateEmpty()); d != "" {
		t.Fatalf("JSON round trip (-first +second):\n%s", d)
	}
}

// FuzzNormalizeDocumentNumber: idempotent, and the index finds what it
// holds.
func FuzzNormalizeDocumentNumber(f *testing.F) {
	for _, s := range []string{"A 123-456", "OI01", "", "№ 7", "X1234567890123456789012345678901234567890123456789"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeDocumentNumber(s)
		if NormalizeDocumentNumber(n) != n {
			t.Fatalf("not idempotent")
		}
		var b docIndexBuilder
		kept := b.Add(s, 7)
		if kept != (n != "") {
			t.Fatalf("Add kept=%v for a number that normalises to %d bytes", kept, len(n))
		}
		got := b.Build().AppendLookup(nil, n)
		if kept && (len(got) != 1 || got[0] != 7) {
			t.Fatalf("lookup of an added number gave %v", got)
		}
	})
}

// FuzzParseBirthDate: round trip through String.
func FuzzParseBirthDate(f *testing.F) {
	for _, s := range []string{"1971-05-03", "~1960..1962", "1970-02", "0000", "1970-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBirthDate(s)
		if err != nil {
			return
		}
		back, err := ParseBirthDate(b.String())
		if err != nil || back != b {
			t.Fatalf("round trip through %q: %v, %v", b.String(), back, err)
		}
	})
}

// FuzzScreen: any traveller data screens without panic, and results are
// sorted and above the threshold.
func FuzzScreen(f *testing.F) {
	x := testIndex(f)
	f.Add("DOE", "JANE MARY", "O9AA 12345", 1980, 2, 29)
	f.Add("ИВАНОВ", "", "", 0, 0, 0)
	f.Fuzz(func(t *testing.T, surname, given, doc string, y, m, d int) {
		q := Query{Surname: surname, Given: given, BirthDate: civil.Date{Year: y, Month: 0, Day: d}, Documents: []Document{{Number: doc}}}
		if m >= 0 && m <= 12 {
			q.BirthDate.Month = timeMonth(m)
		}
		ms, err := x.Screen(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for i, mt := range ms {
			if mt.Score < x.Options().Threshold || mt.Score > 1 || i > 0 && ms[i-1].Score < mt.Score {
				t.Fatalf("bad result order or score at %d", i)
			}
		}
	})
}
