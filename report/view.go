package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/watchlist"
)

// The view model: what the template shows, already in display form, so that
// the template holds no logic beyond loops and conditions, and its order is
// decided here (slices only, never a map's order).

type view struct {
	Title, Ruleset string
	Flight         flightView
	Sum            summary
	Flagged        []travellerView // with a hit, highest score first
	Others         []travellerView // the rest, in flight order
	Foot           footer
}

type flightView struct {
	Designator, Date, Direction string
	Legs                        []legView
	Codeshares                  []string
}

type legView struct {
	N                                        int // from 1
	Designator, From, Departure, To, Arrival string
}

type summary struct {
	Travelers, Passengers, Crew, Flagged          int
	CriteriaHits, WatchlistHits, NotEval, Cleared int
}

type travellerView struct {
	ID, Surname, Given, Middle, Title, Role    string
	BirthDate, Age, Gender, Nationality, Resid string
	Infant, Cancelled                          bool
	Records, Link, Locator, Seat, Bags         string
	Route, TripType, Booked, Party, Payments   string
	Documents                                  []docView
	Conflicts                                  []manifest.Conflict
	Score, BestMatch                           string
	Watch                                      []watchView
	Criteria                                   []hitView
	NotEval                                    []notEvalView
	Cleared                                    []risk.Disposition
	Key                                        string

	order int     // place in the flight
	rank  float64 // the higher of the score and the best watchlist score
}

type docView struct{ Type, Number, Country, Expiry, Source string }

type watchView struct {
	List, Version, EntryID, Source, Reference, ListedOn string
	Programs                                            string
	Score, NameScore                                    string
	Traveller, NameForm                                 string
	Listed                                              watchlist.Name
	Named                                               bool // false for a document-only match
	ListedBirth, ListedNationality, ListedDocuments     string
	Pairs                                               []pairView
	UnpairedTraveller, UnpairedListed                   []string
	Notes                                               []string
	Evidence                                            []evidenceView
	Fingerprint                                         string
}

type pairView struct{ Traveller, Listed, Similarity, Reason, Weight string }

type evidenceView struct{ Kind, Grade, Listed, Effect string }

type hitView struct {
	Rule, Version, Title, Category, Severity, Weight, Source, Fingerprint string
	Conditions                                                            []condView
}

type notEvalView struct {
	Rule, Version, Title string
	Conditions           []condView
}

// condView is one node of a condition's evidence: a comparison (Field set),
// or a group, quantifier or element of a quantifier's collection (Label
// and Detail); Children are its parts.
type condView struct {
	ID, Truth, Field, Op, Value string
	// Observed is the value read; State "known", "missing" or "masked".
	Observed, State string
	Label, Detail   string
	Children        []condView
}

type footer struct {
	Hash, Ruleset, EvaluatedAt, GeneratedAt string
	Rules                                   int
	Lists                                   []risk.ListVersion
	Capped                                  []risk.Capped
}

const stamp = "2006-01-02 15:04:05 UTC"

func build(f *manifest.Flight, r *risk.Result, o *Options) *view {
	v := &view{Ruleset: o.Ruleset}
	v.Flight = flightOf(f, r)
	v.Title = o.Title
	if v.Title == "" {
		v.Title = strings.TrimSpace("Screening report " + v.Flight.Designator + " " + v.Flight.Date)
	}
	gen := o.GeneratedAt
	if gen.IsZero() {
		gen = r.EvaluatedAt
	}
	v.Foot = footer{Hash: r.RulesetHash, Ruleset: o.Ruleset, EvaluatedAt: when(r.EvaluatedAt), GeneratedAt: when(gen),
		Rules: r.Rules, Lists: r.Lists, Capped: r.Capped}

	byID := map[string]*manifest.Traveler{}
	if f != nil {
		for _, t := range f.Travelers {
			byID[t.ID] = t
		}
	}
	for i := range r.Travelers {
		tr := &r.Travelers[i]
		t := byID[tr.Traveler]
		tv := traveller(t, tr)
		tv.order = i
		v.Sum.Travelers++
		if t != nil && t.Role == manifest.RoleCrew {
			v.Sum.Crew++
		} else if t == nil || t.Role == manifest.RolePassenger {
			v.Sum.Passengers++
		}
		v.Sum.CriteriaHits += len(tr.Hits)
		v.Sum.WatchlistHits += len(tr.WatchlistHits)
		v.Sum.NotEval += len(tr.NotEvaluable)
		v.Sum.Cleared += len(tr.Cleared)
		if len(tr.Hits)+len(tr.WatchlistHits) > 0 {
			v.Flagged = append(v.Flagged, tv)
		} else {
			v.Others = append(v.Others, tv)
		}
	}
	v.Sum.Flagged = len(v.Flagged)
	// Highest first, whichever kind of score it is (both are shown apart);
	// ties in flight order.
	slices.SortStableFunc(v.Flagged, func(a, b travellerView) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	return v
}

func flightOf(f *manifest.Flight, r *risk.Result) flightView {
	if f == nil {
		return flightView{Designator: strings.TrimSpace(r.Carrier + " " + r.Number), Date: r.Date.String()}
	}
	fv := flightView{Designator: strings.TrimSpace(f.Carrier + " " + f.Number), Date: f.Date.String(), Direction: string(f.Direction)}
	for i, l := range f.Legs {
		fv.Legs = append(fv.Legs, legView{N: i + 1, Designator: strings.TrimSpace(l.Carrier + " " + l.Number),
			From: l.Departure.Airport, Departure: local(l.Departure), To: l.Arrival.Airport, Arrival: local(l.Arrival)})
	}
	for _, c := range f.Codeshares {
		fv.Codeshares = append(fv.Codeshares, c.Carrier+" "+c.Number)
	}
	return fv
}

// local is a stop's time as sent: local to its airport, with no zone.
func local(s manifest.Stop) string {
	return strings.Replace(s.Time.String(), "T", " ", 1)
}

func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(stamp)
}

