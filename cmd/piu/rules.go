package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/openpiu/piu/risk"
)

// rulesCmd runs `piu rules check`: it compiles a ruleset, this SDK's
// format or a GTAS UDR file, and prints each rule in plain language, with
// every compile error by rule and condition id.
func rulesCmd(args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "check" {
		return fmt.Errorf("rules: usage: piu rules check [-lists LISTS.json] RULES.json")
	}
	fs := newFlags("rules check")
	listsFile := fs.String("lists", "", "reference lists `file` the rules' member_of conditions name (JSON)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("rules: usage: piu rules check [-lists LISTS.json] RULES.json")
	}
	f, err := readRulesFile(fs.Arg(0))
	if err != nil {
		return err
	}
	lists, err := readListsFile(*listsFile)
	if err != nil {
		return err
	}
	rs, err := risk.CompileFile(f, &risk.CompileOptions{Lists: lists})
	var errs risk.CompileErrors
	if err != nil && !errors.As(err, &errs) {
		return err
	}
	writeRules(stdout, f, errs)
	if len(errs) > 0 {
		fmt.Fprintf(stdout, "%d of %d rules do not compile.\n", len(byRule(errs)), len(f.Rules))
		return exitError(1)
	}
	fmt.Fprintf(stdout, "%d rules compile; ruleset hash %s\n", rs.Len(), rs.Hash())
	for _, l := range rs.Lists() {
		fmt.Fprintf(stdout, "uses list %s version %s\n", l.Name, l.Version)
	}
	if due := rs.DueForReview(time.Now()); len(due) > 0 {
		fmt.Fprintf(stdout, "due for review: %s\n", strings.Join(due, ", "))
	}
	return nil
}

// readRulesFile reads a rules file in either format, told apart by its
// content.
func readRulesFile(name string) (*risk.File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var f risk.File
	if err := f.UnmarshalJSON(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &f, nil
}

// readListsFile reads reference lists; "" is none.
func readListsFile(name string) (map[string]*risk.RefList, error) {
	if name == "" {
		return nil, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	lists, err := risk.ReadLists(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return lists, nil
}

// byRule groups compile errors by the rule they name.
func byRule(errs risk.CompileErrors) map[string][]*risk.CompileError {
	m := map[string][]*risk.CompileError{}
	for _, e := range errs {
		m[e.Rule] = append(m[e.Rule], e)
	}
	return m
}

// writeRules prints each rule: its metadata, scope and condition in plain
// language, then its errors. Rule text comes from the file: control and
// bidi characters are stripped before they reach a terminal.
func writeRules(w io.Writer, f *risk.File, errs risk.CompileErrors) {
	if f.Name != "" || f.Version != "" {
		fmt.Fprintf(w, "ruleset %s, version %s\n\n", printable(f.Name), printable(f.Version))
	}
	failed := byRule(errs)
	for i, r := range f.Rules {
		id := r.ID
		if id == "" {
			id = fmt.Sprintf("#%d", i+1)
		}
		tw := tabwriter.NewWriter(w, 0, 4, 1, ' ', 0)
		status := r.Status
		if status == "" {
			status = risk.StatusActive
		}
		fmt.Fprintf(tw, "%s v%d\t%s\n", printable(id), r.Version, printable(r.Title))
		fmt.Fprintf(tw, "  \t%s, %s, weight %g, %s\n", orDash(string(r.Severity)), orDash(printable(r.Category)), r.Weight, status)
		fmt.Fprintf(tw, "  applies to\t%s\n", printable(r.Scope.String()))
		fmt.Fprintf(tw, "  hits when\t%s\n", printable(r.When.String()))
		if r.HitCap > 0 {
			fmt.Fprintf(tw, "  hit cap\t%d per flight\n", r.HitCap)
		}
		if !r.ReviewBy.IsZero() {
			fmt.Fprintf(tw, "  review by\t%s\n", r.ReviewBy)
		}
		for _, e := range failed[id] {
			where := "rule"
			if e.Condition != "" {
				where = "condition " + printable(e.Condition)
			}
			fmt.Fprintf(tw, "  ERROR\t%s: %s\n", where, printable(e.Reason))
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	for _, e := range failed["*"] {
		fmt.Fprintf(w, "ERROR ruleset: %s\n", printable(e.Reason))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// printable drops control characters and the bidi controls that could
// reorder what a terminal shows.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			return -1
		case r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			return -1
		}
		return r
	}, s)
}
