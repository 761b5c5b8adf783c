package risk

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/fuzzymatch"
)

// Truth is the three-valued result of a condition: a condition on missing
// or masked data is Unknown, and Unknown propagates as in Kleene's logic
// (false AND unknown is false; true OR unknown is true).
type Truth int8

// Truth values.
const (
	False Truth = iota
	True
	Unknown
)

func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}

// MarshalText writes true, false or unknown.
func (t Truth) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads true, false or unknown, so that a stored Result
// reads back.
func (t *Truth) UnmarshalText(b []byte) error {
	switch string(b) {
	case "true":
		*t = True
	case "false":
		*t = False
	case "unknown":
		*t = Unknown
	default:
		return errors.New("risk: a truth value is true, false or unknown")
	}
	return nil
}

func truth(b bool) Truth {
	if b {
		return True
	}
	return False
}

func (t Truth) not() Truth {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

// operand is a comparison's value, parsed once for the attribute's type.
type operand struct {
	str      string              // eq, ne, starts_with, ends_with, contains (codes upper case)
	strs     []string            // in, not_in: a short list
	set      map[string]struct{} // in, not_in: a long one (codes upper case)
	num, hi  float64             // numbers and durations; between's bounds
	date, d2 civil.Date          // dates; between's bounds
	t, t2    time.Time           // instants; between's bounds
	boolean  bool
	re       *regexp.Regexp
	list     *RefList
	from, to time.Duration // within: the window relative to the departure
	name     *fuzzymatch.Name
	score    float64 // name_like's threshold
}

// setThreshold is the size of an in list past which it is a map.
const setThreshold = 16

// opTypes says which attribute types each operator applies to.
var opTypes = map[Op]func(Type) bool{
	OpEq: func(t Type) bool { return t != TypeList }, OpNe: func(t Type) bool { return t != TypeList },
	OpLt: Type.ordered, OpLe: Type.ordered, OpGt: Type.ordered, OpGe: Type.ordered,
	OpBetween: Type.ordered, OpNotBetween: Type.ordered,
	OpIn: inType, OpNotIn: inType,
	OpStartsWith: Type.textual, OpNotStartsWith: Type.textual, OpEndsWith: Type.textual, OpNotEndsWith: Type.textual,
	OpContains: containsType, OpNotContains: containsType,
	OpMatches: Type.textual, OpNotMatches: Type.textual,
	OpIsEmpty: anyType, OpExists: anyType,
	OpWithin:   func(t Type) bool { return t == TypeDate || t == TypeDateTime },
	OpMemberOf: inType, OpNotMemberOf: inType,
	OpNameLike: func(t Type) bool { return t == TypeString },
}

func inType(t Type) bool       { return t == TypeString || t == TypeCode || t == TypeNumber || t == TypeList }
func containsType(t Type) bool { return t.textual() || t == TypeList }
func anyType(Type) bool        { return true }

// negated is each not_ operator's positive form.
var negated = map[Op]Op{OpNe: OpEq, OpNotBetween: OpBetween, OpNotIn: OpIn, OpNotStartsWith: OpStartsWith,
	OpNotEndsWith: OpEndsWith, OpNotContains: OpContains, OpNotMatches: OpMatches, OpNotMemberOf: OpMemberOf}

// parseOperand reads a comparison's value for an attribute of type t.
func (c *compiler) parseOperand(op Op, t Type, raw json.RawMessage) (operand, error) {
	var o operand
	if pos, ok := negated[op]; ok {
		op = pos
	}
	need := func(ok bool, want string) error {
		if !ok {
			return fmt.Errorf("value: want %s", want)
		}
		return nil
	}
	switch op {
	case OpIsEmpty, OpExists:
		return o, need(len(raw) == 0, "no value")
	case OpEq, OpLt, OpLe, OpGt, OpGe:
		return o, c.scalar(&o, t, raw)
	case OpBetween:
		pair, ok := rawArray(raw)
		if !ok || len(pair) != 2 {
			return o, fmt.Errorf("value: want [low, high]")
		}
		var hi operand
		if err := c.scalar(&o, t, pair[0]); err != nil {
			return o, err
		}
		if err := c.scalar(&hi, t, pair[1]); err != nil {
			return o, err
		}
		o.hi, o.d2, o.t2 = hi.num, hi.date, hi.t
		if o.num > o.hi || o.d2.Before(o.date) || o.t2.Before(o.t) {
			return o, fmt.Errorf("value: low is above high")
		}
		return o, nil
	case OpIn:
		return o, c.inList(&o, t, raw)
	case OpStartsWith, OpEndsWith, OpContains:
		s, ok := rawString(raw)
		if err := need(ok && s != "", "a non-empty string"); err != nil {
			return o, err
		}
		o.str = s
		return o, nil
	case OpMatches:
		s, ok := rawString(raw)
		if err := need(ok && s != "", "a regular expression (RE2) as a string"); err != nil {
			return o, err
		}
		if len(s) > c.limits.MaxPattern {
			return o, fmt.Errorf("value: the regular expression is longer than %d bytes", c.limits.MaxPattern)
		}
		re, err := regexp.Compile(s)
		if err != nil {
			return o, fmt.Errorf("value: bad regular expression: %v", err)
		}
		o.re = re
		return o, nil
	case OpWithin:
		w, ok := rawStrings(raw)
		if !ok || len(w) != 2 {
			return o, fmt.Errorf(`value: want a window relative to departure, ["-30d", "0d"]`)
		}
		from, err1 := parseOffset(w[0])
		to, err2 := parseOffset(w[1])
		if err1 != nil || err2 != nil || from > to {
			return o, fmt.Errorf(`value: want [from, to] offsets such as "-72h", "-30d", "0d", from before to`)
		}
		o.from, o.to = from, to
		return o, nil
	case OpMemberOf:
		name, ok := rawString(raw)
		if err := need(ok && name != "", "a reference list's name"); err != nil {
			return o, err
		}
		l, ok := c.lists[name]
		if !ok {
			return o, fmt.Errorf("value: no reference list %q", name)
		}
		if len(l.Values) == 0 {
			return o, fmt.Errorf("value: reference list %q is empty", name)
		}
		o.list = l
		c.used[name] = true
		return o, nil
	case OpNameLike:
		var v struct {
			Name      string   `json:"name"`
			Threshold *float64 `json:"threshold"`
		}
		if json.Unmarshal(raw, &v) != nil || strings.TrimSpace(v.Name) == "" {
			return o, fmt.Errorf(`value: want {"name": "...", "threshold": 0.9}`)
		}
		o.name, o.score = fuzzymatch.Prepare(v.Name), c.cmp.Threshold()
		if v.Threshold != nil {
			if *v.Threshold <= 0 || *v.Threshold > 1 {
				return o, fmt.Errorf("value: the threshold must be in (0, 1]")
			}
			o.score = *v.Threshold
		}
		return o, nil
	}
	return o, fmt.Errorf("unknown operator %q", op)
}

// scalar reads one value of type t.
func (c *compiler) scalar(o *operand, t Type, raw json.RawMessage) error {
	switch t {
	case TypeString, TypeCode:
		var ok bool
		if o.str, ok = rawString(raw); !ok {
			return fmt.Errorf("value: want a string")
		}
	case TypeNumber:
		var ok bool
		if o.num, ok = rawNumber(raw); !ok {
			return fmt.Errorf("value: want a number")
		}
	case TypeDuration:
		var ok bool
		if o.num, ok = rawNumber(raw); ok {
			return nil
		}
		s, ok := rawString(raw)
		if !ok {
			return fmt.Errorf(`value: want hours as a number, or a duration such as "48h", "2d"`)
		}
		d, err := parseOffset(s)
		if err != nil {
			return fmt.Errorf(`value: want hours as a number, or a duration such as "48h", "2d"`)
		}
		o.num = d.Hours()
	case TypeBool:
		var ok bool
		if o.boolean, ok = rawBool(raw); !ok {
			return fmt.Errorf("value: want true or false")
		}
	case TypeDate:
		s, ok := rawString(raw)
		if !ok {
			return fmt.Errorf(`value: want a date, "2026-12-01"`)
		}
		d, err := civil.ParseDate(s)
		if err != nil || !d.Valid() {
			return fmt.Errorf(`value: want a date, "2026-12-01"`)
		}
		o.date = d
	case TypeDateTime:
		s, ok := rawString(raw)
		if !ok {
			return fmt.Errorf(`value: want an instant, "2026-12-01T08:00:00Z"`)
		}
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return fmt.Errorf(`value: want an instant, "2026-12-01T08:00:00Z"`)
		}
		o.t = tm.UTC()
	default:
		return fmt.Errorf("value: %s has no single value", t)
	}
	return nil
}

