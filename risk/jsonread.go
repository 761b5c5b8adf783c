package risk

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// reader is a pull reader of JSON for rules files. encoding/json reads a
// condition tree once per level of nesting (each node's UnmarshalJSON gets
// its subtree again) and through maps; this reads a file once, in one pass,
// and compiling 1,000 rules takes a fifth of the time. It accepts exactly
// RFC 8259 JSON; an error stops it at the offset where it went wrong.
type reader struct {
	data []byte
	pos  int
	err  error
}

// fail records the first error, at the current offset.
func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = &SyntaxError{Offset: int64(r.pos), Err: fmt.Errorf(format, args...)}
	}
}

// result gives the error its line and column.
func (r *reader) result() error {
	var se *SyntaxError
	if !errors.As(r.err, &se) {
		return r.err
	}
	off := min(int(se.Offset), len(r.data))
	se.Line = 1 + bytes.Count(r.data[:off], []byte("\n"))
	se.Column = off - bytes.LastIndexByte(r.data[:off], '\n')
	return se
}

func (r *reader) space() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, 0 at the end or after an
// error.
func (r *reader) peek() byte {
	r.space()
	if r.err != nil || r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

func (r *reader) expect(c byte) bool {
	if r.peek() != c {
		r.fail("want %q", c)
		return false
	}
	r.pos++
	return true
}

// end checks that nothing but white space follows.
func (r *reader) end() {
	if r.space(); r.pos < len(r.data) {
		r.fail("data after the value")
	}
}

// object reads an object, calling field with each key; field must read
// the value (or skip it). The key is valid only during the call: a view
// into the data, so that reading a key allocates nothing.
func (r *reader) object(field func(key []byte)) {
	if r.peek() == 'n' && r.null() {
		return
	}
	if !r.expect('{') {
		return
	}
	if r.peek() == '}' {
		r.pos++
		return
	}
	for r.err == nil {
		key := r.key()
		if !r.expect(':') {
			return
		}
		field(key)
		switch r.peek() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			return
		default:
			r.fail("want , or }")
		}
	}
}

// array reads an array, calling elem for each element; elem must read it.
// A null is no array.
func (r *reader) array(elem func()) {
	if r.peek() == 'n' && r.null() {
		return
	}
	if !r.expect('[') {
		return
	}
	if r.peek() == ']' {
		r.pos++
		return
	}
	for r.err == nil {
		elem()
		switch r.peek() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			return
		default:
			r.fail("want , or ]")
		}
	}
}

// null reads a null if one is next.
func (r *reader) null() bool {
	if bytes.HasPrefix(r.data[r.pos:], []byte("null")) {
		r.pos += 4
		return true
	}
	return false
}

// str reads a string; a null is "".
func (r *reader) str() string {
	switch r.peek() {
	case '"':
	case 'n':
		if r.null() {
			return ""
		}
		fallthrough
	default:
		r.fail("want a string")
		return ""
	}
	start := r.pos + 1
	for i := start; i < len(r.data); i++ {
		switch c := r.data[i]; {
		case c == '"':
			r.pos = i + 1
			return string(r.data[start:i])
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return r.slowStr(start)
		}
	}
	r.pos = len(r.data)
	r.fail("unterminated string")
	return ""
}

// key reads an object's key, a view into the data unless it has escapes
// or non-ASCII.
func (r *reader) key() []byte {
	if r.peek() != '"' {
		r.fail("want a key (a string)")
		return nil
	}
	start := r.pos + 1
	for i := start; i < len(r.data); i++ {
		switch c := r.data[i]; {
		case c == '"':
			r.pos = i + 1
			return r.data[start:i]
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return []byte(r.slowStr(start))
		}
	}
	r.pos = len(r.data)
	r.fail("unterminated string")
	return nil
}

// slowStr reads a string with escapes or non-ASCII from start, the byte
// after its quote. Invalid UTF-8 becomes U+FFFD, as encoding/json does.
func (r *reader) slowStr(start int) string {
	var b []byte
	i := start
	for i < len(r.data) {
		c := r.data[i]
		switch {
		case c == '"':
			r.pos = i + 1
			return string(b)
		case c < 0x20:
			r.pos = i
			r.fail("control character in a string")
			return ""
		case c == '\\':
			n, ok := r.escape(i, &b)
			if !ok {
				return ""
			}
			i += n
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			ru, n := utf8.DecodeRune(r.data[i:])
			b = utf8.AppendRune(b, ru)
			i += n
		}
	}
	r.pos = len(r.data)
	r.fail("unterminated string")
	return ""
}

