package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpiu/piu/edifact"
)

// formatDecoder turns the bytes of one input into the JSON value decode prints
// for a message format. Each format registers itself in formats (see paxlst.go
// and pnrgov.go), keyed by the UNH message type (0065).
type formatDecoder func(data []byte, strict bool) (any, error)

var formats = map[string]formatDecoder{}

// genericOutput is what decode prints for interchanges of no known format.
type genericOutput struct {
	Format       string                 `json:"format"`
	Interchanges []*edifact.Interchange `json:"interchanges"`
	Diagnostics  []edifact.Diagnostic   `json:"diagnostics"`
}

func decodeCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("decode")
	strict := fs.Bool("strict", false, "stop at the first defect")
	compact := fs.Bool("compact", false, "print one JSON document per line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("decode: name at least one FILE (or - for standard input)")
	}
	enc := json.NewEncoder(stdout)
	if !*compact {
		enc.SetIndent("", "  ")
	}
	for _, name := range fs.Args() {
		data, err := readInput(name, stdin)
		if err != nil {
			return err
		}
		out, err := decodeData(data, *strict)
		if out != nil {
			if e := enc.Encode(out); e != nil {
				return e
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// decodeData picks the format from the first message's type.
func decodeData(data []byte, strict bool) (any, error) {
	if dec, ok := formats[messageType(data)]; ok {
		return dec(data, strict)
	}
	doc, err := edifact.Parse(data, &edifact.ReadOptions{Strict: strict})
	out := genericOutput{Format: "EDIFACT", Interchanges: doc.Interchanges, Diagnostics: doc.Diagnostics}
	if out.Interchanges == nil {
		out.Interchanges = []*edifact.Interchange{}
	}
	if out.Diagnostics == nil {
		out.Diagnostics = []edifact.Diagnostic{}
	}
	return out, err
}

// messageType returns the UNH 0065 of the first message, reading only as far
// as that.
func messageType(data []byte) string {
	r := edifact.NewReader(bytesReader(data), &edifact.ReadOptions{ZeroCopy: true})
	for {
		seg, err := r.Read()
		if err != nil {
			return ""
		}
		if seg.Tag == "UNH" {
			return seg.Value(1, 0)
		}
	}
}
