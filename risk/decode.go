package risk

import (
	"bytes"
	"encoding/json"
	"slices"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
)

// Reading rules files: File, RuleSpec and Condition read their JSON with
// reader, in one pass, whether through Compile or encoding/json. Keys are
// matched exactly (encoding/json would also take "ID" for "id"); a key a
// file or rule does not have is an error, one a condition does not have is
// kept for the compiler to report with the rule and the condition id.

// UnmarshalJSON reads a rules file.
func (f *File) UnmarshalJSON(b []byte) error {
	r := &reader{data: bytes.Clone(b)} // values are views into it
	*f = File{}
	r.file(f)
	r.end()
	return r.result()
}

// UnmarshalJSON reads one rule.
func (s *RuleSpec) UnmarshalJSON(b []byte) error {
	r := &reader{data: bytes.Clone(b)} // values are views into it
	*s = RuleSpec{}
	r.rule(s)
	r.end()
	return r.result()
}

// UnmarshalJSON reads a condition node. Keys the format does not have,
// and nodes of no kind or of two, are kept for the compiler to report with
// the rule and condition id.
func (c *Condition) UnmarshalJSON(b []byte) error {
	r := &reader{data: bytes.Clone(b)} // values are views into it
	r.condition(c, 0)
	r.end()
	return r.result()
}

func (r *reader) unknownKey(key []byte) {
	r.fail("unknown field %q", key)
	r.skip(0)
}

func (r *reader) file(f *File) {
	r.object(func(key []byte) {
		switch string(key) {
		case "name":
			f.Name = r.str()
		case "version":
			f.Version = r.str()
		case "rules":
			r.array(func() {
				f.Rules = append(f.Rules, RuleSpec{})
				r.rule(&f.Rules[len(f.Rules)-1])
			})
		default:
			r.unknownKey(key)
		}
	})
}

// rule reads a RuleSpec; its keys are RuleSpec's JSON names.
func (r *reader) rule(s *RuleSpec) {
	r.object(func(key []byte) {
		switch string(key) {
		case "id":
			s.ID = r.str()
		case "version":
			s.Version = r.integer()
		case "title":
			s.Title = r.str()
		case "rationale":
			s.Rationale = r.str()
		case "category":
			s.Category = r.str()
		case "severity":
			s.Severity = Severity(r.str())
		case "weight":
			s.Weight = r.number()
		case "author":
			s.Author = r.str()
		case "status":
			s.Status = Status(r.str())
		case "effectiveFrom":
			s.EffectiveFrom = r.date()
		case "effectiveTo":
			s.EffectiveTo = r.date()
		case "reviewBy":
			s.ReviewBy = r.date()
		case "scope":
			r.scope(&s.Scope)
		case "hitCap":
			s.HitCap = r.integer()
		case "when":
			r.condition(&s.When, 0)
		default:
			r.unknownKey(key)
		}
	})
}

// date reads a civil date, "2026-12-01"; a null or "" is the zero date.
func (r *reader) date() civil.Date {
	start := r.pos
	s := r.str()
	if s == "" || r.err != nil {
		return civil.Date{}
	}
	d, err := civil.ParseDate(s)
	if err != nil {
		r.pos = start
		r.fail("want a date, \"2026-12-01\"")
	}
	return d
}

func (r *reader) scope(s *Scope) {
	r.object(func(key []byte) {
		switch string(key) {
		case "direction":
			s.Direction = manifest.Direction(r.str())
		case "carriers":
			s.Carriers = r.strs()
		case "airports":
			s.Airports = r.strs()
		default:
			r.unknownKey(key)
		}
	})
}

// strs reads a list of strings; a null is nil.
func (r *reader) strs() []string {
	var out []string
	r.array(func() { out = append(out, r.str()) })
	return out
}

// condition reads a node of a condition tree (see Condition). depth only
// bounds the stack: the compiler applies Limits.MaxDepth.
func (r *reader) condition(c *Condition, depth int) {
	*c = Condition{}
	if depth > maxNesting {
		r.fail("nested too deeply")
		return
	}
	kinds := 0
	r.object(func(key []byte) {
		switch string(key) {
		case "id":
			c.ID = r.str()
		case "all", "any", "none", "count":
			kinds++
			r.groupOrQuantifier(c, string(key), depth)
		case "not":
			kinds++
			c.Not = new(Condition)
			r.condition(c.Not, depth+1)
		case "where":
			c.Where = new(Condition)
			r.condition(c.Where, depth+1)
		case "field":
			c.Field = r.str()
		case "op":
			c.Op = Op(r.str())
		case "value":
			c.Value = json.RawMessage(r.raw())
		default:
			if !slices.Contains(c.unknown, string(key)) {
				c.unknown = append(c.unknown, string(key))
			}
			r.skip(depth)
		}
	})
	if c.Field != "" {
		kinds++
	}
	slices.Sort(c.unknown)
	switch {
	case kinds == 0:
		c.shape = "no all, any, not, none, count or field"
	case kinds > 1:
		c.shape = "more than one of all, any, not, none, count and field"
	case c.Where != nil && c.Quantifier == "":
		c.shape = "where without a quantifier"
	case c.Quantifier == "" && c.Field == "" && (c.Op != "" || c.Value != nil):
		c.shape = "op or value without a field"
	}
}

// groupOrQuantifier reads the value of all, any, none or count: a list of
// conditions (all and any as groups) or a collection's name (quantifiers).
func (r *reader) groupOrQuantifier(c *Condition, key string, depth int) {
	switch r.peek() {
	case '[':
		if key != "all" && key != "any" {
			break
		}
		list := []Condition{}
		r.array(func() {
			list = append(list, Condition{})
			r.condition(&list[len(list)-1], depth+1)
		})
		if key == "all" {
			c.All = list
		} else {
			c.Any = list
		}
		return
	case '"':
		c.Quantifier, c.Over = key, r.str()
		return
	}
	r.fail("%q: want a list of conditions or a collection name", key)
}

// Operands: a comparison's value as one JSON value of a kind, read
// without encoding/json's reflection (compiling reads one per condition).

// rawString reads raw as a string.
func rawString(raw []byte) (string, bool) {
	r := reader{data: raw}
	if r.peek() != '"' {
		return "", false
	}
	s := r.str()
	r.end()
	return s, r.err == nil
}

// rawNumber reads raw as a number.
func rawNumber(raw []byte) (float64, bool) {
	r := reader{data: raw}
	if c := r.peek(); c != '-' && (c < '0' || c > '9') {
		return 0, false
	}
	f := r.number()
	r.end()
	return f, r.err == nil
}

// rawBool reads raw as true or false.
func rawBool(raw []byte) (bool, bool) {
	r := reader{data: raw}
	if c := r.peek(); c != 't' && c != 'f' {
		return false, false
	}
	v := r.boolean()
	r.end()
	return v, r.err == nil
}

// rawArray reads raw as an array and returns its elements' bytes.
func rawArray(raw []byte) ([][]byte, bool) {
	r := reader{data: raw}
	if r.peek() != '[' {
		return nil, false
	}
	var out [][]byte
	r.array(func() { out = append(out, r.raw()) })
	r.end()
	return out, r.err == nil
}

// rawStrings reads raw as an array of strings.
func rawStrings(raw []byte) ([]string, bool) {
	elems, ok := rawArray(raw)
	out := make([]string, 0, len(elems))
	for _, e := range elems {
		s, ok2 := rawString(e)
		if !ok2 {
			return nil, false
		}
		out = append(out, s)
	}
	return out, ok
}
