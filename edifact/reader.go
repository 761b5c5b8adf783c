package edifact

import (
	"bytes"
	"io"
	"strings"
)

// Reader reads segments from an EDIFACT byte stream.
//
// It detects the UNA service string advice (or applies the defaults), decodes
// values by the character set UNB declares, checks the envelope (UNB, UNG, UNH,
// UNT, UNE, UNZ) and its control counts and references as it goes, and reports
// every defect as a Diagnostic. Read returns one segment at a time, service
// segments included; ReadInterchange returns a whole interchange.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	src  io.Reader
	opts ReadOptions
	lim  Limits

	buf    []byte // buf[r:w] is unread input
	r, w   int
	base   int64 // input offset of buf[0]
	eof    bool
	srcErr error

	sep     Separators
	unaRep  byte        // UNA position 5 as declared, applied once UNB says version 4
	typo    bool        // terminator is U+2019 in UTF-8: 0x99 preceded by E2 80
	cls     [256]uint8  // byte classes: service role and repertoire flags
	isSep   [256]uint8  // 1 for a separator or the release character, else 0
	tab     [256]uint32 // cls | isSep<<8, for scanSegment
	charset *charSet
	// sniffUTF8: the declared set is an 8-bit one (UNOC..UNOL), under which
	// UTF-8 multi-byte sequences are reported.
	sniffUTF8 bool

	index       int  // index of the next segment
	between     bool // no interchange open: look for UNA/UNB next
	interchange int  // interchanges started
	icStart     int64
	sawBreaks   bool // a line-breaks diagnostic was given in this interchange

	diags []Diagnostic
	err   error // sticky

	env envelope

	// scratch for the segment being built
	vals  []string  // tag, then every value in order
	pos   []int32   // separator positions in the segment (fast path)
	marks []int32   // element boundaries in vals
	repAt []int32   // repetition boundaries in vals
	elems []Element // zero-copy mode: elements of the last segment
	// repsDirty says the general path wrote whole Elements (repetitions
	// included) into elems, which the fast path, writing only Components,
	// must clear first.
	repsDirty bool
	reps      [][]string // zero-copy mode: repetitions of the last segment
	// owning mode: slabs carved for each segment and never reused
	arena   []byte
	cslab   []string
	eslab   []Element
	rslab   [][]string
	general bool         // tests only: never take the fast path
	closed  *Interchange // an interchange completed by the last Read, for ReadInterchange
	collect bool
}

// NewReader returns a Reader reading from src. A nil opts means the defaults.
func NewReader(src io.Reader, opts *ReadOptions) *Reader {
	r := &Reader{src: src, between: true}
	if opts != nil {
		r.opts = *opts
	}
	r.lim = r.opts.Limits.withDefaults()
	r.buf = make([]byte, 0, min(64<<10, r.lim.MaxSegmentSize+8))
	r.setSeparators(DefaultSeparators)
	r.setCharset(unknownCharset)
	return r
}

// Reset makes r read a new input from src with the same options, keeping the
// buffers it has grown, so that a program reading many inputs allocates
// nothing per input in zero-copy mode. Segments, interchanges and
// diagnostics returned before stay valid as documented for their mode (owned
// memory is never reused).
func (r *Reader) Reset(src io.Reader) {
	*r = Reader{
		src: src, opts: r.opts, lim: r.lim, between: true,
		buf:   r.buf[:0],
		vals:  r.vals[:0],
		pos:   r.pos,
		marks: r.marks[:0],
		repAt: r.repAt[:0],
		elems: r.elems, repsDirty: r.repsDirty, reps: r.reps,
		arena: r.arena, cslab: r.cslab, eslab: r.eslab, rslab: r.rslab,
		general: r.general,
	}
	r.setSeparators(DefaultSeparators)
	r.setCharset(unknownCharset)
}

// Diagnostics returns every diagnostic reported so far, in input order. In
// strict mode the last one is also the error Read returned.
func (r *Reader) Diagnostics() []Diagnostic { return r.diags }

// Separators returns the separators in force.
func (r *Reader) Separators() Separators { return r.sep }

// InputOffset returns the input offset just past the last segment read.
func (r *Reader) InputOffset() int64 { return r.base + int64(r.r) }

