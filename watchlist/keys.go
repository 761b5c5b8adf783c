package watchlist

import "github.com/openpiu/piu/fuzzymatch"

// Blocking. Every indexed name is filed under keys: fuzzymatch's keys
// (each reading of each token, transliteration variants, canonical given
// names, phonetic codes) and, for recall against typing errors, the
// deletion neighbourhood of each token of four letters or more (the token
// with one letter removed, as in SymSpell): two tokens one substitution,
// insertion, deletion or adjacent transposition apart always share one of
// those. A query looks up the same keys for each of its tokens; a name is a
// candidate when it shares keys with enough of the query's tokens (see
// required).

// minDeleteLen is the shortest token whose deletions are keys; deleting a
// letter from a shorter one gives keys too common to be useful.
const minDeleteLen = 4

// minDelete2Len is the shortest query token whose two-letter deletions are
// looked up: below it they meet unrelated tokens.
const minDelete2Len = 7

// forDeletes2 calls fn with each deletion of two letters from tok (each
// pair of positions once; a letter of a double counts once), for tokens of
// minDelete2Len or more.
func forDeletes2(buf []byte, tok string, fn func([]byte)) []byte {
	if len(tok) < minDelete2Len || len(tok) > 64 {
		return buf
	}
	for i := 0; i < len(tok); i++ {
		if i > 0 && tok[i] == tok[i-1] {
			continue
		}
		for j := i + 1; j < len(tok); j++ {
			if j > i+1 && tok[j] == tok[j-1] {
				continue
			}
			buf = append(buf[:0], tok[:i]...)
			buf = append(buf, tok[i+1:j]...)
			buf = append(buf, tok[j+1:]...)
			fn(buf)
		}
	}
	return buf
}

// minListedPrefix is the shortest beginning of a listed token that is a
// key (under prefixMark); tokens longer than it have them.
const minListedPrefix = 4

// prefixMark starts the keys of listed-token beginnings.
const prefixMark = "^"

// minAdjacentLen is the shortest listed token whose two-adjacent-letter
// deletions are keys.
const minAdjacentLen = 7

// forAdjacentDeletes calls fn with tok less each pair of adjacent letters,
// for tokens of minAdjacentLen or more.
func forAdjacentDeletes(buf []byte, tok string, fn func([]byte)) []byte {
	if len(tok) < minAdjacentLen || len(tok) > 64 {
		return buf
	}
	for i := 0; i+1 < len(tok); i++ {
		buf = append(buf[:0], tok[:i]...)
		buf = append(buf, tok[i+2:]...)
		fn(buf)
	}
	return buf
}

// minPrefixKey is the shortest beginning of a query token looked up as a
// listed token: shorter ones (LI, MA) begin too many tokens by chance.
const minPrefixKey = 3

// maxGroups bounds the query tokens tracked per candidate (bits of a mask).
const maxGroups = 31

// particles do not count as a token for blocking: they are shared by too
// many names and say little (AL-, BIN, VAN, DE). None is longer than four
// letters (counts looks only shorter tokens up; TestParticlesShort).
var particles = map[string]bool{
	"AL": true, "EL": true, "BIN": true, "BEN": true, "IBN": true, "BINT": true, "BNT": true,
	"VAN": true, "VON": true, "DER": true, "DEN": true, "DE": true, "DA": true, "DI": true,
	"DU": true, "DEL": true, "LA": true, "LE": true, "DOS": true, "DAS": true, "LOS": true,
	"AS": true, "AD": true, "AN": true, "AR": true, "AZ": true, "ASH": true, "AT": true,
}

// counts reports whether a token counts for blocking: not an initial, not a
// particle.
func counts(tok string) bool { return len(tok) >= 2 && (len(tok) > 4 || !particles[tok]) }

// effectiveTokens counts the tokens of n that count for blocking.
func effectiveTokens(n *fuzzymatch.Name) int {
	c := 0
	for _, t := range n.Tokens() {
		if counts(t) {
			c++
		}
	}
	return c
}

// forDeletes calls fn with each one-letter deletion of tok (as a byte
// slice valid only during the call), for tokens of minDeleteLen or more.
func forDeletes[T string | []byte](buf []byte, tok T, fn func([]byte)) []byte {
	if len(tok) < minDeleteLen || len(tok) > 64 {
		return buf
	}
	for i := 0; i < len(tok); i++ {
		if i > 0 && tok[i] == tok[i-1] {
			continue // deleting either of a double letter gives the same key
		}
		buf = append(buf[:0], tok[:i]...)
		buf = append(buf, tok[i+1:]...)
		fn(buf)
	}
	return buf
}

// required returns how many query token groups a name must share: two when
// both sides have two tokens or more that count, else one; and for long
// names a third of the longer side's tokens (but never more than the
// shorter side has), since the comparator charges for every token left
// unpaired and a long Arabic name shares ABD, ABU and MUHAMMAD with
// thousands of others.
func required(groups, nameTokens int) int {
	r := max(1, min(2, groups, nameTokens))
	return min(max(r, (max(groups, nameTokens)+2)/3), groups, nameTokens, 255)
}
