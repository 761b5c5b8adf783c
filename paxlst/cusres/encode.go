package cusres

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/internal/envelope"
)

var defaultID = edifact.MessageID{Type: "CUSRES", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}

// Encode writes r as one CUSRES interchange with its control counts. Empty
// envelope values take defaults (UNOA:4, control reference 1,
// CUSRES:D:05B:UN:IATA); opts.PartSize does not apply. Decoding the result
// gives r again, apart from the positions of unknown segments.
func Encode(r *Response, opts paxlst.EncodeOptions) ([]byte, error) {
	env := envelope.Normalize(r.Envelope, envelope.Defaults{
		Syntax: edifact.SyntaxIdentifier{ID: "UNOA", Version: "4"}, ID: defaultID}, new(edifact.GroupHeader))
	ref := civil.Date{}
	if env.Interchange.Prepared.Date.Valid() {
		ref = env.Interchange.Prepared.Date
	}
	e := edifact.E
	var segs []edifact.Segment
	add := func(tag string, elems ...edifact.Element) { segs = append(segs, edifact.NewSegment(tag, elems...)) }
	add("BGM", e(string(r.Type)), e(r.DocumentID))
	if r.TransactionRef != "" {
		add("RFF", e("TN", r.TransactionRef))
	}
	if r.Flight != "" {
		add("RFF", e("AF", r.Flight))
	}
	for _, x := range r.OtherRefs {
		add("RFF", e(x.Qualifier, x.Value))
	}
	for _, t := range []struct {
		q string
		v civil.DateTime
	}{{"189", r.Departure.Time}, {"232", r.Arrival.Time}} {
		if !t.v.IsZero() {
			v, f := formatDateTime(t.v, ref)
			add("DTM", e(t.q, v, f))
		}
	}
	if r.Departure.Airport != "" {
		add("LOC", e("125"), e(r.Departure.Airport))
	}
	if r.Arrival.Airport != "" {
		add("LOC", e("87"), e(r.Arrival.Airport))
	}
	segs = append(segs, r.Unknown...)
	for _, x := range r.Results {
		add("ERP", e(string(x.Level)))
		if x.PNR != "" {
			add("RFF", e("AVF", x.PNR))
		}
		if x.PassengerRef != "" {
			add("RFF", e("ABO", x.PassengerRef))
		}
		for _, o := range x.OtherRefs {
			add("RFF", e(o.Qualifier, o.Value))
		}
		if x.Status != "" || x.StatusCodeList != "" {
			add("ERC", e(string(x.Status), x.StatusCodeList))
		}
		for i := 0; i < len(x.Text); i += 5 { // C108 holds five lines
			add("FTX", e("AAP"), e(), e(), e(x.Text[i:min(i+5, len(x.Text))]...))
		}
		segs = append(segs, x.Unknown...)
	}
	ic := envelope.Interchange(&env, []*edifact.Message{{Header: env.Header, Segments: segs}})
	w := &edifact.Writer{Separators: opts.Separators, LineBreaks: opts.LineBreaks, UNA: opts.UNA}
	out, err := edifact.Marshal(ic, w)
	if errors.Is(err, edifact.ErrCharacter) && envelope.Raise(ic) {
		out, err = edifact.Marshal(ic, w) // under the set that holds the values, as paxlst.Encode does
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEncode, err)
	}
	return out, nil
}

// formatDateTime writes YYMMDDHHMM (201) when it reads back the same against
// ref, else CCYYMMDDHHMM (203).
func formatDateTime(t civil.DateTime, ref civil.Date) (string, string) {
	two := func(n int) string { return strconv.Itoa(n/10%10) + strconv.Itoa(n%10) }
	rest := two(int(t.Month)) + two(t.Day) + two(t.Hour) + two(t.Minute)
	if civil.PivotYear(t.Year%100, ref, false) == t.Year {
		return two(t.Year%100) + rest, "201"
	}
	return two(t.Year/100) + two(t.Year%100) + rest, "203"
}
