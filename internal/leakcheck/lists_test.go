package leakcheck

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openpiu/piu/watchlist"
)

// Lists with the secrets in every field. A list's names are not passenger
// data, but a loader that echoes a field's content would echo the passenger
// data of any list made from passenger data; element names and keys are the
// file's own and are not echoed either (issue 16).
var (
	n, d = secretName, secretDoc

	csvList = "id,source,category,surname,given,aliases,weak_aliases,birth_dates,gender,nationalities,documents,programs,remarks\n" +
		n + "," + n + ",individual," + n + "," + n + "," + n + "|" + d + "," + n + ",1980-02-29|~1981,F,GBR,P:GBR:" + d + "|I::" + d + "," + n + "," + n + "\n"

	jsonList = `[{"id": "` + n + `", "source": "` + n + `", "category": "individual",
 "names": [{"full": "` + n + `, ` + n + `", "surname": "` + n + `", "givenNames": "` + n + `", "kind": "primary"}],
 "birthDates": [{"from": "1975", "to": "1977"}], "gender": "M", "nationalities": ["USA"],
 "documents": [{"type": "P", "number": "` + d + `", "issuingCountry": "USA"}], "` + n + `": "` + d + `"}]`

	unList = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00.000Z"><INDIVIDUALS><INDIVIDUAL>
<DATAID>` + d + `</DATAID><FIRST_NAME>` + n + `</FIRST_NAME><SECOND_NAME>` + n + `</SECOND_NAME>
<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>` + d + `</REFERENCE_NUMBER><LISTED_ON>2010-03-04</LISTED_ON>
<NATIONALITY><VALUE>` + n + `</VALUE></NATIONALITY><` + n + ` x="` + n + `">` + d + `</` + n + `>
<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>` + n + `</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>` + d + `</DATE></INDIVIDUAL_DATE_OF_BIRTH>
<` + n + `><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>` + d + `</NUMBER></INDIVIDUAL_DOCUMENT></` + n + `>
</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>
`

	sdnList = `101,"` + n + `, ` + n + `","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB ` + d + `; Passport ` + d + ` (Iraq); a.k.a. '` + n + `'."` + "\n"
	altList = `101,1,"aka","` + n + `, ` + n + `",-0- ` + "\n"
	addList = `101,1,-0- ,"` + n + `",-0- ,-0- ` + "\n"
)

// loaders are every list loader, reading one mutated file (OFAC's other two
// files as written above).
var loaders = []struct {
	name string
	base string
	load func(data []byte) error
}{
	{"watchlist.LoadCSV", csvList, func(b []byte) error { _, err := watchlist.LoadCSV(bytes.NewReader(b), nil); return err }},
	{"watchlist.LoadJSON", jsonList, func(b []byte) error { _, err := watchlist.LoadJSON(bytes.NewReader(b), nil); return err }},
	{"watchlist.LoadUN", unList, func(b []byte) error { _, err := watchlist.LoadUN(bytes.NewReader(b), nil); return err }},
	{"watchlist.LoadOFAC", sdnList, func(b []byte) error {
		_, err := watchlist.LoadOFAC(bytes.NewReader(b), strings.NewReader(altList), strings.NewReader(addList), nil)
		return err
	}},
	{"watchlist.LoadOFAC alt", altList, func(b []byte) error {
		_, err := watchlist.LoadOFAC(strings.NewReader(sdnList), bytes.NewReader(b), strings.NewReader(addList), nil)
		return err
	}},
}

// listMutations are seeded mutations of a list file, with the list's own
// separators preferred.
func listMutations(base string, seed uint64) [][]byte {
	out := [][]byte{[]byte(base)}
	// Each secret in turn made malformed: a bad date, a bad enum, an open quote.
	for _, bad := range []string{"1980-13-45", "x", `"`, "<", "{", "\xff"} {
		out = append(out, []byte(strings.Replace(base, secretDoc, secretDoc+bad, 1)))
		out = append(out, []byte(strings.Replace(base, secretName, secretName+bad, 1)))
	}
	return append(out, corpus([]byte(base), seed, 400)[1:]...)
}

func TestNoPassengerDataInLoaders(t *testing.T) {
	c := newCollector()
	for i, l := range loaders {
		for _, data := range listMutations(l.base, uint64(10+i)) {
			c.err(l.name, l.load(data))
		}
	}
	c.report(t)
}
