package risk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Plain language: a condition as an analyst or a reviewer reads it, for
// `piu rules check`, reviews of criteria (EU directive 2016/681 art. 6(4))
// and reports. The text is for people; it is not stable and not parsed.

// opWords says each operator in words; %s is the value.
var opWords = map[Op]string{
	OpEq: "is %s", OpNe: "is not %s", OpLt: "is less than %s", OpLe: "is at most %s", OpGt: "is more than %s",
	OpGe: "is at least %s", OpBetween: "is between %s", OpNotBetween: "is not between %s",
	OpIn: "is one of %s", OpNotIn: "is none of %s",
	OpStartsWith: "starts with %s", OpNotStartsWith: "does not start with %s",
	OpEndsWith: "ends with %s", OpNotEndsWith: "does not end with %s",
	OpContains: "contains %s", OpNotContains: "does not contain %s",
	OpMatches: "matches the pattern %s", OpNotMatches: "does not match the pattern %s",
	OpIsEmpty: "is empty", OpExists: "is known",
	OpWithin: "is within %s of departure", OpMemberOf: "is on the list %s", OpNotMemberOf: "is not on the list %s",
	OpNameLike: "is a name like %s",
}

// maxListed is how many values of a long list a description names.
const maxListed = 6

// describe writes a condition in plain language.
func describe(c *Condition) string {
	var b strings.Builder
	describeTo(&b, c, false)
	return b.String()
}

// describeTo writes c; nested, a group is put in parentheses.
func describeTo(b *strings.Builder, c *Condition, nested bool) {
	group := func(list []Condition, word string) {
		if nested && len(list) > 1 {
			b.WriteByte('(')
		}
		for i := range list {
			if i > 0 {
				b.WriteString(word)
			}
			describeTo(b, &list[i], true)
		}
		if nested && len(list) > 1 {
			b.WriteByte(')')
		}
	}
	switch {
	case c.All != nil:
		group(c.All, " and ")
	case c.Any != nil:
		group(c.Any, " or ")
	case c.Not != nil:
		b.WriteString("not ")
		describeTo(b, c.Not, true)
	case c.Quantifier != "":
		describeQuantifier(b, c)
	case c.Field != "":
		b.WriteString(c.Field)
		b.WriteByte(' ')
		b.WriteString(comparison(c.Op, c.Value))
	default:
		b.WriteString(c.idOr())
	}
}

func describeQuantifier(b *strings.Builder, c *Condition) {
	where := func() {
		if c.Where != nil {
			b.WriteString(" where ")
			describeTo(b, c.Where, true)
		}
	}
	switch c.Quantifier {
	case "any":
		b.WriteString("some of the " + c.Over)
		where()
	case "all":
		b.WriteString("every one of the " + c.Over)
		where()
	case "none":
		b.WriteString("none of the " + c.Over)
		where()
	case "count":
		b.WriteString("the number of " + c.Over)
		where()
		b.WriteByte(' ')
		b.WriteString(comparison(c.Op, c.Value))
	}
}

// comparison is an operator and its value in words.
func comparison(op Op, raw json.RawMessage) string {
	words, ok := opWords[op]
	if !ok {
		return fmt.Sprintf("%s %s", op, valueWords(op, raw))
	}
	if !strings.Contains(words, "%s") {
		return words
	}
	return fmt.Sprintf(words, valueWords(op, raw))
}

// valueWords writes a comparison's value: lists joined, long ones cut,
// ranges as "a and b".
func valueWords(op Op, raw json.RawMessage) string {
	if len(raw) == 0 {
		return "(no value)"
	}
	if op == OpNameLike {
		var v struct {
			Name      string   `json:"name"`
			Threshold *float64 `json:"threshold"`
		}
		if json.Unmarshal(raw, &v) == nil {
			if v.Threshold != nil {
				return fmt.Sprintf("%q (similarity at least %g)", v.Name, *v.Threshold)
			}
			return fmt.Sprintf("%q", v.Name)
		}
	}
	elems, ok := rawArray(raw)
	if !ok {
		return scalarWords(raw)
	}
	words := make([]string, 0, min(len(elems), maxListed))
	for i, e := range elems {
		if i == maxListed {
			break
		}
		words = append(words, scalarWords(e))
	}
	switch {
	case (op == OpBetween || op == OpNotBetween || op == OpWithin) && len(elems) == 2:
		return words[0] + " and " + words[1]
	case len(elems) > maxListed:
		return strings.Join(words, ", ") + fmt.Sprintf(" and %d more", len(elems)-maxListed)
	}
	return strings.Join(words, ", ")
}

// scalarWords writes one value: a string bare, anything else as JSON.
func scalarWords(raw []byte) string {
	if s, ok := rawString(raw); ok {
		return s
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return string(raw)
	}
	return b.String()
}

// String is the scope in words: "inbound flights of ZZ at ICN", "every
// flight".
func (s Scope) String() string {
	if s.Direction == "" && len(s.Carriers) == 0 && len(s.Airports) == 0 {
		return "every flight"
	}
	var b strings.Builder
	if s.Direction != "" {
		b.WriteString(string(s.Direction) + " ")
	}
	b.WriteString("flights")
	if len(s.Carriers) > 0 {
		b.WriteString(" of " + strings.Join(s.Carriers, ", "))
	}
	if len(s.Airports) > 0 {
		b.WriteString(" at " + strings.Join(s.Airports, ", "))
	}
	return b.String()
}
