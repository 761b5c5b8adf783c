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
	Adult  TravelerType = "A"
	Child  TravelerType = "C"
	Infant TravelerType = "IN"
)

// String returns "adult", "child", "infant", or the code as sent.
func (t TravelerType) String() string {
	switch t {
	case Adult:
		return "adult"
	case Child:
		return "child"
	case Infant:
		return "infant"
	}
	return string(t)
}

// Known reports whether the guide defines the code.
func (t TravelerType) Known() bool { return t == Adult || t == Child || t == Infant }

// IsInfant reports an infant without a seat, by type (IN, INF).
func (t TravelerType) IsInfant() bool { return t == Infant || t == "INF" }

// Gender is the gender code of SSR DOCS.
type Gender string

// Gender codes of SSR DOCS.
const (
	Male         Gender = "M"
	Female       Gender = "F"
	MaleInfant   Gender = "MI"
	FemaleInfant Gender = "FI"
	Undisclosed  Gender = "U"
	Unspecified  Gender = "X"
)

// String returns a readable name, or the code as sent.
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	case MaleInfant:
		return "male infant"
	case FemaleInfant:
		return "female infant"
	case Undisclosed:
		return "undisclosed"
	case Unspecified:
		return "unspecified"
	}
	return string(g)
}

// Known reports whether DOCS defines the code.
func (g Gender) Known() bool {
	switch g {
	case Male, Female, MaleInfant, FemaleInfant, Undisclosed, Unspecified:
		return true
	}
	return false
}

// Infant reports an infant's gender code (MI, FI).
func (g Gender) Infant() bool { return g == MaleInfant || g == FemaleInfant }

// WeightUnit is the unit qualifier of TBD.
type WeightUnit string

// Weight units of TBD.
const (
	Kilograms WeightUnit = "700"
	Pounds    WeightUnit = "701"
)

// String returns "kg", "lb", or the code as sent.
func (u WeightUnit) String() string {
	switch u {
	case Kilograms:
		return "kg"
	case Pounds:
		return "lb"
	}
	return string(u)
}

// Known reports whether TBD defines the code.
func (u WeightUnit) Known() bool { return u == Kilograms || u == Pounds }

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
