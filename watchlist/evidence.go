package watchlist

import (
	"slices"

	"github.com/openpiu/piu/fuzzymatch"
)

// Match is one list entry that a traveller may be. Every match says why:
// which listed name it matched and how (the fuzzymatch explanation), and
// every piece of evidence that moved the score, with its effect.
// Explanations are for officers and their text is not stable.
type Match struct {
	EntryID string `json:"entryId"`
	// Entry points into the index; do not modify it.
	Entry *Entry `json:"-"`
	// Score is the final score in [0,1]; NameScore the name similarity
	// before evidence.
	Score     float64 `json:"score"`
	NameScore float64 `json:"nameScore"`
	// Name is the listed name that matched best; NameIndex its index in
	// Entry.Names (-1 when the entry has no name, as on lost-document lists).
	Name            Name                    `json:"name"`
	NameIndex       int                     `json:"nameIndex"`
	NameExplanation *fuzzymatch.Explanation `json:"nameExplanation,omitempty"`
	Evidence        []Evidence              `json:"evidence"`

	nameID int // index in Index.names, -1 if none
}

// Evidence is one reason a score moved.
type Evidence struct {
	// Kind: "name", "aliasQuality", "birthDate", "gender", "nationality"
	// or "document".
	Kind string `json:"kind"`
	// Grade says how the values relate: for birth dates a DateEvidence name
	// (exact, month, year, inRange, swapped, near, conflict), otherwise
	// "match", "conflict", "weak", "sameCountry", "otherCountry".
	Grade string `json:"grade"`
	// Effect is what it added to the score (negative for penalties); for a
	// document, how far it raised the score.
	Effect float64 `json:"effect"`
	// Listed is the listed value compared (a birth date, a nationality, the
	// document number as listed).
	Listed string `json:"listed,omitempty"`
}

// evaluate weighs the evidence for one entry. Most candidates fall below
// the threshold, so the score is weighed first without writing any
// evidence, and only a match is weighed again with its evidence written
// (the same arithmetic in the same order, so the score is the same).
func (x *Index) evaluate(pq *query, c candidate) (Match, bool) {
	if x.weigh(pq, c, nil) < x.opts.Threshold {
		return Match{}, false
	}
	e := &x.entries[c.entry]
	m := Match{EntryID: e.ID, Entry: e, NameIndex: -1, nameID: int(c.name)}
	if c.name >= 0 {
		n := &x.names[c.name]
		m.NameIndex = int(n.which)
		m.Name = e.Names[n.which]
		m.NameScore = c.score
	}
	m.Evidence = make([]Evidence, 0, 4)
	m.Score = x.weigh(pq, c, &m.Evidence)
	return m, m.Score >= x.opts.Threshold
}

// weigh returns the final score of one candidate entry and, when ev is not
// nil, appends each piece of evidence that moved it.
func (x *Index) weigh(pq *query, c candidate, ev *[]Evidence) float64 {
	o := &x.opts
	e := &x.entries[c.entry]
	score := 0.0
	if c.name >= 0 {
		name := &e.Names[x.names[c.name].which]
		score = c.score
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "name", Grade: "similar", Effect: c.score, Listed: name.Full})
		}
		if name.Quality == QualityWeak && o.WeakAliasPenalty != 0 {
			score -= o.WeakAliasPenalty
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "aliasQuality", Grade: "weak", Effect: -o.WeakAliasPenalty})
			}
		}
	}
	q := pq.q
	if grade, at := bestDateEvidence(e.BirthDates, q.BirthDate, o.BirthYearTolerance); grade != DateUnknown {
		eff := 0.0
		switch grade {
		case DateExact:
			eff = o.BirthExactBonus
		case DateMonth:
			eff = o.BirthMonthBonus
		case DateYear, DateInRange, DateSwapped:
			eff = o.BirthYearBonus
		case DateConflict:
			eff = -o.BirthConflict
		}
		score += eff
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "birthDate", Grade: grade.String(), Effect: eff, Listed: e.BirthDates[at].String()})
		}
	}
	if q.Gender != GenderUnknown && e.Gender != GenderUnknown && q.Gender != e.Gender {
		score -= o.GenderConflict
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "gender", Grade: "conflict", Effect: -o.GenderConflict, Listed: e.Gender.String()})
		}
	}
	if nats := x.nats[c.entry]; pq.nat != "" && len(nats) > 0 {
		if slices.Contains(nats, pq.nat) {
			score += o.NationalityBonus
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "nationality", Grade: "match", Effect: o.NationalityBonus, Listed: pq.nat})
			}
		} else {
			score -= o.NationalityConflict
			if ev != nil {
				*ev = append(*ev, Evidence{Kind: "nationality", Grade: "conflict", Effect: -o.NationalityConflict, Listed: nats[0]})
			}
		}
	}
	score = min(max(score, 0), 1)
	if c.doc >= 0 {
		r := x.docRefs[c.doc]
		d := e.Documents[r.which]
		floor, grade := o.DocumentScore, "sameCountry"
		if qc, lc := x.queryDocCountry(q, d), countryOrEmpty(d.IssuingCountry); qc != "" && lc != "" && qc != lc {
			floor, grade = o.DocumentOtherCountryScore, "otherCountry"
		}
		eff := max(0, floor-score)
		score = max(score, floor)
		if ev != nil {
			*ev = append(*ev, Evidence{Kind: "document", Grade: grade, Effect: eff, Listed: d.Number})
		}
	}
	return score
}

func countryOrEmpty(s string) string {
	c, _ := countryCode(s)
	return c
}

// queryDocCountry returns the issuing country of the traveller's document
// whose number equals d's.
func (x *Index) queryDocCountry(q *Query, d Document) string {
	want := NormalizeDocumentNumber(d.Number)
	for _, qd := range q.Documents {
		if NormalizeDocumentNumber(qd.Number) == want {
			return countryOrEmpty(qd.IssuingCountry)
		}
	}
	return ""
}
