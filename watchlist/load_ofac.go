package watchlist

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
)

// OFAC's legacy CSV files (sdn.csv, alt.csv, add.csv): no header, comma
// separated, text quoted, "-0-" (often followed by a space) for an empty
// field, CRLF line ends and a DOS end-of-file mark (0x1A) on the last line.
const ofacEmpty = "-0-"

// ofacReader wraps encoding/csv with the file's name for errors and the
// limits.
type ofacReader struct {
	name     string
	r        *csv.Reader
	fields   int
	maxValue int
}

func newOFACReader(name string, r io.Reader, fields int, lim Limits) *ofacReader {
	cr := csv.NewReader(&sizeReader{r: r, input: name, max: lim.MaxFileSize})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &ofacReader{name: name, r: cr, fields: fields, maxValue: lim.MaxValueSize}
}

// next returns the next record with "-0-" replaced by "" and spaces
// trimmed; io.EOF at the end. The record is valid until the next call.
func (o *ofacReader) next() ([]string, int, error) {
	for {
		rec, err := o.r.Read()
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		if err != nil {
			if le := limitError(err); le != nil {
				return nil, 0, le
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, pe.StartLine, &ParseError{Input: o.name, Line: pe.Line, Offset: o.r.InputOffset(), Err: fmt.Errorf("%w: %w", ErrSyntax, pe.Err)}
			}
			return nil, 0, &ParseError{Input: o.name, Offset: o.r.InputOffset(), Err: ErrSyntax}
		}
		line, _ := o.r.FieldPos(0) // rec has at least one field when err is nil
		if err := checkFields(o.name, o.r, rec, o.maxValue); err != nil {
			return nil, line, err
		}
		if len(rec) == 1 && strings.Trim(rec[0], "\x1a \t") == "" {
			continue // the end-of-file mark, or a blank line
		}
		if len(rec) != o.fields {
			return nil, line, &ParseError{Input: o.name, Line: line, Offset: o.r.InputOffset(),
				Err: fmt.Errorf("%w: %d fields, want %d", ErrSyntax, len(rec), o.fields)}
		}
		for i, f := range rec {
			// The model holds valid UTF-8 (it is written out as JSON).
			f = strings.TrimSpace(strings.ToValidUTF8(f, "\uFFFD"))
			if f == ofacEmpty {
				f = ""
			}
			rec[i] = f
		}
		return rec, line, nil
	}
}

