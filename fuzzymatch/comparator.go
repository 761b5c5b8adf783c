package fuzzymatch

// maxSpellForms is how many readings of each token take part in the
// Jaro-Winkler comparison of two tokens.
const maxSpellForms = 4

// maxSkeletons is how many skeletons (and coarse skeletons) of each token
// are compared.
const maxSkeletons = 3

// Comparator scores prepared names. It is safe for concurrent use.
type Comparator struct {
	o Options
	// float32 copies of the options used in the hot path.
	minPair, initial, equiv, phon, skel, latinSkel, extra, orgExtra, rarity, conflict, slope, scriptSlope, filiation, support, oneEdit float32
	// floors[0..1]: the Jaro-Winkler values under which readings and
	// skeletons of Latin tokens cannot matter; floors[2..3] the same when a
	// token was transliterated (see tokenSim).
	floors [4]float64
}

// NewComparator returns a comparator with the given options.
func NewComparator(o Options) *Comparator {
	c := &Comparator{
		o:           o,
		minPair:     float32(o.MinPairSimilarity),
		initial:     float32(o.InitialSimilarity),
		equiv:       float32(o.EquivalentSimilarity),
		phon:        float32(o.PhoneticSimilarity),
		skel:        float32(o.SkeletonFactor),
		latinSkel:   float32(o.LatinSkeletonFactor),
		extra:       float32(o.ExtraTokenPenalty),
		orgExtra:    float32(o.OrganisationExtraTokenPenalty),
		rarity:      float32(o.ExtraTokenRarity),
		conflict:    float32(o.ConflictPenalty),
		slope:       float32(o.SpellingSlope),
		scriptSlope: float32(o.ScriptSpellingSlope),
		filiation:   float32(o.FiliationFactor),
		support:     float32(o.SkeletonSupport),
		oneEdit:     float32(o.OneEditSimilarity),
	}
	return c.initFloors()
}

func (c *Comparator) initFloors() *Comparator {
	for k, slope := range []float64{c.o.SpellingSlope, c.o.ScriptSpellingSlope} {
		if slope <= 0 {
			slope = 1
		}
		skFloor := 1 - (1-c.o.MinPairSimilarity)/slope - 0.01
		c.floors[2*k] = min(skFloor, 0.74)
		c.floors[2*k+1] = skFloor
	}
	return c
}

// Options returns the options the comparator was made with.
func (c *Comparator) Options() Options { return c.o }

// Threshold returns the recommended decision threshold: scores at or above it
// are matches.
func (c *Comparator) Threshold() float64 { return c.o.Threshold }

// Match prepares both names and scores them. It implements matchtest.Matcher
// (package fuzzymatch/matchtest), the harness that evaluates matchers; prefer
// Prepare and Score when a name is compared more than once.
func (c *Comparator) Match(a, b string) float64 {
	return c.Score(Prepare(a), Prepare(b))
}
