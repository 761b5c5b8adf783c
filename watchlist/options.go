package watchlist

import "github.com/openpiu/piu/fuzzymatch"

// Options configure an Index: which entries it screens, how evidence moves a
// name score and where a match starts. All fields are plain values so that a
// screening configuration can be stored as JSON; start from DefaultOptions.
// Scores are in [0,1]: the name score from fuzzymatch, plus the bonuses and
// minus the penalties below, clamped.
type Options struct {
	// Threshold is the least final score reported as a match.
	Threshold float64 `json:"threshold"`
	// MaxResults bounds the matches returned per traveller (0: no bound).
	MaxResults int `json:"maxResults"`
	// Categories are the kinds of entries screened; entries of other
	// categories are not indexed. Empty means individuals, unknown and
	// documents (what a traveller can be or carry).
	Categories []Category `json:"categories,omitempty"`

	// Birth-date evidence, by grade (see DateEvidence). A conflict is a
	// penalty: lists often carry several or approximate dates, so it is mild.
	BirthExactBonus    float64 `json:"birthExactBonus"`
	BirthMonthBonus    float64 `json:"birthMonthBonus"`
	BirthYearBonus     float64 `json:"birthYearBonus"` // also for in-range and swapped day/month
	BirthConflict      float64 `json:"birthConflictPenalty"`
	BirthYearTolerance int     `json:"birthYearTolerance"` // years within which a date is "near", not conflicting

	// GenderConflict is subtracted when both sides give a different gender.
	GenderConflict float64 `json:"genderConflictPenalty"`
	// NationalityBonus is added when the traveller's nationality is one the
	// entry lists; NationalityConflict subtracted when the entry lists some
	// and none agrees (dual nationals make this weak evidence).
	NationalityBonus    float64 `json:"nationalityBonus"`
	NationalityConflict float64 `json:"nationalityConflictPenalty"`
	// WeakAliasPenalty is subtracted when the best name is a weak alias.
	WeakAliasPenalty float64 `json:"weakAliasPenalty"`

	// DocumentScore is the least final score of an entry whose document
	// number (normalised) equals one the traveller carries, when the issuing
	// countries agree or one is unknown; DocumentOtherCountryScore when they
	// differ.
	DocumentScore             float64 `json:"documentScore"`
	DocumentOtherCountryScore float64 `json:"documentOtherCountryScore"`

	// SecondPair widens candidate generation: a name that shares blocking
	// keys with only one of the traveller's tokens is scored too when it has
	// a second token the comparator would pair with a traveller's token
	// (tokens that are merely alike: same consonants, similar spelling).
	// Slower, and it finds the weak matches the comparator accepts that
	// blocking keys miss.
	SecondPair bool `json:"secondPair"`

	// Fuzzy configures the name comparator.
	Fuzzy fuzzymatch.Options `json:"fuzzy"`
}

// DefaultOptions returns the settings the package is tuned and benchmarked
// with: the threshold is fuzzymatch's recommended one.
func DefaultOptions() Options {
	f := fuzzymatch.DefaultOptions()
	return Options{
		Threshold:                 f.Threshold,
		MaxResults:                20,
		BirthExactBonus:           0.05,
		BirthMonthBonus:           0.03,
		BirthYearBonus:            0.02,
		BirthConflict:             0.10,
		BirthYearTolerance:        1,
		GenderConflict:            0.05,
		NationalityBonus:          0.02,
		NationalityConflict:       0.02,
		WeakAliasPenalty:          0.05,
		DocumentScore:             1.0,
		DocumentOtherCountryScore: 0.9,
		Fuzzy:                     f,
	}
}

// maxBonus is the most evidence can add to a name score; candidates whose
// name score is below Threshold-maxBonus cannot become matches.
func (o *Options) maxBonus() float64 {
	b := max(o.BirthExactBonus, o.BirthMonthBonus, o.BirthYearBonus, 0)
	return b + max(o.NationalityBonus, 0)
}

func (o *Options) screens(c Category) bool {
	if len(o.Categories) == 0 {
		return c == CategoryIndividual || c == CategoryUnknown || c == CategoryDocument
	}
	for _, x := range o.Categories {
		if x == c {
			return true
		}
	}
	return false
}