func traveller(t *manifest.Traveler, tr *risk.TravelerResult) travellerView {
	tv := travellerView{ID: tr.Traveler, Key: tr.Key, rank: tr.Score}
	if len(tr.Hits) > 0 {
		tv.Score = score(tr.Score)
	}
	if t != nil {
		identity(&tv, t)
	}
	var queries []watchlist.Query
	if t != nil && len(tr.WatchlistHits) > 0 {
		queries = t.Queries()
	}
	best := 0.0
	for _, h := range tr.WatchlistHits {
		best = max(best, h.Match.Score)
		tv.Watch = append(tv.Watch, watchHit(h, queries))
	}
	if len(tr.WatchlistHits) > 0 {
		tv.BestMatch = score(best)
		tv.rank = max(tv.rank, best)
	}
	for _, h := range tr.Hits {
		tv.Criteria = append(tv.Criteria, hitView{Rule: h.Rule, Version: strconv.Itoa(h.Version), Title: h.Title,
			Category: h.Category, Severity: string(h.Severity), Weight: score(h.Weight), Source: h.Source,
			Fingerprint: h.Fingerprint, Conditions: conditions(h.Conditions, "")})
	}
	for _, n := range tr.NotEvaluable {
		tv.NotEval = append(tv.NotEval, notEvalView{Rule: n.Rule, Version: strconv.Itoa(n.Version), Title: n.Title,
			Conditions: conditions(n.Conditions, "")})
	}
	tv.Cleared = tr.Cleared
	return tv
}

// identity fills in what the manifest says of the traveller, and only that.
func identity(tv *travellerView, t *manifest.Traveler) {
	tv.Surname, tv.Given, tv.Middle, tv.Title = t.Surname, t.GivenNames, t.MiddleName, t.Title
	tv.Role, tv.Infant = string(t.Role), t.Infant
	tv.BirthDate, tv.Gender = t.BirthDate.String(), t.Gender.String()
	tv.Nationality, tv.Resid = t.Nationality, t.Residence
	if a := t.Features.AgeYears; a != nil {
		tv.Age = strconv.Itoa(*a)
	}
	switch {
	case t.API != nil && t.PNR != nil:
		tv.Records = "API and PNR"
	case t.API != nil:
		tv.Records = "API only"
	case t.PNR != nil:
		tv.Records = "PNR only"
	}
	if t.API != nil {
		tv.Cancelled = t.API.Cancelled
	}
	if t.Link != nil {
		tv.Link = fmt.Sprintf("%s (strength %d)", t.Link.Method, t.Link.Strength)
	}
	if t.PNR != nil {
		tv.Locator = t.PNR.Locator
	} else if t.Booking != nil {
		tv.Locator = t.Booking.Locator
	}
	tv.Seat = t.Features.Seat
	if t.Features.Bags > 0 {
		tv.Bags = strconv.Itoa(t.Features.Bags)
		if w := t.Features.BagWeight; w != nil {
			tv.Bags += " (" + strconv.FormatFloat(*w, 'f', -1, 64) + " kg)"
		}
	}
	if tr := t.Trip; tr != nil {
		tv.Route, tv.TripType = strings.Join(tr.Route, " → "), string(tr.Type)
	}
	if bk := t.Booking; bk != nil {
		tv.Booked = strings.Replace(bk.Created.String(), "T", " ", 1)
		if bk.Created.Date.IsZero() {
			tv.Booked = ""
		} else if bk.LeadHours != nil {
			tv.Booked += " UTC, " + strconv.FormatFloat(*bk.LeadHours, 'f', 0, 64) + " h before departure"
		}
		if bk.PartySize > 1 {
			tv.Party = strconv.Itoa(bk.PartySize) + " travellers in the PNR"
		}
		var pays []string
		for _, p := range bk.Payments {
			pays = append(pays, strings.TrimSpace(p.Type+" "+p.Vendor))
		}
		tv.Payments = strings.Join(pays, ", ")
	}
	for _, d := range t.Documents {
		tv.Documents = append(tv.Documents, docView{Type: d.Type, Number: d.Number, Country: d.IssuingCountry,
			Expiry: d.ExpiryDate.String(), Source: d.Source})
	}
	tv.Conflicts = t.Conflicts
}