// Read returns the next segment, service segments (UNB, UNG, UNH, UNT, UNE,
// UNZ) included. At the end of the input it returns io.EOF. In lenient mode
// defects become diagnostics and reading goes on; an error is returned only for
// a limit, a failure of the underlying reader, or input that holds no EDIFACT
// at all. In strict mode the first defect is returned as a *SyntaxError.
//
// Unless ReadOptions.ZeroCopy is set, the caller owns the segment. With
// ZeroCopy, the segment is valid only until the next Read.
func (r *Reader) Read() (Segment, error) {
	var seg Segment
	if r.err != nil {
		return seg, r.err
	}
	// The common case first, without the general machinery: a plain data
	// segment inside an open message.
	if !r.between && !r.general && r.env.msgOpen && !r.collect && r.fastSegment(&seg) {
		r.index++
		if t := seg.Tag; !(t[0] == 'U' && t[1] == 'N') && !r.overSize() && r.env.msgSegs < r.lim.MaxSegmentsPerMessage && !r.overMessage() {
			r.env.msgSegs++ // what check does for such a segment
			return seg, nil
		}
		err := r.check(&seg)
		if err == nil && r.err == nil {
			return seg, nil
		}
		if r.err == nil {
			r.err = err
		}
		return Segment{}, r.err
	}
	err := r.next(&seg)
	if err == nil && r.err == nil {
		return seg, nil
	}
	if r.err != nil {
		// A defect reported while reading this segment, or at the end of
		// the input (UNZ missing, junk after UNZ): in strict mode it wins
		// over io.EOF.
		return Segment{}, r.err
	}
	if err != io.EOF {
		r.err = err
	}
	return Segment{}, err
}

// next reads one segment into seg and runs the envelope checks on it.
func (r *Reader) next(seg *Segment) error {
	for {
		if r.between {
			found, err := r.startInterchange()
			if err != nil {
				return err
			}
			if !found {
				r.finish()
				return io.EOF
			}
		}
		if !r.general && r.fastSegment(seg) {
			r.index++
			return r.check(seg)
		}
		raw, start, err := r.nextRaw()
		if err == io.EOF {
			r.finish()
			return io.EOF
		}
		if err != nil {
			return err
		}
		if len(raw) == 0 {
			r.report(CodeEmptySegment, start, r.index, "", "empty segment")
			if r.overSize() {
				return r.limit(start, "interchange larger than the limit")
			}
			continue
		}
		if len(raw) >= 3 && raw[0] == 'U' && raw[1] == 'N' && raw[2] == 'A' && r.env.open {
			// A new interchange begins without the last one's UNZ.
			r.rewindTo(start)
			r.endOpen(start, -1, "", "a new UNA begins")
			if r.err != nil {
				return r.err
			}
			r.between = true
			continue
		}
		if err := r.parse(raw, start, seg); err != nil {
			return err
		}
		r.index++
		return r.check(seg)
	}
}

// overSize reports whether the interchange being read has grown past
// Limits.MaxInterchangeSize.
func (r *Reader) overSize() bool {
	return r.base+int64(r.r)-r.icStart > r.lim.MaxInterchangeSize
}

// overMessage reports whether the open message has grown past
// Limits.MaxMessageSize.
func (r *Reader) overMessage() bool {
	return r.base+int64(r.r)-r.env.msgStart > r.lim.MaxMessageSize
}

// rewindTo makes the input at absolute offset off unread again.
func (r *Reader) rewindTo(off int64) { r.r = int(off - r.base) }

// report records a diagnostic with the code's default severity.
func (r *Reader) report(code Code, off int64, seg int, tag, msg string) {
	r.reportAt(Diagnostic{Severity: code.Severity(), Code: code, Offset: off, Segment: seg, Tag: tag, Message: msg})
}

func (r *Reader) reportAt(d Diagnostic) {
	if r.err != nil {
		// Reading has stopped (strict mode, or a limit): the error is the
		// last diagnostic.
		return
	}
	// In zero-copy mode the tag aliases the buffer; in owning mode it would
	// pin a whole arena. Tags are three bytes: copy them.
	d.Tag = strings.Clone(d.Tag)
	if !validTag(d.Tag) {
		// What stands where a tag should be may be a value (a line of free
		// text that lost its tag): never put it in a diagnostic.
		d.Tag = ""
	}
	fatal := d.Code == CodeLimit || r.opts.Strict && d.Severity >= Warning
	switch {
	case len(r.diags) < r.lim.MaxDiagnostics || fatal:
		r.diags = append(r.diags, d)
	case len(r.diags) == r.lim.MaxDiagnostics:
		// Hostile input can cause a diagnostic per segment: keep memory
		// bounded, and say so once.
		r.diags = append(r.diags, Diagnostic{Severity: Info, Code: CodeDiagnosticsTruncated, Offset: d.Offset,
			Segment: d.Segment, Tag: d.Tag, Message: "too many diagnostics; further ones are not recorded"})
	}
	if fatal && r.err == nil {
		r.err = &SyntaxError{Diagnostic: d}
	}
}

