package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"

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
	var queries []watchlist.Query
	for _, n := range names {
		data := samples[n]()
		decoded, err := decodeBytes(data, false)
		if err != nil {
			return fmt.Errorf("demo: sample %s: %w", n, err)
		}
		out.Decoded = append(out.Decoded, demoDecoded{n, json.RawMessage(decoded)})
		if t := messageType(data); t == "PAXLST" || t == "PNRGOV" {
			q, err := travellers(bytes.NewReader(data), t)
			if err != nil {
				return fmt.Errorf("demo: sample %s: %w", n, err)
			}
			queries = append(queries, q...)
		}
	}
	entries, err := demoEntries()
	if err != nil {
		return fmt.Errorf("demo: built-in list: %w", err)
	}
	// The pnrgov sample's first document is on the list as stolen.
	for _, q := range queries {
		if len(q.Documents) > 0 && q.Ref[:6] == "pnrgov" {
			entries = append(entries, watchlist.Entry{ID: "DEMO-DOC-1", Source: "DEMO", Category: watchlist.CategoryDocument,
				Remarks: "reported stolen (synthetic)", Documents: []watchlist.Document{q.Documents[0]}})
			break
		}
	}
	if out.Screening, err = screen(entries, queries); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
