package privacy

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"hash"
	"unsafe"

	"github.com/openpiu/piu/internal/pseudonym"
)

// A pseudonym is what a masked text becomes: "=" and 16 characters of
// base32 (RFC 4648, upper case: A-Z and 2-7), 80 bits of HMAC-SHA-256 of
// the value under the host key. It is
//   - stable: the same value gives the same pseudonym in every PNR and
//     every run under one host key, so that link analysis (the same card,
//     phone or e-mail on several PNRs) and merging by record locator still
//     work on depersonalised data;
//   - distinguishable: no value is empty once masked, and IsMasked tells
//     a pseudonym from a text as sent (no name, number or code of these
//     messages starts with "=");
//   - written by every EDIFACT syntax level, UNOA included.
//
// It is not reversible: only the sealed values bring the value back.
const (
	pseudonymMark = pseudonym.Mark
	pseudonymID   = 10 // bytes of the HMAC kept
	pseudonymLen  = pseudonym.Len
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// IsMasked reports whether s is a pseudonym written by a Masker, or holds
// one (a value built from masked parts, as manifest's link values are).
// Give it to risk.Options.Masked, for depersonalised data, so that rules
// see such values as masked.
func IsMasked(s string) bool { return pseudonym.Holds(s) }

// pseudonyms computes pseudonyms with one HMAC whose keyed state is kept
// (hmac.Reset restores it without rehashing the key), and writes them into
// a slab: one allocation for many. Not safe for concurrent use: each
// masking has its own.
type pseudonyms struct {
	mac  hash.Hash
	sum  [sha256.Size]byte
	slab []byte
	// next is the number of pseudonyms the next slab holds: as many as the
	// last masking wrote, so that a push of the same size needs one.
	next int
	// written counts the pseudonyms of this masking.
	written int
	// chunks are the bounds of this masking's slabs, so that wrote can
	// tell a pseudonym it wrote from one that came masked.
	chunks [][2]uintptr
}

// minSlab is the least number of pseudonyms of a slab.
const minSlab = 256

func newPseudonyms(k HostKey) *pseudonyms {
	return &pseudonyms{mac: hmac.New(sha256.New, k.k[:])}
}

// id returns the pseudonym's bytes for a value.
func (p *pseudonyms) id(value string) (id [pseudonymID]byte) {
	p.mac.Reset()
	// Write reads its argument and keeps none of it: the value's own bytes
	// need no copy.
	p.mac.Write(unsafe.Slice(unsafe.StringData(value), len(value)))
	copy(id[:], p.mac.Sum(p.sum[:0]))
	return id
}

// text writes an id as a pseudonym, in the slab.
func (p *pseudonyms) text(id [pseudonymID]byte) string {
	if len(p.slab)+pseudonymLen > cap(p.slab) {
		p.slab = make([]byte, 0, max(p.next, minSlab)*pseudonymLen)
		p.next = minSlab // the hint is spent: a larger masking grows by chunks
		at := uintptr(unsafe.Pointer(unsafe.SliceData(p.slab)))
		p.chunks = append(p.chunks, [2]uintptr{at, at + uintptr(cap(p.slab))})
	}
	p.written++
	start := len(p.slab)
	p.slab = p.slab[:start+pseudonymLen]
	encodePseudonym((*[pseudonymLen]byte)(p.slab[start:]), &id)
	// The slab's bytes are written once and never again: the string may
	// share them.
	return unsafe.String(&p.slab[start], pseudonymLen)
}

// wrote reports whether s is a pseudonym of this masking's slabs. A masking
// in place meets those again where the message shares a value (a
// contact's address is one of its PNR's addresses).
func (p *pseudonyms) wrote(s string) bool {
	at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	for _, c := range p.chunks {
		if at >= c[0] && at < c[1] {
			return true
		}
	}
	return false
}

// pseudonymText writes an id as a pseudonym.
func pseudonymText(id [pseudonymID]byte) string {
	var b [pseudonymLen]byte
	encodePseudonym(&b, &id)
	return string(b[:])
}

// encodePseudonym writes an id as a pseudonym: the mark, then the id in
// base32 as b32 writes it, each half (40 bits) eight characters. By hand
// and unrolled, because a masking writes thousands: b32.Encode's general
// loop, and a loop over the characters, cost some 180 instructions a
// pseudonym, this some 70.
func encodePseudonym(dst *[pseudonymLen]byte, id *[pseudonymID]byte) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	hi := uint64(id[0])<<32 | uint64(id[1])<<24 | uint64(id[2])<<16 | uint64(id[3])<<8 | uint64(id[4])
	lo := uint64(id[5])<<32 | uint64(id[6])<<24 | uint64(id[7])<<16 | uint64(id[8])<<8 | uint64(id[9])
	dst[0] = pseudonymMark
	dst[1], dst[2], dst[3], dst[4] = alphabet[hi>>35&31], alphabet[hi>>30&31], alphabet[hi>>25&31], alphabet[hi>>20&31]
	dst[5], dst[6], dst[7], dst[8] = alphabet[hi>>15&31], alphabet[hi>>10&31], alphabet[hi>>5&31], alphabet[hi&31]
	dst[9], dst[10], dst[11], dst[12] = alphabet[lo>>35&31], alphabet[lo>>30&31], alphabet[lo>>25&31], alphabet[lo>>20&31]
	dst[13], dst[14], dst[15], dst[16] = alphabet[lo>>15&31], alphabet[lo>>10&31], alphabet[lo>>5&31], alphabet[lo&31]
}

// parsePseudonym reads the id back from a pseudonym.
func parsePseudonym(s string) (id [pseudonymID]byte, ok bool) {
	if !pseudonym.Is(s) {
		return id, false
	}
	n, err := b32.Decode(id[:], []byte(s[1:]))
	return id, err == nil && n == pseudonymID
}
