package edifact

// onUNB reads the interchange header and applies its syntax identifier.
func (r *Reader) onUNB(seg *Segment) {
	e := &r.env
	// The header's values outlive this segment (the control reference is
	// compared with UNZ's), so they must not alias the buffer.
	own := r.header(seg)
	seg = &own
	h := ParseUNB(seg)
	h.Segment = own
	h.Prepared = r.dateTime(seg, 3, seg.Value(3, 0), seg.Value(3, 1))
	r.requireValue(seg, h.ControlRef != "", 5, "UNB interchange control reference (0020) missing")
	cs := lookupCharset(h.Syntax.ID)
	if cs == nil {
		cs = unknownCharset
		r.reportAt(Diagnostic{Severity: CodeSyntaxID.Severity(), Code: CodeSyntaxID, Offset: seg.Offset,
			Segment: seg.Index, Tag: seg.Tag, Element: 1, Component: 1,
			Message: "unknown syntax identifier; values read as UTF-8 where valid, else ISO 8859-1"})
	}
	sep := r.sep
	if h.Syntax.Version == "4" && !r.opts.NoRepetition && r.unaRep != 0 && r.unaRep != ' ' {
		sep.Repetition = r.unaRep
	}
	r.charset = cs
	r.setSeparators(sep)
	e.sep = sep
	e.open = true
	e.controlRef = r.keepString(h.ControlRef)
	if r.collect {
		e.ic = &Interchange{Separators: sep, UNA: e.una, Header: h}
	}
}

// onUNG opens a functional group.
func (r *Reader) onUNG(seg *Segment) {
	e := &r.env
	r.implyUNB(seg)
	r.closeMessage(seg)
	r.closeGroup(seg)
	if e.outside > 0 {
		r.report(CodeMixedGroups, seg.Offset, seg.Index, seg.Tag, "functional group after messages outside any group")
	}
	own := r.header(seg)
	h := ParseUNG(&own)
	r.requireValue(seg, h.Reference != "", 5, "UNG group reference (0048) missing")
	e.usedGroups, e.grpOpen, e.grpRef, e.grpMsgs = true, true, r.keepString(h.Reference), 0
	e.groups++
	if r.collect {
		e.grp = &Group{Header: h}
		e.ic.Groups = append(e.ic.Groups, e.grp)
	}
}

// onUNE closes a functional group, checking its count and reference.
func (r *Reader) onUNE(seg *Segment) {
	e := &r.env
	r.closeMessage(seg)
	if !e.grpOpen {
		r.report(CodeUnexpectedUNE, seg.Offset, seg.Index, seg.Tag, "UNE without UNG")
		r.orphan(seg)
		return
	}
	n := r.count(seg, 0, e.grpMsgs, CodeMessageCount, "UNE message count")
	if seg.Value(1, 0) != e.grpRef {
		r.mismatch(seg, 2, "UNE reference does not match UNG")
	}
	if r.collect {
		own := r.owned(seg)
		e.grp.Trailer = &GroupTrailer{Count: n, Reference: own.Value(1, 0), Segment: own}
	}
	e.grpOpen, e.grp = false, nil
}

// onUNH opens a message.
func (r *Reader) onUNH(seg *Segment) {
	e := &r.env
	r.implyUNB(seg)
	r.closeMessage(seg)
	if e.usedGroups && !e.grpOpen {
		r.report(CodeMixedGroups, seg.Offset, seg.Index, seg.Tag, "message outside any group in an interchange that uses groups")
	}
	own := r.header(seg)
	h := ParseUNH(&own)
	r.requireValue(seg, h.Reference != "", 1, "UNH message reference (0062) missing")
	r.requireValue(seg, h.ID.Type != "", 2, "UNH message type (0065) missing")
	e.msgOpen, e.msgRef, e.msgSegs, e.msgStart = true, r.keepString(h.Reference), 1, seg.Offset
	if e.grpOpen {
		e.grpMsgs++
	} else {
		e.outside++
	}
	if r.collect {
		e.msg = &Message{Header: h}
		if e.grpOpen {
			e.grp.Messages = append(e.grp.Messages, e.msg)
		} else {
			e.ic.Messages = append(e.ic.Messages, e.msg)
		}
	}
}

// onUNT closes a message, checking its segment count and reference.
func (r *Reader) onUNT(seg *Segment) {
	e := &r.env
	if !e.msgOpen {
		r.report(CodeMissingUNH, seg.Offset, seg.Index, seg.Tag, "UNT without UNH")
		r.orphan(seg)
		return
	}
	e.msgSegs++
	n := r.count(seg, 0, e.msgSegs, CodeSegmentCount, "UNT segment count")
	if seg.Value(1, 0) != e.msgRef {
		r.mismatch(seg, 2, "UNT reference does not match UNH")
	}
	if r.collect {
		own := r.owned(seg)
		e.msg.Trailer = &MessageTrailer{Count: n, Reference: own.Value(1, 0), Segment: own}
	}
	e.msgOpen, e.msg = false, nil
}

// onUNZ closes the interchange, checking its count and reference.
func (r *Reader) onUNZ(seg *Segment) {
	e := &r.env
	if !e.open {
		r.report(CodeMissingUNB, seg.Offset, seg.Index, seg.Tag, "UNZ without UNB")
		r.implyUNB(seg)
	}
	r.closeMessage(seg)
	r.closeGroup(seg)
	want, what := e.outside, "UNZ message count"
	if e.usedGroups {
		want, what = e.groups, "UNZ group count"
	}
	n := r.count(seg, 0, want, CodeMessageCount, what)
	if seg.Value(1, 0) != e.controlRef {
		r.mismatch(seg, 2, "UNZ control reference does not match UNB")
	}
	if r.collect {
		own := r.owned(seg)
		e.ic.Trailer = &InterchangeTrailer{Count: n, ControlRef: own.Value(1, 0), Segment: own}
	}
	r.closeInterchange(seg.Offset)
	r.between = true
}
