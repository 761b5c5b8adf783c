package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/report"
	"github.com/openpiu/piu/risk"
)

// reportCmd runs `piu report`: it evaluates the flights of the files as
// screen does and writes each flight's page for the officer (package
// report), to standard output or, with -o, to a file (FILE, then FILE-2.html
// and so on when the inputs hold several flights).
func reportCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("report")
	out := fs.String("o", "", "the HTML `file` to write (default: standard output, one flight only)")
	sc := screenFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	rs, flights, results, err := sc.run("report", fs.Args(), stdin)
	if err != nil {
		return err
	}
	return writeReports(stdout, *out, rs, flights, results)
}

// writeReports writes one page per flight.
func writeReports(stdout io.Writer, out string, rs *risk.Ruleset, flights []*manifest.Flight, results []*risk.Result) error {
	if len(flights) == 0 {
		return fmt.Errorf("report: the files hold no flight")
	}
	if out == "" && len(flights) > 1 {
		return fmt.Errorf("report: the files hold %d flights: name a file with -o, one page per flight", len(flights))
	}
	opts := &report.Options{Ruleset: rulesetName(rs)}
	for i, f := range flights {
		var page bytes.Buffer
		if err := report.HTML(&page, f, results[i], opts); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		if out == "" {
			_, err := stdout.Write(page.Bytes())
			return err
		}
		name := out
		if i > 0 {
			name = strings.TrimSuffix(out, filepath.Ext(out)) + fmt.Sprintf("-%d.html", i+1)
		}
		if err := os.WriteFile(name, page.Bytes(), 0o644); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	return nil
}

// rulesetName is the ruleset's name and version, as the page names it.
func rulesetName(rs *risk.Ruleset) string {
	if rs == nil {
		return ""
	}
	return strings.TrimSpace(rs.Name + " " + rs.Version)
}
