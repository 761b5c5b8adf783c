package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pnrgovJSON decodes the output of `piu decode` for a PNRGOV input.
func pnrgovJSON(t *testing.T, stdin string, args ...string) map[string]any {
	t.Helper()
	code, out, errOut := runCmd(t, stdin, append([]string{"decode"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return v
}

// hasKeys checks that obj is an object with every key.
func hasKeys(t *testing.T, where string, obj any, keys ...string) map[string]any {
	t.Helper()
	m, ok := obj.(map[string]any)
	if !ok {
		t.Fatalf("%s is not an object: %v", where, obj)
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks %q", where, k)
		}
	}
	return m
}

func list(t *testing.T, where string, v any) []any {
	t.Helper()
	l, ok := v.([]any)
	if !ok {
		t.Fatalf("%s is not an array: %v", where, v)
	}
	return l
}

// checkPNRGOVContract checks the JSON contract documented in package pnrgov.
func checkPNRGOVContract(t *testing.T, v map[string]any) {
	t.Helper()
	top := hasKeys(t, "top level", v, "format", "messages", "diagnostics")
	if top["format"] != "PNRGOV" {
		t.Errorf("format = %v", top["format"])
	}
	for _, d := range list(t, "diagnostics", top["diagnostics"]) {
		hasKeys(t, "diagnostic", d, "severity", "code", "offset", "segment", "message")
	}
	msgs := list(t, "messages", top["messages"])
	if len(msgs) == 0 {
		t.Fatal("no messages")
	}
	for _, mv := range msgs {
		m := hasKeys(t, "message", mv, "flight", "pnrs")
		f := hasKeys(t, "flight", m["flight"], "carrier", "flightNumber", "departure", "arrival")
		hasKeys(t, "departure", f["departure"], "airport", "time")
		hasKeys(t, "arrival", f["arrival"], "airport", "time")
		for _, pv := range list(t, "pnrs", m["pnrs"]) {
			p := hasKeys(t, "pnr", pv, "locator", "created", "travelers", "itinerary", "contacts", "payments", "tickets")
			for _, k := range []string{"travelers", "itinerary", "contacts", "payments", "tickets"} {
				list(t, k, p[k])
			}
			for _, tv := range list(t, "travelers", p["travelers"]) {
				tr := hasKeys(t, "traveler", tv, "surname", "givenNames", "type", "documents")
				for _, dv := range list(t, "documents", tr["documents"]) {
					hasKeys(t, "document", dv, "type", "number", "issuingCountry", "birthDate", "gender", "expiryDate")
				}
			}
			for _, lv := range list(t, "itinerary", p["itinerary"]) {
				hasKeys(t, "leg", lv, "carrier", "flightNumber", "departure", "arrival")
			}
		}
	}
}

func TestDecodePNRGOVSample(t *testing.T) {
	_, sample, _ := runCmd(t, "", "sample", "pnrgov")
	if !strings.Contains(sample, "PNRGOV") {
		t.Fatalf("sample is not PNRGOV:\n%s", sample)
	}
	v := pnrgovJSON(t, sample, "-")
	checkPNRGOVContract(t, v)
	// The sample's first PNR has a leg with seats and bags per traveller.
	p := v["messages"].([]any)[0].(map[string]any)["pnrs"].([]any)[0].(map[string]any)
	leg := p["itinerary"].([]any)[0].(map[string]any)
	b := hasKeys(t, "boarding", leg["checkIns"].([]any)[0].(map[string]any)["travelers"].([]any)[0], "seat", "bags")
	hasKeys(t, "bags", b["bags"], "count")
	// Compact output is one line per file.
	code, out, _ := runCmd(t, sample, "decode", "-compact", "-")
	if code != 0 || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("compact: exit %d, %d lines", code, strings.Count(out, "\n"))
	}
}

func TestDecodePNRGOVSharedSample(t *testing.T) {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the shared PNRGOV sample")
	}
	name := filepath.Join(dir, "edifact", "pnrgov", "iata-ig-appB-ex1-SQ602-SIN-ICN_staedi_fixed-2022.edi")
	v := pnrgovJSON(t, "", name)
	checkPNRGOVContract(t, v)
	m := v["messages"].([]any)[0].(map[string]any)
	f := m["flight"].(map[string]any)
	dep := f["departure"].(map[string]any)
	if f["carrier"] != "SQ" || f["flightNumber"] != "602" || dep["airport"] != "SIN" || dep["time"] != "2013-05-27T14:30" {
		t.Errorf("flight = %v", f)
	}
	p := m["pnrs"].([]any)[0].(map[string]any)
	if p["locator"] != "3PGZOV" || p["created"] != "2013-03-19T13:54" {
		t.Errorf("locator %v created %v", p["locator"], p["created"])
	}
	tr := p["travelers"].([]any)[0].(map[string]any)
	d := tr["documents"].([]any)[0].(map[string]any)
	if tr["surname"] != "BELT" || tr["givenNames"] != "ISABELLE" || tr["title"] != "MRS" || tr["type"] != "A" ||
		d["number"] != "509229987" || d["birthDate"] != "1978-07-01" || d["gender"] != "F" || d["expiryDate"] != "2022-11-12" ||
		d["issuingCountry"] != "GBR" || d["type"] != "P" {
		t.Errorf("traveller %v", tr)
	}
	b := p["itinerary"].([]any)[0].(map[string]any)["checkIns"].([]any)[0].(map[string]any)["travelers"].([]any)[0].(map[string]any)
	bags := b["bags"].(map[string]any)
	if b["seat"] != "011D" || b["cabin"] != "J" || bags["count"] != 3.0 || bags["weight"] != 33.0 || bags["unit"] != "700" {
		t.Errorf("boarding %v", b)
	}
	// validate: the fixed sample holds no defect.
	if code, out, _ := runCmd(t, "", "validate", name); code != 0 {
		t.Errorf("validate: exit %d\n%s", code, out)
	}
}

func TestValidatePNRGOVFindings(t *testing.T) {
	in := "UNB+IATA:1+XX+PIU+261125:0630+1'UNH+1+PNRGOV:11:1:IA'MSG+:22'TVL+251126:0915:251126:1240+LHR+FRA+XX+500'EQN+1'" +
		"SRC'TIF+DOE:I+JOHN:A:1'TKT+9990000000001:T:1'IFT+4:10+ENDORSEMENT'UNT+10+1'UNZ+1+1'"
	code, out, _ := runCmd(t, in, "validate", "-")
	if code != 1 || !strings.Contains(out, "pnrgov-segment-order") || strings.Contains(out, "JOHN") {
		t.Errorf("exit %d\n%s", code, out)
	}
}
