package watchlist

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/civil"
)

func addFile(f *testing.F, name string) {
	f.Add(readFile(f, name))
}

func readFile(f *testing.F, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// sharedFile returns a shared list when PIU_TESTDATA is set, or nil.
func sharedFile(f *testing.F, name string) []byte {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(dir, "watchlists", name))
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// sharedUN returns small slices of the real UN list (a few individuals and
// entities each, closed so that they are whole lists), or nil.
func sharedUN(f *testing.F) [][]byte {
	raw := sharedFile(f, "un_consolidated.xml")
	if raw == nil {
		return nil
	}
	var out [][]byte
	for _, kind := range []string{"INDIVIDUAL", "ENTITY"} {
		at := bytes.Index(raw, []byte("<"+kind+">"))
		for n := 0; at >= 0 && n < 3; n++ {
			end := bytes.Index(raw[at:], []byte("</"+kind+">"))
			if end < 0 {
				break
			}
			end += at + len("</"+kind+">")
			rec := raw[at:end]
			out = append(out, []byte("<CONSOLIDATED_LIST><"+kind+"S>"+string(rec)+"</"+kind+"S></CONSOLIDATED_LIST>"))
			at = bytes.Index(raw[end:], []byte("<"+kind+">"))
			if at >= 0 {
				at += end
			}
		}
	}
	return out
}

// sharedOFAC returns the first lines of the real OFAC files, or nils.
func sharedOFAC(f *testing.F, lines int) (sdn, alt, add []byte) {
	head := func(name string) []byte {
		b := sharedFile(f, name)
		for i, at := 0, 0; b != nil && i < lines; i++ {
			j := bytes.IndexByte(b[at:], '\n')
			if j < 0 {
				return b
			}
			at += j + 1
			if i == lines-1 {
				return b[:at]
			}
		}
		return b
	}
	return head("ofac_sdn.csv"), head("ofac_alt.csv"), head("ofac_add.csv")
}

// sharedEntries returns entries loaded from slices of the shared lists, to
// seed the national-format targets with real shapes, or nil.
func sharedEntries(f *testing.F) []Entry {
	var out []Entry
	for _, b := range sharedUN(f) {
		if e, err := LoadUN(bytes.NewReader(b), nil); err == nil {
			out = append(out, e...)
		}
	}
	if sdn, alt, add := sharedOFAC(f, 20); sdn != nil {
		if e, err := LoadOFAC(bytes.NewReader(sdn), bytes.NewReader(alt), bytes.NewReader(add), nil); err == nil {
			out = append(out, e...)
		}
	}
	return out
}

// FuzzLoadUN: no panic, and what loads survives a JSON round trip. Seeds are
// small (one record each) so that each execution is cheap: encoding/xml
// costs about a tenth of a millisecond per kilobyte.
func FuzzLoadUN(f *testing.F) {
	addFile(f, "un_sample.xml")
	f.Add([]byte("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"))
	f.Add([]byte("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>A</FIRST_NAME><SECOND_NAME>B</SECOND_NAME>" +
		"<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>C</ALIAS_NAME></INDIVIDUAL_ALIAS>" +
		"<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1950</FROM_YEAR><TO_YEAR>1952</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>" +
		"<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>X1</NUMBER></INDIVIDUAL_DOCUMENT>" +
		"</INDIVIDUAL></INDIVIDUALS><ENTITIES><ENTITY><DATAID>3</DATAID><FIRST_NAME>D</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>"))
	for _, b := range sharedUN(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := LoadUN(bytes.NewReader(b), nil)
		if err != nil {
			return
		}
		roundTripJSON(t, entries)
	})
}

// FuzzLoadOFAC: no panic on any of the three files, and what loads survives
// a JSON round trip.
func FuzzLoadOFAC(f *testing.F) {
	f.Add(readFile(f, "ofac_sdn.csv"), readFile(f, "ofac_alt.csv"), readFile(f, "ofac_add.csv"))
	f.Add([]byte("1,\"A, B\",\"individual\",\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"DOB circa 1955-1958; Passport X (Y\"\r\n"), []byte{}, []byte{})
	if sdn, alt, add := sharedOFAC(f, 10); sdn != nil {
		f.Add(sdn, alt, add)
	}
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
	for _, e := range sharedEntries(f) {
		var buf bytes.Buffer
		if WriteCSV(&buf, []Entry{e}) == nil {
			f.Add(buf.Bytes())
		}
	}
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
	for _, e := range sharedEntries(f) {
		var buf bytes.Buffer
		if WriteJSON(&buf, []Entry{e}) == nil {
			f.Add(buf.Bytes())
		}
	}
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
	back, err := LoadJSON(bytes.NewReader(buf.Bytes()), nil)
	if err != nil {
		if strings.Contains(err.Error(), "duplicate") || strings.Contains(err.Error(), "required") {
			return // loaders that accept what LoadJSON validates more strictly
		}
		t.Fatalf("reading back what WriteJSON wrote: %v", err)
	}
	// Comparing the JSON written twice is far cheaper than cmp.Diff, which
	// runs only to explain a difference. JSON omits empty lists, so an
	// empty list reads back as nil.
	var again bytes.Buffer
	if err := WriteJSON(&again, back); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	if bytes.Equal(buf.Bytes(), again.Bytes()) {
		return
	}
	if d := cmp.Diff(entries, back, cmpopts.EquateEmpty()); d != "" {
		t.Fatalf("JSON round trip (-first +second):\n%s", d)
	}
	t.Fatalf("JSON round trip: the JSON differs, the entries do not")
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

// TestCSVCarriageReturns: carriage returns before a line feed in a quoted
// field, which encoding/csv folds one at a time, read back the same after
// WriteCSV (FuzzLoadCSV found CR CR LF in a remark).
func TestCSVCarriageReturns(t *testing.T) {
	for _, crs := range []string{"\r", "\r\r", "\r\r\r"} {
		in := "id,source,category,surname,given,remarks\nX1,T,individual,DOE,JANE,\"a" + crs + "\r\nb\"\n"
		first, err := LoadCSV(strings.NewReader(in), nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, first); err != nil {
			t.Fatal(err)
		}
		back, err := LoadCSV(&buf, nil)
		if err != nil || len(back) != 1 || back[0].Remarks != first[0].Remarks {
			t.Errorf("%q: %q read back as %v %v", crs, first[0].Remarks, back, err)
		}
	}
}
