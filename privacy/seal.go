package privacy

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/openpiu/piu/civil"
)

// ErrSealed is returned for sealed values that cannot be opened (another
// unsealing key, or damaged data) or that do not belong to the message.
var ErrSealed = errors.New("privacy: sealed values")

// Sealed values are the masked values in a form only the unsealing key
// opens: hybrid encryption with Go's standard crypto (RFC 9180's pattern,
// not its wire format). A fresh X25519 key pair per message agrees a secret
// with the SealKey; HKDF-SHA-256 derives from it an AES-256-GCM key that
// seals the values. The party that masks holds only the public SealKey,
// so it cannot open what it sealed.
//
//	"PIUS" 0x01 | ephemeral public key (32) | nonce (12) | AES-GCM(values)
//
// The header is the additional data, so a changed byte anywhere fails to
// open. The values are entries one after the other: a text is 0x01, the
// 10 bytes of its pseudonym, a uvarint length and the text; a date is 0x02,
// a uvarint length and the path where it is, a uvarint year, a month byte
// and a day byte.
const (
	sealMagic   = "PIUS\x01"
	sealInfo    = "piu privacy seal v1"
	sealHeader  = len(sealMagic) + KeySize + 12
	entryText   = 1
	entryDate   = 2
	maxSealPath = 1 << 10
)

// seal encrypts plain for k.
func seal(k SealKey, plain []byte) ([]byte, error) {
	eph, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSealed, err)
	}
	secret, err := eph.ECDH(k.pub)
	if err != nil {
		return nil, fmt.Errorf("%w: key agreement failed", ErrSealed)
	}
	out := make([]byte, sealHeader, sealHeader+len(plain)+16)
	copy(out, sealMagic)
	copy(out[len(sealMagic):], eph.PublicKey().Bytes())
	nonce := out[len(sealMagic)+KeySize : sealHeader]
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSealed, err)
	}
	aead, err := sealAEAD(secret, out[len(sealMagic):len(sealMagic)+KeySize], k.pub.Bytes())
	if err != nil {
		return nil, err
	}
	return aead.Seal(out, nonce, plain, out[:sealHeader]), nil
}

// open decrypts what seal wrote for u's SealKey.
func open(u UnsealKey, sealed []byte) ([]byte, error) {
	if u.priv == nil {
		return nil, fmt.Errorf("%w: no unsealing key", ErrKey)
	}
	if len(sealed) < sealHeader+16 || string(sealed[:len(sealMagic)]) != sealMagic {
		return nil, fmt.Errorf("%w: not sealed values of this version (%d bytes)", ErrSealed, len(sealed))
	}
	ephBytes := sealed[len(sealMagic) : len(sealMagic)+KeySize]
	eph, err := ecdh.X25519().NewPublicKey(ephBytes)
	if err != nil {
		return nil, fmt.Errorf("%w: damaged header", ErrSealed)
	}
	secret, err := u.priv.ECDH(eph)
	if err != nil {
		return nil, fmt.Errorf("%w: damaged header", ErrSealed)
	}
	aead, err := sealAEAD(secret, ephBytes, u.priv.PublicKey().Bytes())
	if err != nil {
		return nil, err
	}
	plain, err := aead.Open(nil, sealed[len(sealMagic)+KeySize:sealHeader], sealed[sealHeader:], sealed[:sealHeader])
	if err != nil {
		return nil, fmt.Errorf("%w: cannot be opened: another unsealing key, or damaged data", ErrSealed)
	}
	return plain, nil
}

// sealAEAD derives the AES-256-GCM of one sealing; the salt binds both
// public keys.
func sealAEAD(secret, eph, recipient []byte) (cipher.AEAD, error) {
	salt := append(append(make([]byte, 0, 2*KeySize), eph...), recipient...)
	key, err := hkdf.Key(sha256.New, secret, salt, sealInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSealed, err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSealed, err)
	}
	return cipher.NewGCM(block)
}

// appendText appends a text entry.
func appendText(dst []byte, id [pseudonymID]byte, v string) []byte {
	dst = append(dst, entryText)
	dst = append(dst, id[:]...)
	dst = binary.AppendUvarint(dst, uint64(len(v)))
	return append(dst, v...)
}

// appendDateEntry appends a date entry.
func appendDateEntry(dst []byte, path []byte, d civil.Date) []byte {
	dst = append(dst, entryDate)
	dst = binary.AppendUvarint(dst, uint64(len(path)))
	dst = append(dst, path...)
	dst = binary.AppendUvarint(dst, uint64(d.Year))
	return append(dst, byte(d.Month), byte(d.Day))
}

// sealedValues are opened entries.
type sealedValues struct {
	texts map[[pseudonymID]byte]string
	dates map[string]civil.Date
}

// readEntries reads opened entries. The data was authenticated, so an
// error means a writer of another version, still reported and not
// trusted.
func readEntries(b []byte) (*sealedValues, error) {
	sv := &sealedValues{texts: map[[pseudonymID]byte]string{}, dates: map[string]civil.Date{}}
	bad := fmt.Errorf("%w: malformed entries", ErrSealed)
	for len(b) > 0 {
		kind := b[0]
		b = b[1:]
		switch kind {
		case entryText:
			if len(b) < pseudonymID {
				return nil, bad
			}
			var id [pseudonymID]byte
			copy(id[:], b)
			b = b[pseudonymID:]
			n, k := binary.Uvarint(b)
			if k <= 0 || n > uint64(len(b)-k) {
				return nil, bad
			}
			sv.texts[id] = string(b[k : k+int(n)])
			b = b[k+int(n):]
		case entryDate:
			n, k := binary.Uvarint(b)
			if k <= 0 || n > maxSealPath || n > uint64(len(b)-k) {
				return nil, bad
			}
			path := string(b[k : k+int(n)])
			b = b[k+int(n):]
			y, k := binary.Uvarint(b)
			if k <= 0 || y > 9999 || len(b) < k+2 {
				return nil, bad
			}
			sv.dates[path] = civil.Date{Year: int(y), Month: time.Month(b[k]), Day: int(b[k+1])}
			b = b[k+2:]
		default:
			return nil, bad
		}
	}
	return sv, nil
}
