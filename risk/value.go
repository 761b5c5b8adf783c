package risk

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/openpiu/piu/civil"
)

// Type is the type of an attribute's values.
type Type uint8

// Types. A duration is a number of hours; a list is a list of codes (the
// route's countries).
const (
	TypeString Type = iota + 1
	TypeCode
	TypeNumber
	TypeBool
	TypeDate
	TypeDateTime
	TypeDuration
	TypeList
)

var typeNames = [...]string{TypeString: "string", TypeCode: "code", TypeNumber: "number", TypeBool: "bool",
	TypeDate: "date", TypeDateTime: "dateTime", TypeDuration: "duration", TypeList: "list"}

func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return "type(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText writes the type's name.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// ordered reports whether the type's values compare by order (lt, between).
func (t Type) ordered() bool {
	return t == TypeNumber || t == TypeDate || t == TypeDateTime || t == TypeDuration
}

// textual reports whether the type's values are strings.
func (t Type) textual() bool { return t == TypeString || t == TypeCode }

// State says whether a value is known.
type State uint8

// States. A missing value (not sent, or not derivable) and a masked one
// (depersonalised) both make a condition on it unknown; only exists and
// isEmpty tell them apart.
const (
	Missing State = iota
	Known
	Masked
)

// Value is an attribute's value for one traveller: a small struct passed
// by value, so that evaluating a rule allocates nothing. Only the field of
// its type is set.
type Value struct {
	State State
	Type  Type
	Str   string     // string, code
	Num   float64    // number, duration (hours)
	Bool  bool       // bool
	Date  civil.Date // date
	Time  time.Time  // dateTime, in UTC
	List  []string   // list
}

// Value constructors.
func String(s string) Value {
	if s == "" {
		return Value{Type: TypeString}
	}
	return Value{State: Known, Type: TypeString, Str: s}
}

func Code(s string) Value {
	if s == "" {
		return Value{Type: TypeCode}
	}
	return Value{State: Known, Type: TypeCode, Str: s}
}

func Number(n float64) Value { return Value{State: Known, Type: TypeNumber, Num: n} }

// Hours is a duration of h hours.
func Hours(h float64) Value { return Value{State: Known, Type: TypeDuration, Num: h} }

func Bool(b bool) Value { return Value{State: Known, Type: TypeBool, Bool: b} }

func Date(d civil.Date) Value {
	if d.IsZero() {
		return Value{Type: TypeDate}
	}
	return Value{State: Known, Type: TypeDate, Date: d}
}

// DateTime is an instant; the zero time is missing.
func DateTime(t time.Time) Value {
	if t.IsZero() {
		return Value{Type: TypeDateTime}
	}
	return Value{State: Known, Type: TypeDateTime, Time: t.UTC()}
}

// List is a list of codes; a nil list is missing, an empty one known.
func List(l []string) Value {
	if l == nil {
		return Value{Type: TypeList}
	}
	return Value{State: Known, Type: TypeList, List: l}
}

// MissingOf is the missing value of type t.
func MissingOf(t Type) Value { return Value{Type: t} }

// number, int and float pointers: nil is missing.
func numberOf(p *float64) Value {
	if p == nil {
		return Value{Type: TypeNumber}
	}
	return Number(*p)
}

func intOf(p *int) Value {
	if p == nil {
		return Value{Type: TypeNumber}
	}
	return Number(float64(*p))
}

func hoursOf(p *float64) Value {
	if p == nil {
		return Value{Type: TypeDuration}
	}
	return Hours(*p)
}

// MarshalJSON writes the value as JSON of its type: a string, number,
// bool, date ("2026-12-01"), instant (RFC 3339), list; null when missing,
// and {"masked": true} when masked.
func (v Value) MarshalJSON() ([]byte, error) {
	switch {
	case v.State == Masked:
		return []byte(`{"masked":true}`), nil
	case v.State == Missing:
		return []byte("null"), nil
	}
	switch v.Type {
	case TypeString, TypeCode:
		return json.Marshal(v.Str)
	case TypeNumber, TypeDuration:
		return strconv.AppendFloat(nil, v.Num, 'g', -1, 64), nil
	case TypeBool:
		return strconv.AppendBool(nil, v.Bool), nil
	case TypeDate:
		return json.Marshal(v.Date.String())
	case TypeDateTime:
		return json.Marshal(v.Time.Format(time.RFC3339))
	case TypeList:
		if v.List == nil {
			return []byte("[]"), nil
		}
		return json.Marshal(v.List)
	}
	return []byte("null"), nil
}