// LoadOFAC reads OFAC's SDN list in the legacy CSV layout: sdn (required),
// alt (alternate names) and add (addresses), either of which may be nil.
// Entries come in sdn order with ids "OFAC:<ent_num>"; individuals' names
// are split at the comma into surname and given names. The remarks column
// is kept whole and also read for dates and places of birth, nationality and
// citizenship, gender, identity documents and weak a.k.a.s. opts may be nil
// for the default Limits, which apply to each file.
func LoadOFAC(sdn, alt, add io.Reader, opts *LoadOptions) ([]Entry, error) {
	lim := opts.limits()
	if sdn == nil {
		return nil, &ParseError{Input: "OFAC sdn.csv", Offset: -1, Err: fmt.Errorf("%w: no sdn file", ErrMissing)}
	}
	var out []Entry
	byID := map[string]int{}
	r := newOFACReader("OFAC sdn.csv", sdn, 12, lim)
	for {
		rec, line, err := r.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		e, field, err := ofacEntry(rec, byID)
		if err != nil {
			return nil, &ParseError{Input: r.name, Line: line, Offset: -1, Field: field, Err: err}
		}
		byID[e.ID] = len(out)
		out = append(out, e)
	}
	if alt != nil {
		err := eachLinked(newOFACReader("OFAC alt.csv", alt, 5, lim), byID, func(r *ofacReader, i, line int, rec []string) error {
			if rec[3] == "" {
				return &ParseError{Input: r.name, Line: line, Offset: -1, Field: "alt_name", Err: ErrMissing}
			}
			kind := NameAlias
			switch strings.ToLower(rec[2]) {
			case "fka", "nka":
				kind = NameFormer
			case "aka", "":
			default:
				return &ParseError{Input: r.name, Line: line, Offset: -1, Field: "alt_type", Err: fmt.Errorf("%w: unknown alias type", ErrValue)}
			}
			out[i].Names = append(out[i].Names, ofacName(rec[3], out[i].Category, kind))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if add != nil {
		err := eachLinked(newOFACReader("OFAC add.csv", add, 6, lim), byID, func(_ *ofacReader, i, _ int, rec []string) error {
			var parts []string
			for _, s := range rec[2:5] {
				if s != "" {
					parts = append(parts, s)
				}
			}
			if rec[5] != "" {
				parts = append(parts, "("+rec[5]+")")
			}
			if len(parts) > 0 {
				out[i].Addresses = append(out[i].Addresses, strings.Join(parts, ", "))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ofacEntry converts one sdn.csv record whose id must not be in byID yet;
// on error it names the column at fault.
func ofacEntry(rec []string, byID map[string]int) (Entry, string, error) {
	num := rec[0]
	if num == "" {
		return Entry{}, "ent_num", ErrMissing
	}
	if _, err := strconv.ParseUint(num, 10, 32); err != nil {
		return Entry{}, "ent_num", fmt.Errorf("%w: ent_num is not a number", ErrValue)
	}
	id := "OFAC:" + num
	if _, dup := byID[id]; dup {
		return Entry{}, "ent_num", ErrDuplicate
	}
	if rec[1] == "" {
		return Entry{}, "SDN_Name", ErrMissing
	}
	e := Entry{ID: id, Source: "OFAC SDN"}
	switch strings.ToLower(rec[2]) {
	case "individual":
		e.Category = CategoryIndividual
	case "vessel":
		e.Category = CategoryVessel
	case "aircraft":
		e.Category = CategoryAircraft
	case "":
		e.Category = CategoryEntity
	default:
		return Entry{}, "SDN_Type", fmt.Errorf("%w: unknown SDN type", ErrValue)
	}
	e.Names = []Name{ofacName(rec[1], e.Category, NamePrimary)}
	if p := rec[3]; p != "" {
		for _, s := range strings.Split(p, "] [") {
			if s = strings.Trim(s, "[] "); s != "" {
				e.Programs = append(e.Programs, s)
			}
		}
	}
	if rec[4] != "" {
		e.Titles = []string{rec[4]}
	}
	var vessel []string
	for i, label := range []string{"call sign", "vessel type", "tonnage", "GRT", "vessel flag", "vessel owner"} {
		if v := rec[5+i]; v != "" {
			vessel = append(vessel, label+": "+v)
		}
	}
	e.Remarks = strings.Join(append(vessel, rec[11]), "\n")
	e.Remarks = strings.TrimSpace(e.Remarks)
	if rec[11] != "" {
		parseOFACRemarks(&e, rec[11])
	}
	return e, "", nil
}

// eachLinked calls fn for each record of an OFAC file that refers to an SDN
// entry by ent_num (alt.csv, add.csv), with the entry's index in the output;
// a record naming no known entry is an error.
func eachLinked(r *ofacReader, byID map[string]int, fn func(r *ofacReader, i, line int, rec []string) error) error {
	for {
		rec, line, err := r.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		i, ok := byID["OFAC:"+rec[0]]
		if !ok {
			return &ParseError{Input: r.name, Line: line, Offset: -1, Field: "ent_num", Err: ErrReference}
		}
		if err := fn(r, i, line, rec); err != nil {
			return err
		}
	}
}

// ofacName splits "SURNAME, Given" for individuals.
func ofacName(s string, cat Category, kind NameKind) Name {
	n := Name{Full: s, Kind: kind}
	if cat == CategoryIndividual {
		if sur, given, ok := strings.Cut(s, ","); ok {
			n.Surname = strings.TrimSpace(sur)
			n.Given = strings.TrimSpace(given)
		}
	}
	return n
}

// Remarks are "; "-separated items such as "DOB 10 Dec 1948", "alt. POB
// Giza, Egypt", "nationality Iran", "Passport 1084010 (Egypt)", "Gender
// Male", "a.k.a. 'BNC'".
// ofacAKARe finds weak a.k.a.s in remarks. Names may hold apostrophes
// ('ABU-'UMAR'), so the closing quote is the one followed by punctuation.
var ofacAKARe = regexp.MustCompile(`a\.k\.a\. '(.+?)'(?:[;.,"]|$)`)

// ofacDocTypes are the remark labels of identity documents a traveller may
// present or that identify a person in API data.
var ofacDocTypes = []string{
	"Passport", "Diplomatic Passport", "Stateless Person Passport", "National ID No.",
	"Identification Number", "Cedula No.", "D.N.I.", "Personal ID Card", "National Foreign ID Number",
	"Birth Certificate Number", "Travel Document Number", "Residency Number", "Refugee ID Card",
	"Driver's License No.", "Citizen's Card Number", "C.U.R.P.", "SSN", "Kenyan ID No.",
	"Moroccan Personal ID No.", "Turkish Identification Number", "Electoral Registry No.",
	"Public Security and Immigration No.", "Seafarer's Identification Document", "Tax ID No.",
}

// parseOFACDocument reads "Passport 1084010 (Egypt) expires 2020": the number
// runs to the parenthesised country, or is the first word when there is none.
func parseOFACDocument(s string) (Document, bool) {
	for _, t := range ofacDocTypes {
		rest, ok := strings.CutPrefix(s, t+" ")
		if !ok {
			continue
		}
		d := Document{Type: t}
		if i := strings.Index(rest, " ("); i > 0 {
			d.Number = strings.TrimSpace(rest[:i])
			if j := strings.IndexByte(rest[i:], ')'); j > 0 {
				d.IssuingCountry = strings.TrimSpace(rest[i+2 : i+j])
			}
		} else if f := strings.Fields(rest); len(f) > 0 {
			d.Number = f[0]
		}
		return d, d.Number != ""
	}
	return Document{}, false
}

func parseOFACRemarks(e *Entry, rem string) {
	for _, m := range ofacAKARe.FindAllStringSubmatch(rem, -1) {
		e.Names = append(e.Names, ofacName(m[1], e.Category, NameAlias))
		e.Names[len(e.Names)-1].Quality = QualityWeak
	}
	for _, item := range strings.Split(rem, ";") {
		item = strings.TrimSpace(item)
		item = strings.TrimSuffix(item, ".")
		s := strings.TrimPrefix(item, "alt. ")
		switch {
		case strings.HasPrefix(s, "DOB "):
			if b, ok := parseOFACDate(strings.TrimSpace(s[4:])); ok {
				e.BirthDates = append(e.BirthDates, b)
			}
		case strings.HasPrefix(s, "POB "):
			e.BirthPlaces = append(e.BirthPlaces, strings.TrimSpace(s[4:]))
		case strings.HasPrefix(s, "nationality "):
			e.Nationalities = appendUnique(e.Nationalities, strings.TrimSpace(s[12:]))
		case strings.HasPrefix(s, "citizen "):
			e.Nationalities = appendUnique(e.Nationalities, strings.TrimSpace(s[8:]))
		case strings.HasPrefix(s, "Gender "):
			e.Gender = ParseGender(s[7:])
		default:
			if d, ok := parseOFACDocument(s); ok {
				e.Documents = append(e.Documents, d)
			}
		}
	}
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// parseOFACDate reads "10 Dec 1948", "Dec 1948", "1948", "circa 1948",
// "1960 to 1962", "01 Jan 1960 to 31 Dec 1962" and "circa 1955-1958".
func parseOFACDate(s string) (BirthDate, bool) {
	approx := false
	if rest, ok := strings.CutPrefix(s, "circa "); ok {
		approx, s = true, rest
	}
	from, to, isRange := strings.Cut(s, " to ")
	if !isRange {
		if a, b, ok := strings.Cut(s, "-"); ok && len(a) == 4 && len(b) == 4 {
			from, to, isRange = a, b, true
		}
	}
	f, ok := parseOFACDay(strings.TrimSpace(from))
	if !ok {
		return BirthDate{}, false
	}
	t := f
	if isRange {
		if t, ok = parseOFACDay(strings.TrimSpace(to)); !ok {
			return BirthDate{}, false
		}
	}
	return BirthDate{From: f, To: t, Approximate: approx}, true
}

func parseOFACDay(s string) (civil.Date, bool) {
	f := strings.Fields(s)
	var d civil.Date
	var err error
	switch len(f) {
	case 1:
		d.Year, err = strconv.Atoi(f[0])
	case 2:
		m, ok := monthNames[strings.ToLower(f[0])]
		if !ok {
			return civil.Date{}, false
		}
		d.Month = m
		d.Year, err = strconv.Atoi(f[1])
	case 3:
		m, ok := monthNames[strings.ToLower(f[1])]
		if !ok {
			return civil.Date{}, false
		}
		d.Month = time.Month(m)
		d.Day, err = strconv.Atoi(f[0])
		if err == nil {
			d.Year, err = strconv.Atoi(f[2])
		}
	default:
		return civil.Date{}, false
	}
	if err != nil || !d.ValidPartial() {
		return civil.Date{}, false
	}
	return d, true
}
