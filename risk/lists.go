package risk

import (
	"encoding/json"
	"fmt"
	"strings"
)

// RefList is a named, versioned reference list that member_of conditions
// name: airports, countries, e-mail domains, card number ranges, agencies.
// A result names the version of every list its ruleset uses.
type RefList struct {
	Name    string   `json:"name"`
	Version string   `json:"version"`
	Kind    ListKind `json:"kind,omitempty"`
	Values  []string `json:"values"`

	set map[string]struct{} // exact: the values upper case
}

// ListKind is how a value is looked up in a list.
type ListKind string

// List kinds.
const (
	// ListExact: the value is one of the list's, ignoring case (codes,
	// airports, countries, agencies). The default.
	ListExact ListKind = "exact"
	// ListPrefix: the value begins with one of the list's (card number
	// ranges, phone prefixes).
	ListPrefix ListKind = "prefix"
	// ListDomain: the value is one of the list's domains or a subdomain of
	// it, ignoring case (example.org holds mail.example.org).
	ListDomain ListKind = "domain"
)

// ReadLists reads reference lists: {"lists": [{"name": ..., "version": ...,
// "kind": ..., "values": [...]}]}.
func ReadLists(data []byte) (map[string]*RefList, error) {
	var doc struct {
		Lists []*RefList `json:"lists"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, jsonError(data, err)
	}
	out := make(map[string]*RefList, len(doc.Lists))
	for i, l := range doc.Lists {
		switch {
		case l == nil || l.Name == "":
			return nil, fmt.Errorf("risk: list %d has no name", i)
		case out[l.Name] != nil:
			return nil, fmt.Errorf("risk: list %q is there twice", l.Name)
		case l.Kind != "" && l.Kind != ListExact && l.Kind != ListPrefix && l.Kind != ListDomain:
			return nil, fmt.Errorf("risk: list %q: kind %q: want exact, prefix or domain", l.Name, l.Kind)
		}
		out[l.Name] = l
	}
	return out, nil
}

// prepare readies the list for lookups; it is called once, at compile time.
func (l *RefList) prepare() {
	if l.set != nil || l.Kind != "" && l.Kind != ListExact {
		return
	}
	l.set = make(map[string]struct{}, len(l.Values))
	for _, v := range l.Values {
		l.set[strings.ToUpper(strings.TrimSpace(v))] = struct{}{}
	}
}

// has reports s in the list.
func (l *RefList) has(s string) bool {
	switch l.Kind {
	case ListPrefix:
		for _, v := range l.Values {
			if len(s) >= len(v) && strings.EqualFold(s[:len(v)], v) {
				return true
			}
		}
		return false
	case ListDomain:
		for _, v := range l.Values {
			if len(s) == len(v) && strings.EqualFold(s, v) ||
				len(s) > len(v) && s[len(s)-len(v)-1] == '.' && strings.EqualFold(s[len(s)-len(v):], v) {
				return true
			}
		}
		return false
	}
	var buf [64]byte
	if u, ok := upperInto(buf[:0], s); ok {
		_, in := l.set[string(u)]
		return in
	}
	_, in := l.set[strings.ToUpper(s)]
	return in
}
