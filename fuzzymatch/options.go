package fuzzymatch

// Options tune a Comparator. The zero value is not useful: start from
// DefaultOptions. All fields are plain numbers so that options can be stored
// as JSON next to a screening configuration.
type Options struct {
	// Threshold is the decision threshold that Comparator.Threshold
	// returns: scores at or above it are considered a match.
	Threshold float64 `json:"threshold"`
	// MinPairSimilarity is the least similarity for two tokens to be paired;
	// weaker pairs are left unpaired.
	MinPairSimilarity float64 `json:"minPairSimilarity"`
	// InitialSimilarity scores an initial against a token that starts with
	// the same letter (J and JOACHIM).
	InitialSimilarity float64 `json:"initialSimilarity"`
	// EquivalentSimilarity scores two given names listed as equivalents
	// (MOHAMMED and MOHD, WILLIAM and BILL).
	EquivalentSimilarity float64 `json:"equivalentSimilarity"`
	// PhoneticSimilarity is the least score of two tokens whose Double
	// Metaphone codes agree and whose first letters are equal.
	PhoneticSimilarity float64 `json:"phoneticSimilarity"`
	// SkeletonFactor scales the similarity of consonant skeletons when at
	// least one of the tokens was transliterated from another script.
	SkeletonFactor float64 `json:"skeletonFactor"`
	// OneEditSimilarity is the least similarity of two Latin tokens of four
	// letters or more that differ by one typing error.
	OneEditSimilarity float64 `json:"oneEditSimilarity"`
	// SkeletonSupport is the share of skeleton similarity that needs no
	// support from the spelling: skeleton similarity is multiplied by
	// Support + (1-Support)·JW of the readings, so that unrelated names
	// that happen to share consonants do not pass.
	SkeletonSupport float64 `json:"skeletonSupport"`
	// CoarseAll compares the skeletons of tokens of every other non-Latin
	// script (Cyrillic, Greek, ...) with Latin ones as those of Arabic and
	// Hebrew: by similarity, coarse skeletons too. false (the default
	// since issue 15) pairs them by skeleton only when all their
	// consonants are the same; true was the default before and accepted
	// three times as many shuffled Russian pairs.
	CoarseAll bool `json:"coarseAll"`
	// LatinSkeletonFactor scales the similarity of consonant skeletons when
	// both tokens were written in Latin letters; 0 (the default, which
	// measured best) compares Latin spellings without skeletons.
	LatinSkeletonFactor float64 `json:"latinSkeletonFactor"`
	// ExtraTokenPenalty is the share of their weight that unpaired tokens
	// cost when only one name has them (a missing middle name).
	ExtraTokenPenalty float64 `json:"extraTokenPenalty"`
	// ExtraTokenRarity is added to ExtraTokenPenalty for each unit of an
	// unpaired token's weight when only one name has them: a rare extra
	// token (weight 1) costs ExtraTokenPenalty + ExtraTokenRarity of its
	// weight, a common one or a particle less.
	ExtraTokenRarity float64 `json:"extraTokenRarity"`
	// OrganisationExtraTokenPenalty replaces ExtraTokenPenalty when one
	// of the names has a legal form (CO, LTD, SA, AG, ...): a word that
	// one company name adds names another company more often than a
	// middle name left out names another person (DEUTSCHE BANK TRUST
	// COMPANY, a subsidiary; BANCO SANTANDER MEXICO, a national branch).
	OrganisationExtraTokenPenalty float64 `json:"organisationExtraTokenPenalty"`
	// ConflictPenalty is the share of their weight that unpaired tokens cost
	// when both names have some (tokens that disagree).
	ConflictPenalty float64 `json:"conflictPenalty"`
	// SpellingSlope is how fast token similarity falls with spelling
	// differences: a Jaro-Winkler similarity j counts as 1 - Slope·(1-j).
	SpellingSlope float64 `json:"spellingSlope"`
	// ScriptSpellingSlope replaces SpellingSlope when one of the tokens
	// was transliterated from another script, where spellings drift more.
	ScriptSpellingSlope float64 `json:"scriptSpellingSlope"`
	// FiliationFactor scales the similarity of tokens paired across
	// filiation particles (BIN, IBN) when both names have them.
	FiliationFactor float64 `json:"filiationFactor"`
	// Frequency enables lower weights for very common tokens.
	Frequency bool `json:"frequency"`
}

// DefaultOptions returns the tuned options. Threshold is tuned together with
// the other fields: change them together. SkeletonSupport and
// SkeletonFactor were set on 2026-12-02 on the Wikidata training files
// (TestTuneScripts, TestAccuracyWikidataStrict), whose figures are
// therefore training figures.
func DefaultOptions() Options {
	return Options{
		Threshold:                     0.80,
		MinPairSimilarity:             0.50,
		InitialSimilarity:             0.90,
		EquivalentSimilarity:          0.95,
		PhoneticSimilarity:            0.90,
		SkeletonFactor:                1.0,
		LatinSkeletonFactor:           0,
		SkeletonSupport:               0.65,
		OneEditSimilarity:             0.85,
		CoarseAll:                     false,
		ExtraTokenPenalty:             0.2,
		ExtraTokenRarity:              0.5,
		OrganisationExtraTokenPenalty: 0.4,
		ConflictPenalty:               0.8,
		SpellingSlope:                 3,
		ScriptSpellingSlope:           1.25,
		FiliationFactor:               0.6,
		Frequency:                     true,
	}
}
