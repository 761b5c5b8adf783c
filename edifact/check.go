package edifact

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/internal/decimal"
)

// envelope is the Reader's view of the interchange being read: what is open,
// what has been counted, and (for ReadInterchange) the tree being built.
type envelope struct {
	una  bool
	sep  Separators
	open bool // UNB seen (or implied by a bare UNH)

	controlRef string
	groups     int // UNG..UNE groups started
	outside    int // messages outside groups
	usedGroups bool

	grpOpen bool
	grpRef  string
	grpMsgs int

	msgOpen bool
	msgRef  string
	msgSegs int
	// msgStart is the input offset of the open message's UNH
	msgStart int64

	ic  *Interchange
	grp *Group
	msg *Message
}

// check runs the envelope checks on seg and files it in the tree being built.
func (r *Reader) check(seg *Segment) error {
	if r.overSize() {
		return r.limitAt(seg.Offset, seg.Index, "interchange larger than the limit")
	}
	if t := seg.Tag; len(t) == 3 && t[0] == 'U' && t[1] == 'N' {
		return r.checkService(seg)
	}
	return r.checkData(seg)
}

// checkData counts a segment that is not a service segment and files it.
func (r *Reader) checkData(seg *Segment) error {
	e := &r.env
	if !e.msgOpen {
		if !e.open {
			r.report(CodeMissingUNB, seg.Offset, seg.Index, seg.Tag, "segment before any UNB")
			r.implyUNB(seg)
		}
		r.report(CodeMissingUNH, seg.Offset, seg.Index, seg.Tag, "segment outside any message")
		r.orphan(seg)
		return nil
	}
	e.msgSegs++
	if e.msgSegs > r.lim.MaxSegmentsPerMessage {
		return r.limitAt(seg.Offset, seg.Index, "message has more segments than the limit")
	}
	if r.overMessage() {
		return r.limitAt(seg.Offset, seg.Index, "message larger than the limit")
	}
	if r.collect {
		e.msg.Segments = append(e.msg.Segments, r.owned(seg))
	}
	return nil
}

// checkService runs the envelope checks on a UNx segment.
func (r *Reader) checkService(seg *Segment) error {
	switch seg.Tag {
	case "UNB":
		if r.env.open {
			r.endOpen(seg.Offset, seg.Index, seg.Tag, "a new UNB begins")
			r.begin(seg.Offset, r.sep, false)
		}
		r.onUNB(seg)
	case "UNG":
		r.onUNG(seg)
	case "UNE":
		r.onUNE(seg)
	case "UNH":
		r.onUNH(seg)
	case "UNT":
		r.onUNT(seg)
	case "UNZ":
		r.onUNZ(seg)
	default:
		return r.checkData(seg)
	}
	return nil
}

// implyUNB opens an interchange without header when segments come before UNB.
func (r *Reader) implyUNB(seg *Segment) {
	e := &r.env
	if e.open {
		return
	}
	if seg.Tag == "UNH" || seg.Tag == "UNG" {
		r.report(CodeMissingUNB, seg.Offset, seg.Index, seg.Tag, "interchange without UNB")
	}
	e.open = true
	if r.collect {
		e.ic = &Interchange{Separators: r.sep, UNA: e.una}
	}
}

func (r *Reader) closeMessage(seg *Segment) {
	e := &r.env
	if e.msgOpen {
		r.report(CodeMissingUNT, seg.Offset, seg.Index, seg.Tag, "message not closed by UNT")
		e.msgOpen, e.msg = false, nil
	}
}

func (r *Reader) closeGroup(seg *Segment) {
	e := &r.env
	if e.grpOpen {
		r.report(CodeMissingUNE, seg.Offset, seg.Index, seg.Tag, "group not closed by UNE")
		e.grpOpen, e.grp = false, nil
	}
}

// closeInterchange ends the interchange; ReadInterchange picks it up.
func (r *Reader) closeInterchange(off int64) {
	e := &r.env
	if e.open && r.collect && e.ic != nil {
		r.closed = e.ic
	}
	*e = envelope{}
}

// finish closes whatever is open at the end of the input.
func (r *Reader) finish() {
	e := &r.env
	off := r.base + int64(r.w)
	if !e.open {
		if e.una {
			// A UNA and nothing after it: no interchange at all.
			r.report(CodeMissingUNB, off, -1, "", "input ends after the UNA: no UNB, no segment")
			*e = envelope{}
		}
		return
	}
	r.endOpen(off, -1, "", "input ends")
	r.between = true
}

// endOpen reports what the interchange open at a new interchange, or at the
// end of the input, lacks (UNT, UNE, UNZ), at off, and closes it.
func (r *Reader) endOpen(off int64, seg int, tag, why string) {
	e := &r.env
	if e.msgOpen {
		r.report(CodeMissingUNT, off, seg, tag, why+" inside a message: UNT missing")
	}
	if e.grpOpen {
		r.report(CodeMissingUNE, off, seg, tag, why+" inside a group: UNE missing")
	}
	r.report(CodeMissingUNZ, off, seg, tag, why+" without UNZ")
	r.closeInterchange(off)
}

