package ssr

import (
	"errors"
	"strconv"
)

// ErrText: SSR free text (DOCS, DOCO, DOCA, FOID) that does not parse. An
// *Error unwraps to it.
var ErrText = errors.New("ssr: malformed SSR free text")

// Error reports SSR free text that does not parse. Field names the field
// (birthDate, expiryDate, ...) and Position its 1-based slash-separated place;
// the text itself is never included.
type Error struct {
	Code     string // DOCS, DOCO, DOCA, FOID
	Field    string
	Position int
}

func (e *Error) Error() string {
	return "ssr: SSR " + e.Code + ": field " + strconv.Itoa(e.Position) + " (" + e.Field + ") malformed"
}

// Unwrap returns ErrText.
func (e *Error) Unwrap() error { return ErrText }
