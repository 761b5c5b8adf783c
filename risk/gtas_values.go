package risk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
)

// gtasOps are GTAS's operators that have a risk operator of their own.
var gtasOps = map[string]Op{
	"EQUAL": OpEq, "NOT_EQUAL": OpNe, "IN": OpIn, "NOT_IN": OpNotIn,
	"BETWEEN": OpBetween, "NOT_BETWEEN": OpNotBetween, "CONTAINS": OpContains, "NOT_CONTAINS": OpNotContains,
	"BEGINS_WITH": OpStartsWith, "NOT_BEGINS_WITH": OpNotStartsWith, "ENDS_WITH": OpEndsWith, "NOT_ENDS_WITH": OpNotEndsWith,
	"LESS": OpLt, "LESS_OR_EQUAL": OpLe, "GREATER": OpGt, "GREATER_OR_EQUAL": OpGe,
}

// gtasValue is a term's value typed for an attribute: the JSON of a
// single value, or for an instant given as a date the first and last
// instants of that day (lo == hi otherwise).
type gtasValue struct{ lo, hi json.RawMessage }

func (v gtasValue) span() bool { return !bytes.Equal(v.lo, v.hi) }

// gtasComparison converts a term's operator and values into a comparison
// on attribute a (without its id).
func gtasComparison(a *Attribute, f gtasField, operator string, values []string) (Condition, error) {
	op := strings.ToUpper(strings.TrimSpace(operator))
	switch op {
	case "EQUALS":
		op = "EQUAL"
	case "NOT_IS_NULL":
		op = "IS_NOT_NULL"
	}
	// GTAS's emptiness tests: the values, if any, are the UI's leftovers.
	switch op {
	case "IS_EMPTY":
		return Condition{Field: a.Path, Op: OpIsEmpty}, nil
	case "IS_NOT_EMPTY":
		return Condition{Not: &Condition{Field: a.Path, Op: OpIsEmpty}}, nil
	case "IS_NULL":
		return Condition{Not: &Condition{Field: a.Path, Op: OpExists}}, nil
	case "IS_NOT_NULL":
		return Condition{Field: a.Path, Op: OpExists}, nil
	}
	rop, ok := gtasOps[op]
	if !ok {
		return Condition{}, fmt.Errorf("unknown operator %q", short(operator))
	}
	switch {
	case (op == "BETWEEN" || op == "NOT_BETWEEN") && len(values) != 2:
		return Condition{}, fmt.Errorf("operator %s: want two values, not %d", op, len(values))
	case op == "IN" || op == "NOT_IN":
		if len(values) == 0 {
			return Condition{}, fmt.Errorf("operator %s: no value", op)
		}
	case !strings.Contains(op, "BETWEEN") && len(values) != 1:
		return Condition{}, fmt.Errorf("operator %s: want one value, not %d", op, len(values))
	}
	pos := rop
	if p, ok := negated[rop]; ok {
		pos = p
	}
	// in on a date, an instant, a duration or a boolean: any of eq.
	if pos == OpIn && !inType(a.Type) {
		pos = OpEq
	}
	if !opTypes[pos](a.Type) {
		return Condition{}, fmt.Errorf("operator %s does not apply to %s (%s)", op, a.Path, a.Type)
	}
	vs := make([]gtasValue, len(values))
	for i, s := range values {
		v, err := typedValue(a, f, s)
		if err != nil {
			return Condition{}, err
		}
		vs[i] = v
	}
	return gtasCompare(a.Path, rop, pos, vs), nil
}