// header returns a UNB, UNG or UNH segment for decoding its header: owned
// when the header goes into the tree of ReadInterchange, as it is otherwise
// (the few values kept past this segment go through keepString).
func (r *Reader) header(seg *Segment) Segment {
	if r.collect {
		return r.owned(seg)
	}
	return *seg
}

// keepString returns s in memory that outlives the next Read.
func (r *Reader) keepString(s string) string {
	if r.opts.ZeroCopy {
		return strings.Clone(s)
	}
	return s
}

// owned returns seg in memory that outlives the next Read: seg itself in
// owning mode, a clone in zero-copy mode. Values kept in the envelope state
// (references compared with a later trailer) and everything filed in the tree
// of ReadInterchange go through it.
func (r *Reader) owned(seg *Segment) Segment {
	if r.opts.ZeroCopy {
		return seg.Clone()
	}
	return *seg
}

// orphan files a segment found outside any message, so it is not lost.
func (r *Reader) orphan(seg *Segment) {
	if r.collect && r.env.ic != nil {
		r.env.ic.Orphans = append(r.env.ic.Orphans, r.owned(seg))
	}
}

// count parses a control count in element e and compares it with counted.
func (r *Reader) count(seg *Segment, e, counted int, code Code, what string) int {
	v := seg.Value(e, 0)
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		r.reportAt(Diagnostic{Severity: CodeInvalidValue.Severity(), Code: CodeInvalidValue, Offset: seg.Offset,
			Segment: seg.Index, Tag: seg.Tag, Element: e + 1, Message: what + " is not a number"})
		return -1
	}
	if n != counted {
		r.reportAt(Diagnostic{Severity: code.Severity(), Code: code, Offset: seg.Offset, Segment: seg.Index,
			Tag: seg.Tag, Element: e + 1, Message: fmt.Sprintf("%s says %d, %d counted", what, n, counted)})
	}
	return n
}

func (r *Reader) mismatch(seg *Segment, elem int, msg string) {
	r.reportAt(Diagnostic{Severity: CodeReference.Severity(), Code: CodeReference, Offset: seg.Offset,
		Segment: seg.Index, Tag: seg.Tag, Element: elem, Message: msg})
}

func (r *Reader) requireValue(seg *Segment, ok bool, elem int, msg string) {
	if !ok {
		r.reportAt(Diagnostic{Severity: CodeMissingValue.Severity(), Code: CodeMissingValue, Offset: seg.Offset,
			Segment: seg.Index, Tag: seg.Tag, Element: elem, Message: msg})
	}
}

// dateTime reads an S004 date (YYMMDD or CCYYMMDD) and time (HHMM).
func (r *Reader) dateTime(seg *Segment, elem int, date, clock string) civil.DateTime {
	if date == "" && clock == "" {
		return civil.DateTime{}
	}
	t, ok := ParseDateTime(date, clock)
	if !ok {
		r.reportAt(Diagnostic{Severity: CodeInvalidValue.Severity(), Code: CodeInvalidValue, Offset: seg.Offset,
			Segment: seg.Index, Tag: seg.Tag, Element: elem + 1, Message: "date or time of preparation malformed"})
	}
	return t
}

// ParseDateTime reads an EDIFACT date of 6 (YYMMDD) or 8 (CCYYMMDD) digits and
// an optional time of 4 (HHMM) or 6 (HHMMSS) digits, as UNB and UNG S004 carry
// them. Two-digit years pivot at 50 (1950..2049). ok is false when malformed.
func ParseDateTime(date, clock string) (t civil.DateTime, ok bool) {
	var y, m, d int
	switch len(date) {
	case 6:
		yy, ok1 := decimal.Uint(date[0:2])
		m, _ = decimal.Uint(date[2:4])
		d, _ = decimal.Uint(date[4:6])
		if !ok1 {
			return t, false
		}
		y = civil.PivotYear(yy, civil.Date{}, false)
	case 8:
		y, _ = decimal.Uint(date[0:4])
		m, _ = decimal.Uint(date[4:6])
		d, _ = decimal.Uint(date[6:8])
	default:
		return t, false
	}
	if !allDigits(date) {
		return t, false
	}
	t.Year, t.Month, t.Day = y, monthOf(m), d
	switch len(clock) {
	case 0:
	case 4, 6:
		if !allDigits(clock) {
			return civil.DateTime{}, false
		}
		t.Hour, _ = decimal.Uint(clock[0:2])
		t.Minute, _ = decimal.Uint(clock[2:4])
		if len(clock) == 6 {
			t.Second, _ = decimal.Uint(clock[4:6])
		}
	default:
		return civil.DateTime{}, false
	}
	return t, t.Valid()
}
