package edifact

import "unsafe"

// setSeparators installs sep and rebuilds the byte class table.
func (r *Reader) setSeparators(sep Separators) {
	r.sep = sep
	r.rebuildClasses()
}

// setCharset installs the repertoire of c and rebuilds the byte class table.
func (r *Reader) setCharset(c *Charset) {
	r.charset = c
	r.rebuildClasses()
}

func (r *Reader) rebuildClasses() {
	c := r.charset
	if c == nil {
		c = unknownCharset
	}
	c.repertoire(&r.cls)
	r.cls['\r'] = clsNewline
	r.cls['\n'] = clsNewline
	set := func(b byte, kind uint8) {
		if b != 0 {
			r.cls[b] = kind
		}
	}
	set(r.sep.Component, clsComp)
	set(r.sep.Element, clsElem)
	set(r.sep.Repetition, clsRepeat)
	set(r.sep.Release, clsRelease)
}

// parse splits a raw segment (terminator excluded) into tag, elements,
// components and repetitions, releasing escaped characters and decoding the
// character set. In zero-copy mode values are unescaped in place in r.buf;
// otherwise they are copied to an arena that is never written again once its
// bytes are handed out, so the caller owns them.
func (r *Reader) parse(raw []byte, off int64) (Segment, error) {
	var dst []byte
	if r.opts.ZeroCopy {
		dst = raw
	} else {
		if len(r.arena)+len(raw) > cap(r.arena) {
			r.arena = make([]byte, 0, max(32<<10, len(raw)))
		}
		n := len(r.arena)
		dst = r.arena[n : n+len(raw)]
	}
	r.comps = r.comps[:0]
	r.spans = r.spans[:0]

	var (
		w        int   // write position in dst
		vstart   int   // start of the current value in dst
		elem     int32 = -1
		rep      int32
		flags    uint8
		firstBad = -1
		badFlags uint8
		wrapped  = -1
		dangling = -1
	)
	cls := &r.cls
	n := len(raw)
	for i := 0; i < n; i++ {
		c := raw[i]
		k := cls[c]
		switch k & clsKind {
		case clsPlain:
			dst[w] = c
			w++
			if k != 0 {
				flags |= k
				if k&(flagBad|flagLower) != 0 && firstBad < 0 {
					firstBad = i
					badFlags = k
				}
			}
		case clsComp:
			r.push(dst, vstart, w, elem, rep)
			vstart = w
		case clsElem:
			r.push(dst, vstart, w, elem, rep)
			vstart = w
			elem++
			rep = 0
		case clsRepeat:
			r.push(dst, vstart, w, elem, rep)
			vstart = w
			rep++
		case clsRelease:
			if i+1 < n && raw[i+1] != '\r' && raw[i+1] != '\n' {
				i++
				c = raw[i]
				dst[w] = c
				w++
				if c >= 0x80 {
					flags |= flagHigh
				}
			} else if dangling < 0 {
				dangling = i
			}
		case clsNewline:
			if wrapped < 0 {
				wrapped = i
			}
		}
		if len(r.comps) > r.lim.MaxElements {
			return Segment{}, r.limit(off, "too many elements and components in one segment")
		}
	}
	r.push(dst, vstart, w, elem, rep)
	if !r.opts.ZeroCopy {
		r.arena = r.arena[:len(r.arena)+w]
	}

	seg := Segment{Offset: off, Index: r.index}
	// The first value pushed (element -1) is the tag.
	seg.Tag = r.comps[0]
	if r.spans[0].elem == -1 && len(r.spans) > 1 && r.spans[1].elem == -1 {
		// A component separator inside the tag (UNH:...) is malformed; keep the
		// components as the first element so nothing is lost.
		r.report(CodeBadTag, off, r.index, "", "segment tag followed by a component separator")
	}
	if !validTag(seg.Tag) {
		r.report(CodeBadTag, off, r.index, "", "segment tag is not three letters or digits")
	}
	if flags&flagHigh != 0 {
		r.decodeValues(off, &seg)
	}
	if firstBad >= 0 {
		code, msg := CodeCharacter, "character outside the repertoire of "+r.charsetName()
		if badFlags&flagBad == 0 && badFlags&flagLower != 0 {
			code, msg = CodeLowerCase, "lower-case letters under "+r.charsetName()
		}
		r.report(code, off+int64(firstBad), r.index, seg.Tag, msg)
	}
	if wrapped >= 0 {
		r.report(CodeWrappedLine, off+int64(wrapped), r.index, seg.Tag, "line break inside a segment removed (wrapped line)")
	}
	if dangling >= 0 {
		r.report(CodeDanglingRelease, off+int64(dangling), r.index, seg.Tag, "release character with nothing to release; kept out of the value")
	}
	r.build(&seg)
	return seg, nil
}

