package watchlist

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/openpiu/piu/civil"
)

// The UN Security Council consolidated list, XML edition
// (https://scsanctions.un.org/resources/xml/en/consolidated.xml, schema
// sc-sanctions.xsd). Only the elements the Entry model holds are read;
// INDIVIDUAL and ENTITY share one struct because their children overlap.
type unRecord struct {
	DataID      string      `xml:"DATAID"`
	First       string      `xml:"FIRST_NAME"`
	Second      string      `xml:"SECOND_NAME"`
	Third       string      `xml:"THIRD_NAME"`
	Fourth      string      `xml:"FOURTH_NAME"`
	ListType    string      `xml:"UN_LIST_TYPE"`
	Reference   string      `xml:"REFERENCE_NUMBER"`
	ListedOn    string      `xml:"LISTED_ON"`
	Gender      string      `xml:"GENDER"`
	Comments    string      `xml:"COMMENTS1"`
	Titles      []string    `xml:"TITLE>VALUE"`
	Designation []string    `xml:"DESIGNATION>VALUE"`
	Nationality []string    `xml:"NATIONALITY>VALUE"`
	Original    string      `xml:"NAME_ORIGINAL_SCRIPT"`
	Aliases     []unAlias   `xml:"INDIVIDUAL_ALIAS"`
	EntAliases  []unAlias   `xml:"ENTITY_ALIAS"`
	Births      []unBirth   `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	Places      []unAddress `xml:"INDIVIDUAL_PLACE_OF_BIRTH"`
	Addresses   []unAddress `xml:"INDIVIDUAL_ADDRESS"`
	EntAddress  []unAddress `xml:"ENTITY_ADDRESS"`
	Documents   []unDoc     `xml:"INDIVIDUAL_DOCUMENT"`
}

type unAlias struct {
	Quality string `xml:"QUALITY"`
	Name    string `xml:"ALIAS_NAME"`
}

type unBirth struct {
	Type     string `xml:"TYPE_OF_DATE"`
	Date     string `xml:"DATE"`
	Year     string `xml:"YEAR"`
	FromYear string `xml:"FROM_YEAR"`
	ToYear   string `xml:"TO_YEAR"`
	Note     string `xml:"NOTE"`
}

type unAddress struct {
	Street  string `xml:"STREET"`
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Zip     string `xml:"ZIP_CODE"`
	Country string `xml:"COUNTRY"`
	Note    string `xml:"NOTE"`
}

type unDoc struct {
	Type    string `xml:"TYPE_OF_DOCUMENT"`
	Type2   string `xml:"TYPE_OF_DOCUMENT2"`
	Number  string `xml:"NUMBER"`
	Issuing string `xml:"ISSUING_COUNTRY"`
	Country string `xml:"COUNTRY_OF_ISSUE"`
}

// unPathNames are the element names an error path may show; any other
// element is shown as "*" with its position among its siblings, so that an
// error never echoes a name the file chose.
var unPathNames = map[string]bool{
	"CONSOLIDATED_LIST": true, "INDIVIDUALS": true, "INDIVIDUAL": true, "ENTITIES": true, "ENTITY": true,
}

// unLevel is one open element: its path step and how many children of each
// name (and in all) it has had.
type unLevel struct {
	step   string
	name   string
	counts map[string]int
	all    int
}

// LoadUN reads the UN Security Council consolidated list (XML) and returns
// one Entry per INDIVIDUAL and ENTITY, in document order, with ids
// "UN:<DATAID>". Errors are *ParseError with the line and an element path
// such as /CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[3] (elements of
// other names appear as *[n], n their position among their siblings). opts
// may be nil for the default Limits. It is one token loop (95 lines) because
// every branch shares the path bookkeeping (stack, per-level counts) that
// error positions need.
func LoadUN(r io.Reader, opts *LoadOptions) ([]Entry, error) {
	const input = "UN XML"
	lim := opts.limits()
	dec := xml.NewDecoder(&sizeReader{r: r, input: input, max: lim.MaxFileSize, xmlRuns: true, maxRun: lim.MaxValueSize})
	var (
		out   []Entry
		stack []unLevel
		top   = unLevel{counts: map[string]int{}} // the document, parent of the root
	)
	perr := func(line int, path, field string, err error) error {
		if le := limitError(err); le != nil {
			le.Line, le.Path = line, path
			return le
		}
		return &ParseError{Input: input, Line: line, Offset: dec.InputOffset(), Path: path, Field: field, Err: err}
	}
	pathOf := func(last string) string {
		var b strings.Builder
		for _, l := range stack {
			b.WriteByte('/')
			b.WriteString(l.step)
		}
		if last != "" {
			b.WriteByte('/')
			b.WriteString(last)
		}
		return b.String()
	}
	seen := map[string]bool{}
	sawRoot := false
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, perr(syntaxLine(err, line), pathOf(""), "", xmlError(err, true))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := &top
			if len(stack) > 0 {
				parent = &stack[len(stack)-1]
			}
			parent.all++
			parent.counts[name]++
			step := "*[" + strconv.Itoa(parent.all) + "]"
			if unPathNames[name] {
				step = name + "[" + strconv.Itoa(parent.counts[name]) + "]"
			}
			if len(stack) == 0 {
				if name != "CONSOLIDATED_LIST" {
					return nil, perr(line, "/"+step, "", fmt.Errorf("%w: root element is not CONSOLIDATED_LIST", ErrSyntax))
				}
				sawRoot = true
			}
			cat := CategoryUnknown
			switch {
			case name == "INDIVIDUAL" && len(stack) == 2 && stack[1].name == "INDIVIDUALS":
				cat = CategoryIndividual
			case name == "ENTITY" && len(stack) == 2 && stack[1].name == "ENTITIES":
				cat = CategoryEntity
			}
			if cat != CategoryUnknown {
				var rec unRecord
				if err := dec.DecodeElement(&rec, &t); err != nil {
					return nil, perr(syntaxLine(err, line), pathOf(step), "", xmlError(err, false))
				}
				e, field, err := rec.entry(cat)
				if err != nil {
					return nil, perr(line, pathOf(step), field, err)
				}
				if seen[e.ID] {
					return nil, perr(line, pathOf(step), "DATAID", ErrDuplicate)
				}
				seen[e.ID] = true
				out = append(out, e)
				continue
			}
			if len(stack) >= lim.MaxDepth {
				return nil, perr(line, pathOf(step), "", fmt.Errorf("%w: nesting deeper than %d", ErrLimit, lim.MaxDepth))
			}
			stack = append(stack, unLevel{step: step, name: name, counts: map[string]int{}})
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if !sawRoot {
		return nil, &ParseError{Input: input, Offset: dec.InputOffset(), Err: fmt.Errorf("%w: no CONSOLIDATED_LIST element", ErrSyntax)}
	}
	return out, nil
}

// xmlError keeps a limit error whole and reduces any other to ErrSyntax:
// encoding/xml's messages quote element names from the file. A read error
// of the caller's reader is kept (wrapped) when keepRead is set.
func xmlError(err error, keepRead bool) error {
	var se *xml.SyntaxError
	switch {
	case limitError(err) != nil:
		return err
	case errors.As(err, &se) || !keepRead:
		return ErrSyntax
	}
	return fmt.Errorf("%w: %w", ErrSyntax, err)
}

// syntaxLine returns the line of an XML syntax error, or line.
func syntaxLine(err error, line int) int {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Line
	}
	return line
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// entry converts one record; on error it names the offending field.
func (r *unRecord) entry(cat Category) (Entry, string, error) {
	id := clean(r.DataID)
	if id == "" {
		return Entry{}, "DATAID", ErrMissing
	}
	e := Entry{ID: "UN:" + id, Source: "UN", Category: cat, Reference: clean(r.Reference)}
	if lt := clean(r.ListType); lt != "" {
		e.Programs = []string{lt}
	}
	if d, err := parseDate(clean(r.ListedOn)); err == nil {
		e.ListedOn = d
	}
	var ok bool
	if e.Names, ok = r.names(cat); !ok {
		return Entry{}, "FIRST_NAME", ErrMissing
	}
	e.Gender = ParseGender(r.Gender)
	for _, t := range r.Titles {
		if t = clean(t); t != "" {
			e.Titles = append(e.Titles, t)
		}
	}
	for _, n := range r.Nationality {
		if n = clean(n); n != "" && !strings.EqualFold(n, "na") {
			e.Nationalities = append(e.Nationalities, n)
		}
	}
	for _, b := range r.Births {
		bd, ok, err := b.birthDate()
		if err != nil {
			return Entry{}, "INDIVIDUAL_DATE_OF_BIRTH", err
		}
		if ok {
			e.BirthDates = append(e.BirthDates, bd)
		}
	}
	for _, p := range r.Places {
		if s := p.text(); s != "" {
			e.BirthPlaces = append(e.BirthPlaces, s)
		}
	}
	for _, a := range append(r.Addresses, r.EntAddress...) {
		if s := a.text(); s != "" {
			e.Addresses = append(e.Addresses, s)
		}
	}
	e.Documents = r.documents()
	var rem []string
	for _, d := range r.Designation {
		if d = clean(d); d != "" {
			rem = append(rem, "Designation: "+d)
		}
	}
	if c := strings.TrimSpace(r.Comments); c != "" {
		rem = append(rem, c)
	}
	e.Remarks = strings.Join(rem, "\n")
	return e, "", nil
}

// names returns the primary name, the name in original script and the
// aliases; ok is false when the record has no name part.
func (r *unRecord) names(cat Category) (names []Name, ok bool) {
	parts := []string{}
	for _, p := range []string{r.First, r.Second, r.Third, r.Fourth} {
		if p = clean(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil, false
	}
	primary := Name{Full: strings.Join(parts, " "), Kind: NamePrimary}
	if cat == CategoryIndividual && len(parts) > 1 {
		primary.Given = parts[0]
		primary.Surname = strings.Join(parts[1:], " ")
	}
	names = append(names, primary)
	if o := clean(r.Original); o != "" {
		names = append(names, Name{Full: o, Kind: NameOriginalScript})
	}
	for _, a := range append(r.Aliases, r.EntAliases...) {
		n := clean(a.Name)
		if n == "" {
			continue
		}
		nm := Name{Full: n, Kind: NameAlias}
		switch strings.ToLower(clean(a.Quality)) {
		case "low":
			nm.Quality = QualityWeak
		case "f.k.a.":
			nm.Kind = NameFormer
		}
		names = append(names, nm)
	}
	return names, true
}

// documents returns the identity documents that have a number.
func (r *unRecord) documents() []Document {
	var out []Document
	for _, d := range r.Documents {
		num := clean(d.Number)
		if num == "" {
			continue
		}
		typ := clean(d.Type)
		if t2 := clean(d.Type2); t2 != "" {
			if typ != "" {
				typ += " (" + t2 + ")"
			} else {
				typ = t2
			}
		}
		c := clean(d.Issuing)
		if c == "" {
			c = clean(d.Country)
		}
		out = append(out, Document{Type: typ, Number: num, IssuingCountry: c})
	}
	return out
}

func (a unAddress) text() string {
	var parts []string
	for _, s := range []string{a.Street, a.City, a.State, a.Zip, a.Country} {
		if s = clean(s); s != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, ", ")
	if n := clean(a.Note); n != "" {
		if s != "" {
			s += " "
		}
		s += "(" + n + ")"
	}
	return s
}

// birthDate converts one INDIVIDUAL_DATE_OF_BIRTH; ok is false when it says
// nothing usable (an empty element, or a note such as "30-35 years old").
func (b unBirth) birthDate() (BirthDate, bool, error) {
	typ := strings.ToUpper(clean(b.Type))
	approx := typ == "APPROXIMATELY" || strings.Contains(strings.ToLower(b.Note), "approx")
	bad := fmt.Errorf("%w: date of birth is not a date", ErrValue)
	switch {
	case clean(b.Date) != "":
		s := clean(b.Date)
		if len(s) > 10 { // some editions append a time or zone
			s = s[:10]
		}
		d, err := parseDate(s)
		if err != nil {
			return BirthDate{}, false, bad
		}
		return BirthDate{From: d, To: d, Approximate: approx}, true, nil
	case clean(b.Year) != "":
		y, err := strconv.Atoi(clean(b.Year))
		if err != nil || y < 1 || y > 9999 {
			return BirthDate{}, false, bad
		}
		d := civil.Date{Year: y}
		if m, ok := monthNames[strings.Trim(strings.ToLower(clean(b.Note)), ".")]; ok {
			d.Month = m // <YEAR>1958</YEAR><NOTE>Sep.</NOTE>
		}
		return BirthDate{From: d, To: d, Approximate: approx}, true, nil
	case clean(b.FromYear) != "" || clean(b.ToYear) != "":
		f, err1 := strconv.Atoi(clean(b.FromYear))
		t, err2 := strconv.Atoi(clean(b.ToYear))
		if err1 != nil || err2 != nil || f < 1 || t > 9999 || f > t {
			return BirthDate{}, false, bad
		}
		return BirthDate{From: civil.Date{Year: f}, To: civil.Date{Year: t}, Approximate: approx}, true, nil
	}
	if m, y, ok := parseMonthYear(b.Note); ok { // <NOTE>Nov. 1973</NOTE>
		d := civil.Date{Year: y, Month: m}
		return BirthDate{From: d, To: d, Approximate: approx}, true, nil
	}
	return BirthDate{}, false, nil
}

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// parseMonthYear reads "Nov. 1973" or "August 1961".
func parseMonthYear(s string) (time.Month, int, bool) {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, ".", " ")))
	if len(f) != 2 {
		return 0, 0, false
	}
	m, ok := monthNames[f[0]]
	y, err := strconv.Atoi(f[1])
	if !ok || err != nil || y < 1000 || y > 9999 {
		return 0, 0, false
	}
	return m, y, true
}
