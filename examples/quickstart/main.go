// Quickstart runs the whole chain of a Passenger Information Unit on one
// synthetic flight: the API list (PAXLST) and the PNR push (PNRGOV) are
// decoded into one manifest, and every traveller is evaluated against a
// ruleset and a watchlist. It prints each traveller with a hit: the rules
// that held, with the value observed for each condition, and the watchlist
// entries the traveller may be, kept apart. No hit is a decision: an officer
// reviews each.
//
//	go run ./examples/quickstart
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
	"github.com/openpiu/piu/watchlist"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	// 1. Bytes to flights: the Builder takes PAXLST and PNRGOV in any order
	// and links each API person to its PNR traveller.
	b := manifest.NewBuilder()
	b.Country = risktest.Country // the receiving state: flights get a direction
	for _, data := range [][]byte{risktest.PAXLST(), risktest.PNRGOV()} {
		if _, err := b.Decode(data); err != nil { // diagnostics ignored here
			return err
		}
	}
	flights := b.Build()

	// 2. The engine: rules compiled once against their reference lists,
	// and a watchlist index built once. Both are immutable.
	lists, err := risk.ReadLists(risktest.Lists())
	if err != nil {
		return err
	}
	rules, err := risk.Compile(risktest.Rules(), &risk.CompileOptions{Lists: lists})
	if err != nil {
		return err
	}
	entries, err := watchlist.LoadJSON(bytes.NewReader(risktest.Watchlist()), nil)
	if err != nil {
		return err
	}
	index, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		return err
	}
	engine, err := risk.NewEngine(risk.Config{Rules: rules, Watchlists: []risk.Watchlist{
		{Name: risktest.ListName, Version: risktest.ListVersion, Index: index}}})
	if err != nil {
		return err
	}

	// 3. Evaluate each flight; a fixed Now makes the output reproducible.
	for _, f := range flights {
		res, err := engine.EvaluateWith(context.Background(), f, risk.Options{Now: risktest.Now})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "flight %s%s %s %s, ruleset %s\n", f.Carrier, f.Number, f.Date, f.Direction, res.RulesetHash[:15])
		for i, tr := range res.Travelers {
			if len(tr.Hits) == 0 && len(tr.WatchlistHits) == 0 {
				continue
			}
			t := f.Travelers[i] // results come in flight order
			fmt.Fprintf(w, "%s %s %s, criteria score %.2f\n", t.ID, t.Surname, t.GivenNames, tr.Score)
			for _, h := range tr.Hits {
				fmt.Fprintf(w, "  rule %s v%d %q (%s)\n", h.Rule, h.Version, h.Title, h.Severity)
				printEvidence(w, h.Conditions, "    ")
			}
			for _, h := range tr.WatchlistHits {
				fmt.Fprintf(w, "  watchlist %s %s, score %.2f, listed name %q\n", h.List, h.Match.EntryID, h.Match.Score, h.Match.Name.Full)
				for _, ev := range h.Match.Evidence { // why the score moved
					fmt.Fprintf(w, "    %s %s %+.2f %s\n", ev.Kind, ev.Grade, ev.Effect, ev.Listed)
				}
			}
		}
	}
	return nil
}

// printEvidence prints a condition tree with the value observed at each leaf.
func printEvidence(w io.Writer, ev []risk.Evidence, indent string) {
	for _, e := range ev {
		line := indent + e.Condition + " " + e.Truth.String()
		if e.Field != "" {
			line += fmt.Sprintf(": %s %s %s", e.Field, e.Op, e.Value)
		}
		if e.Collection != "" {
			line += " over " + e.Collection
		}
		if e.Element != nil {
			line += fmt.Sprintf(" (element %d)", *e.Element)
		}
		if e.Observed != nil {
			obs, _ := e.Observed.MarshalJSON()
			line += ", observed " + string(obs)
		}
		fmt.Fprintln(w, line)
		printEvidence(w, e.Conditions, indent+"  ")
	}
}
