package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openpiu/piu/manifest"
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
	country := fs.String("country", "", "the receiving state (ISO 3166 alpha-2), for each flight's direction")
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
	b := manifest.NewBuilder()
	b.Country = *country
	for _, name := range fs.Args() {
		err := withInput(name, stdin, func(in *input, typ string) error { return addMessages(b, in, typ) })
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	out, err := screen(entries, b.Build())
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

// addMessages streams one input (PAXLST or PNRGOV) into b: a flight view
// holds its messages, so screening holds every input's.
func addMessages(b *manifest.Builder, r io.Reader, typ string) error {
	var err error
	switch typ {
	case "PAXLST":
		_, err = paxlstMessages(r, false, func(m *paxlst.Message) error {
			b.AddPAXLST(m)
			return nil
		})
	case "PNRGOV":
		var pnrs []*pnrgov.PNR // of the message being streamed
		_, err = pnrgovStream(r, false, func(m *pnrgov.Message, p *pnrgov.PNR) error {
			if p != nil {
				pnrs = append(pnrs, p)
				return nil
			}
			if len(m.PNRs) == 0 { // streamed: the Decoder leaves PNRs empty
				m.PNRs = pnrs
			}
			b.AddPNRGOV(m)
			pnrs = nil
			return nil
		})
	default:
		return fmt.Errorf("no travellers in a %q message: PAXLST or PNRGOV expected", typ)
	}
	return err
}

// screen indexes the entries and screens every traveller of the flights,
// under each of its name forms (manifest.Traveler.Queries); a traveller's
// hits are the best match of each entry over its forms, best first. The
// query shown is the traveller's first, its Ref the flight and traveller
// ("ZZ100/2026-11-25/t3").
func screen(entries []watchlist.Entry, flights []*manifest.Flight) (*screenOutput, error) {
	idx, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		return nil, err
	}
	var queries []watchlist.Query
	var owner []int // the traveller of each query, numbered across flights
	var firsts []watchlist.Query
	for _, f := range flights {
		prefix := f.Carrier + f.Number + "/" + f.Date.String() + "/"
		for _, t := range f.Travelers {
			for k, q := range t.Queries() {
				q.Ref = prefix + t.ID
				if k == 0 {
					firsts = append(firsts, q)
				}
				queries = append(queries, q)
				owner = append(owner, len(firsts)-1)
			}
		}
	}
	results, err := idx.ScreenBatch(context.Background(), queries)
	if err != nil {
		return nil, err
	}
	best := make([][]watchlist.Match, len(firsts))
	for i, ms := range results {
		best[owner[i]] = mergeMatches(best[owner[i]], ms)
	}
	out := &screenOutput{Travellers: len(firsts), Hits: []screenedHit{}}
	for i, m := range best {
		if len(m) > 0 {
			out.Hits = append(out.Hits, screenedHit{firsts[i], m})
		}
	}
	return out, nil
}

// mergeMatches adds ms to a traveller's matches, keeping the best of each
// entry, best first.
func mergeMatches(have, ms []watchlist.Match) []watchlist.Match {
	for _, m := range ms {
		i := slices.IndexFunc(have, func(h watchlist.Match) bool { return h.EntryID == m.EntryID })
		switch {
		case i < 0:
			have = append(have, m)
		case m.Score > have[i].Score:
			have[i] = m
		}
	}
	slices.SortStableFunc(have, func(a, b watchlist.Match) int { return cmp.Compare(b.Score, a.Score) })
	return have
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