// push records the value dst[from:to] for element elem, repetition rep.
func (r *Reader) push(dst []byte, from, to int, elem, rep int32) {
	var s string
	if to > from {
		s = unsafe.String(&dst[from], to-from)
	}
	r.comps = append(r.comps, s)
	r.spans = append(r.spans, span{elem, rep})
}

// build turns the flat value list into Elements. Element -1 is the tag. In
// owning mode the slices come from slabs that are never reused, so they belong
// to the caller; in zero-copy mode they are scratch reused by the next Read.
func (r *Reader) build(seg *Segment) {
	// Count elements and repetitions.
	nElem := int(r.spans[len(r.spans)-1].elem) + 1
	nRep := 0
	for i := 1; i < len(r.spans); i++ {
		if r.spans[i].rep > 0 && r.spans[i].rep != r.spans[i-1].rep {
			nRep++
		}
	}
	// Values attached to the tag beyond the first (a malformed TAG:x) become
	// the first element's components, shifting nothing else.
	extra := 0
	for extra+1 < len(r.spans) && r.spans[extra+1].elem == -1 {
		extra++
	}
	comps := r.comps[1:]
	if extra > 0 {
		for i := 1; i <= extra; i++ {
			r.spans[i].elem = 0
		}
		if nElem == 0 {
			nElem = 1
		}
		for i := extra + 1; i < len(r.spans); i++ {
			r.spans[i].elem++
		}
		nElem = int(r.spans[len(r.spans)-1].elem) + 1
	}
	if nElem == 0 {
		return
	}
	var elems []Element
	var out []string
	var reps [][]string
	if r.opts.ZeroCopy {
		if cap(r.elems) < nElem {
			r.elems = make([]Element, nElem)
		}
		elems = r.elems[:nElem]
		clear(elems)
		out = comps
		r.reps = r.reps[:0]
		if cap(r.reps) < nRep {
			r.reps = make([][]string, 0, nRep)
		}
		reps = r.reps[:nRep]
	} else {
		elems = take(&r.eslab, nElem, 256)
		out = take(&r.cslab, len(comps), 1024)
		copy(out, comps)
		if nRep > 0 {
			reps = take(&r.rslab, nRep, 64)
		}
	}
	spans := r.spans[1:]
	ri := 0
	for i := 0; i < len(spans); {
		e, rp := spans[i].elem, spans[i].rep
		j := i + 1
		for j < len(spans) && spans[j].elem == e && spans[j].rep == rp {
			j++
		}
		vals := out[i:j:j]
		if rp == 0 {
			elems[e].Components = vals
		} else {
			reps[ri] = vals
			if elems[e].Repetitions == nil {
				elems[e].Repetitions = reps[ri : ri+1 : ri+1]
			} else {
				k := len(elems[e].Repetitions)
				elems[e].Repetitions = reps[ri-k : ri+1 : ri+1]
			}
			ri++
		}
		i = j
	}
	seg.Elements = elems
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
// character set to UTF-8.
func (r *Reader) decodeValues(off int64, seg *Segment) {
	cs := r.charset
	bad := false
	for i, v := range r.comps {
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
		r.comps[i] = s
		if !ok && cs.Level == 0 {
			bad = true
		}
	}
	if bad {
		r.report(CodeCharacter, off, r.index, r.comps[0], "bytes that are not characters of "+r.charsetName()+" read as ISO 8859-1")
	}
	seg.Tag = r.comps[0]
}

func (r *Reader) charsetName() string {
	if r.charset == nil || r.charset.ID == "" {
		return "the undeclared character set"
	}
	return r.charset.ID
}

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
