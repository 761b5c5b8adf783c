package edifact

import "fmt"

// Separators are an interchange's service characters (UNA, ISO 9735 part 1, 4.1).
type Separators struct {
	Component  byte // UNA1, default ':'
	Element    byte // UNA2, default '+'
	Decimal    byte // UNA3, '.' or ','
	Release    byte // UNA4, default '?'; 0 means none
	Repetition byte // UNA5 in syntax version 4; 0 means none
	Terminator byte // UNA6, default '\''
}

// DefaultSeparators are the level A defaults that apply when there is no UNA.
// Repetition is 0: a repetition separator applies only where a version 4
// interchange declares one in UNA position 5.
var DefaultSeparators = Separators{
	Component:  ':',
	Element:    '+',
	Decimal:    '.',
	Release:    '?',
	Terminator: '\'',
}

// levelBSeparators are ISO 9735's defaults for level B character sets (IS1..IS4),
// used when an interchange without UNA starts UNB followed by GS.
var levelBSeparators = Separators{
	Component:  0x1F,
	Element:    0x1D,
	Decimal:    '.',
	Release:    0,
	Repetition: 0,
	Terminator: 0x1C,
}

// una returns the service string advice for s: "UNA" and six characters.
// A missing release or repetition character is written as a space.
func (s Separators) una() string {
	orSpace := func(b byte) byte {
		if b == 0 {
			return ' '
		}
		return b
	}
	return string([]byte{'U', 'N', 'A', s.Component, s.Element, s.Decimal, orSpace(s.Release),
		orSpace(s.Repetition), s.Terminator})
}

// MarshalText writes the six service characters in UNA order, a space for an
// absent release or repetition character: ":+.? '".
func (s Separators) MarshalText() ([]byte, error) { return []byte(s.una()[3:]), nil }

// UnmarshalText reads the form MarshalText writes.
func (s *Separators) UnmarshalText(b []byte) error {
	if len(b) != 6 {
		return fmt.Errorf("%w: separators need six characters", ErrUNA)
	}
	*s = Separators{b[0], b[1], b[2], b[3], b[4], b[5]}
	if s.Release == ' ' {
		s.Release = 0
	}
	if s.Repetition == ' ' {
		s.Repetition = 0
	}
	return nil
}

// Validate reports whether s can delimit an interchange: the four delimiters and
// the release and repetition characters (where set) all differ, and none is a
// letter, a digit or a space.
func (s Separators) Validate() error {
	chars := []byte{s.Component, s.Element, s.Terminator}
	if s.Release != 0 {
		chars = append(chars, s.Release)
	}
	if s.Repetition != 0 {
		chars = append(chars, s.Repetition)
	}
	for i, c := range chars {
		if c == ' ' || c == 0 || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			return fmt.Errorf("%w: service character %q is not usable", ErrUNA, c)
		}
		for _, d := range chars[i+1:] {
			if c == d {
				return fmt.Errorf("%w: service character %q used twice", ErrUNA, c)
			}
		}
	}
	return nil
}
