package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

// validateCmd reads each file leniently, so that every defect is listed rather
// than only the first, and judges the diagnostics as strict mode would: every
// warning is an error. It exits 1 when any file has an error. Each file is
// streamed through its format's decoder, holding one message at a time.
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
		err := withInput(name, stdin, func(in *input, typ string) error {
			diags, err := validateStream(in, typ)
			if verdict(stdout, name, diags, err) {
				bad = true
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if bad {
		return exitError(1)
	}
	return nil
}

// validateStream returns the syntax diagnostics of one input, then those of
// its format's decoder, then the findings of the format's validation (for
// PAXLST, paxlst.Validate), and the error that stopped reading.
func validateStream(r io.Reader, typ string) ([]edifact.Diagnostic, error) {
	f, ok := formats[typ]
	if !ok {
		return syntaxDiagnostics(r)
	}
	var findings []edifact.Diagnostic
	diags, err := f.decode(r, false, func(m any) error {
		if m, ok := m.(*paxlst.Message); ok {
			findings = append(findings, paxlstFindings(m)...)
		}
		return nil
	})
	prefix := "pnrgov-"
	if typ != "PNRGOV" {
		prefix = "paxlst-"
	}
	var syntax, own []edifact.Diagnostic
	for _, d := range diags {
		if strings.HasPrefix(string(d.Code), prefix) {
			own = append(own, d)
		} else {
			syntax = append(syntax, d)
		}
	}
	return append(append(syntax, own...), findings...), err
}

// syntaxDiagnostics reads an input of no known format segment by segment.
func syntaxDiagnostics(r io.Reader) ([]edifact.Diagnostic, error) {
	rd := edifact.NewReader(r, &edifact.ReadOptions{ZeroCopy: true})
	for {
		if _, err := rd.Read(); err != nil {
			if err == io.EOF {
				err = nil
			}
			return rd.Diagnostics(), err
		}
	}
}

// paxlstFindings are the findings of paxlst.Validate, placed at the UNH of
// their message.
func paxlstFindings(m *paxlst.Message) []edifact.Diagnostic {
	var out []edifact.Diagnostic
	for _, f := range paxlst.Validate(m, paxlst.ValidateOptions{}) {
		out = append(out, edifact.Diagnostic{Severity: f.Severity, Code: f.Code, Segment: -1, Tag: "UNH",
			Message: "message " + m.Envelope.Header.Reference + ": " + f.Path + ": " + f.Message})
	}
	return out
}

// verdict prints the verdict on one file and says whether it has errors.
func verdict(w io.Writer, name string, diags []edifact.Diagnostic, err error) bool {
	errors := 0
	for _, d := range diags {
		if d.Severity == edifact.Warning {
			d.Severity = edifact.Error
		}
		if d.Severity == edifact.Error {
			errors++
		}
		fmt.Fprintf(w, "%s: %s\n", name, d)
	}
	if err != nil && len(diags) == 0 {
		fmt.Fprintf(w, "%s: %v\n", name, err)
		errors++
	}
	if errors > 0 {
		fmt.Fprintf(w, "%s: %d errors\n", name, errors)
		return true
	}
	fmt.Fprintf(w, "%s: valid\n", name)
	return false
}
