package watchlist

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The national list CSV format. The first record is a header naming the
// columns, in any order; only id is required, and a column not listed here
// is an error (a misspelt column would otherwise lose data silently).
// Multi-valued columns separate their items with "|".
//
//	id             unique id of the entry (required)
//	source         the list's name
//	category       individual, entity, vessel, aircraft, document or empty
//	surname        primary name, surname part
//	given          primary name, given names
//	name           primary name whole, when surname and given are not used
//	aliases        a.k.a. names (strong)
//	weak_aliases   a.k.a. names of low quality
//	former_names   f.k.a. names
//	original_names names in their original script
//	birth_dates    YYYY-MM-DD, YYYY-MM, YYYY, FROM..TO; "~" in front: approximate
//	gender         M or F
//	nationalities  ISO 3166-1 codes or English names
//	documents      TYPE:COUNTRY:NUMBER (type and country may be empty)
//	programs       list sections or regimes
//	remarks        free text
//
// An entry needs at least one name or one document: a list of lost or
// stolen documents uses category "document" and only the documents column.
var nationalColumns = []string{
	"id", "source", "category", "surname", "given", "name", "aliases", "weak_aliases",
	"former_names", "original_names", "birth_dates", "gender", "nationalities",
	"documents", "programs", "remarks",
}

// LoadCSV reads a national list in the CSV format above.
func LoadCSV(r io.Reader) ([]Entry, error) {
	const input = "national CSV"
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &ParseError{Input: input, Line: 1, Offset: 0, Err: fmt.Errorf("%w: no header", ErrMissing)}
		}
		return nil, csvError(input, cr, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		known := false
		for _, c := range nationalColumns {
			known = known || c == h
		}
		if !known {
			return nil, &ParseError{Input: input, Line: 1, Offset: -1, Field: "column " + strconv.Itoa(i+1), Err: fmt.Errorf("%w: unknown column", ErrValue)}
		}
		if _, dup := col[h]; dup {
			return nil, &ParseError{Input: input, Line: 1, Offset: -1, Field: h, Err: fmt.Errorf("%w: column appears twice", ErrDuplicate)}
		}
		col[h] = i
	}
	if _, ok := col["id"]; !ok {
		return nil, &ParseError{Input: input, Line: 1, Offset: -1, Field: "id", Err: fmt.Errorf("%w: no id column", ErrMissing)}
	}
	var out []Entry
	seen := map[string]bool{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, csvError(input, cr, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(c string) string {
			if i, ok := col[c]; ok {
				return strings.TrimSpace(strings.ToValidUTF8(rec[i], "\uFFFD"))
			}
			return ""
		}
		list := func(c string) []string {
			var items []string
			for _, s := range strings.Split(get(c), "|") {
				if s = strings.TrimSpace(s); s != "" {
					items = append(items, s)
				}
			}
			return items
		}
		fail := func(field string, err error) error {
			return &ParseError{Input: input, Line: line, Offset: -1, Field: field, Err: err}
		}
		e := Entry{ID: get("id"), Source: get("source"), Remarks: get("remarks"), Programs: list("programs"), Nationalities: list("nationalities")}
		var ok bool
		if e.Category, ok = ParseCategory(get("category")); !ok {
			return nil, fail("category", fmt.Errorf("%w: unknown category", ErrValue))
		}
		if g := get("gender"); g != "" {
			if e.Gender = ParseGender(g); e.Gender == GenderUnknown && !strings.EqualFold(g, "U") && !strings.EqualFold(g, "X") {
				return nil, fail("gender", fmt.Errorf("%w: gender is not M, F, U or X", ErrValue))
			}
		}
		if p := (Name{Surname: get("surname"), Given: get("given"), Full: get("name"), Kind: NamePrimary}); p.Surname != "" || p.Given != "" || p.Full != "" {
			if p.Full == "" {
				p.Full = p.Text()
			}
			e.Names = append(e.Names, p)
		}
		for _, k := range []struct {
			col  string
			kind NameKind
			q    Quality
		}{{"aliases", NameAlias, QualityStrong}, {"weak_aliases", NameAlias, QualityWeak}, {"former_names", NameFormer, QualityStrong}, {"original_names", NameOriginalScript, QualityStrong}} {
			for _, n := range list(k.col) {
				e.Names = append(e.Names, Name{Full: n, Kind: k.kind, Quality: k.q})
			}
		}
		for _, s := range list("birth_dates") {
			b, err := ParseBirthDate(s)
			if err != nil {
				return nil, fail("birth_dates", err)
			}
			e.BirthDates = append(e.BirthDates, b)
		}
		for _, s := range list("documents") {
			parts := strings.SplitN(s, ":", 3)
			if len(parts) != 3 || strings.TrimSpace(parts[2]) == "" {
				return nil, fail("documents", fmt.Errorf("%w: document is not TYPE:COUNTRY:NUMBER", ErrValue))
			}
			e.Documents = append(e.Documents, Document{Type: strings.TrimSpace(parts[0]), IssuingCountry: strings.TrimSpace(parts[1]), Number: strings.TrimSpace(parts[2])})
		}
		if field, err := validateEntry(&e); err != nil {
			if field == "birthDates" {
				field = "birth_dates"
			}
			return nil, fail(field, err)
		}
		if seen[e.ID] {
			return nil, fail("id", ErrDuplicate)
		}
		seen[e.ID] = true
		out = append(out, e)
	}
}

