package watchlist

import "slices"

// maxDocumentNumber bounds the normalised length of a document number: ICAO
// 9303 allows 9 characters in the MRZ (more with the optional-data overflow);
// national ID numbers run to about 20. Longer input is not a document number.
const maxDocumentNumber = 48

// NormalizeDocumentNumber returns the matching form of a document number:
// ASCII letters upper-cased, every character that is not a letter or digit
// dropped (spaces, dashes, dots, slashes), the letter O read as the digit 0
// and the letter I as the digit 1, because officers and OCR confuse them and
// lists are typed by hand. Non-ASCII letters are dropped too: document
// numbers are ASCII by ICAO 9303. The result is empty if nothing remains or
// if the number is longer than 48 characters after normalisation.
func NormalizeDocumentNumber(s string) string {
	var buf [maxDocumentNumber]byte
	n, ok := normalizeDocument(&buf, s)
	if !ok {
		return ""
	}
	return string(buf[:n])
}

// normalizeDocument writes the normalised number into buf without
// allocating; ok is false if it is empty or too long.
func normalizeDocument(buf *[maxDocumentNumber]byte, s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			continue
		}
		switch c {
		case 'O':
			c = '0'
		case 'I':
			c = '1'
		}
		if n == maxDocumentNumber {
			return 0, false
		}
		buf[n] = c
		n++
	}
	return n, n > 0
}

// hashDocument is a 64-bit hash of a normalised number (FNV-1a, then the
// splitmix64 finaliser so that low and high bits are both well mixed: the
// table uses the low bits for the slot and the high bits as fingerprint).
func hashDocument(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// docIndex maps normalised document numbers to the ids given when it was
// built. It is an open-addressing hash table of 8-byte slots: the upper 32
// bits hold a fingerprint of the number's hash, the lower 32 bits the id
// plus one (zero marks an empty slot), beside a byte of tag per slot. It
// keeps no numbers, so it stays at about 12 to 24 bytes per document (the
// table is a power of two at most 75 % full); a hit is a candidate that the caller confirms against the
// number it keeps elsewhere (Index does, against the entry). With 32 bits of
// fingerprint beside up to 24 bits of slot, a false candidate comes up about
// once in four billion probes. Safe for concurrent lookups.
type docIndex struct {
	slots []uint64
	// tags holds one byte per slot (a second fingerprint, never 0; 0 marks
	// an empty slot). A lookup probes tags first: at one byte per slot the
	// array is an eighth of the table and far more of it stays in cache, so
	// that a number that is not listed (nearly every traveller's) is
	// answered without touching the table.
	tags []uint8
	mask uint64
	n    int
}

// docIndexBuilder collects numbers for a docIndex.
type docIndexBuilder struct {
	hashes []uint64
	ids    []uint32
}

// Add records number under id. Numbers that normalise to nothing are
// ignored; Add reports whether the number was kept. id must be below
// 2^32-1.
func (b *docIndexBuilder) Add(number string, id uint32) bool {
	var buf [maxDocumentNumber]byte
	n, ok := normalizeDocument(&buf, number)
	if !ok || id == ^uint32(0) {
		return false
	}
	b.hashes = append(b.hashes, hashDocument(buf[:n]))
	b.ids = append(b.ids, id)
	return true
}

// Len returns how many numbers have been added.
func (b *docIndexBuilder) Len() int { return len(b.ids) }

// Grow makes room for n more numbers.
func (b *docIndexBuilder) Grow(n int) {
	b.hashes = slices.Grow(b.hashes, n)
	b.ids = slices.Grow(b.ids, n)
}

// Build returns the index. The builder can be reused afterwards.
func (b *docIndexBuilder) Build() *docIndex {
	n := len(b.ids)
	size := 8
	for size*3 < n*4 { // keep the load at most 3/4
		size <<= 1
	}
	x := &docIndex{slots: make([]uint64, size), tags: make([]uint8, size), mask: uint64(size - 1), n: n}
	for i, h := range b.hashes {
		x.insert(h, b.ids[i])
	}
	b.hashes, b.ids = b.hashes[:0], b.ids[:0]
	return x
}

func fingerprint(h uint64) uint64 { return h >> 32 }

// tag is a byte of the hash that neither the slot (low bits) nor the
// fingerprint (high 32 bits) uses, mapped to 1..255.
func tag(h uint64) uint8 { return uint8(1 + ((h>>24)&0xff)%255) }

func (x *docIndex) insert(h uint64, id uint32) {
	fp := fingerprint(h)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s == 0 {
			x.slots[i] = fp<<32 | uint64(id+1)
			x.tags[i] = tag(h)
			return
		}
		if s == fp<<32|uint64(id+1) { // the same number twice for one id
			return
		}
	}
}

// Len returns the number of documents indexed.
func (x *docIndex) Len() int {
	if x == nil {
		return 0
	}
	return x.n
}

// Bytes returns the memory the table holds.
func (x *docIndex) Bytes() int {
	if x == nil {
		return 0
	}
	return 9 * len(x.slots)
}

// AppendLookup appends to dst the ids whose number normalises like number
// (in table order, which is fixed for a built index) and returns the
// extended slice. It does not allocate when dst has room.
func (x *docIndex) AppendLookup(dst []uint32, number string) []uint32 {
	if x == nil || len(x.slots) == 0 {
		return dst
	}
	var buf [maxDocumentNumber]byte
	n, ok := normalizeDocument(&buf, number)
	if !ok {
		return dst
	}
	h := hashDocument(buf[:n])
	fp, tg := fingerprint(h), tag(h)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		t := x.tags[i]
		if t == 0 {
			return dst
		}
		if t != tg {
			continue
		}
		if s := x.slots[i]; s>>32 == fp {
			dst = append(dst, uint32(s)-1)
		}
	}
}

// loadFactor is for tests and reports.
func (x *docIndex) loadFactor() float64 {
	return float64(x.n) / float64(len(x.slots))
}
