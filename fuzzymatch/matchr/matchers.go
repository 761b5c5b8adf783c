package matchr

import (
	"github.com/antzucaro/matchr"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// A metric scores two tokens in [0,1].
type metric func(a, b string) float64

// distance turns an edit distance into a similarity in [0,1]:
// 1 - d/max(len(a), len(b)) in code points.
func distance(d func(a, b string) int) metric {
	return func(a, b string) float64 {
		n := max(len([]rune(a)), len([]rune(b)))
		if n == 0 {
			return 1
		}
		return 1 - float64(d(a, b))/float64(n)
	}
}

// phonetic scores 1 when two tokens share a code, 0 otherwise.
func phonetic(code func(string) string) metric {
	return func(a, b string) float64 {
		ca, cb := code(a), code(b)
		if ca != "" && ca == cb {
			return 1
		}
		return 0
	}
}

// tokenwise is matchtest.Tokenwise: the same aggregation as the harness's
// baseline matchtest.Tokenwise(fuzzymatch.JaroWinkler), so that only the
// metric differs.
func tokenwise(m metric) matchtest.Matcher { return matchtest.Tokenwise(m) }

// Token-wise matchers over matchr's metrics. Each upper-cases and
// tokenises both names, scores every token of the shorter name against its
// best partner, and averages.
var (
	// TokenJaroWinkler uses matchr.JaroWinkler (without its long-string
	// adjustment).
	TokenJaroWinkler = tokenwise(func(a, b string) float64 { return matchr.JaroWinkler(a, b, false) })
	// TokenJaro uses matchr.Jaro.
	TokenJaro = tokenwise(matchr.Jaro)
	// TokenLevenshtein uses 1 - matchr.Levenshtein/max length.
	TokenLevenshtein = tokenwise(distance(matchr.Levenshtein))
	// TokenDamerauLevenshtein uses 1 - matchr.DamerauLevenshtein/max length.
	TokenDamerauLevenshtein = tokenwise(distance(matchr.DamerauLevenshtein))
	// TokenOSA uses 1 - matchr.OSA/max length.
	TokenOSA = tokenwise(distance(matchr.OSA))
	// TokenSmithWaterman uses matchr.SmithWaterman divided by the shorter
	// token's length (its best possible local alignment score).
	TokenSmithWaterman = tokenwise(func(a, b string) float64 {
		n := min(len([]rune(a)), len([]rune(b)))
		if n == 0 {
			return 0
		}
		return min(1, matchr.SmithWaterman(a, b)/float64(n))
	})
	// TokenDoubleMetaphone scores 1 for tokens whose primary or alternate
	// matchr Double Metaphone codes meet, 0 otherwise.
	TokenDoubleMetaphone = tokenwise(func(a, b string) float64 {
		pa, aa := matchr.DoubleMetaphone(a)
		pb, ab := matchr.DoubleMetaphone(b)
		if pa == "" && aa == "" {
			return 0
		}
		if pa == pb || pa == ab || (aa != "" && (aa == pb || aa == ab)) {
			return 1
		}
		return 0
	})
	// TokenNYSIIS scores 1 for tokens with the same matchr NYSIIS code.
	TokenNYSIIS = tokenwise(phonetic(matchr.NYSIIS))
	// TokenSoundex scores 1 for tokens with the same matchr Soundex code.
	TokenSoundex = tokenwise(phonetic(matchr.Soundex))
	// TokenPhonex scores 1 for tokens with the same matchr Phonex code.
	TokenPhonex = tokenwise(phonetic(matchr.Phonex))
)

// Matchers lists the adapters by name, for benchmarks and reports.
var Matchers = []struct {
	Name    string
	Matcher matchtest.Matcher
}{
	{"matchr-jaro-winkler", TokenJaroWinkler},
	{"matchr-jaro", TokenJaro},
	{"matchr-levenshtein", TokenLevenshtein},
	{"matchr-damerau-levenshtein", TokenDamerauLevenshtein},
	{"matchr-osa", TokenOSA},
	{"matchr-smith-waterman", TokenSmithWaterman},
	{"matchr-double-metaphone", TokenDoubleMetaphone},
	{"matchr-nysiis", TokenNYSIIS},
	{"matchr-soundex", TokenSoundex},
	{"matchr-phonex", TokenPhonex},
}

// DoubleMetaphone returns matchr's Double Metaphone codes of s, for
// comparison with fuzzymatch.DoubleMetaphone.
func DoubleMetaphone(s string) (primary, alternate string) { return matchr.DoubleMetaphone(s) }

// JaroWinkler returns matchr's Jaro-Winkler similarity (no long-string
// adjustment), for comparison with fuzzymatch.JaroWinkler.
func JaroWinkler(a, b string) float64 { return matchr.JaroWinkler(a, b, false) }
