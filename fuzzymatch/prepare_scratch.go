package fuzzymatch

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// prepScratch is Prepare's working memory, pooled: the strings and slices
// a prepared name is built from (skeletons, keys, joined pairs, byte sets)
// are written into it instead of into dozens of small allocations, and
// pack then copies what the name keeps into a few allocations of its own.
//
// The strings made by str are views of scratch memory. They are valid
// until the scratch goes back to the pool, which Prepare does only after
// pack has copied every string and slice the name holds (pack covers every
// string and slice field of Name and token; TestPrepareScratchNotShared
// checks that a prepared name does not change when later names reuse the
// scratch). Memory is only ever appended to until the reset, so a view
// stays valid when a later append moves the buffer: the old array is still
// referenced by the view and no longer written.
type prepScratch struct {
	bytes []byte
	strs  []string
	u32   []uint32
	u16   []uint16
	words []word              // the words of each stage of Prepare's token rules
	seen  map[string]struct{} // key set of buildKeys for names with many keys
}

var prepPool = sync.Pool{New: func() any {
	return &prepScratch{
		bytes: make([]byte, 0, 1024),
		strs:  make([]string, 0, 256),
		u32:   make([]uint32, 0, 256),
		u16:   make([]uint16, 0, 64),
		words: make([]word, 0, 64),
	}
}}

// maxPooledBytes bounds the scratch kept in the pool: a scratch that a
// huge name grew is dropped rather than kept.
const maxPooledBytes = 64 << 10

func getScratch() *prepScratch { return prepPool.Get().(*prepScratch) }

// release clears the scratch and returns it to the pool.
func (p *prepScratch) release() {
	if cap(p.bytes) > maxPooledBytes || cap(p.strs) > maxPooledBytes/16 {
		return
	}
	if cap(p.words) > maxPooledBytes/64 {
		return
	}
	// The strings and words are views of the raw name (which may be a
	// whole message) and of its readings: a pooled scratch must not keep a
	// traveller's name alive, whatever clearing costs (about 7 % of a
	// Latin Prepare).
	clear(p.strs)
	clear(p.words)
	clear(p.bytes)
	p.bytes, p.strs, p.u32, p.u16, p.words = p.bytes[:0], p.strs[:0], p.u32[:0], p.u16[:0], p.words[:0]
	clear(p.seen)
	prepPool.Put(p)
}

// str copies b into the scratch and returns a view of the copy.
func (p *prepScratch) str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	start := len(p.bytes)
	p.bytes = append(p.bytes, b...)
	return unsafe.String(&p.bytes[start], len(b))
}

// lower returns a view of s in lower case, as strings.ToLower would
// return it.
func (p *prepScratch) lower(s string) string {
	start := len(p.bytes)
	for _, r := range s {
		p.bytes = utf8.AppendRune(p.bytes, unicode.ToLower(r))
	}
	if len(p.bytes) == start {
		return ""
	}
	return unsafe.String(&p.bytes[start], len(p.bytes)-start)
}

// chAsK returns a view of strings.ReplaceAll(s, "CH", "K").
func (p *prepScratch) chAsK(s string) string {
	start := len(p.bytes)
	for {
		i := strings.Index(s, "CH")
		if i < 0 {
			break
		}
		p.bytes = append(append(p.bytes, s[:i]...), 'K')
		s = s[i+2:]
	}
	p.bytes = append(p.bytes, s...)
	if len(p.bytes) == start {
		return ""
	}
	return unsafe.String(&p.bytes[start], len(p.bytes)-start)
}

// concat returns a view of the strings joined.
func (p *prepScratch) concat(ss ...string) string {
	start := len(p.bytes)
	for _, s := range ss {
		p.bytes = append(p.bytes, s...)
	}
	if len(p.bytes) == start {
		return ""
	}
	return unsafe.String(&p.bytes[start], len(p.bytes)-start)
}

// carve returns an empty slice of capacity n from *pool, growing the pool
// with a new array when it has no room (earlier slices keep the old one).
// Appending more than n to the result allocates, as any append would.
func carve[T any](pool *[]T, n int) []T {
	if n == 0 {
		return nil
	}
	if cap(*pool)-len(*pool) < n {
		*pool = make([]T, 0, max(2*cap(*pool), n))
	}
	l := len(*pool)
	*pool = (*pool)[:l+n]
	return (*pool)[l:l:(l + n)]
}
