package main

import (
	"fmt"
	"io"
)

// assembleInputs decodes several FILEs as one input, in the order given: the
// parts of a multi-part message (UNH 0068 and S010), often sent as separate
// transmissions, come out as one message, and the parts that did not arrive
// are reported as diagnostics by the format's decoder. Offsets count from the
// start of the first FILE. The FILEs must hold one message type.
func assembleInputs(names []string, stdin io.Reader, strict bool, out *jsonStream) error {
	var inputs []*input
	defer func() {
		for _, in := range inputs {
			in.close()
		}
	}()
	typ := ""
	readers := make([]io.Reader, 0, len(names))
	for _, name := range names {
		in, err := openInput(name, stdin)
		if err != nil {
			return err
		}
		inputs = append(inputs, in)
		t := in.messageType()
		if typ == "" {
			typ = t
		}
		if t != typ {
			return fmt.Errorf("decode -assemble: %s holds %q messages, %s %q", name, t, names[0], typ)
		}
		readers = append(readers, in)
	}
	return decodeStream(io.MultiReader(readers...), typ, strict, out)
}
