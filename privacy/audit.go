package privacy

import (
	"strconv"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
)

// Audit is the record of one processing of passenger data, for the host
// to store (EU directive 2016/681 art. 13(2) and (6): the PIU documents
// what it does with the data). It holds references only, never a name, a
// document number or any other value of a traveller: the flight, the
// messages by their interchange and message references, travellers by
// their place on the flight ("t3"), hits by rule or list, version and
// fingerprint, masked and removed values by count.
//
// Who, why and when are the host's to fill (Time, Actor, Purpose,
// Authority); AuditOf and the Add methods fill the rest.
type Audit struct {
	Time time.Time `json:"time"`
	// Actor is who acted: a user, or the system's own name.
	Actor string `json:"actor"`
	// Purpose says why: a case, "pre-arrival screening".
	Purpose string `json:"purpose,omitempty"`
	// Authority is the approval a re-personalisation needs (art. 12(3)):
	// the judicial or other authority, and its reference.
	Authority string      `json:"authority,omitempty"`
	Action    AuditAction `json:"action"`

	Flight   *AuditFlight   `json:"flight,omitempty"`
	Messages []AuditMessage `json:"messages,omitempty"`

	// An evaluation: the ruleset, the lists, how many travellers and
	// rules, and every hit.
	RulesetHash string             `json:"rulesetHash,omitempty"`
	Lists       []risk.ListVersion `json:"lists,omitempty"`
	Rules       int                `json:"rules,omitempty"`
	Travelers   int                `json:"travelers,omitempty"`
	Hits        []AuditHit         `json:"hits,omitempty"`

	// Masked counts the values depersonalisation masked, Removed the
	// sensitive values the filter removed, by category and reason.
	Masked  map[Category]int `json:"masked,omitempty"`
	Removed map[Reason]int   `json:"removed,omitempty"`
}

// AuditAction is what was done.
type AuditAction string

// Actions.
const (
	ActionEvaluate AuditAction = "evaluate"
	ActionFilter   AuditAction = "filter"
	ActionMask     AuditAction = "mask"
	ActionUnmask   AuditAction = "unmask"
	ActionView     AuditAction = "view"
)

// AuditFlight names a flight.
type AuditFlight struct {
	Carrier string     `json:"carrier"`
	Number  string     `json:"number"`
	Date    civil.Date `json:"date"`
}

// AuditMessage names a message by its format and references
// (manifest.Source).
type AuditMessage struct {
	Format     manifest.Format `json:"format"`
	ControlRef string          `json:"controlRef,omitempty"`
	Reference  string          `json:"reference,omitempty"`
}

// AuditHit is one hit: which traveller (by place on the flight), which rule
// or list entry, and the fingerprint of the evidence (risk.Hit), from
// which the host finds the full hit it stored, and by which dispositions
// are matched.
type AuditHit struct {
	Traveler    string `json:"traveler"`
	Kind        string `json:"kind"` // "rule" or "watchlist"
	Rule        string `json:"rule,omitempty"`
	List        string `json:"list,omitempty"`
	Version     string `json:"version,omitempty"`
	Fingerprint string `json:"fingerprint"`
}

// AuditOf returns the audit record of an evaluation of f (the flight the
// result is of; nil leaves out its messages). The host fills who, why
// and when.
func AuditOf(r *risk.Result, f *manifest.Flight) Audit {
	a := Audit{Action: ActionEvaluate, Time: r.EvaluatedAt,
		Flight:      &AuditFlight{Carrier: r.Carrier, Number: r.Number, Date: r.Date},
		RulesetHash: r.RulesetHash, Lists: r.Lists, Rules: r.Rules, Travelers: len(r.Travelers)}
	if f != nil {
		a.Messages = MessagesOf(f)
	}
	for _, t := range r.Travelers {
		for _, h := range t.Hits {
			a.Hits = append(a.Hits, AuditHit{Traveler: t.Traveler, Kind: "rule", Rule: h.Rule,
				Version: strconv.Itoa(h.Version), Fingerprint: h.Fingerprint})
		}
		for _, h := range t.WatchlistHits {
			a.Hits = append(a.Hits, AuditHit{Traveler: t.Traveler, Kind: "watchlist", List: h.List,
				Version: h.Version, Fingerprint: h.Fingerprint})
		}
	}
	return a
}

// MessagesOf returns the references of the messages a flight was built
// from.
func MessagesOf(f *manifest.Flight) []AuditMessage {
	out := make([]AuditMessage, 0, len(f.Sources))
	for _, s := range f.Sources {
		out = append(out, AuditMessage{Format: s.Format, ControlRef: s.ControlRef, Reference: s.Reference})
	}
	return out
}

// AddMasking counts what a masking masked.
func (a *Audit) AddMasking(m *Masking) {
	if m == nil || len(m.Masked) == 0 {
		return
	}
	if a.Masked == nil {
		a.Masked = map[Category]int{}
	}
	for c, n := range m.Masked {
		a.Masked[c] += n
	}
}

// AddRemovals counts what a filtering removed.
func (a *Audit) AddRemovals(rs []Removal) {
	if len(rs) == 0 {
		return
	}
	if a.Removed == nil {
		a.Removed = map[Reason]int{}
	}
	for _, r := range rs {
		a.Removed[r.Reason]++
	}
}
