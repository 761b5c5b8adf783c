package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/watchlist"
)

// screenOutput is what screen prints: every traveller found in the inputs and
// the watchlist matches of each, best first. Explanations are for officers;
// their text is not stable.
type screenOutput struct {
	Travellers int           `json:"travellers"`
	Hits       []screenedHit `json:"hits"`
}

type screenedHit struct {
	Traveller watchlist.Query   `json:"traveller"`
	Matches   []watchlist.Match `json:"matches"`
}

func screenCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("screen")
	list := fs.String("list", "", "watchlist `file`: national list as .csv or .json, or the UN consolidated list as .xml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *list == "" || fs.NArg() == 0 {
		return fmt.Errorf("screen: usage: piu screen -list LIST FILE...")
	}
	entries, err := loadList(*list)
	if err != nil {
		return err
	}
	var queries []watchlist.Query
	for _, name := range fs.Args() {
		err := withInput(name, stdin, func(in *input, typ string) error {
			q, err := travellers(in, typ)
			queries = append(queries, q...)
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	out, err := screen(entries, queries)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func loadList(name string) ([]watchlist.Entry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return watchlist.LoadCSV(f, nil)
	case ".json":
		return watchlist.LoadJSON(f, nil)
	case ".xml":
		return watchlist.LoadUN(f, nil)
	}
	return nil, fmt.Errorf("screen: list %s: use .csv, .json or .xml (UN consolidated list)", name)
}

// screen indexes the entries and screens every query as one flight.
func screen(entries []watchlist.Entry, queries []watchlist.Query) (*screenOutput, error) {
	idx, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		return nil, err
	}
	results, err := idx.ScreenBatch(context.Background(), queries)
	if err != nil {
		return nil, err
	}
	out := &screenOutput{Travellers: len(queries), Hits: []screenedHit{}}
	for i, m := range results {
		if len(m) > 0 {
			out.Hits = append(out.Hits, screenedHit{queries[i], m})
		}
	}
	return out, nil
}

// travellers streams one input (PAXLST or PNRGOV) into screening queries:
// names as sent, birth date, gender, nationality and documents.
func travellers(r io.Reader, typ string) ([]watchlist.Query, error) {
	var qs []watchlist.Query
	i := 0
	var err error
	switch typ {
	case "PAXLST":
		_, err = paxlstMessages(r, false, func(m *paxlst.Message) error {
			qs = append(qs, paxlstQueries(i, m)...)
			i++
			return nil
		})
	case "PNRGOV":
		j := 0 // the PNR's index in its message
		_, err = pnrgovStream(r, false, func(m *pnrgov.Message, p *pnrgov.PNR) error {
			if p == nil {
				i, j = i+1, 0
				return nil
			}
			qs = append(qs, pnrQueries(fmt.Sprintf("pnrgov/%d/pnrs/%d", i, j), p)...)
			j++
			return nil
		})
	default:
		return nil, fmt.Errorf("screen: no travellers in a %q message: PAXLST or PNRGOV expected", typ)
	}
	return qs, err
}

func paxlstQueries(i int, m *paxlst.Message) []watchlist.Query {
	var qs []watchlist.Query
	for j := range m.Persons {
		p := &m.Persons[j]
		q := watchlist.Query{
			Ref:         fmt.Sprintf("paxlst/%d/persons/%d", i, j),
			Surname:     p.Surname,
			Given:       p.Forenames(),
			BirthDate:   p.BirthDate,
			Gender:      watchlist.ParseGender(string(p.Gender)),
			Nationality: p.Nationality,
		}
		for _, d := range p.Documents {
			q.Documents = append(q.Documents, watchlist.Document{Type: string(d.Type), Number: d.Number, IssuingCountry: d.IssuingCountry})
		}
		qs = append(qs, q)
	}
	return qs
}

func pnrQueries(ref string, pnr *pnrgov.PNR) []watchlist.Query {
	var qs []watchlist.Query
	for k := range pnr.Travelers {
		t := &pnr.Travelers[k]
		q := watchlist.Query{Ref: fmt.Sprintf("%s/travelers/%d", ref, k), Surname: t.Surname, Given: t.Given}
		for _, d := range t.Documents {
			if q.BirthDate.IsZero() {
				q.BirthDate = d.BirthDate
			}
			if q.Gender == watchlist.GenderUnknown {
				q.Gender = watchlist.ParseGender(strings.TrimSuffix(string(d.Gender), "I"))
			}
			if q.Nationality == "" {
				q.Nationality = d.Nationality
			}
			q.Documents = append(q.Documents, watchlist.Document{Type: d.Type, Number: d.Number, IssuingCountry: d.IssuingCountry})
		}
		qs = append(qs, q)
	}
	return qs
}

// demoList is a built-in synthetic national list for the demo: it lists the
// first passenger of the paxlst sample under another spelling and in Cyrillic,
// and a stolen document carried by the pnrgov sample's first traveller is
// added at run time; nobody here is real.
const demoList = `[
 {"id": "DEMO-1", "source": "DEMO", "category": "individual",
  "names": [{"full": "ANA MARIA SAMPEL", "kind": "primary"}, {"full": "Анна Мария Сэмпл", "kind": "originalScript"}],
  "birthDates": [{"from": "1985-05-04", "to": "1985-05-04"}], "nationalities": ["XXA"], "gender": "F"},
 {"id": "DEMO-2", "source": "DEMO", "category": "individual",
  "names": [{"full": "UNRELATED PERSON NAME", "kind": "primary"}], "birthDates": [{"from": "1950", "to": "1950"}]}
]`

func demoEntries() ([]watchlist.Entry, error) {
	return watchlist.LoadJSON(bytes.NewReader([]byte(demoList)), nil)
}
