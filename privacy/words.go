package privacy

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words matches the words of patterns in a text in one pass. The text is
// read eight bytes at a time to find where its words begin (a word is a run
// of ASCII letters and non-ASCII bytes); a word whose first three letters
// begin no pattern word (a bit in tri) is passed over without being read
// further, upper-cased or looked up: in airline text nearly every word is,
// which keeps filtering a push near the speed of reading its bytes once.
type words struct {
	tri *[trigrams / 64]uint64 // first three letters of a word, phrase or prefix
	// four holds the first four letters (hashed) of those of four letters
	// or more, short the first three of the others ("HIV", "LOW SALT",
	// "ABC*"): a word tri lets through is looked up only when four (or
	// short) does too, so that a text full of SYNCUS is not looked up for
	// SYNAGOGUE.
	four, short *[trigrams / 64]uint64
	single      map[string]int      // word: pattern
	prefixes    []prefix            // "DIABET*"
	phrases     map[string][]phrase // first word: the phrases it begins
	// all: some word, phrase or prefix does not begin with three ASCII
	// letters ("OK", "ÄRZTLICH"), so tri cannot rule a word out and every
	// word of a text is looked up.
	all bool
}

type phrase struct {
	rest    []string // the words after the first
	pattern int
}

type prefix struct {
	p       string
	pattern int
}

// trigrams is the size of tri: three letters of five bits each (the low
// bits of the letter in ASCII, 1 for A and a to 26 for Z and z).
const trigrams = 1 << 15

func newWords() words {
	return words{single: map[string]int{}, phrases: map[string][]phrase{},
		tri: new([trigrams / 64]uint64), four: new([trigrams / 64]uint64), short: new([trigrams / 64]uint64)}
}

// trigram returns the index in tri of the first three bytes of w, false when
// they are not three ASCII letters.
func trigram(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	t := 0
	for _, c := range []byte(w[:3]) {
		if !('A' <= c && c <= 'Z') {
			return 0, false
		}
		t = t<<5 | int(c&31)
	}
	return t, true
}

// mark notes that words beginning like w (upper case) may match.
func (ws *words) mark(w string) {
	k, ok := trigram(w)
	if !ok {
		ws.all = true
		return
	}
	ws.tri[k/64] |= 1 << (k % 64)
	if len(w) >= 4 && 'A' <= w[3] && w[3] <= 'Z' {
		h := fourgram(k, w[3])
		ws.four[h/64] |= 1 << (h % 64)
	} else {
		ws.short[k/64] |= 1 << (k % 64)
	}
}

// fourgram hashes a trigram and a fourth letter into an index of four.
func fourgram(tri int, c byte) int {
	return int(uint32(tri<<5|int(c&31)) * 0x9e3779b1 >> (32 - 15))
}

// maybe4 reports whether the word at text[at], whose first three letters
// tri lets through (t), may match by its fourth byte: a word of three
// letters only when a pattern word has three, a fourth letter only when a
// pattern word begins with the four, and a fourth byte not ASCII always
// (upper-cased, it may be a letter).
func (ws *words) maybe4(text string, at, t int) bool {
	if ws.short[t/64]&(1<<(t%64)) != 0 || at+3 >= len(text) {
		return true // a pattern of three letters, or a word that ends the text: no fourth letter to tell
	}
	switch c := text[at+3]; {
	case c >= utf8.RuneSelf:
		return true
	case letters[c]:
		h := fourgram(t, c)
		return ws.four[h/64]&(1<<(h%64)) != 0
	}
	return false // a word of three letters; no pattern word has three
}

// letters marks the ASCII letters.
var letters = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = true, true
	}
	return t
}()

// add adds a word, phrase or prefix of pattern i.
func (ws *words) add(w string, i int) error {
	parts := wordsOf(strings.ToUpper(w))
	switch {
	case len(parts) == 0:
		return fmt.Errorf("word %q has no letters", w)
	case strings.HasSuffix(w, "*") && len(parts) == 1:
		ws.prefixes = append(ws.prefixes, prefix{parts[0], i})
		ws.mark(parts[0])
	case len(parts) == 1:
		if _, dup := ws.single[parts[0]]; !dup {
			ws.single[parts[0]] = i
		}
		ws.mark(parts[0])
	default:
		ws.phrases[parts[0]] = append(ws.phrases[parts[0]], phrase{parts[1:], i})
		ws.mark(parts[0])
	}
	return nil
}

