package privacy

import (
	"fmt"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
)

// Unmasker re-personalises depersonalised messages from their sealed
// values (EU directive 2016/681 art. 12(3): only with the approval of a
// judicial or other independent authority, which holds the UnsealKey).
type Unmasker struct{ key UnsealKey }

// NewUnmasker returns an Unmasker with the private half of the sealing key.
func NewUnmasker(k UnsealKey) *Unmasker { return &Unmasker{key: k} }

// PNRGOV returns a copy of msg with every masked value restored from
// sealed (Masking.Sealed). msg is not changed. The documents the decoder
// reads from SSR DOCS (Traveler.Documents) are restored where msg holds
// them masked; a message decoded from masked EDIFACT holds none, and
// gets them by decoding the restored message again.
func (u *Unmasker) PNRGOV(msg *pnrgov.Message, sealed []byte) (*pnrgov.Message, error) {
	w, err := u.begin(sealed)
	if err != nil {
		return nil, err
	}
	out := *msg
	walkPNRGOV(&walker{unmask: w}, &out)
	if err := w.end(); err != nil {
		return nil, err
	}
	return &out, nil
}

// PAXLST returns a copy of msg with every masked value restored from
// sealed. msg is not changed.
func (u *Unmasker) PAXLST(msg *paxlst.Message, sealed []byte) (*paxlst.Message, error) {
	w, err := u.begin(sealed)
	if err != nil {
		return nil, err
	}
	out := *msg
	walkPAXLST(&walker{unmask: w}, &out)
	if err := w.end(); err != nil {
		return nil, err
	}
	return &out, nil
}

// Flight returns a copy of a masked flight (Masker.Flight) with every
// masked value restored from sealed. f is not changed.
func (u *Unmasker) Flight(f *manifest.Flight, sealed []byte) (*manifest.Flight, error) {
	w, err := u.begin(sealed)
	if err != nil {
		return nil, err
	}
	out := *f
	walkFlight(&walker{unmask: w}, &out)
	if err := w.end(); err != nil {
		return nil, err
	}
	return &out, nil
}

func (u *Unmasker) begin(sealed []byte) (*unmasking, error) {
	plain, err := open(u.key, sealed)
	if err != nil {
		return nil, err
	}
	sv, err := readEntries(plain)
	clear(plain)
	if err != nil {
		return nil, err
	}
	return &unmasking{sv: sv}, nil
}

// unmasking is the visitor of one unmasking.
type unmasking struct {
	sv      *sealedValues
	missing int
	path    []byte
}

func (w *unmasking) str(s *string) {
	id, ok := parsePseudonym(*s)
	if !ok {
		return
	}
	if v, ok := w.sv.texts[id]; ok {
		*s = v
		return
	}
	w.missing++
}

func (w *unmasking) date(at *fieldPath, d *civil.Date) {
	if !d.Partial() {
		return
	}
	w.path = at.appendTo(w.path[:0])
	if x, ok := w.sv.dates[string(w.path)]; ok && x.Year == d.Year {
		*d = x
		return
	}
	w.missing++
}

// end reports masked values the sealed values did not have: they were
// sealed with another message.
func (w *unmasking) end() error {
	if w.missing > 0 {
		return fmt.Errorf("%w: %d masked values are not among them: they were sealed with another message", ErrSealed, w.missing)
	}
	return nil
}
