package risk

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// The canonical form of rules: the JSON encoding/json writes for a
// RuleSpec (keys in field order, empty ones left out, HTML characters
// escaped), with a condition's keys in a fixed order. A ruleset's hash is
// taken over it. It is written here by hand because encoding/json
// re-validates what each nested MarshalJSON returns, once per level of a
// condition tree: most of the time of compiling a ruleset went there. A
// test checks that the two agree.

// MarshalJSON writes the condition in the form UnmarshalJSON reads, with
// keys in a fixed order: the canonical form a ruleset's hash is taken over.
func (c Condition) MarshalJSON() ([]byte, error) {
	return appendCondition(nil, &c), nil
}

// MarshalJSON writes the rule in its canonical form.
func (s RuleSpec) MarshalJSON() ([]byte, error) { return appendSpec(nil, &s), nil }

// object writes the keys and values of one JSON object.
type object struct {
	b []byte
	n int
}

func (o *object) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = appendString(o.b, k)
	o.b = append(o.b, ':')
}

func (o *object) str(k, v string, omitEmpty bool) {
	if v == "" && omitEmpty {
		return
	}
	o.key(k)
	o.b = appendString(o.b, v)
}

func (o *object) strs(k string, v []string) {
	if len(v) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendString(o.b, s)
	}
	o.b = append(o.b, ']')
}

func appendSpec(b []byte, s *RuleSpec) []byte {
	o := object{b: append(b, '{')}
	o.str("id", s.ID, false)
	o.key("version")
	o.b = strconv.AppendInt(o.b, int64(s.Version), 10)
	o.str("title", s.Title, false)
	o.str("rationale", s.Rationale, true)
	o.str("category", s.Category, true)
	o.str("severity", string(s.Severity), true)
	if s.Weight != 0 {
		o.key("weight")
		o.b = appendFloat(o.b, s.Weight)
	}
	o.str("author", s.Author, true)
	o.str("status", string(s.Status), true)
	for _, d := range []struct {
		k string
		v interface {
			IsZero() bool
			String() string
		}
	}{{"effectiveFrom", s.EffectiveFrom}, {"effectiveTo", s.EffectiveTo}, {"reviewBy", s.ReviewBy}} {
		if !d.v.IsZero() {
			o.str(d.k, d.v.String(), false)
		}
	}
	if sc := s.Scope; sc.Direction != "" || sc.Carriers != nil || sc.Airports != nil { // omitzero
		o.key("scope")
		in := object{b: append(o.b, '{')}
		in.str("direction", string(sc.Direction), true)
		in.strs("carriers", sc.Carriers)
		in.strs("airports", sc.Airports)
		o.b = append(in.b, '}')
	}
	if s.HitCap != 0 {
		o.key("hitCap")
		o.b = strconv.AppendInt(o.b, int64(s.HitCap), 10)
	}
	o.key("when")
	o.b = appendCondition(o.b, &s.When)
	return append(o.b, '}')
}

func appendCondition(b []byte, c *Condition) []byte {
	o := object{b: append(b, '{')}
	o.str("id", c.ID, true)
	list := func(k string, l []Condition) {
		o.key(k)
		o.b = append(o.b, '[')
		for i := range l {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = appendCondition(o.b, &l[i])
		}
		o.b = append(o.b, ']')
	}
	switch {
	case c.All != nil:
		list("all", c.All)
	case c.Any != nil:
		list("any", c.Any)
	case c.Not != nil:
		o.key("not")
		o.b = appendCondition(o.b, c.Not)
	case c.Quantifier != "":
		o.str(c.Quantifier, c.Over, false)
		if c.Where != nil {
			o.key("where")
			o.b = appendCondition(o.b, c.Where)
		}
	}
	o.str("field", c.Field, true)
	o.str("op", string(c.Op), true)
	if len(c.Value) > 0 {
		o.key("value")
		o.b = appendRaw(o.b, c.Value)
	}
	return append(o.b, '}')
}

// appendRaw appends a JSON value compacted, with HTML characters escaped
// as encoding/json writes them; a value that is not JSON is written as a
// string of its bytes, so that the form stays JSON.
func appendRaw(b []byte, raw []byte) []byte {
	var c bytes.Buffer
	if json.Compact(&c, raw) != nil {
		return appendString(b, string(raw))
	}
	out := bytes.NewBuffer(b)
	json.HTMLEscape(out, c.Bytes())
	return out.Bytes()
}

// appendFloat writes a number as encoding/json does.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-07 to e-7
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString writes a JSON string as encoding/json does by default:
// control characters, <, >, &, U+2028 and U+2029 escaped, invalid UTF-8
// as U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}
