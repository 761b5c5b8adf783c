package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpiu/piu/manifest"
)

func decodeCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("decode")
	strict := fs.Bool("strict", false, "stop at the first defect")
	compact := fs.Bool("compact", false, "print one JSON document per line")
	assemble := fs.Bool("assemble", false, "read the FILEs as one input: the parts of a multi-part message, assembled")
	flights := fs.Bool("manifest", false, "print the flights of the FILEs (PAXLST and PNRGOV together), travellers linked")
	country := fs.String("country", "", "with -manifest: the receiving state (ISO 3166 alpha-2), for each flight's direction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("decode: name at least one FILE (or - for standard input)")
	}
	out := func() *jsonStream { return &jsonStream{w: stdout, indent: !*compact} }
	if *assemble {
		return assembleInputs(fs.Args(), stdin, *strict, out())
	}
	if *flights {
		return manifestCmd(fs.Args(), *country, stdin, stdout, !*compact)
	}
	for _, name := range fs.Args() {
		err := withInput(name, stdin, func(in *input, typ string) error {
			return decodeStream(in, typ, *strict, out())
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// manifestCmd prints {"flights": [...]}, the manifest.Flight view of every
// input; a flight view holds all its messages.
func manifestCmd(names []string, country string, stdin io.Reader, stdout io.Writer, indent bool) error {
	b := manifest.NewBuilder()
	b.Country = country
	for _, name := range names {
		err := withInput(name, stdin, func(in *input, typ string) error { return addMessages(b, in, typ) })
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	enc := json.NewEncoder(stdout)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(struct {
		Flights []*manifest.Flight `json:"flights"`
	}{b.Build()})
}

// decodeStream writes the decode document of one input of message type typ,
// message by message: memory is bounded by the largest message, not the input.
func decodeStream(r io.Reader, typ string, strict bool, out *jsonStream) error {
	f, ok := formats[typ]
	if !ok {
		f = decodeFormat{"segments", genericSegments}
		typ = "EDIFACT"
	}
	out.begin(typ, f.key)
	diags, err := f.decode(r, strict, out.emit)
	if out.err != nil {
		return out.err
	}
	if e := out.end(diags); e != nil {
		return e
	}
	return err
}

// decodeBytes is decodeStream for a built-in sample: it returns the
// document's compact JSON.
func decodeBytes(data []byte, strict bool) ([]byte, error) {
	var b bytes.Buffer
	err := decodeStream(bytes.NewReader(data), manifest.Detect(data), strict, &jsonStream{w: &b})
	return b.Bytes(), err
}