// escape appends the escape at i to b and returns its length.
func (r *reader) escape(i int, b *[]byte) (int, bool) {
	if i+1 >= len(r.data) {
		r.pos = i
		r.fail("unterminated string")
		return 0, false
	}
	if c := simpleEscapes[r.data[i+1]]; c != 0 {
		*b = append(*b, c)
		return 2, true
	}
	ru, ok := r.hex4(i)
	if !ok {
		return 0, false
	}
	if utf16.IsSurrogate(ru) {
		if lo, ok := hexRune(r.data[i+6:]); ok {
			if d := utf16.DecodeRune(ru, lo); d != utf8.RuneError {
				*b = utf8.AppendRune(*b, d)
				return 12, true
			}
		}
		ru = utf8.RuneError // a lone surrogate, as encoding/json reads it
	}
	*b = utf8.AppendRune(*b, ru)
	return 6, true
}

// simpleEscapes are the one-letter escapes of a string.
var simpleEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// hex4 reads the \uXXXX escape at i.
func (r *reader) hex4(i int) (rune, bool) {
	ru, ok := hexRune(r.data[i:])
	if !ok {
		r.pos = i
		r.fail("bad escape in a string")
	}
	return ru, ok
}

// hexRune reads a \uXXXX escape at the start of b.
func hexRune(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	var n rune
	for _, c := range b[2:6] {
		switch {
		case c >= '0' && c <= '9':
			n = n<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			n = n<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			n = n<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return n, true
}

// number reads a number; a null is 0.
func (r *reader) number() float64 {
	if r.peek() == 'n' && r.null() {
		return 0
	}
	raw := r.numberBytes()
	if raw == nil {
		return 0
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsInf(f, 0) {
		r.fail("number out of range")
	}
	return f
}

// integer reads a number that must be a whole one.
func (r *reader) integer() int {
	start := r.pos
	f := r.number()
	if r.err == nil && (f != math.Trunc(f) || math.Abs(f) > 1<<53) {
		r.pos = start
		r.fail("want a whole number")
	}
	return int(f)
}

// numberBytes reads the bytes of a number as RFC 8259 spells it.
func (r *reader) numberBytes() []byte {
	r.space()
	start, i := r.pos, r.pos
	digits := func() int {
		n := 0
		for i < len(r.data) && r.data[i] >= '0' && r.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(r.data) && r.data[i] == '-' {
		i++
	}
	intStart := i
	if n := digits(); n == 0 || (n > 1 && r.data[intStart] == '0') {
		r.fail("want a number")
		return nil
	}
	if i < len(r.data) && r.data[i] == '.' {
		i++
		if digits() == 0 {
			r.fail("want a number")
			return nil
		}
	}
	if i < len(r.data) && (r.data[i] == 'e' || r.data[i] == 'E') {
		i++
		if i < len(r.data) && (r.data[i] == '+' || r.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			r.fail("want a number")
			return nil
		}
	}
	r.pos = i
	return r.data[start:i]
}

// boolean reads true or false; a null is false.
func (r *reader) boolean() bool {
	r.space()
	for _, w := range []struct {
		lit string
		v   bool
	}{{"true", true}, {"false", false}, {"null", false}} {
		if bytes.HasPrefix(r.data[r.pos:], []byte(w.lit)) {
			r.pos += len(w.lit)
			return w.v
		}
	}
	r.fail("want true or false")
	return false
}

// raw reads any value and returns its bytes, a view into the data.
func (r *reader) raw() []byte {
	r.space()
	start := r.pos
	r.skip(0)
	if r.err != nil {
		return nil
	}
	return r.data[start:r.pos]
}

// maxNesting bounds the nesting skip follows, beside the rules' own
// MaxDepth, so that no input can exhaust the stack.
const maxNesting = 10_000

func (r *reader) skip(depth int) {
	if depth > maxNesting {
		r.fail("nested too deeply")
		return
	}
	switch r.peek() {
	case '{':
		r.object(func([]byte) { r.skip(depth + 1) })
	case '[':
		r.array(func() { r.skip(depth + 1) })
	case '"':
		r.str()
	case 't', 'f':
		r.boolean()
	case 'n':
		if !r.null() {
			r.fail("want a value")
		}
	case 0:
		r.fail("unexpected end of the data")
	default:
		r.numberBytes()
	}
}