// wordsOf splits s into its words (runs of letters).
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// match returns the pattern of the first word of text that matches.
//
// It reads the text eight bytes at a time, six bytes apart, so that the
// three bytes from each of the first six always lie in the word read: a
// word beginning in them is classified with a few operations on the word,
// without reading its bytes again.
func (ws *words) match(text string) (int, bool) {
	if ws.all {
		return ws.matchEach(text)
	}
	if len(text) < 3 {
		return 0, false // no pattern word is so short
	}
	const first6 = 0x0000808080808080 // the bytes a chunk reads words from
	var before uint64                 // 0x80 when the byte before the chunk is a word byte
	for i := 0; i < len(text); i += 6 {
		var v uint64
		switch {
		case i+8 <= len(text):
			v = load64(text[i : i+8])
		case len(text) >= 8:
			// The last bytes: the eight that end the text, shifted so
			// that zeros (not word bytes) follow them.
			v = load64(text[len(text)-8:]) >> (8 * (i + 8 - len(text)))
		default:
			for k := len(text) - 1; k >= i; k-- {
				v = v<<8 | uint64(text[k])
			}
		}
		letter, hi := classify(v)
		w := letter | hi
		starts := w &^ (w<<8 | before) & first6
		before = w >> 40 & 0x80
		three := letter & (letter >> 8) & (letter >> 16) // three ASCII letters from here
		// A word with a non-ASCII byte in its first three: upper-cased, it
		// may hold ASCII letters (ſ is S), so it is looked up. A word of
		// fewer than three letters is not: no pattern word is so short.
		// The words are taken in order: the first that matches gives the
		// pattern.
		for c := starts & (three | hi | hi>>8 | hi>>16); c != 0; c &= c - 1 {
			k := bits.TrailingZeros64(c) &^ 7
			if three>>k&0x80 != 0 {
				x := v >> k
				t := (x&31)<<10 | (x>>8&31)<<5 | x>>16&31
				if ws.tri[t/64]&(1<<(t%64)) == 0 {
					continue // the usual case: no pattern word begins so
				}
				if !ws.maybe4(text, i+k/8, int(t)) {
					continue
				}
			}
			if p, ok := ws.wordAt(text, i+k/8); ok {
				return p, true
			}
		}
	}
	return 0, false
}

// load64 returns the first eight bytes of s, the first lowest
// (little-endian): one bounds check, and the loads merge into one.
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// classify returns 0x80 in each byte of v that is an ASCII letter (letter)
// and in each that is not ASCII (hi), 0 in the others: eight bytes at once.
func classify(v uint64) (letter, hi uint64) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hi = v & highs
	t := (v | 0x20*ones) &^ highs         // lower-cased ASCII, 0..0x7f: no sum below carries into the next byte
	ge := (t + (0x80-'a')*ones) & highs   // t >= 'a'
	gt := (t + (0x80-'z'-1)*ones) & highs // t > 'z'
	return ge &^ gt &^ hi, hi
}

// wordAt returns the pattern the word beginning at text[start] matches.
func (ws *words) wordAt(text string, start int) (int, bool) {
	end := start
	for end < len(text) && wordByte[text[end]] {
		end++
	}
	return ws.word(text, start, end)
}

// matchEach is match for patterns tri cannot describe: every word is looked
// up.
func (ws *words) matchEach(text string) (int, bool) {
	for i := 0; i < len(text); {
		start, end := nextWord(text, i)
		if start == end {
			break
		}
		i = end
		if p, ok := ws.word(text, start, end); ok {
			return p, true
		}
	}
	return 0, false
}

// word returns the pattern the word text[start:end] matches: a word, a
// prefix, or a phrase with the words after it.
func (ws *words) word(text string, start, end int) (int, bool) {
	var buf [64]byte
	w := upper(buf[:0], text[start:end])
	if p, ok := ws.single[string(w)]; ok { // a map index: no allocation
		return p, true
	}
	for _, pr := range ws.prefixes {
		if len(w) >= len(pr.p) && string(w[:len(pr.p)]) == pr.p { // a comparison: no allocation
			return pr.pattern, true
		}
	}
	if phs, ok := ws.phrases[string(w)]; ok {
		return matchPhrase(phs, text[end:])
	}
	return 0, false
}

// matchPhrase reports a phrase whose words after the first are the next
// words of rest.
func matchPhrase(phs []phrase, rest string) (int, bool) {
	for _, ph := range phs {
		at, ok := 0, true
		for _, want := range ph.rest {
			start, end := nextWord(rest, at)
			if start == end || !strings.EqualFold(rest[start:end], want) {
				ok = false
				break
			}
			at = end
		}
		if ok {
			return ph.pattern, true
		}
	}
	return 0, false
}

// wordByte marks the bytes of words: ASCII letters, and every byte of a
// multi-byte character (letters of other scripts, read as one word with
// their neighbours; punctuation beyond ASCII is rare in airline text).
var wordByte = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = true, true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// nextWord returns the bounds of the first word of s at or after i.
func nextWord(s string, i int) (int, int) {
	for i < len(s) && !wordByte[s[i]] {
		i++
	}
	start := i
	for i < len(s) && wordByte[s[i]] {
		i++
	}
	return start, i
}

// upper appends s in upper case to b (ASCII in place, the rest through
// strings.ToUpper).
func upper(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b[:0], strings.ToUpper(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
