package edifact

import (
	"bytes"
	"unsafe"
)

// fastParse handles the common segment: only element and component
// separators, every byte in the repertoire, a valid tag. The first pass
// records where the separators are and counts elements without a branch per
// byte; the second cuts the values and marks element boundaries, again
// without branching on the kind of separator. In owning mode the values and
// elements are written straight into the caller's slabs. It reports false,
// having changed nothing but scratch, when the segment needs the general loop.
func (r *Reader) fastParse(buf []byte, seg *Segment) bool {
	n := len(buf)
	if cap(r.pos) < n {
		r.pos = make([]int32, max(n, 256))
	}
	pos := r.pos[:n]
	cls, isSep := &r.cls, &r.isSep
	var or uint8
	cnt := 0
	for i, c := range buf {
		or |= cls[c]
		pos[cnt] = int32(i)
		cnt += int(isSep[c])
	}
	tagEnd := n
	if cnt > 0 {
		tagEnd = int(pos[0])
		if cls[buf[tagEnd]] != clsElem {
			return false // a component separator in the tag
		}
	}
	if or&^(clsComp|clsElem) != 0 || cnt > r.lim.MaxElements || !validTagBytes(buf[:tagEnd]) {
		// Releases, repetitions, line breaks, flagged characters, a bad tag
		// or too many values: the general loop reports and handles them.
		return false
	}
	r.cut(buf, pos[:cnt], seg)
	return true
}

// cut is the second pass of the fast path: it cuts buf at the separator
// positions pos (element and component separators only) into values and
// elements of seg.
func (r *Reader) cut(buf []byte, pos []int32, seg *Segment) {
	cnt := len(pos)
	var vals []string
	if r.opts.ZeroCopy {
		vals = r.vals[:cnt+1]
	} else {
		vals = take(&r.cslab, cnt+1, 4096)
	}
	marks := r.marks[:cnt+2]
	m := cutValues(buf, pos, vals, marks, &r.cls)
	seg.Tag = vals[0]
	if m == 0 {
		return
	}
	var elems []Element
	if r.opts.ZeroCopy {
		if cap(r.elems) < m {
			r.elems = make([]Element, max(m, 32))
		}
		elems = r.elems[:m]
		if r.repsDirty {
			// The general path left repetitions in the scratch.
			clear(r.elems[:cap(r.elems)])
			r.repsDirty = false
		}
	} else {
		elems = take(&r.eslab, m, 1024)
	}
	makeElements(elems, vals, marks[:m+1])
	seg.Elements = elems
}

// cutValues sets vals[j] to the bytes of buf between separator positions and
// marks[k] to the index in vals just past element k-1 (marks[0] ends the tag).
// It returns the number of elements. pos holds only element and component
// separators, all within buf, in increasing order; vals and marks have room
// for len(pos)+1 and len(pos)+2 entries.
//
//go:noinline
func cutValues(buf []byte, pos []int32, vals []string, marks []int32, cls *[256]uint8) int {
	vals = vals[:len(pos)+1]
	marks = marks[:len(pos)+2]
	base := unsafe.Pointer(unsafe.SliceData(buf))
	m, prev := 0, 0
	for j, p := range pos {
		// prev <= p < len(buf): the pointer stays inside buf, also for an
		// empty value.
		vals[j] = unsafe.String((*byte)(unsafe.Add(base, prev)), int(p)-prev)
		prev = int(p) + 1
		marks[m] = int32(j + 1)
		m += int(cls[*(*byte)(unsafe.Add(base, p))] >> 1) // element separator: keep the mark
	}
	if n := len(buf); n > prev {
		vals[len(pos)] = unsafe.String((*byte)(unsafe.Add(base, prev)), n-prev)
	} else {
		vals[len(pos)] = ""
	}
	marks[m] = int32(len(pos) + 1)
	return m
}

// makeElements sets the components of elems[k] to vals[marks[k]:marks[k+1]].
// Only Components is written: elems come zeroed from a slab, or from the
// zero-copy scratch whose Repetitions the general path clears after use.
func makeElements(elems []Element, vals []string, marks []int32) {
	marks = marks[:len(elems)+1]
	for k := range elems {
		a, b := marks[k], marks[k+1]
		elems[k].Components = vals[a:b:b]
	}
}

