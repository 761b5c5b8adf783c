package privacy

import "strconv"

// fieldPath is where a date is in a message ("pnrs[3].travelers[0]
// .documents[1].birthDate"): the key its sealed value is restored by.
// Written out only for dates; a walk keeps it on the stack.
type fieldPath struct {
	parent *fieldPath
	field  string
	index  int // -1: the field itself
}

func (p *fieldPath) at(field string, index int) fieldPath {
	return fieldPath{parent: p, field: field, index: index}
}

// appendTo appends the path, without allocating.
func (p *fieldPath) appendTo(b []byte) []byte {
	if p == nil || (p.field == "" && p.index < 0) {
		return b
	}
	n := len(b)
	b = p.parent.appendTo(b)
	if p.field != "" {
		if len(b) > n {
			b = append(b, '.')
		}
		b = append(b, p.field...)
	}
	if p.index >= 0 {
		b = append(strconv.AppendInt(append(b, '['), int64(p.index), 10), ']')
	}
	return b
}
