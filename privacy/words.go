package privacy

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words matches the words of patterns in a text in one pass: each word of
// the text (a run of letters, upper-cased) is looked up once.
type words struct {
	// maybe2 and maybe3 say whether a word may match, from its first two
	// letters and length (words and phrases) or its first three letters
	// (prefixes): most words of a text are rejected by them without a map
	// lookup, which keeps filtering a push at the speed of reading it.
	maybe2   *[26 * 26 * maxLen]bool
	maybe3   *[26 * 26 * 26]bool
	single   map[string]int      // word: pattern
	prefixes []prefix            // "DIABET*"
	phrases  map[string][]phrase // first word: the phrases it begins
	all      bool                // some word has no key: maybe is always true
}

type phrase struct {
	rest    []string // the words after the first
	pattern int
}

type prefix struct {
	p       string
	pattern int
}

// maxLen bounds the lengths maybe2 tells apart; longer words share its
// last slot.
const maxLen = 32

func newWords() words {
	return words{single: map[string]int{}, phrases: map[string][]phrase{},
		maybe2: new([26 * 26 * maxLen]bool), maybe3: new([26 * 26 * 26]bool)}
}

// letter is the index of an ASCII letter, -1 for anything else.
func letter(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	}
	return -1
}

// key2 and key3 index maybe2 and maybe3; -1 when w does not begin with
// ASCII letters enough (such words are always looked up).
func key2(w string) int {
	if len(w) < 2 || letter(w[0]) < 0 || letter(w[1]) < 0 {
		return -1
	}
	return (letter(w[0])*26+letter(w[1]))*maxLen + min(len(w), maxLen-1)
}

func key3(w string) int {
	if len(w) < 3 || letter(w[0]) < 0 || letter(w[1]) < 0 || letter(w[2]) < 0 {
		return -1
	}
	return (letter(w[0])*26+letter(w[1]))*26 + letter(w[2])
}

// mark notes that words beginning like w may match.
func (ws *words) mark(w string, isPrefix bool) {
	k := key2(w)
	if isPrefix {
		k = key3(w)
	}
	if k < 0 {
		ws.all = true // a word no key describes: look every word up
		return
	}
	if isPrefix {
		ws.maybe3[k] = true
	} else {
		ws.maybe2[k] = true
	}
}

// maybe reports whether the word w may match.
func (ws *words) maybe(w string) bool {
	if ws.all {
		return true
	}
	k2, k3 := key2(w), key3(w)
	return k2 < 0 || ws.maybe2[k2] || k3 >= 0 && ws.maybe3[k3]
}

// add adds a word, phrase or prefix of pattern i.
func (ws *words) add(w string, i int) error {
	parts := wordsOf(strings.ToUpper(w))
	switch {
	case len(parts) == 0:
		return fmt.Errorf("word %q has no letters", w)
	case strings.HasSuffix(w, "*") && len(parts) == 1:
		ws.prefixes = append(ws.prefixes, prefix{parts[0], i})
		if len(parts[0]) < 3 {
			ws.all = true // too short a prefix for maybe3
		}
		ws.mark(parts[0], true)
	case len(parts) == 1:
		if _, dup := ws.single[parts[0]]; !dup {
			ws.single[parts[0]] = i
		}
		ws.mark(parts[0], false)
	default:
		ws.phrases[parts[0]] = append(ws.phrases[parts[0]], phrase{parts[1:], i})
		ws.mark(parts[0], false)
	}
	return nil
}

// wordsOf splits s into its words (runs of letters).
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// match returns the pattern of the first word of text that matches.
func (ws *words) match(text string) (int, bool) {
	var buf [64]byte
	for i := 0; i < len(text); {
		start, end := nextWord(text, i)
		if start == end {
			break
		}
		i = end
		if !ws.maybe(text[start:end]) {
			continue
		}
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
			if p, ok := matchPhrase(phs, text[end:]); ok {
				return p, true
			}
		}
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
