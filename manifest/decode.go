package manifest

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// ErrFormat is returned for an input that holds neither PAXLST nor PNRGOV.
var ErrFormat = errors.New("manifest: input holds neither PAXLST nor PNRGOV")

// Detect returns the message type (UNH 0065) of the first message in data:
// "PAXLST", "PNRGOV", "CUSRES", ... or "" when there is none. data may be
// the beginning of a longer input: a UNH it ends inside does not count.
func Detect(data []byte) string {
	r := edifact.NewReader(bytes.NewReader(data), &edifact.ReadOptions{ZeroCopy: true})
	for {
		seg, err := r.Read()
		if err != nil {
			return ""
		}
		if seg.Tag == "UNH" {
			end := r.InputOffset()
			if end > int64(len(data)) || data[end-1] != r.Separators().Terminator {
				return "" // cut by the end of data
			}
			return seg.Value(1, 0)
		}
	}
}

// Decode decodes data, a PAXLST or PNRGOV input (Detect tells which), with
// the package's lenient defaults, adds its messages and returns the
// decoder's diagnostics. An error is a limit, input that is not EDIFACT, or
// ErrFormat; the messages decoded before it are added all the same.
func (b *Builder) Decode(data []byte) ([]edifact.Diagnostic, error) {
	switch typ := Detect(data); typ {
	case string(FormatPAXLST):
		res, err := paxlst.Decode(data, nil)
		if res == nil {
			return nil, err
		}
		for _, m := range res.Messages {
			b.AddPAXLST(m)
		}
		return res.Diagnostics, err
	case string(FormatPNRGOV):
		res, err := pnrgov.Decode(data, nil)
		if res == nil {
			return nil, err
		}
		for _, m := range res.Messages {
			b.AddPNRGOV(m)
		}
		return res.Diagnostics, err
	case "":
		return nil, ErrFormat
	default:
		return nil, fmt.Errorf("%w: %s messages", ErrFormat, safeType(typ))
	}
}

// safeType returns a message type fit for an error text: six letters or
// digits, else nothing of the input.
func safeType(s string) string {
	if len(s) > 6 {
		return "other"
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return "other"
		}
	}
	return s
}
