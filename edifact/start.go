package edifact

import (
	"bytes"
	"io"
)

// startInterchange finds the start of the next interchange (UNA, UNB, or a bare
// UNH), skipping a byte order mark, a Type B envelope or other leading bytes,
// and installs its separators. It returns false at the end of the input.
//
// It runs to 81 lines: one loop over the look-ahead window whose steps
// (limit, fill, skip white space, stray end bytes, a start here, skip to the
// next "UN") share the skipped-from position, clearer read in one place.
func (r *Reader) startInterchange() (bool, error) {
	skippedFrom := int64(-1)
	from := r.base + int64(r.r)
	for {
		if r.err != nil {
			return false, r.err // strict: a byte order mark stopped reading
		}
		if r.base+int64(r.r)-from > r.lim.MaxInterchangeSize {
			// An endless stream of junk or white space: stop, bounded.
			return false, r.limitAt(from, -1, "bytes before an interchange exceed the interchange size limit")
		}
		// Buffer the whole look-ahead window of startsHere (or the rest of the
		// input), so that what it decides does not depend on how the source
		// splits its reads.
		for r.w-r.r < startLookahead && !r.eof {
			if err := r.fill(); err != nil && err != io.EOF {
				return false, err
			}
		}
		// Skip white space and a UTF-8 byte order mark quietly.
		for r.r < r.w {
			c := r.buf[r.r]
			if c == '\r' || c == '\n' || c == ' ' || c == '\t' {
				r.r++
				continue
			}
			if bytes.HasPrefix(r.buf[r.r:r.w], []byte("\xEF\xBB\xBF")) {
				r.report(CodeLeadingBytes, r.base+int64(r.r), -1, "", "UTF-8 byte order mark before the interchange, skipped")
				r.r += 3
				continue
			}
			break
		}
		if r.r == r.w && !r.eof {
			continue // the white space filled the window: read on
		}
		if r.r == r.w && r.eof {
			if r.interchange == 0 {
				// Nothing but junk: say that, not that junk was skipped.
				return false, r.notEDIFACT()
			}
			if skippedFrom >= 0 {
				r.skipped(skippedFrom)
			}
			return false, nil
		}
		if r.r < r.w && r.r+3 > r.w && r.eof {
			// A few stray bytes at the very end.
			if skippedFrom < 0 {
				skippedFrom = r.base + int64(r.r)
			}
			r.r = r.w
			continue
		}
		b := r.buf[r.r:r.w]
		first, mark := r.interchange == 0, len(r.diags)
		if r.startsHere(b) {
			if skippedFrom >= 0 {
				r.skippedBefore(mark, skippedFrom, first)
			}
			return true, nil
		}
		// Not at a start: skip to the next candidate "UN".
		if skippedFrom < 0 {
			skippedFrom = r.base + int64(r.r)
		}
		i := bytes.Index(b[1:], []byte("UN"))
		if i < 0 {
			// Keep the last byte: it may be the U of a UN split across reads.
			r.r = r.w - 1
			if r.eof {
				r.r = r.w
			}
			if err := r.fill(); err != nil && err != io.EOF {
				return false, err
			}
			continue
		}
		r.r += i + 1
	}
}

// skipped reports the bytes skipped before an interchange, or at the end.
func (r *Reader) skipped(from int64) {
	r.reportSkipped(from, r.interchange == 0)
}

func (r *Reader) reportSkipped(from int64, first bool) {
	if first {
		r.report(CodeLeadingBytes, from, -1, "", "bytes before the first interchange (Type B envelope or other), skipped")
	} else {
		r.report(CodeTrailingBytes, from, -1, "", "bytes after UNZ that start no interchange, skipped")
	}
}

// skippedBefore reports bytes skipped before an interchange whose start has
// already reported its own diagnostics from index mark on: the report goes
// before them, as the bytes come first in the input. In strict mode it is
// then the error, and the diagnostics after it are dropped.
//
// startInterchange stops before it when reading has stopped, so an error set
// here comes from the start's own diagnostics.
func (r *Reader) skippedBefore(mark int, from int64, first bool) {
	later := append([]Diagnostic(nil), r.diags[mark:]...)
	r.diags = r.diags[:mark]
	err := r.err
	r.err = nil
	r.reportSkipped(from, first)
	if r.err != nil {
		return // strict: the skipped bytes are the first defect
	}
	r.err = err
	r.diags = append(r.diags, later...)
}

