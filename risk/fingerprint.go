package risk

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math"
)

// Fingerprints identify a hit by what raised it and what it observed: a hit
// an officer cleared is not raised again while its fingerprint stays
// (Options.Cleared). A criteria hit's fingerprint is taken over a compact
// binary form of its evidence, written here because encoding it as JSON was
// most of the cost of a hit; strings are length-prefixed, so that no two
// evidence trees write the same bytes.

// fingerprint is the fingerprint of a criteria hit.
func fingerprint(rule, version string, ev []Evidence) string {
	var buf [512]byte
	b := appendField(buf[:0], "criteria")
	b = appendField(b, rule)
	b = appendField(b, version)
	b = appendEvidence(b, ev)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// watchlistFingerprint is the fingerprint of a watchlist hit: the list, the
// entry, the listed name matched and the evidence of the match.
func watchlistFingerprint(list, entry string, evidence any) string {
	h := sha256.New()
	b, _ := json.Marshal([]any{"watchlist", list, entry, evidence})
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func appendField(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendEvidence(b []byte, ev []Evidence) []byte {
	b = binary.AppendUvarint(b, uint64(len(ev)))
	for i := range ev {
		e := &ev[i]
		b = appendField(b, e.Condition)
		b = append(b, byte(e.Truth))
		b = appendField(b, e.Field)
		b = appendField(b, string(e.Op))
		b = appendField(b, string(e.Value))
		b = appendValue(b, e.Observed)
		b = appendField(b, e.Collection)
		b = appendOptional(b, e.Element)
		b = appendOptional(b, e.Count)
		b = appendEvidence(b, e.Conditions)
	}
	return b
}

func appendOptional(b []byte, n *int) []byte {
	if n == nil {
		return append(b, 0)
	}
	return binary.AppendVarint(append(b, 1), int64(*n))
}

func appendValue(b []byte, v *Value) []byte {
	if v == nil {
		return append(b, 0xff)
	}
	b = append(b, byte(v.State), byte(v.Type))
	if v.State != Known {
		return b
	}
	switch v.Type {
	case TypeString, TypeCode:
		b = appendField(b, v.Str)
	case TypeNumber, TypeDuration:
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(v.Num))
	case TypeBool:
		b = append(b, boolByte(v.Bool))
	case TypeDate:
		b = appendField(b, v.Date.String())
	case TypeDateTime:
		b = binary.AppendVarint(b, v.Time.UnixNano())
	case TypeList:
		b = binary.AppendUvarint(b, uint64(len(v.List)))
		for _, s := range v.List {
			b = appendField(b, s)
		}
	}
	return b
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}
