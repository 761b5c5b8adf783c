package report_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/report"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/watchlist"
)

// Values an airline or a list could send to break the page: markup, a
// closing style tag, quotes to leave an attribute, a javascript: address,
// and every bidirectional control (an RTL override makes "ALI HASSAN"
// read as something else, and the rest of its line with it).
const (
	rlo     = "\u202e"
	scriptX = "<script>alert(1)</script>"
	quotes  = `"quotes' & ampersands`
	jsURL   = "javascript:alert(1)"
	bidi    = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)

// hostileFlight is a one-leg flight whose travellers carry those values in
// every field the page shows, sent as a passenger list would (no encoding
// step that could clean them), and a few set on the built traveller.
func hostileFlight(t testing.TB) *manifest.Flight {
	d := civil.DateTime{Date: civil.Date{Year: 2026, Month: 12, Day: 5}, Hour: 10}
	born := civil.Date{Year: 1980, Month: 2, Day: 29}
	m := &paxlst.Message{ListType: paxlst.ListPassengers, Flights: []paxlst.Leg{{Carrier: "ZZ", FlightNumber: "ZZ100",
		Departure: paxlst.Stop{Airport: "BRU", Time: d}, Arrival: paxlst.Stop{Airport: "JFK", Time: d}}},
		Persons: []paxlst.Person{
			{Role: paxlst.RolePassenger, Surname: "HASSAN" + rlo, GivenNames: "ALI", MiddleName: "<i>", BirthDate: born,
				Nationality: "XX</style>", Seat: "1A" + quotes,
				Documents: []paxlst.Document{{Type: "P", Number: "N1" + scriptX, IssuingCountry: "X" + bidi}}},
			{Role: paxlst.RolePassenger, Surname: quotes, GivenNames: jsURL, Nationality: "XXA" + rlo, BirthDate: born,
				Documents: []paxlst.Document{{Type: "P" + quotes, Number: "N2", IssuingCountry: "XXA"}}},
			{Role: paxlst.RolePassenger, Surname: "</style><script>x</script>", GivenNames: "B\x00\x1b\u0085", BirthDate: born},
		}}
	b := manifest.NewBuilder()
	b.Country = "BE"
	b.AddPAXLST(m)
	f := b.Build()[0]
	f.Travelers[0].Title = scriptX
	f.Travelers[1].Residence = jsURL
	f.Travelers[1].Conflicts = []manifest.Conflict{{Field: "nationality", API: scriptX, PNR: rlo + "XXA"}}
	return f
}

func hostilePage(t testing.TB) string {
	t.Helper()
	f := hostileFlight(t)
	e := engine(t, `{"name": "n", "version": "1", "rules": [
	 {"id": "R-<b>1", "version": 1, "title": "`+strings.ReplaceAll(scriptX, "/", `\/`)+` \u202e title", "category": "\"cat'",
	  "when": {"id": "c</style>", "field": "traveler.surname", "op": "in", "value": ["HASSAN\u202e", "</script>"]}},
	 {"id": "R-2", "title": "t", "when": {"field": "traveler.nationality", "op": "starts_with", "value": "XXA\u202e"}},
	 {"id": "R-3", "title": "t", "when": {"field": "traveler.residence", "op": "member_of", "value": "countries"}}]}`,
		[]watchlist.Entry{{ID: `E"1<i>`, Source: "<b>src</b>", Category: watchlist.CategoryIndividual, Reference: jsURL,
			Programs: []string{scriptX}, Nationalities: []string{"XX</style>"},
			Names: []watchlist.Name{{Full: "<b>ALI</b> HASSAN\u202e", Surname: "HASSAN\u202e", Given: "ALI"}}}})
	res := evaluate(t, e, f)
	if len(res.Travelers[0].WatchlistHits) == 0 || len(res.Travelers[0].Hits) == 0 || len(res.Travelers[1].Hits) == 0 {
		t.Fatalf("the hostile flight should hit: %+v", res.Travelers)
	}
	var b bytes.Buffer
	if err := report.HTML(&b, f, res, &report.Options{Title: scriptX + rlo, Ruleset: quotes + "</style>"}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// tags are the elements the template writes: any other '<' in the page
// came from data.
var tags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"main": true, "header": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "p": true, "b": true,
	"section": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "ul": true,
	"li": true, "span": true, "bdi": true, "code": true, "footer": true, "dl": true, "dt": true, "dd": true,
	"article": true, "div": true}

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z0-9!]*)`)

func TestHostile(t *testing.T) {
	s := hostilePage(t)
	if i := strings.Index(strings.ToLower(s), "<script"); i >= 0 {
		t.Errorf("unescaped script at %d: %q", i, s[max(0, i-40):i+20])
	}
	if n := strings.Count(strings.ToLower(s), "</style"); n != 1 {
		t.Errorf("%d closing style tags, want the template's one", n)
	}
	for _, r := range bidi + "\x00\x1b\u0085" {
		if strings.ContainsRune(s, r) {
			t.Errorf("page holds U+%04X", r)
		}
	}
	for _, want := range []string{"[U+202E]", "[U+2066]", "[U+061C]", "[U+001B]", "[U+0085]",
		// html/template itself writes NUL as U+FFFD.
		"\uFFFD", "&lt;script&gt;alert(1)&lt;/script&gt;", "&#34;quotes&#39; &amp; ampersands", "&lt;b&gt;ALI&lt;/b&gt; HASSAN[U+202E]"} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Data never lands where an address or a handler would run it.
	for _, bad := range []string{"href=", "src=", "onmouseover=", "<a ", "url("} {
		if strings.Contains(s, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	for _, m := range tagRE.FindAllStringSubmatch(s, -1) {
		if name := strings.ToLower(m[2]); !tags[name] && !(m[1] == "" && name == "!doctype") {
			t.Errorf("unexpected tag %q", m[0])
		}
	}
}

// TestHostileResult: a result alone, with a traveller ID made to leave its
// attribute.
func TestHostileResult(t *testing.T) {
	r := &risk.Result{Carrier: scriptX, RulesetHash: quotes, Travelers: []risk.TravelerResult{{Traveler: `t1" onmouseover="x` + rlo,
		Score: 1, Hits: []risk.Hit{{Rule: scriptX, Title: rlo, Conditions: []risk.Evidence{{Condition: "all", Truth: risk.True,
			Conditions: []risk.Evidence{{Condition: "c", Truth: risk.True, Field: "f", Op: "eq", Value: []byte(`"</style>"`),
				Observed: &risk.Value{State: risk.Known, Type: risk.TypeString, Str: scriptX}}}}}}}}},
		Lists: []risk.ListVersion{{Name: scriptX, Version: rlo}}}
	var b bytes.Buffer
	if err := report.HTML(&b, nil, r, nil); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if strings.Contains(strings.ToLower(s), "<script") || strings.Contains(s, `onmouseover="`) || strings.ContainsRune(s, 0x202e) ||
		strings.Count(s, "</style") != 1 {
		t.Errorf("hostile result escaped badly:\n%s", s[strings.Index(s, "<body>"):])
	}
}
