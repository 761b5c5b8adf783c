package paxlst

import (
	"strconv"
	"strings"

	"github.com/openpiu/piu/edifact"
)

// Segment groups 4 and 5: what the decoder reads about one person and the
// person's documents.

// personSeg handles the segments of group 4 that only persons have.
func (sd *segmentDecoder) personSeg(s *edifact.Segment) {
	p := sd.person
	q := s.Value(0, 0)
	switch s.Tag {
	case "ATT":
		if q != "2" {
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "attribute qualifier other than 2 (gender)")
			return
		}
		g := Gender(s.Value(2, 0))
		switch {
		case g == "":
			sd.unknown(s, CodeMissingData, 3, 1, "ATT+2 without a gender code")
			return
		case p.Gender != "" && p.Gender != g:
			sd.unknown(s, CodeDuplicate, 3, 1, "gender sent twice; the first kept")
			return
		case len(s.Element(2).Repetitions) > 0:
			// ATT+2++M*F under a version 4 repetition separator: the first
			// is read, the segment kept whole.
			sd.unknown(s, CodeDuplicate, 3, 0, "gender repeated; the first read, the segment kept")
		}
		p.Gender = Gender(sd.d.str(string(g)))
		if !g.Known() {
			sd.report(CodeUnknownCode, s, 3, 1, "gender code not M, F, U or X; kept as sent")
		}
	case "MEA":
		sd.mea(s, q)
	case "GEI":
		if q != "4" {
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "processing indicator qualifier other than 4")
			return
		}
		v := Verification(s.Value(1, 0))
		sd.set((*string)(&p.Verification), string(v), s, 2, 1)
		if v != "" && !v.Known() {
			sd.report(CodeUnknownCode, s, 2, 1, "verification code not 173 or 174; kept as sent")
		}
	case "FTX":
		if q != "BAG" {
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "free text qualifier other than BAG")
			return
		}
		tag := BagTag{First: sd.val(s, 3, 0), Count: 1}
		if c := s.Value(3, 1); c != "" {
			n, err := strconv.Atoi(c)
			if err != nil || n < 0 {
				sd.unknown(s, CodeBadNumber, 4, 2, "bag tag count is not a number")
				return
			}
			tag.Count = n
		}
		p.Bags.Tags = append(p.Bags.Tags, tag)
		sd.idx = len(p.Bags.Tags) - 1
	case "NAT":
		if q != "2" {
			sd.unknown(s, CodeUnknownQualifier, 1, 1, "nationality qualifier other than 2")
			return
		}
		sd.set(&p.Nationality, s.Value(1, 0), s, 2, 1)
	case "EMP":
		e := &Employment{Category: sd.d.str(q), Code: sd.val(s, 1, 0), CodeList: sd.val(s, 1, 1), Agency: sd.val(s, 1, 2)}
		if p.CrewFunction != nil {
			sd.unknown(s, CodeDuplicate, 0, 0, "crew function sent twice; the first kept")
			return
		}
		p.CrewFunction = e
		if len(s.Elements) > 2 {
			sd.keep(s)
			sd.report(CodeMisplacedValue, s, 3, 0, "EMP with elements beyond the crew function; segment kept")
		}
	}
}

func (sd *segmentDecoder) mea(s *edifact.Segment, q string) {
	b := &sd.person.Bags
	unit, val := s.Value(2, 0), s.Value(2, 1)
	if val == "" && unit != "" && isNumber(unit) {
		sd.report(CodeMisplacedValue, s, 3, 1, "measure value in the unit component; read as the value")
		unit, val = "", unit
	}
	switch q {
	case "CT":
		n, err := strconv.Atoi(val)
		if err != nil || n < 0 {
			sd.unknown(s, CodeBadNumber, 3, 2, "bag count is not a whole number")
			return
		}
		if b.Count != 0 && b.Count != n {
			sd.unknown(s, CodeDuplicate, 3, 2, "bag count sent twice; the first kept")
			return
		}
		b.Count = n
	case "WT":
		f, err := strconv.ParseFloat(strings.Replace(val, ",", ".", 1), 64)
		if err != nil || f < 0 {
			sd.unknown(s, CodeBadNumber, 3, 2, "bag weight is not a number")
			return
		}
		if (b.Weight != 0 || b.WeightUnit != "") && (b.Weight != f || b.WeightUnit != unit) {
			sd.unknown(s, CodeDuplicate, 3, 2, "bag weight sent twice; the first kept")
			return
		}
		b.Weight, b.WeightUnit = f, sd.d.str(unit)
	default:
		sd.unknown(s, CodeUnknownQualifier, 1, 1, "measurement qualifier other than CT or WT")
	}
}

func isNumber(v string) bool {
	for i := 0; i < len(v); i++ {
		if (v[i] < '0' || v[i] > '9') && v[i] != '.' && v[i] != ',' {
			return false
		}
	}
	return v != ""
}

func (sd *segmentDecoder) docSeg(s *edifact.Segment) {
	if sd.person == nil || sd.ctx < inPerson || sd.ctx == inTrailer {
		sd.unknown(s, CodeOutOfPlace, 0, 0, "DOC outside any person group")
		return
	}
	p := sd.person
	doc := Document{
		Type: DocumentType(sd.val(s, 0, 0)), CodeList: sd.val(s, 0, 1), Agency: sd.val(s, 0, 2),
		Number: sd.val(s, 1, 0),
	}
	if p.Documents == nil {
		// Most persons have one document: carve it from a slab.
		d := sd.d
		if len(d.docs) == cap(d.docs) {
			d.docs = make([]Document, 0, 256)
		}
		d.docs = append(d.docs, doc)
		n := len(d.docs)
		p.Documents = d.docs[n-1 : n : n]
	} else {
		p.Documents = append(p.Documents, doc)
	}
	sd.doc, sd.ctx = &p.Documents[len(p.Documents)-1], inDoc
	switch {
	case sd.doc.Type == "" && sd.doc.Number == "":
		sd.report(CodeMissingData, s, 1, 1, "document without type or number")
	case !sd.doc.Type.Known():
		sd.report(CodeUnknownCode, s, 1, 1, "document type not in the code list; kept as sent")
	}
}
