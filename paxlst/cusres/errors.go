package cusres

import (
	"errors"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// Sentinel errors, named as in paxlst and pnrgov.
var (
	// ErrNoMessage: the input holds no CUSRES message.
	ErrNoMessage = errors.New("cusres: no CUSRES message in the input")
	// ErrGrammar: strict decoding met a segment outside the message grammar;
	// see DecodeError.
	ErrGrammar = errors.New("cusres: segment outside the CUSRES message grammar")
	// ErrValue: strict decoding met a malformed value; see DecodeError.
	ErrValue = errors.New("cusres: malformed value")
	// ErrEncode: a response cannot be written.
	ErrEncode = errors.New("cusres: response cannot be encoded")
)

// DecodeError is a content defect met in strict mode. Like the diagnostic it
// wraps (with paxlst's codes), its text holds positions and codes, never
// passenger data.
type DecodeError struct {
	edifact.Diagnostic
}

func (e *DecodeError) Error() string { return "cusres: " + e.Diagnostic.String() }

// Unwrap returns ErrGrammar or ErrValue, as paxlst classes the code.
func (e *DecodeError) Unwrap() error {
	if errors.Is(&paxlst.DecodeError{Diagnostic: e.Diagnostic}, paxlst.ErrValue) {
		return ErrValue
	}
	return ErrGrammar
}