// fastSegment reads the next segment when it is of the common kind: wholly
// in the buffer, no longer than fastMax, only element and component
// separators, every byte in the repertoire, a valid tag other than UNA,
// line breaks before it only once they have been reported. It finds the
// terminator and the separators in one pass, then cuts. Otherwise it reports
// false having consumed nothing, and the general path (nextRaw, parse) reads
// the segment and reports whatever is unusual about it.
func (r *Reader) fastSegment(seg *Segment) bool {
	if r.typo {
		return false
	}
	b := r.buf[:r.w]
	start := r.r
	for start < len(b) && (b[start] == '\n' || b[start] == '\r') {
		if !r.sawBreaks {
			return false
		}
		start++
	}
	if r.pos == nil {
		r.pos = make([]int32, fastMax)
	}
	avail := b[start:]
	if len(avail) > len(r.pos) {
		avail = avail[:len(r.pos)]
	}
	pos := r.pos[:len(avail)]
	cls := &r.cls
	end, cnt, or := scanSegment(avail, pos, r.tab[:], r.sep.Terminator)
	if end <= 0 || or&^(clsComp|clsElem) != 0 || cnt > r.lim.MaxElements || end+1 > r.lim.MaxSegmentSize {
		return false
	}
	raw := avail[:end]
	tagEnd := end
	if cnt > 0 {
		tagEnd = int(pos[0])
		if cls[raw[tagEnd]] != clsElem {
			return false
		}
	}
	if !validTagBytes(raw[:tagEnd]) || raw[0] == 'U' && raw[1] == 'N' && raw[2] == 'A' {
		return false
	}
	bound := cnt + 2
	if cap(r.vals) < bound {
		r.vals = make([]string, 0, max(bound, 64))
	}
	if cap(r.marks) < bound {
		r.marks = make([]int32, 0, max(bound, 32))
	}
	*seg = Segment{Offset: r.base + int64(start), Index: r.index}
	r.r = start + end + 1
	buf := raw
	if !r.opts.ZeroCopy {
		buf = r.arenaCopy(raw)
		r.arena = r.arena[:len(r.arena)+end]
	}
	r.cut(buf, pos[:cnt], seg)
	return true
}

// scanSegment is the first pass of fastSegment: it finds the terminator
// term in b and records in pos where the separators and release characters
// before it are. It returns the terminator's index (-1 if absent), the number
// of positions recorded, and the OR of the classes of every byte before the
// terminator.
//
// bytes.IndexByte finds the terminator with vector instructions; the loop
// over the segment then has no exit test per byte and is unrolled by four.
// It is a function of its own so that the loop keeps everything in
// registers: per byte one load of the byte, one of its class, an OR, a store,
// a shift and an add.
//
//go:noinline
func scanSegment(b []byte, pos []int32, tab []uint32, term byte) (end, cnt int, or uint8) {
	end = bytes.IndexByte(b, term)
	if end < 0 {
		return -1, 0, 0
	}
	b = b[:end]
	tab = tab[:256]
	pos = pos[:len(b)]
	p := unsafe.Pointer(unsafe.SliceData(pos))
	// cnt <= i < len(pos): cnt grows by at most one per byte (k>>8 is 0
	// or 1), so the stores need no bounds check.
	var acc uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		q := b[i : i+4 : i+4]
		k0, k1, k2, k3 := tab[q[0]], tab[q[1]], tab[q[2]], tab[q[3]]
		acc |= k0 | k1 | k2 | k3
		*(*int32)(unsafe.Add(p, cnt*4)) = int32(i)
		cnt += int(k0 >> 8)
		*(*int32)(unsafe.Add(p, cnt*4)) = int32(i + 1)
		cnt += int(k1 >> 8)
		*(*int32)(unsafe.Add(p, cnt*4)) = int32(i + 2)
		cnt += int(k2 >> 8)
		*(*int32)(unsafe.Add(p, cnt*4)) = int32(i + 3)
		cnt += int(k3 >> 8)
	}
	for ; i < len(b); i++ {
		k := tab[b[i]]
		acc |= k
		*(*int32)(unsafe.Add(p, cnt*4)) = int32(i)
		cnt += int(k >> 8)
	}
	return end, cnt, uint8(acc)
}

// fastMax is the longest segment fastSegment reads; longer ones (rare: free
// text, history lines) take the general path.
const fastMax = 4096

// validTagBytes reports whether b is three letters or digits.
func validTagBytes(b []byte) bool {
	return len(b) == 3 && tagByte[b[0]] && tagByte[b[1]] && tagByte[b[2]]
}

var tagByte = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

func validTag(t string) bool {
	if len(t) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		c := t[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
