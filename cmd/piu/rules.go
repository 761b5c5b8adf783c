package main

import (
	"errors"
	"fmt"
	"io"
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
	data, err := readSmall(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if risk.IsGTAS(data) {
		f, err := risk.ReadGTAS(data)
		if err != nil {
			return nil, fmt.Errorf("%s (GTAS UDR): %w", name, err)
		}
		return f, nil
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
	data, err := readSmall(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
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
	switch {
	case f.Version != "":
		fmt.Fprintf(w, "ruleset %s, version %s\n\n", clean(f.Name), clean(f.Version))
	case f.Name != "":
		fmt.Fprintf(w, "ruleset %s\n\n", clean(f.Name))
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
		fmt.Fprintf(tw, "%s v%d\t%s\n", clean(id), r.Version, clean(r.Title))
		weight := "the severity's weight"
		if r.Weight != 0 {
			weight = fmt.Sprintf("weight %g", r.Weight)
		}
		fmt.Fprintf(tw, "  \t%s, %s, %s, %s\n", orDash(string(r.Severity)), orDash(clean(r.Category)), weight, status)
		fmt.Fprintf(tw, "  applies to\t%s\n", clean(r.Scope.String()))
		fmt.Fprintf(tw, "  hits when\t%s\n", clean(r.When.String()))
		if r.HitCap > 0 {
			fmt.Fprintf(tw, "  hit cap\t%d per flight\n", r.HitCap)
		}
		if !r.ReviewBy.IsZero() {
			fmt.Fprintf(tw, "  review by\t%s\n", r.ReviewBy)
		}
		for _, e := range failed[id] {
			where := "rule"
			if e.Condition != "" {
				where = "condition " + clean(e.Condition)
			}
			fmt.Fprintf(tw, "  ERROR\t%s: %s\n", where, clean(e.Reason))
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	for _, e := range failed["*"] {
		fmt.Fprintf(w, "ERROR ruleset: %s\n", clean(e.Reason))
	}
}
