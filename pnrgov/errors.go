package pnrgov

import (
	"encoding/json"
	"errors"

	"github.com/openpiu/piu/edifact"
)

// Sentinel errors. A *DecodeError unwraps to one of them.
var (
	// ErrNoMessage: the input holds no PNRGOV message.
	ErrNoMessage = errors.New("pnrgov: no PNRGOV message in the input")
	// ErrGrammar: a segment outside the PNRGOV grammar (strict mode).
	ErrGrammar = errors.New("pnrgov: segment out of the message grammar")
	// ErrValue: a malformed or missing value (strict mode).
	ErrValue = errors.New("pnrgov: malformed value")
	// ErrVersion: a UNH version outside 10.1..21.1 (strict mode).
	ErrVersion = errors.New("pnrgov: unsupported guide version")
	// ErrEncode: a message that cannot be encoded.
	ErrEncode = errors.New("pnrgov: cannot encode")
)

// DecodeError is a PNRGOV-level defect returned as an error in strict mode.
// Like every diagnostic it carries a position and never passenger data.
type DecodeError struct {
	edifact.Diagnostic
}

func (e *DecodeError) Error() string { return "pnrgov: " + e.Diagnostic.String() }

// Unwrap returns the sentinel of the diagnostic's code.
func (e *DecodeError) Unwrap() error { return codeErr(e.Code) }

// MarshalJSON writes the diagnostic.
func (e *DecodeError) MarshalJSON() ([]byte, error) { return json.Marshal(e.Diagnostic) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
