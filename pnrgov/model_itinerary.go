package pnrgov

import "github.com/openpiu/piu/edifact"

// This file holds the itinerary part of the model: a leg (Gr5), its
// check-ins (Gr6) and each traveller's boarding and bags (Gr7).

// Leg is a Gr5 group: an itinerary segment with its check-in data.
type Leg struct {
	Flight
	Class string `json:"class,omitempty"` // C308 second component: booking class
	// OperatedBy is the TRA segment (guide 14.1 and later): the operating
	// flight of a codeshare.
	OperatedBy *Operating `json:"operatedBy,omitempty"`
	// Quantity and Status are RPI: number in party, status (HK, HN, ...).
	Quantity  string `json:"quantity,omitempty"`
	Status    string `json:"status,omitempty"`
	Equipment string `json:"equipment,omitempty"` // APD aircraft type
	SSRs      []SSR  `json:"ssrs,omitempty"`
	// Locators are the segment's RCI (the operating carrier's locator).
	Locators []RecordLocator `json:"locators,omitempty"`
	Remarks  []Remark        `json:"remarks,omitempty"`
	// CheckIns are the Gr6 groups: seats and bags of this leg, never summed
	// with other legs.
	CheckIns []CheckIn         `json:"checkIns,omitempty"`
	Unknown  []edifact.Segment `json:"unknown,omitempty"`
}

// Codeshare reports whether another carrier operates the leg, by TVL or TRA.
func (l *Leg) Codeshare() bool {
	op := l.OperatingCarrier
	if l.OperatedBy != nil && l.OperatedBy.Carrier != "" {
		op = l.OperatedBy.Carrier
	}
	return op != "" && op != l.Carrier
}

// Operating is a TRA segment: the operating carrier and flight of a codeshare.
type Operating struct {
	Carrier      string `json:"carrier"`
	FlightNumber string `json:"flightNumber,omitempty"`
	Class        string `json:"class,omitempty"`
}

// CheckIn is a Gr6 group: a check-in (DAT, ORG) and its travellers (Gr7).
type CheckIn struct {
	Dates     []Stamp           `json:"dates,omitempty"`
	Agent     *Org              `json:"agent,omitempty"`
	Boardings []Boarding        `json:"travelers"`
	Unknown   []edifact.Segment `json:"unknown,omitempty"`
}

// Boarding is a Gr7 group: one traveller's boarding number, seat and bags on
// one leg.
type Boarding struct {
	// Processing is TRI's first element, as sent.
	Processing string `json:"processing,omitempty"`
	// Number is the boarding or sequence number (SIN-168), TravelerRef the
	// traveller reference (fourth component of the same element); Field2 and Field3 the
	// components between, as sent.
	Number      string `json:"boardingNumber,omitempty"`
	Field2      string `json:"field2,omitempty"`
	Field3      string `json:"field3,omitempty"`
	TravelerRef string `json:"travelerRef,omitempty"`
	// Traveler is the TIF of the group, nil when absent.
	Traveler *Name `json:"traveler,omitempty"`
	// Seat is SSD's seat (011D); Cabin its cabin class (J).
	Seat    string            `json:"seat,omitempty"`
	Cabin   string            `json:"cabin,omitempty"`
	Bags    *Bags             `json:"bags,omitempty"`
	Unknown []edifact.Segment `json:"unknown,omitempty"`
}

// Bags is a TBD segment: the checked bags of one traveller on one leg.
type Bags struct {
	// Status is TBD's first element, as sent.
	Status string     `json:"status,omitempty"`
	Count  int        `json:"count"`
	Weight int        `json:"weight,omitempty"`
	Unit   WeightUnit `json:"unit,omitempty"` // 700 kg, 701 lb
	// Field3 is TBD's third element, as sent.
	Field3 string `json:"field3,omitempty"`
	// Pool is the pooling information (HP head of pool, and the pool's reference).
	Pool *BagPool `json:"pool,omitempty"`
	Tags []BagTag `json:"tags,omitempty"`
}

// BagPool is TBD's pooling element.
type BagPool struct {
	Indicator string `json:"indicator,omitempty"`
	Reference string `json:"reference,omitempty"`
}

// BagTag is one tag element of a TBD: `618:0123456789:2:ICN`.
type BagTag struct {
	Carrier     string `json:"carrier"` // numeric airline code of the tag
	Number      string `json:"number"`
	Count       int    `json:"count"` // consecutive tags from Number
	Destination string `json:"destination,omitempty"`
}
