package watchlist

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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

// LoadCSV reads a national list in the CSV format above. opts may be nil
// for the default Limits.
func LoadCSV(r io.Reader, opts *LoadOptions) ([]Entry, error) {
	const input = "national CSV"
	lim := opts.limits()
	cr := csv.NewReader(&sizeReader{r: r, input: input, max: lim.MaxFileSize})
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &ParseError{Input: input, Line: 1, Offset: 0, Err: fmt.Errorf("%w: no header", ErrMissing)}
		}
		return nil, csvError(input, cr, err)
	}
	if err := checkFields(input, cr, header, lim.MaxValueSize); err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if !slices.Contains(nationalColumns, h) {
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
		if err := checkFields(input, cr, rec, lim.MaxValueSize); err != nil {
			return nil, err
		}
		// encoding/csv reads CRLF in a quoted field as LF, but a CR before
		// it stays (CR CR LF gives CR LF), which a second reading would
		// fold again: fold it here, so that WriteCSV's output reads back
		// the same.
		for i := range rec {
			for strings.Contains(rec[i], "\r\n") { // CR CR LF folds twice
				rec[i] = strings.ReplaceAll(rec[i], "\r\n", "\n")
			}
		}
		line, _ := cr.FieldPos(0)
		e, field, err := csvEntry(rec, col)
		if err == nil && seen[e.ID] {
			field, err = "id", ErrDuplicate
		}
		if err != nil {
			return nil, &ParseError{Input: input, Line: line, Offset: -1, Field: field, Err: err}
		}
		seen[e.ID] = true
		out = append(out, e)
	}
}

// checkFields refuses a record with a field longer than max, at the
// field's line and column.
func checkFields(input string, cr *csv.Reader, rec []string, max int) error {
	for i, f := range rec {
		if len(f) > max {
			line, column := cr.FieldPos(i)
			return &ParseError{Input: input, Line: line, Offset: -1, Field: "column " + strconv.Itoa(i+1) + " (byte " + strconv.Itoa(column) + ")",
				Err: fmt.Errorf("%w: field of more than %d bytes", ErrLimit, max)}
		}
	}
	return nil
}

// csvEntry converts one record of the national CSV format; on error it
// names the column at fault.
func csvEntry(rec []string, col map[string]int) (Entry, string, error) {
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
	e := Entry{ID: get("id"), Source: get("source"), Remarks: get("remarks"), Programs: list("programs"), Nationalities: list("nationalities")}
	var ok bool
	if e.Category, ok = ParseCategory(get("category")); !ok {
		return Entry{}, "category", fmt.Errorf("%w: unknown category", ErrValue)
	}
	if g := get("gender"); g != "" {
		if e.Gender = ParseGender(g); e.Gender == GenderUnknown && !strings.EqualFold(g, "U") && !strings.EqualFold(g, "X") {
			return Entry{}, "gender", fmt.Errorf("%w: gender is not M, F, U or X", ErrValue)
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
			return Entry{}, "birth_dates", err
		}
		e.BirthDates = append(e.BirthDates, b)
	}
	for _, s := range list("documents") {
		parts := strings.SplitN(s, ":", 3)
		if len(parts) != 3 || strings.TrimSpace(parts[2]) == "" {
			return Entry{}, "documents", fmt.Errorf("%w: document is not TYPE:COUNTRY:NUMBER", ErrValue)
		}
		e.Documents = append(e.Documents, Document{Type: strings.TrimSpace(parts[0]), IssuingCountry: strings.TrimSpace(parts[1]), Number: strings.TrimSpace(parts[2])})
	}
	if field, err := validateEntry(&e); err != nil {
		if field == "birthDates" {
			field = "birth_dates"
		}
		return Entry{}, field, err
	}
	return e, "", nil
}