// inList reads an in list: strings for textual and list attributes,
// numbers for numbers.
func (c *compiler) inList(o *operand, t Type, raw json.RawMessage) error {
	if t == TypeNumber {
		elems, ok := rawArray(raw)
		if !ok || len(elems) == 0 {
			return fmt.Errorf("value: want a non-empty list of numbers")
		}
		for _, e := range elems {
			n, ok := rawNumber(e)
			if !ok {
				return fmt.Errorf("value: want a non-empty list of numbers")
			}
			o.strs = append(o.strs, strconv.FormatFloat(n, 'g', -1, 64))
		}
		return nil
	}
	ss, ok := rawStrings(raw)
	if !ok || len(ss) == 0 {
		return fmt.Errorf("value: want a non-empty list of strings")
	}
	if len(ss) > c.limits.MaxValues {
		return fmt.Errorf("value: more than %d values", c.limits.MaxValues)
	}
	if len(ss) <= setThreshold {
		o.strs = ss
		return nil
	}
	o.set = make(map[string]struct{}, len(ss))
	for _, s := range ss {
		o.set[strings.ToUpper(s)] = struct{}{}
	}
	return nil
}

// parseOffset reads a signed duration in days (d), hours (h) or minutes
// (m): "-30d", "72h", "0d".
func parseOffset(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return 0, fmt.Errorf("bad offset")
	}
	n, err := strconv.ParseFloat(s[:len(s)-1], 64)
	if err != nil || math.IsInf(n, 0) || math.IsNaN(n) || math.Abs(n) > 1e6 {
		return 0, fmt.Errorf("bad offset")
	}
	unit := map[byte]time.Duration{'d': 24 * time.Hour, 'h': time.Hour, 'm': time.Minute}[s[len(s)-1]]
	if unit == 0 {
		return 0, fmt.Errorf("bad offset")
	}
	return time.Duration(n * float64(unit)), nil
}