func watchHit(h risk.WatchlistHit, queries []watchlist.Query) watchView {
	m := h.Match
	w := watchView{List: h.List, Version: h.Version, EntryID: m.EntryID, Score: score(m.Score), NameScore: score(m.NameScore),
		Listed: m.Name, Named: m.NameIndex >= 0, Fingerprint: h.Fingerprint, NameForm: strconv.Itoa(h.NameForm + 1)}
	if h.NameForm >= 0 && h.NameForm < len(queries) {
		q := queries[h.NameForm]
		w.Traveller = strings.TrimSpace(q.Given + " " + q.Surname)
		if w.Traveller == "" {
			w.Traveller = q.Name
		}
	}
	if e := m.Entry; e != nil {
		w.Source, w.Reference, w.ListedOn = e.Source, e.Reference, e.ListedOn.String()
		w.Programs = strings.Join(e.Programs, ", ")
		var bd, docs []string
		for _, b := range e.BirthDates {
			bd = append(bd, b.String())
		}
		for _, d := range e.Documents {
			docs = append(docs, strings.TrimSpace(strings.Join([]string{d.Type, d.Number, d.IssuingCountry}, " ")))
		}
		w.ListedBirth, w.ListedDocuments = strings.Join(bd, "; "), strings.Join(docs, "; ")
		w.ListedNationality = strings.Join(e.Nationalities, ", ")
	}
	if x := m.NameExplanation; x != nil {
		for _, p := range x.Pairs {
			w.Pairs = append(w.Pairs, pairView{Traveller: p.A, Listed: p.B, Similarity: score(p.Similarity),
				Reason: p.Reason, Weight: score(p.Weight)})
		}
		for _, p := range x.UnpairedA {
			w.UnpairedTraveller = append(w.UnpairedTraveller, p.Token)
		}
		for _, p := range x.UnpairedB {
			w.UnpairedListed = append(w.UnpairedListed, p.Token)
		}
		w.Notes = x.Notes
	}
	for _, e := range m.Evidence {
		w.Evidence = append(w.Evidence, evidenceView{Kind: e.Kind, Grade: e.Grade, Listed: e.Listed,
			Effect: strconv.FormatFloat(e.Effect, 'f', 2, 64)})
	}
	return w
}

// conditions turns evidence into display nodes. coll is the collection of
// the quantifier above, which an element's evidence does not repeat.
func conditions(es []risk.Evidence, coll string) []condView {
	var out []condView
	for _, e := range es {
		c := condView{ID: e.Condition, Truth: e.Truth.String(), Field: e.Field, Op: string(e.Op), Value: written(e.Value)}
		inner := coll
		switch {
		case e.Field != "":
			c.Observed, c.State = observed(e.Observed)
		case e.Element != nil:
			c.Label = fmt.Sprintf("%s no. %d", coll, *e.Element+1)
		case e.Collection != "":
			inner = e.Collection
			c.Label, c.Detail = e.Condition, "over "+e.Collection
			if e.Count != nil {
				c.Detail = fmt.Sprintf("count over %s %s %s: %d held", e.Collection, e.Op, c.Value, *e.Count)
			}
		default:
			c.Label = e.Condition
			switch e.Condition {
			case "all", "any":
				c.Label += " of"
			}
		}
		c.Children = conditions(e.Conditions, inner)
		out = append(out, c)
	}
	return out
}

// written is a rule's value as written, compacted.
func written(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return string(raw)
	}
	return b.String()
}

// observed is a value read, for officers: text without JSON quoting,
// "missing" and "masked" for the values rules see as unknown.
func observed(v *risk.Value) (text, state string) {
	if v == nil || v.State == risk.Missing {
		return "missing", "missing"
	}
	if v.State == risk.Masked {
		return "masked", "masked"
	}
	switch v.Type {
	case risk.TypeString, risk.TypeCode:
		if v.Str == "" {
			return `""`, "known"
		}
		return v.Str, "known"
	case risk.TypeNumber:
		return strconv.FormatFloat(v.Num, 'f', -1, 64), "known"
	case risk.TypeDuration:
		return strconv.FormatFloat(v.Num, 'f', -1, 64) + " h", "known"
	case risk.TypeBool:
		return strconv.FormatBool(v.Bool), "known"
	case risk.TypeDate:
		return v.Date.String(), "known"
	case risk.TypeDateTime:
		return when(v.Time), "known"
	case risk.TypeList:
		return "[" + strings.Join(v.List, ", ") + "]", "known"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "unknown", "missing"
	}
	return string(b), "known"
}

func score(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }
