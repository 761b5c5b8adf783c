package edifact

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// charSet describes the character repertoire and byte encoding named by a UNB
// syntax identifier (S001 0001).
type charSet struct {
	// ID is the syntax identifier: UNOA..UNOL, UNOW, UNOY, IATA, IATB.
	ID string
	// Description names the standard behind it.
	Description string
	// Level is 'A' (upper case only), 'B' (ISO 646 with lower case), or 0 for
	// the 8-bit and Unicode sets.
	Level byte

	table *charmap.Charmap // nil for ASCII and UTF-8 sets
	utf8  bool
}

// charsets is ISO 9735's list of syntax identifiers plus IATA's, from the
// EDIFACT digest (UNOA..UNOL, UNOW, UNOY) and the PNRGOV guide (IATA, IATB).
var charsets = map[string]*charSet{
	"UNOA": {ID: "UNOA", Description: "ISO 646, level A (upper case)", Level: 'A'},
	"UNOB": {ID: "UNOB", Description: "ISO 646, level B", Level: 'B'},
	"UNOC": {ID: "UNOC", Description: "ISO 8859-1 Latin 1", table: charmap.ISO8859_1},
	"UNOD": {ID: "UNOD", Description: "ISO 8859-2 Latin 2", table: charmap.ISO8859_2},
	"UNOE": {ID: "UNOE", Description: "ISO 8859-5 Latin/Cyrillic", table: charmap.ISO8859_5},
	"UNOF": {ID: "UNOF", Description: "ISO 8859-7 Latin/Greek", table: charmap.ISO8859_7},
	"UNOG": {ID: "UNOG", Description: "ISO 8859-3 Latin 3", table: charmap.ISO8859_3},
	"UNOH": {ID: "UNOH", Description: "ISO 8859-4 Latin 4", table: charmap.ISO8859_4},
	"UNOI": {ID: "UNOI", Description: "ISO 8859-6 Latin/Arabic", table: charmap.ISO8859_6},
	"UNOJ": {ID: "UNOJ", Description: "ISO 8859-8 Latin/Hebrew", table: charmap.ISO8859_8},
	"UNOK": {ID: "UNOK", Description: "ISO 8859-9 Latin 5", table: charmap.ISO8859_9},
	"UNOL": {ID: "UNOL", Description: "ISO 8859-15 Latin 9", table: charmap.ISO8859_15},
	"UNOW": {ID: "UNOW", Description: "ISO 10646-1 as UTF-8", utf8: true},
	"UNOY": {ID: "UNOY", Description: "ISO 10646-1 octets (UTF-8 in practice)", utf8: true},
	"IATA": {ID: "IATA", Description: "IATA Type B character set (PADIS), upper case", Level: 'A'},
	"IATB": {ID: "IATB", Description: "IATA character set with lower case (PADIS)", Level: 'B'},
}

// unknownCharset reads an undeclared or unknown set: UTF-8 where the bytes are
// valid UTF-8, ISO 8859-1 otherwise, so that no byte is lost.
var unknownCharset = &charSet{ID: "", Description: "unknown: UTF-8 where valid, else ISO 8859-1", utf8: true}

// lookupCharset returns the character set of a syntax identifier, or nil.
func lookupCharset(id string) *charSet { return charsets[id] }

// Byte class flags for the scanner. The low bits are the service role of the
// byte; the high bits say what the repertoire thinks of it.
const (
	// The kinds are single bits so that the scanner can OR the classes of a
	// whole segment and learn in one test whether it holds only component and
	// element separators (the fast path). clsElem>>1 is 1 and clsComp>>1 is 0,
	// which the fast path uses to count elements without a branch.
	clsPlain   = 0
	clsComp    = 0x01
	clsElem    = 0x02
	clsRelease = 0x04
	clsRepeat  = 0x08
	clsNewline = 0x10
	clsKind    = 0x1f

	flagHigh  = 0x20 // byte >= 0x80: the value needs decoding to UTF-8
	flagBad   = 0x40 // outside the declared repertoire
	flagLower = 0x80 // lower-case letter under a level A set
)

// unoaExtra are the punctuation characters of ISO 9735 level A besides letters,
// digits and space.
const unoaExtra = ".,-()/'+:=?!\"%&*;<>"

// repertoire fills the flag bits of the class table for c.
func (c *charSet) repertoire(cls *[256]uint8) {
	for i := range 256 {
		b := byte(i)
		var f uint8
		switch {
		case b >= 0x80:
			f = flagHigh
			if c.Level != 0 || c.table != nil && b < 0xA0 {
				// Level A and B hold no such byte; the ISO 8859 sets have
				// no graphic character at 0x80..0x9F (C1 controls).
				f |= flagBad
			}
		case b < 0x20 || b == 0x7f:
			f = flagBad
			if c.Level == 'B' && (b == 0x1c || b == 0x1d || b == 0x1f || b == 0x19) {
				f = 0 // level B service characters IS1..IS4
			}
		case c.Level == 'A':
			switch {
			case b >= 'a' && b <= 'z':
				f = flagLower
			case b >= 'A' && b <= 'Z', b >= '0' && b <= '9', b == ' ', strings.IndexByte(unoaExtra, b) >= 0:
			default:
				f = flagBad
			}
		}
		cls[i] = f
	}
}

// writerRejectTables holds, per character set, the bytes the Writer refuses:
// CR and LF everywhere (readers remove them as wrapped lines), and under the
// ASCII-only sets (level A and B) the ASCII bytes outside the repertoire.
var writerRejectTables = func() map[*charSet]*[256]bool {
	m := map[*charSet]*[256]bool{}
	for _, c := range append(allCharsets(), unknownCharset) {
		t := new([256]bool)
		t['\r'], t['\n'] = true, true
		if c.Level != 0 {
			var cls [256]uint8
			c.repertoire(&cls)
			for b := range 0x80 {
				if cls[b]&(flagBad|flagLower) != 0 {
					t[b] = true
				}
			}
		}
		m[c] = t
	}
	return m
}()

func allCharsets() []*charSet {
	var all []*charSet
	for _, c := range charsets {
		all = append(all, c)
	}
	return all
}

// writerRejects returns the Writer's table for c (nil: an undeclared set).
func writerRejects(c *charSet) *[256]bool {
	if c == nil {
		c = unknownCharset
	}
	return writerRejectTables[c]
}

// decode converts a value holding bytes >= 0x80 into UTF-8. ok is false when
// some byte is not a character of the set; such bytes are read as ISO 8859-1
// so that nothing is lost.
func (c *charSet) decode(b []byte) (s string, ok bool) {
	switch {
	case c.table != nil:
		var sb strings.Builder
		sb.Grow(len(b) * 2)
		ok = true
		for _, x := range b {
			r := c.table.DecodeByte(x)
			if r == utf8.RuneError {
				ok = false
				r = rune(x)
			}
			sb.WriteRune(r)
		}
		return sb.String(), ok
	case c.utf8 || c.Level != 0:
		// Level A and B sets hold no byte >= 0x80, but senders put UTF-8 there
		// (É in a UNOA message): keep it when it is valid UTF-8.
		if utf8.Valid(b) {
			return string(b), c.utf8
		}
		return latin1(b), false
	}
	return latin1(b), false
}

func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	for _, x := range b {
		sb.WriteRune(rune(x))
	}
	return sb.String()
}

// encode converts a UTF-8 value into the set's bytes, for the Writer. ok is
// false when a character cannot be represented.
func (c *charSet) encode(s string) (out string, ok bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii || c.utf8 {
		return s, true
	}
	if c.table == nil {
		return s, false
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		b, found := c.table.EncodeRune(r)
		if !found {
			return s, false
		}
		sb.WriteByte(b)
	}
	return sb.String(), true
}
