package edifact

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// setSeparators installs sep and rebuilds the byte class table.
func (r *Reader) setSeparators(sep Separators) {
	r.sep = sep
	r.rebuildClasses()
}

// setCharset installs the repertoire of c and rebuilds the byte class table.
func (r *Reader) setCharset(c *charSet) {
	r.charset = c
	r.rebuildClasses()
}

func (r *Reader) rebuildClasses() {
	c := r.charset
	if c == nil {
		c = unknownCharset
	}
	c.repertoire(&r.cls)
	r.sniffUTF8 = c.table != nil
	r.isSep = [256]uint8{}
	r.cls['\r'] = clsNewline
	r.cls['\n'] = clsNewline
	set := func(b byte, kind uint8) {
		if b != 0 {
			r.cls[b] = kind
			r.isSep[b] = 1
		}
	}
	set(r.sep.Component, clsComp)
	set(r.sep.Element, clsElem)
	set(r.sep.Repetition, clsRepeat)
	set(r.sep.Release, clsRelease)
	for i := range r.tab {
		r.tab[i] = uint32(r.cls[i]) | uint32(r.isSep[i])<<8
	}
}

// parse splits a raw segment (terminator excluded) into tag, elements,
// components and repetitions, releasing escaped characters and decoding the
// character set. It is the general path: fastSegment reads the common
// segments without it, and fastParse below takes over again for those that
// reach parse only because of where they sit in the buffer.
//
// It works in place: in zero-copy mode on r.buf itself, otherwise on a copy of
// the segment in an arena whose bytes, once handed out, are never written again,
// so the caller owns them. Until the first release character or line break the
// values are the input bytes as they stand; after it, bytes move left by the
// number removed so far. The loop does one table lookup per byte and touches
// memory only at separators and after a removal.
//
// It is longer than 80 lines on purpose: the byte loop is the general hot
// path, and keeping it, its setup and its reports in one function keeps the
// loop state (shift, value start, flags, first positions) in registers
// instead of passing it through calls.
func (r *Reader) parse(raw []byte, off int64, seg *Segment) error {
	n := len(raw)
	buf := raw
	if !r.opts.ZeroCopy {
		buf = r.arenaCopy(raw)
	}
	// Every value ends at a separator or at the end, so n+1 bounds the
	// values; the limit bounds it too. With that capacity the appends below
	// never reallocate.
	bound := min(n+1, r.lim.MaxElements+2)
	if cap(r.vals) < bound {
		r.vals = make([]string, 0, max(bound, 64))
	}
	if cap(r.marks) < bound+1 {
		r.marks = make([]int32, 0, max(bound+1, 32))
	}
	*seg = Segment{Offset: off, Index: r.index}
	if r.fastParse(buf, seg) {
		if !r.opts.ZeroCopy {
			r.arena = r.arena[:len(r.arena)+n]
		}
		return nil
	}
	vals := r.vals[:0]
	marks := r.marks[:0] // marks[k] is the index in vals just past element k-1 (marks[0]: the tag)
	reps := r.repAt[:0]  // indexes in vals where a repetition after the first begins
	limit := r.lim.MaxElements + 1

	var (
		shift    int // bytes removed so far (release characters, line breaks)
		vstart   int // start of the current value in buf
		flags    uint8
		firstBad = -1
		badFlags uint8
		// the first UTF-8 multi-byte sequence under an 8-bit set
		firstUTF8, utf8End = -1, -1
		wrapped            = -1
		dangling           = -1
		tagComp            bool
	)
	cls := &r.cls
	for i := 0; i < n; i++ {
		c := buf[i]
		k := cls[c]
		if k == 0 {
			if shift != 0 {
				buf[i-shift] = c
			}
			continue
		}
		switch k & clsKind {
		case clsPlain: // a byte the repertoire flags
			if shift != 0 {
				buf[i-shift] = c
			}
			flags |= k
			if k&(flagBad|flagLower) != 0 && firstBad < 0 {
				firstBad, badFlags = i, k
			}
			if c >= 0xC2 && r.sniffUTF8 && firstUTF8 < 0 {
				if _, size := utf8.DecodeRune(buf[i:n]); size > 1 {
					firstUTF8, utf8End = i, i+size
				}
			}
			continue
		case clsRelease:
			if i+1 < n && buf[i+1] != '\r' && buf[i+1] != '\n' {
				shift++
				i++
				c = buf[i]
				buf[i-shift] = c
				if k := cls[c]; k&clsKind == clsPlain {
					flags |= k
					if k&(flagBad|flagLower) != 0 && firstBad < 0 {
						firstBad, badFlags = i, k
					}
				} else if c >= 0x80 {
					flags |= flagHigh
				}
			} else {
				shift++
				if dangling < 0 {
					dangling = i
				}
			}
			continue
		case clsNewline:
			shift++
			if wrapped < 0 {
				wrapped = i
			}
			continue
		}
		// A separator ends the current value.
		w := i - shift
		var v string
		if w > vstart {
			v = unsafe.String(&buf[vstart], w-vstart)
		}
		vals = append(vals, v)
		// The next value starts after the separator's slot, whether or not
		// bytes have been removed before it.
		vstart = w + 1
		if len(vals) > limit {
			r.vals, r.marks, r.repAt = vals[:0], marks[:0], reps[:0]
			return r.limit(off, "too many elements and components in one segment")
		}
		switch k & clsKind {
		case clsElem:
			marks = append(marks, int32(len(vals)))
		case clsComp:
			if len(marks) == 0 {
				// A component separator inside the tag (UNH:...) is malformed;
				// keep the components as the first element so nothing is lost.
				tagComp = true
				marks = append(marks, int32(len(vals)))
			}
		case clsRepeat:
			if len(marks) == 0 {
				tagComp = true
				marks = append(marks, int32(len(vals)))
			} else {
				reps = append(reps, int32(len(vals)))
			}
		}
	}
	w := n - shift
	var v string
	if w > vstart {
		v = unsafe.String(&buf[vstart], w-vstart)
	}
	vals = append(vals, v)
	marks = append(marks, int32(len(vals)))
	r.vals, r.marks, r.repAt = vals[:0], marks[:0], reps[:0]
	if len(vals) > limit {
		return r.limit(off, "too many elements and components in one segment")
	}
	if !r.opts.ZeroCopy {
		r.arena = r.arena[:len(r.arena)+w]
	}

	if !validTag(vals[0]) {
		if t := strings.TrimRight(vals[0], " \t"); len(t) < len(vals[0]) && validTag(t) {
			// "UNG +...": tolerated as white space before a tag is.
			vals[0] = t
			r.report(CodeWhiteSpace, off+3, r.index, t, "white space after the segment tag, skipped")
		}
	}
	seg.Tag = vals[0]
	if tagComp {
		r.report(CodeBadTag, off, r.index, "", "segment tag followed by a component or repetition separator")
	}
	if !validTag(seg.Tag) {
		r.report(CodeBadTag, off, r.index, "", "segment tag is not three letters or digits")
	}
	if flags&flagHigh != 0 {
		r.decodeValues(off, vals)
		seg.Tag = vals[0]
	}
	if firstUTF8 >= 0 {
		r.report(CodeCharacter, off+int64(firstUTF8), r.index, seg.Tag,
			"UTF-8 multi-byte sequence under "+r.charsetName()+"; read as "+r.charsetName()+", as declared")
		if firstBad >= firstUTF8 && firstBad < utf8End {
			firstBad = -1 // the C1 byte of that sequence: reported with it
		}
	}
	if firstBad >= 0 || wrapped >= 0 || dangling >= 0 {
		r.reportBytes(off, seg.Tag, firstBad, badFlags, wrapped, dangling)
	}
	if len(marks) > 1 {
		seg.Elements = r.build(vals, marks, reps)
	}
	return nil
}

