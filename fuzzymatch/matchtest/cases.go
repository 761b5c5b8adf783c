package matchtest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Case is one labelled pair of names, as in the nomenklatura name benchmark
// (columns case_group, schema, name1, name2, is_match, quality, category,
// notes).
type Case struct {
	Group    string `json:"caseGroup"`
	Schema   string `json:"schema"` // Person, Company, Organization, ...
	A        string `json:"name1"`
	B        string `json:"name2"`
	Match    bool   `json:"isMatch"`
	Quality  string `json:"quality,omitempty"`
	Category string `json:"category,omitempty"`
	Notes    string `json:"notes,omitempty"`
	Line     int    `json:"line,omitempty"` // line in the CSV file, 0 for cases built in memory
}

// ErrCaseHeader reports a CSV file whose header lacks a required column.
var ErrCaseHeader = errors.New("matchtest: case file header lacks name1, name2 or is_match")

// CaseError reports a malformed record in a case file. Its text carries the
// position and the column, never the names.
type CaseError struct {
	Line   int    // 1-based line of the record
	Column string // the offending column
	Err    error
}

func (e *CaseError) Error() string {
	return fmt.Sprintf("matchtest: case file line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *CaseError) Unwrap() error { return e.Err }

// ReadCases reads labelled pairs from CSV with a header row. Columns are
// found by name: name1, name2 and is_match are required; case_group, schema,
// quality, category and notes are optional. is_match accepts true/false,
// 1/0, yes/no.
func ReadCases(r io.Reader) ([]Case, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, ErrCaseHeader
		}
		return nil, fmt.Errorf("matchtest: case file header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, req := range []string{"name1", "name2", "is_match"} {
		if _, ok := col[req]; !ok {
			return nil, ErrCaseHeader
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	var out []Case
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return out, &CaseError{Line: pe.Line, Column: strconv.Itoa(pe.Column), Err: pe.Err}
			}
			return out, fmt.Errorf("matchtest: case file: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if col["is_match"] >= len(rec) || col["name1"] >= len(rec) || col["name2"] >= len(rec) {
			return out, &CaseError{Line: line, Column: "is_match", Err: errors.New("too few fields")}
		}
		m, ok := parseBool(get(rec, "is_match"))
		if !ok {
			return out, &CaseError{Line: line, Column: "is_match", Err: errors.New("not a boolean")}
		}
		out = append(out, Case{
			Group: get(rec, "case_group"), Schema: get(rec, "schema"),
			A: get(rec, "name1"), B: get(rec, "name2"), Match: m,
			Quality: get(rec, "quality"), Category: get(rec, "category"), Notes: get(rec, "notes"),
			Line: line,
		})
	}
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "y", "t":
		return true, true
	case "false", "0", "no", "n", "f":
		return false, true
	}
	return false, false
}

// Filter returns the cases for which keep is true.
func Filter(cases []Case, keep func(Case) bool) []Case {
	var out []Case
	for _, c := range cases {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}
