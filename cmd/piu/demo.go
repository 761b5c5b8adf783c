package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/watchlist"
)

// demoOutput is what demo prints: each built-in sample decoded as `piu
// decode` would, then the travellers of all samples screened against a
// built-in synthetic list as `piu screen` would.
type demoOutput struct {
	Decoded   []demoDecoded `json:"decoded"`
	Screening *screenOutput `json:"screening"`
}

type demoDecoded struct {
	Sample string `json:"sample"`
	Output any    `json:"output"`
}

// demoCmd runs the main job on built-in synthetic data: bytes to typed
// messages to watchlist hits with their evidence. It needs no file and no
// network, so it is the README's quick start.
// firstPNRDocument returns the first document a PNR traveller carries.
func firstPNRDocument(flights []*manifest.Flight) (watchlist.Document, bool) {
	for _, f := range flights {
		for _, t := range f.Travelers {
			if t.PNR != nil && len(t.PNR.Traveler.Documents) > 0 {
				d := t.PNR.Traveler.Documents[0]
				return watchlist.Document{Type: d.Type, Number: d.Number, IssuingCountry: d.IssuingCountry}, true
			}
		}
	}
	return watchlist.Document{}, false
}

func demoCmd(args []string, stdout io.Writer) error {
	fs := newFlags("demo")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var names []string
	for n := range samples {
		names = append(names, n)
	}
	sort.Strings(names)
	var out demoOutput
	b := manifest.NewBuilder()
	for _, n := range names {
		data := samples[n]()
		decoded, err := decodeBytes(data, false)
		if err != nil {
			return fmt.Errorf("demo: sample %s: %w", n, err)
		}
		out.Decoded = append(out.Decoded, demoDecoded{n, json.RawMessage(decoded)})
		if t := manifest.Detect(data); t == "PAXLST" || t == "PNRGOV" {
			if err := addMessages(b, bytes.NewReader(data), t); err != nil {
				return fmt.Errorf("demo: sample %s: %w", n, err)
			}
		}
	}
	entries, err := demoEntries()
	if err != nil {
		return fmt.Errorf("demo: built-in list: %w", err)
	}
	flights := b.Build()
	// The first document of the pnrgov sample is on the list as stolen.
	if d, ok := firstPNRDocument(flights); ok {
		entries = append(entries, watchlist.Entry{ID: "DEMO-DOC-1", Source: "DEMO", Category: watchlist.CategoryDocument,
			Remarks: "reported stolen (synthetic)", Documents: []watchlist.Document{d}})
	}
	if out.Screening, err = screen(entries, flights); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
