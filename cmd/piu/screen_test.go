package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk/risktest"
)

// scenarioFiles writes the scenario of risktest to a temporary directory:
// the API list, the PNR push, the rules, their reference lists and the
// watchlist.
func scenarioFiles(t *testing.T) (dir string) {
	t.Helper()
	dir = t.TempDir()
	writeTemp(t, dir, "api.edi", risktest.PAXLST())
	writeTemp(t, dir, "pnr.edi", risktest.PNRGOV())
	writeTemp(t, dir, "rules.json", risktest.Rules())
	writeTemp(t, dir, "lists.json", risktest.Lists())
	writeTemp(t, dir, "demo.json", risktest.Watchlist())
	return dir
}

const scenarioNow = "2026-11-25T00:30:00Z" // risktest.Now

// TestScreenRules screens the scenario's files with its rules, lists and
// watchlist: each flight's risk.Result, every kind of hit where risktest
// documents it.
func TestScreenRules(t *testing.T) {
	dir := scenarioFiles(t)
	at := func(n string) string { return filepath.Join(dir, n) }
	code, out, errOut := runCmd(t, "", "screen", "-rules", at("rules.json"), "-lists", at("lists.json"), "-list", at("demo.json"),
		"-country", risktest.Country, "-now", scenarioNow, at("api.edi"), at("pnr.edi"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Flights []struct {
			RulesetHash string `json:"rulesetHash"`
			EvaluatedAt string `json:"evaluatedAt"`
			Rules       int
			Lists       []struct{ Name, Kind string }
			Travelers   []struct {
				Traveler      string
				Hits          []struct{ Rule string }
				WatchlistHits []struct {
					Match struct {
						EntryID string `json:"entryId"`
					}
				} `json:"watchlistHits"`
				NotEvaluable []struct{ Rule string } `json:"notEvaluable"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Flights) != 1 {
		t.Fatalf("%d flights, want 1", len(got.Flights))
	}
	r := got.Flights[0]
	var lists []string
	for _, l := range r.Lists {
		lists = append(lists, l.Name+":"+l.Kind)
	}
	if d := cmp.Diff([]string{"watch-countries:reference", "demo:watchlist"}, lists); d != "" {
		t.Errorf("lists (-want +got):\n%s", d)
	}
	if !strings.HasPrefix(r.RulesetHash, "sha256:") || r.Rules != 4 || r.EvaluatedAt != scenarioNow {
		t.Errorf("hash %q, %d rules, evaluated at %v", r.RulesetHash, r.Rules, r.EvaluatedAt)
	}
	var hits []string
	for _, tr := range r.Travelers {
		for _, h := range tr.Hits {
			hits = append(hits, tr.Traveler+":"+h.Rule)
		}
		for _, h := range tr.WatchlistHits {
			hits = append(hits, tr.Traveler+":"+h.Match.EntryID)
		}
		for _, n := range tr.NotEvaluable {
			hits = append(hits, tr.Traveler+":?"+n.Rule)
		}
	}
	want := []string{"t1:R-1", "t1:R-2", "t2:R-1", "t2:?R-2", "t3:DEMO-1", "t6:DEMO-DOC-1", "t7:R-3", "t9:?R-2"}
	if d := cmp.Diff(want, hits); d != "" {
		t.Errorf("hits (-want +got):\n%s", d)
	}

	// The rules alone: the criteria hits, no watchlist hits.
	code, out, errOut = runCmd(t, "", "screen", "-rules", at("rules.json"), "-lists", at("lists.json"),
		"-country", risktest.Country, "-now", scenarioNow, "-format", "text", at("api.edi"), at("pnr.edi"))
	if code != 0 {
		t.Fatalf("rules only: exit %d: %s", code, errOut)
	}
	for _, w := range []string{"R-1 v2", "R-2 v1", "R-3 v1", "not evaluable: R-2 (missing traveler.nationality)", "lists watch-countries 2026-11\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("rules only: no %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "watchlist") {
		t.Errorf("rules only: watchlist hits:\n%s", out)
	}
}

// TestScreenCompileErrors: every rule that does not compile is named, with
// its condition, and screen exits 1 without screening.
func TestScreenCompileErrors(t *testing.T) {
	dir := scenarioFiles(t)
	bad := writeTemp(t, dir, "bad.json", []byte(`{"name": "bad", "version": "1", "rules": [
	  {"id": "B-1", "version": 1, "title": "unknown field", "when": {"id": "c1", "field": "traveler.shoeSize", "op": "eq", "value": 1}},
	  {"id": "B-2", "version": 1, "title": "fine", "when": {"id": "c2", "field": "traveler.nationality", "op": "eq", "value": "ZZB"}},
	  {"id": "B-3", "version": 1, "title": "no such operator", "when": {"all": [
	    {"id": "c3", "field": "traveler.nationality", "op": "eq", "value": "ZZB"},
	    {"id": "c4", "field": "traveler.nationality", "op": "resembles", "value": "ZZB"}]}}]}`))
	code, out, errOut := runCmd(t, "", "screen", "-rules", bad, filepath.Join(dir, "api.edi"))
	if code != 1 || out != "" {
		t.Errorf("exit %d, output %q", code, out)
	}
	for _, w := range []string{"2 errors", "rule B-1, condition c1", "rule B-3, condition c4"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	if strings.Contains(errOut, "B-2") {
		t.Errorf("stderr names a rule that compiles:\n%s", errOut)
	}
	// The scenario's rules without their reference list: R-2's member_of.
	code, _, errOut = runCmd(t, "", "screen", "-rules", filepath.Join(dir, "rules.json"), filepath.Join(dir, "api.edi"))
	if code != 1 || !strings.Contains(errOut, "rule R-2, condition nat") {
		t.Errorf("rules without -lists: exit %d, stderr:\n%s", code, errOut)
	}
	code, _, errOut = runCmd(t, "", "screen", "-rules", writeTemp(t, dir, "syntax.json", []byte(`{"rules": [`)), filepath.Join(dir, "api.edi"))
	if code != 1 || !strings.Contains(errOut, "syntax.json") {
		t.Errorf("rules not JSON: exit %d, stderr:\n%s", code, errOut)
	}
}

// TestScreenTextCleansNames: a name sent with a right-to-left override (or
// other controls) is written without it, so that it cannot reorder what
// the officer reads.
func TestScreenTextCleansNames(t *testing.T) {
	dir := scenarioFiles(t)
	push := risktest.Push()
	found := false
	for _, p := range push.PNRs {
		for i := range p.Travelers {
			if n := &p.Travelers[i].Name; n.Surname == "RAHIMI" && !strings.Contains(n.GivenRaw, "KARIM") {
				n.Surname = "RAH\u202eIMI\u2066\x1b[31m"
				found = true
			}
		}
	}
	if !found {
		t.Fatal("no traveller RAHIMI without DOCS in risktest.Push")
	}
	push.Envelope.Interchange.Syntax.ID, push.Envelope.Interchange.Syntax.Version = "UNOW", "4" // UTF-8
	data, err := pnrgov.Encode(push, pnrgov.EncodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pnr := writeTemp(t, dir, "hostile.edi", data)
	code, out, errOut := runCmd(t, "", "screen", "-rules", filepath.Join(dir, "rules.json"), "-lists", filepath.Join(dir, "lists.json"),
		"-country", risktest.Country, "-now", scenarioNow, "-format", "text", pnr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "RAHIMI[31m, NOOR") {
		t.Errorf("the hostile traveller is not shown, cleaned:\n%s", out)
	}
	if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && unsafeRune(r) }); i >= 0 {
		t.Errorf("output holds %U at %d:\n%q", []rune(out[i:])[0], i, out)
	}
}

func TestClean(t *testing.T) {
	in := "A\u202aB\u202bC\u202cD\u202dE\u202eF\u2066G\u2067H\u2068I\u2069J\u200eK\u200fL\x00M\x1bN\u0085O\u009bP\tQ\nR\u061cS\u2028T\u2029U"
	if got := clean(in); got != "ABCDEFGHIJKLMNOPQRSTU" {
		t.Errorf("clean = %q", got)
	}
	for _, s := range []string{"SAMPEL", "Анна Мария Сэмпл", "محمد", "李小龍", "O'NEIL-SMITH"} {
		if clean(s) != s {
			t.Errorf("clean(%q) = %q", s, clean(s))
		}
	}
}

// TestScreenDepersonalised: with -depersonalised no watchlist is screened
// (the scenario's rules read no identifying data: they hit as before), on
// the files as sent and on the files masked by piu mask.
func TestScreenDepersonalised(t *testing.T) {
	dir := scenarioFiles(t)
	at := func(n string) string { return filepath.Join(dir, n) }
	count := func(extra ...string) (hits, watch, notEvaluable int) {
		t.Helper()
		args := append([]string{"screen", "-rules", at("rules.json"), "-lists", at("lists.json"), "-list", at("demo.json"),
			"-country", risktest.Country, "-now", scenarioNow}, extra...)
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var got struct {
			Flights []struct {
				Travelers []struct {
					Hits          []json.RawMessage
					WatchlistHits []json.RawMessage `json:"watchlistHits"`
					NotEvaluable  []json.RawMessage `json:"notEvaluable"`
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		for _, f := range got.Flights {
			for _, tr := range f.Travelers {
				hits, watch, notEvaluable = hits+len(tr.Hits), watch+len(tr.WatchlistHits), notEvaluable+len(tr.NotEvaluable)
			}
		}
		return
	}
	h0, w0, n0 := count(at("api.edi"), at("pnr.edi"))
	h1, w1, n1 := count("-depersonalised", at("api.edi"), at("pnr.edi"))
	if w0 == 0 || w1 != 0 || n1 < n0 || h1 > h0 {
		t.Errorf("as sent: %d hits, %d watchlist, %d not evaluable; depersonalised: %d, %d, %d", h0, w0, n0, h1, w1, n1)
	}
	// Masked files: the same with the flag.
	keys := filepath.Join(dir, "k")
	if code, _, errOut := runCmd(t, "", "mask", "-newkeys", keys); code != 0 {
		t.Fatalf("newkeys: %s", errOut)
	}
	for _, n := range []string{"api.edi", "pnr.edi"} {
		code, masked, errOut := runCmd(t, "", "mask", "-key", keys+".key", at(n))
		if code != 0 {
			t.Fatalf("mask %s: %s", n, errOut)
		}
		writeTemp(t, dir, "masked-"+n, []byte(masked))
	}
	h2, w2, n2 := count("-depersonalised", at("masked-api.edi"), at("masked-pnr.edi"))
	if w2 != 0 || n2 < n1 || h2 > h1 {
		t.Errorf("masked files: %d hits, %d watchlist, %d not evaluable; want at most %d hits, none, at least %d", h2, w2, n2, h1, n1)
	}
}