func csvError(input string, cr *csv.Reader, err error) error {
	if le := limitError(err); le != nil {
		return le
	}
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
// "originalScript"; dates as YYYY-MM-DD, YYYY-MM or YYYY). Strings must be
// valid UTF-8. Errors carry the byte offset of the fault (for a value that
// is not valid, of its entry) and a JSON pointer to the entry ("/3"). The
// input is read whole (at most Limits.MaxFileSize bytes); opts may be nil
// for the default Limits.
func LoadJSON(r io.Reader, opts *LoadOptions) ([]Entry, error) {
	const input = "national JSON"
	lim := opts.limits()
	data, err := io.ReadAll(&sizeReader{r: r, input: input, max: lim.MaxFileSize})
	if err != nil {
		if le := limitError(err); le != nil {
			return nil, le
		}
		return nil, &ParseError{Input: input, Offset: -1, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	if off, entry, err := scanJSON(data, lim); err != nil {
		return nil, &ParseError{Input: input, Offset: int64(off), Path: entryPointer(entry), Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	fail := func(off int64, path, field string, err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			off = syntaxOffset(data)
		}
		return &ParseError{Input: input, Offset: off, Path: path, Field: field, Err: jsonError(err)}
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, fail(0, "", "", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, &ParseError{Input: input, Offset: 0, Err: fmt.Errorf("%w: expected an array of entries", ErrSyntax)}
	}
	var out []Entry
	seen := map[string]bool{}
	for dec.More() {
		path := entryPointer(len(out))
		start := valueStart(data, dec.InputOffset())
		var e Entry
		if err := dec.Decode(&e); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return nil, fail(start, path, te.Field, fmt.Errorf("%w: wrong JSON type", ErrValue))
			}
			return nil, fail(start, path, "", err)
		}
		if field, err := validateEntry(&e); err != nil {
			return nil, fail(start, path, field, err)
		}
		if seen[e.ID] {
			return nil, fail(start, path, "id", ErrDuplicate)
		}
		seen[e.ID] = true
		out = append(out, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(dec.InputOffset(), "", "", err)
	}
	return out, nil
}

func entryPointer(i int) string {
	if i < 0 {
		return ""
	}
	return "/" + strconv.Itoa(i)
}

// valueStart returns the offset of the first byte of the value that follows
// off (past white space and one comma).
func valueStart(data []byte, off int64) int64 {
	comma := false
	for ; off < int64(len(data)); off++ {
		switch data[off] {
		case ' ', '\t', '\r', '\n':
		case ',':
			if comma {
				return off
			}
			comma = true
		default:
			return off
		}
	}
	return off
}

// syntaxOffset returns the offset of the first syntax error in data, or
// len(data) when the input ends too early. encoding/json's Decoder reports
// it relative to the value it was reading; Unmarshal of the whole input
// gives it from the start (the count of bytes read, the fault included).
func syntaxOffset(data []byte) int64 {
	var raw json.RawMessage
	var se *json.SyntaxError
	if err := json.Unmarshal(data, &raw); errors.As(err, &se) {
		if se.Offset >= int64(len(data)) {
			return int64(len(data))
		}
		return max(se.Offset-1, 0)
	}
	return int64(len(data))
}

// scanJSON checks what encoding/json does not: the nesting depth, the size
// of each string and that strings are valid UTF-8 (Decode would silently
// replace bad bytes with U+FFFD). It returns the offset of the fault and the
// index of the entry it is in (-1 outside any). Syntax is left to
// encoding/json: scanJSON only needs to find strings and brackets.
func scanJSON(data []byte, lim Limits) (off, entry int, err error) {
	depth := 0
	entry = -1
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '[', '{':
			if depth == 1 && entry < 0 {
				entry = 0
			}
			if depth++; depth > lim.MaxDepth {
				return i, entry, fmt.Errorf("%w: nesting deeper than %d", ErrLimit, lim.MaxDepth)
			}
		case ']', '}':
			depth--
		case ',':
			if depth == 1 {
				entry++
			}
		case '"':
			if depth == 1 && entry < 0 {
				entry = 0
			}
			start := i
			for i++; i < len(data) && data[i] != '"'; {
				switch {
				case i-start-1 >= lim.MaxValueSize:
					return start, entry, fmt.Errorf("%w: string of more than %d bytes", ErrLimit, lim.MaxValueSize)
				case data[i] == '\\':
					i += 2
				case data[i] < utf8.RuneSelf:
					i++
				default:
					r, n := utf8.DecodeRune(data[i:])
					if r == utf8.RuneError && n <= 1 {
						return i, entry, fmt.Errorf("%w: string is not valid UTF-8", ErrValue)
					}
					i += n
				}
			}
		}
	}
	return 0, entry, nil
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

// jsonError keeps the kind of a decoding error and drops its text, which can
// quote the input.
func jsonError(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ErrSyntax
	case errors.Is(err, ErrValue), errors.Is(err, ErrMissing), errors.Is(err, ErrDuplicate):
		return err
	}
	if strings.Contains(err.Error(), "unknown field") {
		return fmt.Errorf("%w: unknown field", ErrValue)
	}
	return fmt.Errorf("%w: invalid entry", ErrValue)
}
