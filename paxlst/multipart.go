package paxlst

import (
	"github.com/openpiu/piu/edifact"
)

// Multi-part lists are held by message type and common access reference
// until the final part and all before it arrived, then ordered by
// edifact.Assemble and merged into one list.

// maxParts is the largest part number S010 0070 (n..2) can carry.
const maxParts = 99

// pendingList collects the parts of one multi-part list.
type pendingList struct {
	typ, ref string
	parts    []*edifact.Message
	models   map[*edifact.Message]*Message
}

// complete reports whether the final part and every part before it arrived.
func (p *pendingList) complete() bool {
	final := 0
	seen := map[int]bool{}
	for _, m := range p.parts {
		t := m.Header.Transfer
		seen[t.Sequence] = true
		if t.Marker == "F" {
			final = t.Sequence
		}
	}
	if final == 0 {
		return false
	}
	for i := 1; i <= final; i++ {
		if !seen[i] {
			return false
		}
	}
	return true
}

// assemble orders the parts of p with edifact.Assemble and merges them.
func (d *Decoder) assemble(p *pendingList) error {
	asms, diags := edifact.Assemble(p.parts)
	for _, x := range diags {
		d.diags.Add(x)
	}
	for _, a := range asms {
		m := p.models[a.Parts[0]]
		total := 0
		for _, part := range a.Parts {
			total += len(p.models[part].Persons)
		}
		if cap(m.Persons) < total {
			m.Persons = append(make([]Person, 0, total), m.Persons...)
		}
		for _, part := range a.Parts[1:] {
			d.merge(m, p.models[part], part)
		}
		m.Parts, m.Missing, m.Complete = len(a.Parts), a.Missing, a.Complete
		m.Envelope.Header.Transfer = nil // per part; the encoder numbers the parts again
		if !a.Complete {
			last := &a.Parts[len(a.Parts)-1].Header.Segment
			d.diags.Add(diag(CodePartial, last, 4, 0,
				"list decoded without all its parts: persons of the missing parts are absent"))
		}
		if err := d.strictCheck(); err != nil {
			return err
		}
		if err := d.finish(m); err != nil {
			return err
		}
	}
	return nil
}

// merge adds part (a later part of the same list) to m: persons appended,
// header values taken where m lacks them, totals compared.
func (d *Decoder) merge(m, part *Message, em *edifact.Message) {
	if m.ListType == "" {
		m.ListType, m.Function, m.MessageFunction = part.ListType, part.Function, part.MessageFunction
	}
	if m.TransactionRef == "" {
		m.TransactionRef, m.Revision = part.TransactionRef, part.Revision
	}
	if m.ReportingParty.ID == "" && len(m.ReportingParty.Name) == 0 && len(m.ReportingParty.Contacts) == 0 {
		m.ReportingParty = part.ReportingParty
	}
	if len(m.Flights) == 0 {
		m.Flights = part.Flights
	}
	m.Persons = append(m.Persons, part.Persons...)
	// Every part repeats the header: extra values are taken for the segments
	// whose extras m lacks, as the typed header values are.
	prior := m.Extra
	for _, x := range part.Extra {
		if !hasExtra(prior, x.Segment, x.Qualifier, x.Index) {
			m.Extra = append(m.Extra, x)
		}
	}
	sortExtra(m.Extra)
	m.Unknown = append(m.Unknown, part.Unknown...)
	m.Trailing = append(m.Trailing, part.Trailing...)
	differ := func(a, b *int) bool { return a != nil && b != nil && *a != *b }
	if differ(m.Totals.Passengers, part.Totals.Passengers) || differ(m.Totals.Crew, part.Totals.Crew) {
		d.diags.Add(diag(CodeTotalsDiffer, &em.Header.Segment, 0, 0,
			"parts of one list carry different CNT totals; the first part's kept"))
	}
	if m.Totals.Passengers == nil {
		m.Totals.Passengers = part.Totals.Passengers
	}
	if m.Totals.Crew == nil {
		m.Totals.Crew = part.Totals.Crew
	}
	if s, ok := d.cnt[part]; ok {
		d.cnt[m] = s
	}
	delete(d.cnt, part)
}