// reportBytes reports, in input order, the first byte outside the
// repertoire, the first line break and the first dangling release character
// of the segment at off (each -1 when absent).
func (r *Reader) reportBytes(off int64, tag string, firstBad int, badFlags uint8, wrapped, dangling int) {
	for {
		at, which := -1, 0
		for i, p := range [3]int{firstBad, wrapped, dangling} {
			if p >= 0 && (at < 0 || p < at) {
				at, which = p, i
			}
		}
		switch which {
		case 0:
			if at < 0 {
				return
			}
			code, msg := CodeCharacter, "character outside the repertoire of "+r.charsetName()
			if badFlags&flagBad == 0 && badFlags&flagLower != 0 {
				code, msg = CodeLowerCase, "lower-case letters under "+r.charsetName()
			}
			r.report(code, off+int64(at), r.index, tag, msg)
			firstBad = -1
		case 1:
			r.report(CodeWrappedLine, off+int64(at), r.index, tag, "line break inside a segment removed (wrapped line)")
			wrapped = -1
		case 2:
			r.report(CodeDanglingRelease, off+int64(at), r.index, tag, "release character with nothing to release; kept out of the value")
			dangling = -1
		}
	}
}

// build turns the value list into Elements: element k holds
// vals[marks[k]:marks[k+1]], split into repetitions at reps. In owning mode
// the slices come from slabs that are never reused, so they belong to the
// caller; in zero-copy mode they are scratch reused by the next Read.
func (r *Reader) build(vals []string, marks, reps []int32) []Element {
	nElem := len(marks) - 1
	var elems []Element
	out := vals
	if r.opts.ZeroCopy {
		if cap(r.elems) < nElem {
			r.elems = make([]Element, nElem, max(nElem, 32))
		}
		elems = r.elems[:nElem]
	} else {
		elems = take(&r.eslab, nElem, 512)
		out = take(&r.cslab, len(vals), 2048)
		copy(out, vals)
	}
	if len(reps) == 0 {
		for k := range elems {
			a, b := marks[k], marks[k+1]
			elems[k] = Element{Components: out[a:b:b]}
		}
		return elems
	}
	var rs [][]string
	if r.opts.ZeroCopy {
		r.repsDirty = true
		if cap(r.reps) < len(reps) {
			r.reps = make([][]string, len(reps))
		}
		rs = r.reps[:len(reps)]
	} else {
		rs = take(&r.rslab, len(reps), 64)
	}
	j := 0 // next repetition mark
	for k := range elems {
		a, b := marks[k], marks[k+1]
		first := b
		if j < len(reps) && reps[j] < b {
			first = reps[j]
		}
		e := Element{Components: out[a:first:first]}
		start := j
		for j < len(reps) && reps[j] < b {
			end := b
			if j+1 < len(reps) && reps[j+1] < b {
				end = reps[j+1]
			}
			rs[j] = out[reps[j]:end:end]
			j++
		}
		if j > start {
			e.Repetitions = rs[start:j:j]
		}
		elems[k] = e
	}
	return elems
}