func (r *Reader) notEDIFACT() error {
	if r.err != nil {
		return r.err // strict: an earlier defect (a byte order mark) stopped reading
	}
	d := Diagnostic{Severity: Error, Code: CodeMissingUNB, Offset: r.base + int64(r.r), Segment: -1,
		Message: "no UNA, UNB or UNH found: not an EDIFACT interchange"}
	r.diags = append(r.diags, d)
	r.err = &SyntaxError{Diagnostic: d, notEDIFACT: true}
	return r.err
}

// startsHere reports whether an interchange starts at b[0], and if so installs
// its separators and resets the per-interchange state.
func (r *Reader) startsHere(b []byte) bool {
	if len(b) < 4 || b[0] != 'U' || b[1] != 'N' {
		return false
	}
	off := r.base + int64(r.r)
	switch b[2] {
	case 'A':
		sep, n, ok := r.parseUNA(b, off)
		if !ok {
			return false
		}
		r.begin(off, sep, true)
		r.r += n
		return true
	case 'B', 'H':
		c := b[3]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' {
			return false
		}
		sep := DefaultSeparators
		if c == levelBSeparators.Element {
			sep = levelBSeparators
		} else if c != sep.Element && c != sep.Terminator && c != 0x92 && c != 0xE2 {
			// No UNA, yet UNB is followed by something other than '+': take it
			// as the element separator rather than read nothing.
			sep.Element = c
			r.report(CodeUNA, off+3, -1, "", "no UNA, and the element separator is not the default")
		}
		r.typo = false
		// Without UNA, some senders still end segments with a typographic
		// apostrophe (U+2019) or its Windows-1252 byte 0x92.
		end := min(len(b), startLookahead)
		atEOF := r.eof && end == len(b) // b[:end] runs to the end of the input
		apos := bytes.IndexByte(b[:end], '\'')
		if t := bytes.Index(b[:end], []byte("\u2019")); t >= 0 && (apos < 0 || t < apos) && tagFollows(b[:end], t+3, sep.Element, atEOF) {
			sep.Terminator = 0x99
			r.typo = true
			r.report(CodeSeparators, off, -1, "", "segments end with a typographic apostrophe")
		} else if t := bytes.IndexByte(b[:end], 0x92); t >= 0 && (apos < 0 || t < apos) && b[t-1] < 0x80 && tagFollows(b[:end], t+1, sep.Element, atEOF) {
			sep.Terminator = 0x92
			r.report(CodeSeparators, off, -1, "", "segments end with a Windows-1252 typographic apostrophe")
		}
		r.begin(off, sep, false)
		return true
	}
	return false
}

// begin resets the state for an interchange starting at off.
func (r *Reader) begin(off int64, sep Separators, una bool) {
	if !una {
		r.unaRep = 0
	}
	r.setCharset(unknownCharset)
	r.setSeparators(sep)
	r.between = false
	r.interchange++
	r.icStart = off
	r.sawBreaks = false
	r.env = envelope{una: una, sep: sep}
	if r.interchange > 1 {
		r.report(CodeSeveralInterchanges, off, -1, "", "another interchange follows in the same input")
	}
}

// startLookahead is how far startsHere looks for a typographic terminator.
const startLookahead = 2048

// tagFollows reports whether, after optional line breaks, b[i:] starts with a
// segment tag and an element separator (or the input ends there): the sign that the
// byte before i terminated a segment, and was not part of a value such as
// the UTF-8 letter Ò (C3 92).
func tagFollows(b []byte, i int, elem byte, atEOF bool) bool {
	for i < len(b) && (b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if i >= len(b) {
		return atEOF // the last segment of the input; otherwise unknown, so no
	}
	if i+3 >= len(b) {
		return false
	}
	return validTag(string(b[i:i+3])) && (b[i+3] == elem)
}
