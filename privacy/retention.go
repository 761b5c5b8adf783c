package privacy

import "time"

// Retention is when a PNR transferred at a time must be depersonalised and
// when deleted (EU directive 2016/681 art. 12: retained for five years
// after its transfer, its identifying data masked six months after it).
type Retention struct {
	Transferred   time.Time `json:"transferred"`
	Depersonalise time.Time `json:"depersonalise"`
	Delete        time.Time `json:"delete"`
}

// Periods of art. 12(1) and 12(2).
const (
	DepersonaliseAfterMonths = 6
	DeleteAfterYears         = 5
)

// RetentionOf returns the retention of data transferred (received by the
// PIU) at t. Months and years are calendar ones in t's location; a day
// the month lacks rolls over (time.AddDate: 31 August 2026 gives 3 March
// 2027), so that no record is depersonalised or deleted early.
func RetentionOf(t time.Time) Retention {
	return Retention{Transferred: t, Depersonalise: t.AddDate(0, DepersonaliseAfterMonths, 0), Delete: t.AddDate(DeleteAfterYears, 0, 0)}
}

// Action is what the host must do with a record now.
type Action string

// Actions.
const (
	Keep          Action = "keep"
	Depersonalise Action = "depersonalise"
	Delete        Action = "delete"
)

// Due returns what must be done at now: keep the record, depersonalise it
// (from its depersonalisation time on) or delete it (from its deletion
// time on).
func (r Retention) Due(now time.Time) Action {
	switch {
	case !now.Before(r.Delete):
		return Delete
	case !now.Before(r.Depersonalise):
		return Depersonalise
	}
	return Keep
}
