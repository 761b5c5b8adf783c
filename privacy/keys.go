package privacy

import (
	"bytes"
	"crypto/ecdh"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
)

// KeySize is the size of every key of this package: the host key of the
// pseudonyms and the two halves of a sealing key pair.
const KeySize = 32

// ErrKey is returned for a key that is missing or malformed. The error
// never holds the key, or any part of it.
var ErrKey = errors.New("privacy: key")

// HostKey is the host's secret for pseudonyms (HMAC-SHA-256). Whoever
// holds it can test a guess ("is this token the card 4111...?"), so it
// stays with the host, never in a log: its String and Format print
// nothing of it.
type HostKey struct{ k [KeySize]byte }

// ParseHostKey reads a host key as a key file holds it: 32 bytes, or
// their 64 hexadecimal digits (a trailing newline or spaces allowed).
func ParseHostKey(b []byte) (HostKey, error) {
	var k HostKey
	err := parseKey(b, k.k[:], "host key")
	return k, err
}

// String hides the key.
func (HostKey) String() string { return "privacy.HostKey(hidden)" }

// GoString hides the key from %#v.
func (HostKey) GoString() string { return "privacy.HostKey(hidden)" }

// SealKey is the public half of a sealing key pair (X25519): it seals the
// masked values, and cannot open them. The party that masks holds it.
type SealKey struct{ pub *ecdh.PublicKey }

// UnsealKey is the private half (X25519): it opens what its SealKey
// sealed. The authority that approves re-personalisation (EU directive
// 2016/681 art. 12(3)) holds it, and nobody who masks.
type UnsealKey struct{ priv *ecdh.PrivateKey }

// NewKeys returns a new host key and sealing key pair from crypto/rand.
func NewKeys() (HostKey, SealKey, UnsealKey, error) {
	var h HostKey
	if _, err := rand.Read(h.k[:]); err != nil {
		return HostKey{}, SealKey{}, UnsealKey{}, fmt.Errorf("%w: %v", ErrKey, err)
	}
	priv, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return HostKey{}, SealKey{}, UnsealKey{}, fmt.Errorf("%w: %v", ErrKey, err)
	}
	return h, SealKey{priv.PublicKey()}, UnsealKey{priv}, nil
}

// ParseSealKey reads the public sealing key: 32 bytes or 64 hexadecimal
// digits.
func ParseSealKey(b []byte) (SealKey, error) {
	var raw [KeySize]byte
	if err := parseKey(b, raw[:], "sealing key"); err != nil {
		return SealKey{}, err
	}
	pub, err := ecdh.X25519().NewPublicKey(raw[:])
	if err != nil {
		return SealKey{}, fmt.Errorf("%w: sealing key: not an X25519 public key", ErrKey)
	}
	return SealKey{pub}, nil
}

// ParseUnsealKey reads the private sealing key: 32 bytes or 64
// hexadecimal digits.
func ParseUnsealKey(b []byte) (UnsealKey, error) {
	var raw [KeySize]byte
	if err := parseKey(b, raw[:], "unsealing key"); err != nil {
		return UnsealKey{}, err
	}
	priv, err := ecdh.X25519().NewPrivateKey(raw[:])
	if err != nil {
		return UnsealKey{}, fmt.Errorf("%w: unsealing key: not an X25519 private key", ErrKey)
	}
	return UnsealKey{priv}, nil
}

// SealKey returns the public half that seals for u.
func (u UnsealKey) SealKey() SealKey {
	if u.priv == nil {
		return SealKey{}
	}
	return SealKey{u.priv.PublicKey()}
}

// AppendText appends the key as 64 hexadecimal digits, the form a key
// file holds (MarshalText is not offered, so that no encoder writes a key
// by accident).
func (k HostKey) AppendText(dst []byte) []byte { return hex.AppendEncode(dst, k.k[:]) }

// AppendText appends the key as 64 hexadecimal digits.
func (k SealKey) AppendText(dst []byte) []byte {
	if k.pub == nil {
		return dst
	}
	return hex.AppendEncode(dst, k.pub.Bytes())
}

// AppendText appends the key as 64 hexadecimal digits.
func (u UnsealKey) AppendText(dst []byte) []byte {
	if u.priv == nil {
		return dst
	}
	return hex.AppendEncode(dst, u.priv.Bytes())
}

// String hides the key.
func (UnsealKey) String() string { return "privacy.UnsealKey(hidden)" }

// GoString hides the key from %#v.
func (UnsealKey) GoString() string { return "privacy.UnsealKey(hidden)" }

// parseKey fills dst from 32 raw bytes or 64 hex digits. Its errors say
// what is wrong by length and kind, never by content.
func parseKey(b, dst []byte, what string) error {
	if len(b) == 0 {
		return fmt.Errorf("%w: %s: empty", ErrKey, what)
	}
	if len(b) == KeySize {
		copy(dst, b)
		return nil
	}
	t := bytes.TrimSpace(b)
	if len(t) != 2*KeySize {
		return fmt.Errorf("%w: %s: %d bytes; want %d bytes or %d hexadecimal digits", ErrKey, what, len(b), KeySize, 2*KeySize)
	}
	if _, err := hex.Decode(dst, t); err != nil {
		clear(dst)
		return fmt.Errorf("%w: %s: %d characters but not hexadecimal", ErrKey, what, len(t))
	}
	return nil
}
