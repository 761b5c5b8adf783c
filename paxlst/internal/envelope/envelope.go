// Package envelope reads and writes the UNB, UNG and UNH headers of one
// message as an edifact.Envelope, for paxlst and paxlst/cusres alike, so that
// both keep every header element and write it back whole.
package envelope

import (
	"reflect"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

// Own returns a string in memory of the caller's choosing: the decoders pass
// their arena copy, so that no header value aliases a reader's buffer.
type Own func(string) string

// UNB reads an interchange header, every element edifact.ParseUNB reads,
// with its strings owned. The Segment field is left empty.
func UNB(s *edifact.Segment, own Own) edifact.InterchangeHeader {
	h := edifact.ParseUNB(s)
	h.Segment = edifact.Segment{}
	ownStrings(reflect.ValueOf(&h).Elem(), own)
	return h
}

// UNG reads a group header as edifact.ParseUNG does, with its strings owned.
// The Segment field is left empty.
func UNG(s *edifact.Segment, own Own) edifact.GroupHeader {
	h := edifact.ParseUNG(s)
	h.Segment = edifact.Segment{}
	ownStrings(reflect.ValueOf(&h).Elem(), own)
	return h
}

// UNH reads a message header as edifact.ParseUNH does, with its strings
// owned. The Segment field holds the tag and position only (for
// diagnostics), no values.
func UNH(s *edifact.Segment, own Own) edifact.MessageHeader {
	h := edifact.ParseUNH(s)
	h.Segment = edifact.Segment{}
	ownStrings(reflect.ValueOf(&h).Elem(), own)
	h.Segment = edifact.Segment{Tag: "UNH", Offset: s.Offset, Index: s.Index}
	return h
}

// ownStrings replaces every string reachable from v (through structs and
// pointers) by own's copy. Headers are read once per message and edifact
// adds header fields as ISO 9735 has them, so walking the value keeps every
// one owned without a list here that could fall behind.
func ownStrings(v reflect.Value, own Own) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			v.SetString(own(v.String()))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			ownStrings(v.Elem(), own)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				ownStrings(f, own)
			}
		}
	}
}

// Defaults are what Interchange puts in the envelope's empty values.
type Defaults struct {
	Syntax edifact.SyntaxIdentifier
	ID     edifact.MessageID
}

// Normalize returns env with its empty required values defaulted: syntax,
// control reference "1", message reference "1", message identifier, group
// identifier (the message type) and group reference (the control
// reference). A date that is no date (year 0) is cleared rather than written
// as one a decoder reads two-digit years against. The group is copied to
// *scratch, so that env's own is not changed.
func Normalize(env edifact.Envelope, def Defaults, scratch *edifact.GroupHeader) edifact.Envelope {
	ic := &env.Interchange
	if ic.Syntax.ID == "" {
		ic.Syntax = def.Syntax
	}
	if ic.ControlRef == "" {
		ic.ControlRef = "1"
	}
	if !ic.Prepared.Date.Valid() {
		ic.Prepared = civil.DateTime{}
	}
	ic.Segment = edifact.Segment{}
	h := &env.Header
	if h.Reference == "" {
		h.Reference = "1"
	}
	if h.ID.Type == "" {
		h.ID = def.ID
	}
	h.Segment = edifact.Segment{}
	if env.Group != nil {
		*scratch = *env.Group
		g := scratch
		if g.ID == "" {
			g.ID = h.ID.Type
		}
		if !g.Prepared.Date.Valid() {
			g.Prepared = civil.DateTime{}
		}
		if g.Reference == "" {
			g.Reference = ic.ControlRef
		}
		g.Segment = edifact.Segment{}
		env.Group = g
	}
	return env
}

// Interchange returns the interchange of msgs under env (normalized): in a
// group when env has one.
func Interchange(env *edifact.Envelope, msgs []*edifact.Message) *edifact.Interchange {
	ic := &edifact.Interchange{Header: env.Interchange}
	if env.Group != nil {
		ic.Groups = []*edifact.Group{{Header: *env.Group, Messages: msgs}}
	} else {
		ic.Messages = msgs
	}
	return ic
}
