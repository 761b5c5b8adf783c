package tablegen

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// The outcomes, in the order the header and gen.go list them. A code is
// counted once, under the rule that settled it.
const (
	RuleZoneFits             = "OPTD rows whose zone is not of their country dropped"
	RuleOurAirportsScheduled = "OurAirports' country, airport with scheduled service"
	RuleOurAirportsOther     = "OurAirports' country, airport without scheduled service"
	RuleMostRows             = "the most frequent OPTD row"
	RuleEquivalentZones      = "zones with the same offsets since 2020: first in order"
	RuleCountryOverride      = "OurAirports' country, OPTD's zone (no OPTD row has that country)"
	OmitZoneNotCountry       = "left out: OPTD's zone is not of the country"
	OmitCountriesTie         = "left out: OPTD rows for two countries, equally frequent"
	OmitZonesDiffer          = "left out: OPTD zones equally frequent, with different offsets"
)

// Rules lists the outcomes in order.
var Rules = []string{
	RuleZoneFits, RuleOurAirportsScheduled, RuleOurAirportsOther, RuleMostRows,
	RuleEquivalentZones, RuleCountryOverride, OmitZoneNotCountry, OmitCountriesTie,
	OmitZonesDiffer,
}

// The window in which two zones must agree to be interchangeable: the table
// serves messages about flights of the last few years and the next ones, and
// zones that parted only earlier (America/Metlakatla and America/Juneau until
// 2019) give the same durations there.
var (
	windowStart = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	windowEnd   = time.Date(2036, 1, 1, 0, 0, 0, 0, time.UTC)
)

// resolve returns the place of one code and the rule that settled it (""
// when the sources agree and need none), or ok false and the reason when the
// code must be left out rather than guessed. oa is nil when OurAirports does
// not list the code.
func resolve(cands []candidate, oa *ourAirport, tz *zones) (p place, rule string, ok bool, err error) {
	// When no OPTD row has OurAirports' country, OPTD's place is the same
	// airport classified otherwise (Mariehamn: FI or AX) or another place
	// with the code; the zone test tells which.
	override := ""
	if oa != nil && !slices.ContainsFunc(cands, func(c candidate) bool { return c.country == oa.country }) {
		override = oa.country
	}
	// OPTD gives some railway and bus codes another continent's zone (BR
	// with Indian/Antananarivo): such a row is wrong whatever else holds.
	var fit []candidate
	for _, c := range cands {
		country := cmp.Or(override, c.country)
		if ok, err := tz.fits(country, c.zone); err != nil {
			return place{}, "", false, err
		} else if ok {
			fit = append(fit, c)
		}
	}
	if len(fit) == 0 {
		return place{}, OmitZoneNotCountry, false, nil
	}
	if len(fit) < len(cands) {
		cands, rule = fit, RuleZoneFits
	}
	if oa != nil && override == "" {
		var agree []candidate
		for _, c := range cands {
			if c.country == oa.country {
				agree = append(agree, c)
			}
		}
		if len(agree) < len(cands) {
			// The data README's rule: OurAirports' airport is the likelier
			// current one among places that share a code.
			cands = agree
			rule = RuleOurAirportsOther
			if oa.scheduled {
				rule = RuleOurAirportsScheduled
			}
		}
	}
	if len(cands) > 1 {
		cands = mostRows(cands)
		rule = RuleMostRows
	}
	if len(cands) > 1 {
		for _, c := range cands[1:] {
			if c.country != cands[0].country {
				return place{}, OmitCountriesTie, false, nil
			}
		}
		for _, c := range cands[1:] {
			same, err := tz.equivalent(cands[0].zone, c.zone)
			if err != nil || !same {
				return place{}, OmitZonesDiffer, false, err
			}
		}
		rule = RuleEquivalentZones // candidates are sorted: the first is deterministic
	}
	p = cands[0].place
	if override != "" {
		p.country, rule = override, RuleCountryOverride
	}
	return p, rule, true, nil
}

// mostRows returns the candidates with the most rows, still sorted.
func mostRows(cands []candidate) []candidate {
	most := 0
	for _, c := range cands {
		most = max(most, c.rows)
	}
	var top []candidate
	for _, c := range cands {
		if c.rows == most {
			top = append(top, c)
		}
	}
	return top
}

// zones loads IANA zones once each through time.LoadLocation, the loader
// package airport uses at run time, and knows each country's zones from the
// tz database's zone.tab.
type zones struct {
	locs      map[string]*time.Location
	byCountry map[string][]string
	fit       map[place]bool
	// Unlisted holds the countries zone.tab does not list (XK, Kosovo, has
	// no ISO code of its own): their zones cannot be checked, and pass.
	Unlisted map[string]bool
	// sha256 is zone.tab's: the tz database the table was checked against.
	sha256 string
}

func (z *zones) load(name string) (*time.Location, error) {
	if l, ok := z.locs[name]; ok {
		return l, nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("zone %q: %w", name, err)
	}
	z.locs[name] = l
	return l, nil
}

// fits reports whether zone keeps, in the window, the offsets of one of the
// zones zone.tab lists for country: so Pacific/Port_Moresby fits AU's Torres
// Strait islands (Australia/Brisbane's offsets) and Indian/Antananarivo does
// not fit BR.
func (z *zones) fits(country, zone string) (bool, error) {
	if ok, done := z.fit[place{country, zone}]; done {
		return ok, nil
	}
	listed, ok := z.byCountry[country]
	if !ok {
		z.Unlisted[country] = true
		return true, nil
	}
	fits := false
	for _, other := range listed {
		same, err := z.equivalent(zone, other)
		if err != nil {
			return false, err
		}
		if same {
			fits = true
			break
		}
	}
	z.fit[place{country, zone}] = fits
	return fits, nil
}

// equivalent reports whether zones a and b have the same UTC offset at every
// instant of the window, walking both zones' transitions.
func (z *zones) equivalent(a, b string) (bool, error) {
	if a == b {
		return true, nil
	}
	la, err := z.load(a)
	if err != nil {
		return false, err
	}
	lb, err := z.load(b)
	if err != nil {
		return false, err
	}
	for t := windowStart; t.Before(windowEnd); {
		ta, tb := t.In(la), t.In(lb)
		_, oa := ta.Zone()
		_, ob := tb.Zone()
		if oa != ob {
			return false, nil
		}
		_, ea := ta.ZoneBounds()
		_, eb := tb.ZoneBounds()
		switch {
		case ea.IsZero() && eb.IsZero():
			return true, nil // neither zone changes again
		case ea.IsZero() || (!eb.IsZero() && eb.Before(ea)):
			t = eb
		default:
			t = ea
		}
	}
	return true, nil
}