func csvError(input string, cr *csv.Reader, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Input: input, Line: pe.Line, Offset: cr.InputOffset(), Field: "column " + strconv.Itoa(pe.Column), Err: fmt.Errorf("%w: %w", ErrSyntax, pe.Err)}
	}
	return &ParseError{Input: input, Offset: cr.InputOffset(), Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
}

// validateEntry checks what every loader and NewIndex require of an entry.
// field is the JSON name of the field at fault (LoadCSV gives its column).
func validateEntry(e *Entry) (field string, err error) {
	if strings.TrimSpace(e.ID) == "" {
		return "id", ErrMissing
	}
	named := false
	for _, n := range e.Names {
		named = named || strings.TrimSpace(n.Text()) != ""
	}
	if !named && len(e.Documents) == 0 {
		return "names", fmt.Errorf("%w: an entry needs a name or a document", ErrMissing)
	}
	for _, b := range e.BirthDates {
		if !b.From.IsZero() && !b.From.ValidPartial() || !b.To.IsZero() && !b.To.ValidPartial() {
			return "birthDates", fmt.Errorf("%w: birth date is not a date", ErrValue)
		}
	}
	return "", nil
}

// WriteCSV writes entries in the national CSV format, all columns, so that
// LoadCSV reads them back. Name parts of aliases, places of birth and
// addresses have no column and are not written; use WriteJSON to keep
// everything. A value holding the separator "|" (or ":" in a document type
// or country) cannot be written and is an error.
func WriteCSV(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(nationalColumns); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		rec := make([]string, len(nationalColumns))
		set := func(c, v string) { rec[indexOf(nationalColumns, c)] = v }
		var bad error
		join := func(c string, items []string) {
			for _, s := range items {
				if strings.Contains(s, "|") {
					bad = fmt.Errorf("%w: entry %d: a %s value holds the separator |", ErrValue, i, c)
				}
			}
			set(c, strings.Join(items, "|"))
		}
		set("id", e.ID)
		set("source", e.Source)
		set("category", e.Category.String())
		if e.Category == CategoryUnknown {
			set("category", "")
		}
		names := map[string][]string{}
		primary := false
		for _, n := range e.Names {
			switch {
			case n.Kind == NamePrimary && !primary:
				primary = true
				set("surname", n.Surname)
				set("given", n.Given)
				if n.Full != (Name{Surname: n.Surname, Given: n.Given}).Text() {
					set("name", n.Full)
				}
			case n.Kind == NameAlias && n.Quality == QualityWeak:
				names["weak_aliases"] = append(names["weak_aliases"], n.Text())
			case n.Kind == NameFormer:
				names["former_names"] = append(names["former_names"], n.Text())
			case n.Kind == NameOriginalScript:
				names["original_names"] = append(names["original_names"], n.Text())
			default:
				names["aliases"] = append(names["aliases"], n.Text())
			}
		}
		for c, v := range names {
			join(c, v)
		}
		var dates []string
		for _, b := range e.BirthDates {
			dates = append(dates, b.String())
		}
		join("birth_dates", dates)
		set("gender", e.Gender.String())
		join("nationalities", e.Nationalities)
		var docs []string
		for _, d := range e.Documents {
			if strings.Contains(d.Type, ":") || strings.Contains(d.IssuingCountry, ":") {
				bad = fmt.Errorf("%w: entry %d: a document type or country holds the separator :", ErrValue, i)
			}
			docs = append(docs, d.Type+":"+d.IssuingCountry+":"+d.Number)
		}
		join("documents", docs)
		join("programs", e.Programs)
		set("remarks", e.Remarks)
		if bad != nil {
			return bad
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// LoadJSON reads a national list in JSON: an array of Entry objects, with
// the camelCase field names of Entry's JSON tags ("birthDates", "listedOn",
// "givenNames", "issuingCountry"; enumerations as camelCase words such as
// "originalScript"; dates as YYYY-MM-DD, YYYY-MM or YYYY). Errors carry the
// byte offset and a JSON pointer to the entry ("/3").
func LoadJSON(r io.Reader) ([]Entry, error) {
	const input = "national JSON"
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	fail := func(path, field string, err error) error {
		return &ParseError{Input: input, Offset: dec.InputOffset(), Path: path, Field: field, Err: err}
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, fail("", "", jsonError(err))
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fail("", "", fmt.Errorf("%w: expected an array of entries", ErrSyntax))
	}
	var out []Entry
	seen := map[string]bool{}
	for dec.More() {
		path := "/" + strconv.Itoa(len(out))
		var e Entry
		if err := dec.Decode(&e); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return nil, fail(path, te.Field, fmt.Errorf("%w: wrong JSON type", ErrValue))
			}
			return nil, fail(path, "", jsonError(err))
		}
		if field, err := validateEntry(&e); err != nil {
			return nil, fail(path, field, err)
		}
		if seen[e.ID] {
			return nil, fail(path, "id", ErrDuplicate)
		}
		seen[e.ID] = true
		out = append(out, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail("", "", jsonError(err))
	}
	return out, nil
}

// jsonError keeps the kind of a decoding error and drops its text, which can
// quote the input.
func jsonError(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ErrSyntax
	case errors.Is(err, ErrValue), errors.Is(err, ErrMissing):
		return err
	}
	if strings.Contains(err.Error(), "unknown field") {
		return fmt.Errorf("%w: unknown field", ErrValue)
	}
	return fmt.Errorf("%w: invalid entry", ErrValue)
}

// WriteJSON writes entries as LoadJSON reads them, indented.
func WriteJSON(w io.Writer, entries []Entry) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if entries == nil {
		entries = []Entry{}
	}
	return enc.Encode(entries)
}