// gtasCompare writes the comparison of rop (whose positive form is pos)
// with typed values.
func gtasCompare(path string, rop, pos Op, vs []gtasValue) Condition {
	_, neg := negated[rop]
	not := func(c Condition) Condition {
		if neg {
			return Condition{Not: &c}
		}
		return c
	}
	pair := func(lo, hi json.RawMessage) json.RawMessage {
		return json.RawMessage("[" + string(lo) + "," + string(hi) + "]")
	}
	// eq of one value: an instant given as a date is that whole day.
	eq := func(v gtasValue) Condition {
		if v.span() {
			return Condition{Field: path, Op: OpBetween, Value: pair(v.lo, v.hi)}
		}
		return Condition{Field: path, Op: OpEq, Value: v.lo}
	}
	switch {
	case pos == OpEq && len(vs) == 1:
		c := eq(vs[0])
		if neg {
			c.Op = map[Op]Op{OpEq: OpNe, OpBetween: OpNotBetween}[c.Op]
		}
		return c
	case pos == OpEq: // in on a type in does not apply to
		alts := make([]Condition, len(vs))
		for i, v := range vs {
			alts[i] = eq(v)
		}
		return not(Condition{Any: alts})
	case pos == OpIn:
		list := make([]string, len(vs))
		for i, v := range vs {
			list[i] = string(v.lo)
		}
		return Condition{Field: path, Op: rop, Value: json.RawMessage("[" + strings.Join(list, ",") + "]")}
	case pos == OpBetween:
		return Condition{Field: path, Op: rop, Value: pair(vs[0].lo, vs[1].hi)}
	case pos == OpLe || pos == OpGt: // up to, or after, the end of the day
		return Condition{Field: path, Op: rop, Value: vs[0].hi}
	}
	return Condition{Field: path, Op: rop, Value: vs[0].lo}
}

// typedValue reads a term's value (GTAS writes every value as a string)
// for attribute a.
func typedValue(a *Attribute, f gtasField, s string) (gtasValue, error) {
	s = strings.TrimSpace(s)
	bad := func(want string) (gtasValue, error) {
		return gtasValue{}, fmt.Errorf("value %q: want %s", short(s), want)
	}
	one := func(v any) (gtasValue, error) {
		b, err := json.Marshal(v)
		return gtasValue{b, b}, err
	}
	if f.codes != nil {
		code, ok := f.codes[strings.ToUpper(s)]
		if !ok {
			return bad("one of GTAS's codes for " + a.Path)
		}
		s = code
	}
	switch a.Type {
	case TypeString, TypeCode:
		if s == "" {
			return bad("a non-empty string")
		}
		return one(s)
	case TypeNumber, TypeDuration:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
			return bad("a number")
		}
		if f.days {
			n *= 24
		}
		return one(n)
	case TypeBool:
		switch strings.ToUpper(s) {
		case "1", "Y", "YES", "TRUE", "T":
			return one(true)
		case "0", "N", "NO", "FALSE", "F":
			return one(false)
		}
		return bad("1, 0, Y, N, true or false")
	case TypeDate:
		d, err := civil.ParseDate(s)
		if err != nil || s == "" {
			return bad("a date, yyyy-MM-dd")
		}
		return one(d.String())
	case TypeDateTime:
		return instant(s, bad)
	}
	return bad("a value of " + a.Type.String())
}

// gtasLayouts are the forms of GTAS's dates and times, read as UTC.
var gtasLayouts = []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339}

// instant reads a date and time; a date alone is the whole day, from its
// first instant to its last.
func instant(s string, bad func(string) (gtasValue, error)) (gtasValue, error) {
	enc := func(t time.Time) json.RawMessage {
		b, _ := json.Marshal(t.UTC().Format(time.RFC3339Nano))
		return b
	}
	for _, l := range gtasLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return gtasValue{enc(t), enc(t)}, nil
		}
	}
	d, err := civil.ParseDate(s)
	if err != nil || s == "" {
		return bad("a date and time, yyyy-MM-dd HH:mm, or a date")
	}
	start := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return gtasValue{enc(start), enc(start.Add(24*time.Hour - time.Nanosecond))}, nil
}

// short keeps a rule's text short in an error message.
func short(s string) string {
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return strings.ToValidUTF8(s, "?")
}
