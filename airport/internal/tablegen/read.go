// Package tablegen builds package airport's table.go from the OpenTravelData
// and OurAirports files described in the shared data README. airport/gen.go
// runs it to write the file; airport's tests run it too, so that a table.go
// older than its sources or its rules fails the tests.
package tablegen

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The source files, under the shared data folder's airports directory.
const (
	OPTDFile        = "optd_airport_timezones.json"
	OurAirportsFile = "ourairports_medium_large.json"
)

// place is what the table says of a code.
type place struct{ country, zone string }

// candidate is one distinct place OPTD gives for a code, with the number of
// rows that give it (OPTD repeats a code once per location type, so a place
// that is both a city and an airport has two rows).
type candidate struct {
	place
	rows int
}

// ourAirport is what OurAirports says of a code.
type ourAirport struct {
	country   string
	scheduled bool
}

// source describes one input file for the generated header.
type source struct {
	rows, codes, skipped int
	sha256               string
}

// readOPTD returns every code's distinct places, sorted by country then zone.
// A row whose code is not three upper-case letters, whose country is not two,
// or whose zone is empty is skipped and counted: the table never holds a
// malformed fact.
func readOPTD(path string) (map[string][]candidate, source, error) {
	var rows []struct {
		Code        string `json:"code"`
		CountryCode string `json:"countryCode"`
		Timezone    string `json:"timezone"`
	}
	src, err := decodeFile(path, &rows)
	if err != nil {
		return nil, src, err
	}
	byCode := make(map[string][]candidate)
	for _, r := range rows {
		if !isUpper(r.Code, 3) || !isUpper(r.CountryCode, 2) || r.Timezone == "" {
			src.skipped++
			continue
		}
		p := place{r.CountryCode, r.Timezone}
		cands := byCode[r.Code]
		i := 0
		for i < len(cands) && cands[i].place != p {
			i++
		}
		if i == len(cands) {
			cands = append(cands, candidate{place: p})
		}
		cands[i].rows++
		byCode[r.Code] = cands
	}
	for _, cands := range byCode {
		sortCandidates(cands)
	}
	src.rows, src.codes = len(rows), len(byCode)
	return byCode, src, nil
}

// readOurAirports returns the airports with a well-formed IATA code. When
// two airports share a code and disagree on the country, OurAirports gives
// no answer for it (none do in the 1.0.0 package; the rule keeps a later
// file from deciding by file order).
func readOurAirports(path string) (map[string]ourAirport, source, error) {
	// The source's own keys are snake_case (iata_code, ...): read as a map,
	// so that no struct of this module carries a non-camelCase JSON tag.
	var rows []map[string]any
	src, err := decodeFile(path, &rows)
	if err != nil {
		return nil, src, err
	}
	byCode := make(map[string]ourAirport)
	split := make(map[string]bool)
	for _, r := range rows {
		code, _ := r["iata_code"].(string)
		country, _ := r["iso_country"].(string)
		scheduled, _ := r["scheduled_service"].(string)
		if code == "" {
			continue
		}
		if !isUpper(code, 3) || !isUpper(country, 2) {
			src.skipped++
			continue
		}
		a := ourAirport{country: country, scheduled: scheduled == "yes"}
		if old, dup := byCode[code]; dup {
			if old.country != a.country {
				split[code] = true
			}
			if old.scheduled || !a.scheduled {
				continue // keep the first airport with scheduled service
			}
		}
		byCode[code] = a
	}
	for code := range split {
		delete(byCode, code)
	}
	src.rows, src.codes = len(rows), len(byCode)+len(split)
	return byCode, src, nil
}

// ErrNoTZ is returned when the system has no tz database, whose zone.tab
// says which zones belong to which country.
var ErrNoTZ = errors.New("tablegen: no tz database (zone.tab) on this system")

// tzDirs are where the tz database lives on the systems Go's time package
// searches.
var tzDirs = []string{"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo"}

// readZoneTab returns the zones zone.tab lists for each country: its lines
// are "country TAB coordinates TAB zone [TAB comment]".
func readZoneTab() (*zones, error) {
	var data []byte
	err := ErrNoTZ
	for _, dir := range tzDirs {
		if data, err = os.ReadFile(filepath.Join(dir, "zone.tab")); err == nil {
			break
		}
	}
	if err != nil {
		return nil, ErrNoTZ
	}
	z := &zones{locs: map[string]*time.Location{}, byCountry: map[string][]string{},
		fit: map[place]bool{}, Unlisted: map[string]bool{}}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 3 {
			continue
		}
		z.byCountry[f[0]] = append(z.byCountry[f[0]], f[2])
	}
	if len(z.byCountry) == 0 {
		return nil, fmt.Errorf("%w: zone.tab lists no zones", ErrNoTZ)
	}
	sum := sha256.Sum256(data)
	z.sha256 = hex.EncodeToString(sum[:])
	return z, nil
}

// decodeFile reads a JSON array into v and hashes the file, so that the
// header pins the exact input.
func decodeFile(path string, v any) (source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return source{}, err
	}
	sum := sha256.Sum256(data)
	src := source{sha256: hex.EncodeToString(sum[:])}
	if err := json.Unmarshal(data, v); err != nil {
		return src, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return src, nil
}

// isUpper reports whether s is n ASCII upper-case letters.
func isUpper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// sortCandidates orders candidates by country, then zone: the order every
// later rule relies on for determinism.
func sortCandidates(c []candidate) {
	slices.SortFunc(c, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.country, b.country), cmp.Compare(a.zone, b.zone))
	})
}
