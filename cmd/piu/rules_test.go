package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk/risktest"
)

func TestRulesCheck(t *testing.T) {
	dir := t.TempDir()
	rules, lists := filepath.Join(dir, "rules.json"), filepath.Join(dir, "lists.json")
	os.WriteFile(rules, risktest.Rules(), 0o644)
	os.WriteFile(lists, risktest.Lists(), 0o644)
	code, out, errOut := runCmd(t, "", "rules", "check", "-lists", lists, rules)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	for _, want := range []string{"R-1 v2", "hits when  booking.leadHours is less than 48 and trip.oneWay is true and some of the payments where payment.type is CA",
		"applies to inbound flights at ICN", "4 rules compile; ruleset hash sha256:", "uses list watch-countries version 2026-11"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Without its lists, R-2 does not compile: the error names the rule and
	// the condition, and the exit status is 1.
	code, out, _ = runCmd(t, "", "rules", "check", rules)
	if code != 1 || !strings.Contains(out, `ERROR      condition nat: value: no reference list "watch-countries"`) ||
		!strings.Contains(out, "1 of 4 rules do not compile") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// A file that is not JSON says where.
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\"rules\": [\n {\"id\": \"x\" \"title\": 1}]}"), 0o644)
	code, _, errOut = runCmd(t, "", "rules", "check", bad)
	if code != 1 || !strings.Contains(errOut, "line 2, column 13") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	// A GTAS UDR file is told apart by its content.
	udr, err := os.ReadFile("../../risk/testdata/gtas/young-one-way-cash.json")
	if err != nil {
		t.Fatal(err)
	}
	gtas := filepath.Join(dir, "udr.json")
	os.WriteFile(gtas, udr, 0o644)
	code, out, errOut = runCmd(t, "", "rules", "check", gtas)
	if code != 0 || !strings.Contains(out, "GTAS-") || !strings.Contains(out, "rules compile") {
		t.Errorf("GTAS: exit %d:\n%s%s", code, out, errOut)
	}
	// Rule text reaches the terminal without controls.
	hostile := filepath.Join(dir, "hostile.json")
	os.WriteFile(hostile, []byte(`{"rules":[{"id":"R\u202e1","title":"evil\u001b[2Jtitle","when":{"field":"trip.oneWay","op":"eq","value":true}}]}`), 0o644)
	_, out, _ = runCmd(t, "", "rules", "check", hostile)
	if strings.ContainsAny(out, "\u202e\u001b") || !strings.Contains(out, "R1 v0") {
		t.Errorf("controls reach the output:\n%q", out)
	}
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{"rules.json": risktest.Rules(), "lists.json": risktest.Lists(), "list.json": risktest.Watchlist(),
		"api.edi": risktest.PAXLST(), "pnr.edi": risktest.PNRGOV()}
	for n, b := range files {
		os.WriteFile(filepath.Join(dir, n), b, 0o644)
	}
	p := func(n string) string { return filepath.Join(dir, n) }
	code, out, errOut := runCmd(t, "", "report", "-rules", p("rules.json"), "-lists", p("lists.json"), "-list", p("list.json"),
		"-country", "KR", "-now", "2026-11-25T00:30:00Z", p("api.edi"), p("pnr.edi"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"<!DOCTYPE html>", "SAMPEL", "DEMO-DOC-1", "R-1", "synthetic criteria 2026-11.1"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(out, "<script") {
		t.Error("the page has a script")
	}
	// The demo writes the same page beside its summary.
	html := p("demo.html")
	if code, _, errOut := runCmd(t, "", "demo", "-html", html); code != 0 {
		t.Fatalf("demo -html: exit %d: %s", code, errOut)
	}
	page, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(page), "OKAFOR") {
		t.Errorf("demo -html: %v", err)
	}
}

func TestFilterCommand(t *testing.T) {
	m := risktest.Push()
	m.PNRs[0].Travelers[0].SSRs = append(m.PNRs[0].Travelers[0].SSRs, pnrgov.SSR{Code: "MOML", Status: "HK", Quantity: "1", Airline: "ZZ"})
	m.PNRs[1].Remarks = append(m.PNRs[1].Remarks, pnrgov.Remark{Qualifier: "3", Type: "28", Text: []string{"PAX NEEDS WHEELCHAIR"}})
	edi, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, string(edi), "filter", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "MOML") || strings.Contains(out, "WHEELCHAIR") || !strings.Contains(out, "UNH+") {
		t.Errorf("filtered output:\n%s", out)
	}
	if !strings.Contains(errOut, `"rule":"MOML"`) || !strings.Contains(errOut, `"reason":"health"`) || strings.Contains(errOut, "WHEELCHAIR") {
		t.Errorf("report: %s", errOut)
	}
	// JSON, and decoding the EDIFACT again finds no sensitive SSR either.
	code, out, _ = runCmd(t, string(edi), "filter", "-format", "json", "-")
	if code != 0 || strings.Contains(out, "MOML") || !strings.Contains(out, `"pnrs"`) {
		t.Errorf("json: exit %d", code)
	}
}
