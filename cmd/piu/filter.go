package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// filterCmd runs `piu filter`: the PNRGOV messages of a file with their
// sensitive data removed (package privacy), as EDIFACT or, with -format
// json, as the decoder's JSON; each removal (path, reason, rule: never the
// value) goes to standard error. One message is held at a time.
func filterCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("filter")
	format := fs.String("format", "edifact", "output: edifact or json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || (*format != "edifact" && *format != "json") {
		return fmt.Errorf("filter: usage: piu filter [-format edifact|json] FILE")
	}
	f, err := privacy.NewFilter(nil)
	if err != nil {
		return err
	}
	report := json.NewEncoder(stderr)
	return withInput(fs.Arg(0), stdin, func(in *input, typ string) error {
		if typ != "PNRGOV" {
			return fmt.Errorf("filter: a %q message: PNRGOV expected", typ)
		}
		return pnrgovMessages(in, func(m *pnrgov.Message) error {
			clean, removed := f.PNRGOV(m)
			for _, r := range removed {
				if err := report.Encode(r); err != nil {
					return err
				}
			}
			return writeMessage(stdout, *format, clean, func() ([]byte, error) {
				b, err := pnrgov.Encode(clean, pnrgov.EncodeOptions{LineBreaks: true})
				if err != nil {
					return nil, fmt.Errorf("filter: %w", err)
				}
				return b, nil
			})
		})
	})
}
