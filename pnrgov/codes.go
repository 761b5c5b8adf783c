package pnrgov

// Codes are kept exactly as the message sends them: a code this package does
// not know is still carried, printed and encoded as sent. JSON writes the code
// itself; String gives a readable name for known codes and the code otherwise.

// PushType is MSG C302 1225, the message function.
type PushType string

// Push types of the PNRGOV guide.
const (
	PushFull    PushType = "22"  // full push of every PNR on the flight
	PushChanges PushType = "141" // changes only: PNRs changed since the last push
	PushAck     PushType = "23"  // ACKRES answer
)

// String returns "full", "changes", "ack", or the code as sent.
func (p PushType) String() string {
	switch p {
	case PushFull:
		return "full"
	case PushChanges:
		return "changes"
	case PushAck:
		return "ack"
	}
	return string(p)
}

// Known reports whether the guide defines the code.
func (p PushType) Known() bool { return p == PushFull || p == PushChanges || p == PushAck }

// TravelerType is TIF C324 6353.
type TravelerType string

// Traveller types of the PNRGOV guide.
const (
	TravelerAdult  TravelerType = "A"
	TravelerChild  TravelerType = "C"
	TravelerInfant TravelerType = "IN"
)

// String returns "adult", "child", "infant", or the code as sent.
func (t TravelerType) String() string {
	switch t {
	case TravelerAdult:
		return "adult"
	case TravelerChild:
		return "child"
	case TravelerInfant:
		return "infant"
	}
	return string(t)
}

// Known reports whether the guide defines the code.
func (t TravelerType) Known() bool {
	return t == TravelerAdult || t == TravelerChild || t == TravelerInfant
}

// Infant reports an infant without a seat, by type (IN, INF).
func (t TravelerType) Infant() bool { return t == TravelerInfant || t == "INF" }

// WeightUnit is the unit qualifier of TBD.
type WeightUnit string

// Weight units of TBD.
const (
	WeightKilograms WeightUnit = "700"
	WeightPounds    WeightUnit = "701"
)

// String returns "kg", "lb", or the code as sent.
func (u WeightUnit) String() string {
	switch u {
	case WeightKilograms:
		return "kg"
	case WeightPounds:
		return "lb"
	}
	return string(u)
}

// Known reports whether TBD defines the code.
func (u WeightUnit) Known() bool { return u == WeightKilograms || u == WeightPounds }

// ContactKind says what a Contact holds.
type ContactKind string

// Contact kinds.
const (
	ContactAddress ContactKind = "address"
	ContactPhone   ContactKind = "phone"
	ContactEmail   ContactKind = "email"
)

// String returns the kind.
func (k ContactKind) String() string { return string(k) }