// nextRaw returns the bytes of the next segment, leading line breaks skipped
// and terminator excluded, and the input offset of its first byte. The slice
// aliases r.buf and is valid until the next call.
func (r *Reader) nextRaw() ([]byte, int64, error) {
	// Skip line breaks (and the odd space or tab some systems add) between segments.
	for {
		for r.r < r.w {
			c := r.buf[r.r]
			if c != '\n' && c != '\r' && c != ' ' && c != '\t' {
				goto found
			}
			if (c == '\n' || c == '\r') && !r.sawBreaks {
				r.sawBreaks = true
				r.report(CodeLineBreaks, r.base+int64(r.r), -1, "", "line breaks between segments")
			}
			if r.overSize() {
				return nil, 0, r.limitAt(r.base+int64(r.r), -1, "interchange larger than the limit")
			}
			r.r++
		}
		if err := r.fill(); err != nil {
			if err == io.EOF {
				return nil, 0, io.EOF
			}
			return nil, 0, err
		}
	}
found:
	start := r.r
	from := start
	for {
		i := bytes.IndexByte(r.buf[from:r.w], r.sep.Terminator)
		if i >= 0 {
			end := from + i
			rel := end // where the release characters before the terminator end
			if r.typo {
				// The terminator is U+2019: 0x99 must follow E2 80.
				if !(end-start >= 2 && r.buf[end-2] == 0xE2 && r.buf[end-1] == 0x80) {
					from = end + 1
					continue
				}
				rel = end - 2
			}
			if r.released(start, rel) {
				from = end + 1
				continue
			}
			r.r = end + 1
			if r.typo {
				end -= 2
			}
			if end+1-start > r.lim.MaxSegmentSize {
				return nil, 0, r.limit(r.base+int64(start), "segment longer than the limit")
			}
			return r.buf[start:end], r.base + int64(start), nil
		}
		from = r.w
		if r.w-start > r.lim.MaxSegmentSize {
			return nil, 0, r.limit(r.base+int64(start), "segment longer than the limit")
		}
		// Keep the segment start in the buffer while reading more.
		shift := start
		if err := r.fillFrom(&start); err != nil {
			if err != io.EOF {
				return nil, 0, err
			}
			from -= shift - start
			// Input ends inside a segment.
			end := r.w
			r.r = r.w
			raw := bytes.TrimRight(r.buf[start:end], "\r\n \t")
			if len(raw) == 0 {
				return nil, 0, io.EOF
			}
			r.report(CodeMissingTerminator, r.base+int64(end), r.index, tagOf(raw, r.sep), "input ends inside a segment: terminator missing")
			return raw, r.base + int64(start), nil
		}
		from -= shift - start
	}
}

// released reports whether the terminator at end is escaped by an odd number of
// release characters right before it.
func (r *Reader) released(start, end int) bool {
	if r.sep.Release == 0 {
		return false
	}
	n := 0
	for j := end - 1; j >= start && r.buf[j] == r.sep.Release; j-- {
		n++
	}
	return n%2 == 1
}

// limit reports a limit exceeded while reading the segment that will have
// index r.index.
func (r *Reader) limit(off int64, msg string) error { return r.limitAt(off, r.index, msg) }

// limitAt reports a limit exceeded at off, in segment seg (-1 for none).
func (r *Reader) limitAt(off int64, seg int, msg string) error {
	r.report(CodeLimit, off, seg, "", msg)
	return r.err
}

// fill reads more input after compacting the buffer; it returns io.EOF when the
// input is exhausted.
func (r *Reader) fill() error {
	s := r.r
	return r.fillFrom(&s)
}

// fillFrom reads more input, keeping buf[*keep:] and moving it to the front
// when that makes room; *keep is updated.
func (r *Reader) fillFrom(keep *int) error {
	if r.eof {
		return io.EOF
	}
	if r.srcErr != nil {
		return r.srcErr
	}
	k := *keep
	if k > 0 && (r.w == cap(r.buf) || k > cap(r.buf)/2) {
		n := copy(r.buf[:cap(r.buf)], r.buf[k:r.w])
		r.base += int64(k)
		r.r -= k
		r.w = n
		*keep = 0
		r.buf = r.buf[:n]
	}
	if r.w == cap(r.buf) {
		nb := make([]byte, r.w, 2*cap(r.buf))
		copy(nb, r.buf[:r.w])
		r.buf = nb
	}
	for tries := 0; tries < 100; tries++ {
		n, err := r.src.Read(r.buf[r.w:cap(r.buf)])
		r.w += n
		r.buf = r.buf[:r.w]
		if err == io.EOF {
			r.eof = true
			if n > 0 {
				return nil
			}
			return io.EOF
		}
		if err != nil {
			r.srcErr = err
			if n > 0 {
				return nil
			}
			return err
		}
		if n > 0 {
			return nil
		}
	}
	r.srcErr = io.ErrNoProgress
	return io.ErrNoProgress
}

// tagOf returns the tag of a raw segment, for diagnostics.
func tagOf(raw []byte, sep Separators) string {
	n := 0
	for n < len(raw) && n < 3 && raw[n] != sep.Element && raw[n] != sep.Component {
		n++
	}
	return string(raw[:n])
}
