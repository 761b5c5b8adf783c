package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/openpiu/piu/edifact"
)

// validators add a format's own findings (paxlst.Validate, ...) to validate.
// Each returns diagnostics; registered by the format files.
var validators = map[string]func(data []byte) ([]edifact.Diagnostic, error){}

// validateCmd reads each file leniently, so that every defect is listed rather
// than only the first, and judges the diagnostics as strict mode would: every
// warning is an error. It exits 1 when any file has an error.
func validateCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("validate")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("validate: name at least one FILE (or - for standard input)")
	}
	bad := false
	for _, name := range fs.Args() {
		data, err := readInput(name, stdin)
		if err != nil {
			return err
		}
		doc, err := edifact.Parse(data, nil)
		diags := doc.Diagnostics
		if err == nil {
			if v, ok := validators[messageType(data)]; ok {
				more, verr := v(data)
				if verr != nil {
					return fmt.Errorf("%s: %w", name, verr)
				}
				diags = append(diags, more...)
			}
		}
		errors := 0
		for _, d := range diags {
			if d.Severity == edifact.Warning {
				d.Severity = edifact.Error
			}
			if d.Severity == edifact.Error {
				errors++
			}
			fmt.Fprintf(stdout, "%s: %s\n", name, d)
		}
		if err != nil && len(diags) == 0 {
			fmt.Fprintf(stdout, "%s: %v\n", name, err)
			errors++
		}
		if errors > 0 {
			bad = true
			fmt.Fprintf(stdout, "%s: %d errors\n", name, errors)
		} else {
			fmt.Fprintf(stdout, "%s: valid\n", name)
		}
	}
	if bad {
		return exitError(1)
	}
	return nil
}

// ownDiagnostics keeps the diagnostics a format decoder adds to the syntax
// level's (their codes start with prefix): validate has the others already.
func ownDiagnostics(diags []edifact.Diagnostic, prefix string) []edifact.Diagnostic {
	var out []edifact.Diagnostic
	for _, d := range diags {
		if strings.HasPrefix(string(d.Code), prefix) {
			out = append(out, d)
		}
	}
	return out
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
