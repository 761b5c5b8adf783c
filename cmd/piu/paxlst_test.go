package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/paxlst/paxlsttest"
)

// TestDecodePAXLSTContract checks the public JSON of piu decode for PAXLST,
// field by field, on the built-in sample.
func TestDecodePAXLSTContract(t *testing.T) {
	code, out, errOut := runCmd(t, string(paxlsttest.Sample()), "decode", "-compact", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got["format"] != "PAXLST" {
		t.Errorf("format %v", got["format"])
	}
	if d, ok := got["diagnostics"].([]any); !ok || len(d) != 1 { // the line breaks of the sample
		t.Errorf("diagnostics %v", got["diagnostics"])
	}
	msgs := got["messages"].([]any)
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	m := msgs[0].(map[string]any)
	leg := m["flights"].([]any)[0].(map[string]any)
	wantLeg := map[string]any{"stage": "20", "flightNumber": "XX100", "carrier": "XX",
		"departure": map[string]any{"qualifier": "125", "airport": "AAA", "time": "2026-03-01T10:30"},
		"arrival":   map[string]any{"qualifier": "87", "airport": "BBB", "time": "2026-03-01T14:45"}}
	if d := cmp.Diff(wantLeg, leg); d != "" {
		t.Errorf("flight (-want +got):\n%s", d)
	}
	p := m["persons"].([]any)[0].(map[string]any)
	for k, want := range map[string]any{"role": "FL", "surname": "SAMPLE", "givenNames": "ANNA", "middleName": "MARIA",
		"gender": "F", "birthDate": "1985-05-04", "nationality": "XXA", "pnr": "ABC123"} {
		if p[k] != want {
			t.Errorf("persons[0].%s = %v, want %v", k, p[k], want)
		}
	}
	doc := p["documents"].([]any)[0]
	wantDoc := map[string]any{"type": "P", "number": "X0000001", "issuingCountry": "XXA", "expiryDate": "2031-06-30"}
	if d := cmp.Diff(wantDoc, doc); d != "" {
		t.Errorf("document (-want +got):\n%s", d)
	}
	if tot := m["totals"].(map[string]any)["passengers"]; tot != 2.0 {
		t.Errorf("totals %v", tot)
	}
}

// TestDecodePAXLSTSample decodes a shared sample: single name, empty
// document and two-digit years as the contract says.
func TestDecodePAXLSTSample(t *testing.T) {
	root := os.Getenv("PIU_TESTDATA")
	if root == "" {
		t.Skip("PIU_TESTDATA is not set; set it to the shared data folder to decode the shared samples")
	}
	name := filepath.Join(root, "edifact", "paxlst", "minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi")
	code, out, errOut := runCmd(t, "", "decode", name)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Format   string
		Messages []struct {
			Persons []struct {
				Role, Surname, GivenNames, BirthDate string
				Documents                            []map[string]any
			}
		}
		Diagnostics []struct{ Code, Tag string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	ps := got.Messages[0].Persons
	if len(ps) != 10 || ps[0].Surname != "ALI YYÉ" || ps[0].GivenNames != "" || ps[2].BirthDate != "1932-12-10" {
		t.Errorf("persons %+v", ps)
	}
	if d := cmp.Diff(map[string]any{"type": "", "number": "", "issuingCountry": "", "expiryDate": ""}, ps[0].Documents[0]); d != "" {
		t.Errorf("empty document (-want +got):\n%s", d)
	}
	found := false
	for _, d := range got.Diagnostics {
		found = found || d.Code == "segment-count" && d.Tag == "UNT"
	}
	if !found {
		t.Error("UNT mismatch not in diagnostics")
	}
	if code, _, _ := runCmd(t, "", "decode", "-strict", name); code != 1 {
		t.Errorf("strict decode exit %d, want 1", code)
	}
}

func TestValidatePAXLST(t *testing.T) {
	code, out, _ := runCmd(t, string(paxlsttest.Sample()), "validate", "-")
	if code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("sample: exit %d\n%s", code, out)
	}
	expired := strings.Replace(string(paxlsttest.Sample()), "DTM+36:270115'", "DTM+36:250115'", 1)
	code, out, _ = runCmd(t, expired, "validate", "-")
	if code != 1 || !strings.Contains(out, "persons[1].documents[0].expiryDate") || !strings.Contains(out, "paxlst-document-expired") {
		t.Errorf("expired document: exit %d\n%s", code, out)
	}
	if strings.Contains(out, "EXAMPLE") || strings.Contains(out, "Y0000002") {
		t.Errorf("validate output leaks passenger data:\n%s", out)
	}
}

func TestDecodeCUSRESContract(t *testing.T) {
	code, out, errOut := runCmd(t, string(paxlsttest.SampleCUSRES()), "decode", "-compact", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Format    string
		Responses []struct {
			Type, TransactionRef, Flight string
			Departure                    struct{ Airport, Time string }
			Results                      []map[string]any
		}
		Diagnostics []any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	r := got.Responses[0]
	if got.Format != "CUSRES" || r.Type != "962" || r.TransactionRef != "SAMPLE0001" || r.Flight != "XX100" ||
		r.Departure.Airport != "AAA" || r.Departure.Time != "2026-03-01T10:30" {
		t.Errorf("response %+v", got)
	}
	want := []map[string]any{
		{"level": "2", "pnr": "ABC123", "passengerRef": "PAX0001", "status": "0Z"},
		{"level": "2", "pnr": "ABC123", "passengerRef": "PAX0002", "status": "1Z", "text": []any{"CONTACT GOVERNMENT"}},
	}
	if d := cmp.Diff(want, r.Results); d != "" {
		t.Errorf("results (-want +got):\n%s", d)
	}
}
