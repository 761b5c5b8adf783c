package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// The scenario of risktest is also a sample: the API list and the PNR push
// of one flight.
func init() {
	samples["api"] = risktest.PAXLST
	samples["pnr"] = risktest.PNRGOV
}

// demoOutput is what demo -format json prints: each interchange of the
// scenario decoded as `piu decode` would, the flight as `piu decode
// -manifest` would, and its screening as `piu screen` would.
type demoOutput struct {
	Decoded []demoDecoded      `json:"decoded"`
	Flights []*manifest.Flight `json:"flights"`
	Results []*risk.Result     `json:"results"`
}

type demoDecoded struct {
	Sample string `json:"sample"`
	Output any    `json:"output"`
}

// demoCmd runs the whole chain on the synthetic scenario of risktest: bytes
// to typed messages, to the flight with API and PNR travellers linked, to the
// rule engine's criteria hits, watchlist hits and rules not evaluable, with
// their evidence. It needs no file and no network, so it is the README's
// quick start; it evaluates at risktest.Now, so its output is the same at
// every run.
func demoCmd(args []string, stdout io.Writer) error {
	fs := newFlags("demo")
	format := fs.String("format", "text", "output: text (a summary for an officer) or json (everything)")
	html := fs.String("html", "", "also write the flight's HTML report (package report) to `file`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("demo: -format %q: json or text", *format)
	}
	var out demoOutput
	b := manifest.NewBuilder()
	b.Country = risktest.Country
	for _, n := range []string{"api", "pnr"} {
		data := samples[n]()
		if *format == "json" {
			decoded, err := decodeBytes(data, false)
			if err != nil {
				return fmt.Errorf("demo: sample %s: %w", n, err)
			}
			out.Decoded = append(out.Decoded, demoDecoded{n, json.RawMessage(decoded)})
		}
		if err := addMessages(b, bytes.NewReader(data), manifest.Detect(data)); err != nil {
			return fmt.Errorf("demo: sample %s: %w", n, err)
		}
	}
	out.Flights = b.Build()
	cfg, err := risktest.Config()
	if err != nil {
		return fmt.Errorf("demo: built-in rules and watchlist: %w", err)
	}
	rs := cfg.Rules
	e, err := risk.NewEngine(cfg)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if out.Results, err = evaluate(e, out.Flights, risk.Options{Now: risktest.Now}); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if *html != "" {
		if err := writeReports(stdout, *html, rs, out.Flights, out.Results); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	if *format == "json" {
		return writeJSON(stdout, out)
	}
	if _, err := fmt.Fprintf(stdout, "%s\n\n", decodedSummary(out.Flights)); err != nil {
		return err
	}
	return writeText(stdout, rs, out.Flights, out.Results)
}

// decodedSummary says what the flights were built from: the messages of
// each format, the travellers, and how many have their API record linked to
// their PNR record.
func decodedSummary(flights []*manifest.Flight) string {
	var paxlst, pnrgov, pnrs, api, pnr, linked, travellers int
	for _, f := range flights {
		for _, s := range f.Sources {
			switch s.Format {
			case manifest.FormatPAXLST:
				paxlst++
			case manifest.FormatPNRGOV:
				pnrgov++
			}
		}
		pnrs += len(f.PNRs)
		for _, t := range f.Travelers {
			travellers++
			if t.API != nil {
				api++
			}
			if t.PNR != nil {
				pnr++
			}
			if t.Link != nil {
				linked++
			}
		}
	}
	var parts []string
	if paxlst > 0 {
		parts = append(parts, fmt.Sprintf("PAXLST (%s, %d API persons)", plural(paxlst, "message"), api))
	}
	if pnrgov > 0 {
		parts = append(parts, fmt.Sprintf("PNRGOV (%s, %s, %d PNR travellers)", plural(pnrgov, "message"), plural(pnrs, "PNR"), pnr))
	}
	return fmt.Sprintf("decoded %s: %s, %s, %d linked API↔PNR",
		strings.Join(parts, " and "), plural(len(flights), "flight"), plural(travellers, "traveller"), linked)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