// take carves n zeroed items from a slab, allocating a new slab of at least
// size items when the current one is exhausted. Carved items are never handed
// out twice.
func take[T any](slab *[]T, n, size int) []T {
	if len(*slab)+n > cap(*slab) {
		*slab = make([]T, 0, max(size, n))
	}
	s := *slab
	m := len(s)
	*slab = s[:m+n]
	return s[m : m+n : m+n]
}

// decodeValues converts values holding bytes >= 0x80 from the declared
// character set to UTF-8, in place.
func (r *Reader) decodeValues(off int64, vals []string) {
	cs := r.charset
	bad := false
	for i, v := range vals {
		high := false
		for j := 0; j < len(v); j++ {
			if v[j] >= 0x80 {
				high = true
				break
			}
		}
		if !high {
			continue
		}
		s, ok := cs.decode(unsafe.Slice(unsafe.StringData(v), len(v)))
		vals[i] = s
		if !ok && cs.Level == 0 {
			bad = true
		}
	}
	if bad {
		r.report(CodeCharacter, off, r.index, vals[0], "bytes that are not characters of "+r.charsetName()+" read as ISO 8859-1")
	}
}

func (r *Reader) charsetName() string {
	if r.charset == nil || r.charset.ID == "" {
		return "the undeclared character set"
	}
	return r.charset.ID
}

// arenaCopy copies raw to the free end of the arena (a new arena when it does
// not fit) and returns the copy. The caller claims the bytes it keeps by
// extending r.arena; bytes claimed are never written again, so the strings cut
// from them belong to the caller of Read.
func (r *Reader) arenaCopy(raw []byte) []byte {
	n := len(raw)
	if len(r.arena)+n > cap(r.arena) {
		r.arena = make([]byte, 0, max(32<<10, n))
	}
	m := len(r.arena)
	buf := r.arena[m : m+n : m+n]
	copy(buf, raw)
	return buf
}