// compare applies a positive operator (not a not_ form, not exists or
// is_empty) to a known value.
func compare(op Op, o *operand, v *Value, env *Env, cmp *fuzzymatch.Comparator) Truth {
	switch op {
	case OpEq:
		return truth(equal(o, v))
	case OpLt, OpLe, OpGt, OpGe:
		c := order(o, v)
		return truth(op == OpLt && c < 0 || op == OpLe && c <= 0 || op == OpGt && c > 0 || op == OpGe && c >= 0)
	case OpBetween:
		switch v.Type {
		case TypeNumber, TypeDuration:
			return truth(v.Num >= o.num && v.Num <= o.hi)
		case TypeDate:
			return truth(!v.Date.Before(o.date) && !o.d2.Before(v.Date))
		case TypeDateTime:
			return truth(!v.Time.Before(o.t) && !o.t2.Before(v.Time))
		}
	case OpIn:
		if v.Type == TypeList {
			return truth(slices.ContainsFunc(v.List, o.has))
		}
		if v.Type == TypeNumber {
			return truth(slices.Contains(o.strs, strconv.FormatFloat(v.Num, 'g', -1, 64)))
		}
		return truth(o.has(v.Str))
	case OpStartsWith:
		return truth(len(v.Str) >= len(o.str) && strings.EqualFold(v.Str[:len(o.str)], o.str))
	case OpEndsWith:
		return truth(len(v.Str) >= len(o.str) && strings.EqualFold(v.Str[len(v.Str)-len(o.str):], o.str))
	case OpContains:
		if v.Type == TypeList {
			return truth(slices.ContainsFunc(v.List, func(s string) bool { return strings.EqualFold(s, o.str) }))
		}
		return truth(containsFold(v.Str, o.str))
	case OpMatches:
		return truth(o.re.MatchString(v.Str))
	case OpWithin:
		return within(o, v, env)
	case OpMemberOf:
		if v.Type == TypeList {
			return truth(slices.ContainsFunc(v.List, o.list.has))
		}
		return truth(o.list.has(v.Str))
	case OpNameLike:
		return truth(cmp.Score(fuzzymatch.Prepare(v.Str), o.name) >= o.score)
	}
	return Unknown
}

func equal(o *operand, v *Value) bool {
	switch v.Type {
	case TypeString, TypeCode:
		return strings.EqualFold(v.Str, o.str)
	case TypeNumber, TypeDuration:
		return v.Num == o.num
	case TypeBool:
		return v.Bool == o.boolean
	case TypeDate:
		return v.Date == o.date
	case TypeDateTime:
		return v.Time.Equal(o.t)
	}
	return false
}

// order compares the value with the operand: -1, 0, +1.
func order(o *operand, v *Value) int {
	switch v.Type {
	case TypeNumber, TypeDuration:
		switch {
		case v.Num < o.num:
			return -1
		case v.Num > o.num:
			return 1
		}
		return 0
	case TypeDate:
		return v.Date.Compare(o.date)
	case TypeDateTime:
		return v.Time.Compare(o.t)
	}
	return 0
}

// within reports whether a date or instant lies in the window around the
// flight's departure; unknown when the departure is.
func within(o *operand, v *Value, env *Env) Truth {
	if env.Departure.IsZero() {
		return Unknown
	}
	t := v.Time
	if v.Type == TypeDate {
		// A date is the whole day: it is within when some of it is.
		start := time.Date(v.Date.Year, v.Date.Month, v.Date.Day, 0, 0, 0, 0, time.UTC)
		from, to := env.Departure.Add(o.from), env.Departure.Add(o.to)
		return truth(start.Before(to) && !start.Add(24*time.Hour).Before(from))
	}
	from, to := env.Departure.Add(o.from), env.Departure.Add(o.to)
	return truth(!t.Before(from) && !t.After(to))
}

// has reports s in an in list, case-insensitively.
func (o *operand) has(s string) bool {
	if o.set != nil {
		var buf [64]byte
		if u, ok := upperInto(buf[:0], s); ok {
			_, in := o.set[string(u)]
			return in
		}
		_, in := o.set[strings.ToUpper(s)]
		return in
	}
	for _, x := range o.strs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// upperInto writes s upper case into b when it is ASCII and fits.
func upperInto(b []byte, s string) ([]byte, bool) {
	if len(s) > cap(b) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// containsFold reports whether sub is within s, ignoring case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
