package risk

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/watchlist"
)

// Result is one evaluation of a flight: what the host's audit log keeps
// with it (the ruleset hash, the list versions, the time) and every
// traveller's hits.
type Result struct {
	Carrier     string        `json:"carrier"`
	Number      string        `json:"number"`
	Date        civil.Date    `json:"date"`
	EvaluatedAt time.Time     `json:"evaluatedAt"`
	RulesetHash string        `json:"rulesetHash"`
	Lists       []ListVersion `json:"lists"`
	// Rules is the number of compiled rules in force and in scope.
	Rules int `json:"rules"`
	// Travelers are every traveller of the flight, in flight order.
	Travelers []TravelerResult `json:"travelers"`
	// Capped are the rules that reached their hit cap on this flight.
	Capped []Capped `json:"capped,omitempty"`
}

// TravelerResult is one traveller's hits. Criteria hits and watchlist hits
// are apart: an officer reviews each.
type TravelerResult struct {
	// Traveler is the manifest traveller's ID; Key its TravelerKey, set
	// when the traveller has a hit or a cleared one.
	Traveler string `json:"traveler"`
	Key      string `json:"key,omitempty"`
	// Score aggregates the criteria hits: 1 - Π(1 - weight).
	Score         float64        `json:"score"`
	Hits          []Hit          `json:"hits,omitempty"`
	WatchlistHits []WatchlistHit `json:"watchlistHits,omitempty"`
	// NotEvaluable are the rules that would hit if data that is missing or
	// masked were known: not hits, and not misses.
	NotEvaluable []NotEvaluable `json:"notEvaluable,omitempty"`
	// Cleared are the hits not raised again because an officer cleared them.
	Cleared []Disposition `json:"cleared,omitempty"`
}

// Hit is a criteria hit: a rule that held, with the conditions that held
// and the values observed.
type Hit struct {
	Rule     string   `json:"rule"`
	Version  int      `json:"version"`
	Title    string   `json:"title"`
	Category string   `json:"category,omitempty"`
	Severity Severity `json:"severity,omitempty"`
	Weight   float64  `json:"weight"`
	// Source is "rules" (a compiled rule) or "plugin".
	Source      string     `json:"source"`
	Conditions  []Evidence `json:"conditions"`
	Fingerprint string     `json:"fingerprint"`
}

// WatchlistHit is a listed entry the traveller may be.
type WatchlistHit struct {
	List    string          `json:"list"`
	Version string          `json:"version,omitempty"`
	Match   watchlist.Match `json:"match"`
	// NameForm is the index in Traveler.Queries of the name form that
	// matched best.
	NameForm    int    `json:"nameForm"`
	Fingerprint string `json:"fingerprint"`
}

// NotEvaluable is a rule that was unknown for a traveller, with the
// conditions that were.
type NotEvaluable struct {
	Rule       string     `json:"rule"`
	Version    int        `json:"version"`
	Title      string     `json:"title"`
	Conditions []Evidence `json:"conditions"`
}

// Capped is a rule that reached its hit cap.
type Capped struct {
	Rule    string `json:"rule"`
	Version int    `json:"version"`
	HitCap  int    `json:"hitCap"`
	Dropped int    `json:"dropped"`
}

// Disposition is a hit an officer reviewed and cleared: the host stores it
// and passes it back in Options.Cleared. Kind is "criteria" (Rule and
// Version name the rule) or "watchlist" (Rule names the list, Entry the
// entry); Fingerprint is the hit's.
type Disposition struct {
	Traveler    string `json:"traveler"`
	Kind        string `json:"kind"`
	Rule        string `json:"rule"`
	Version     string `json:"version,omitempty"`
	Entry       string `json:"entry,omitempty"`
	Fingerprint string `json:"fingerprint"`
}

// TravelerKey is a pseudonymous key of a traveller that stays the same
// across builds of the flight while the identity data do: a hash of the
// names, the birth date and the first document. It holds no passenger data.
func TravelerKey(t *manifest.Traveler) string {
	h := sha256.New()
	for _, s := range []string{t.Surname, t.GivenNames, t.MiddleName, t.BirthDate.String()} {
		h.Write([]byte(strings.ToUpper(strings.Join(strings.Fields(s), " "))))
		h.Write([]byte{0})
	}
	if len(t.Documents) > 0 {
		d := t.Documents[0]
		h.Write([]byte(strings.ToUpper(d.IssuingCountry + "\x00" + d.Number)))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
