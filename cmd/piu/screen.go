package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/watchlist"
)

// screenOutput is what screen prints as JSON: the risk.Result of each
// flight, in the order manifest.Builder.Build gives the flights.
type screenOutput struct {
	Flights []*risk.Result `json:"flights"`
}

// maxRulesFile bounds a rules or reference-lists file, read whole.
const maxRulesFile = 64 << 20

func screenCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("screen")
	format := fs.String("format", "json", "output: json or text")
	sc := screenFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("screen: -format %q: json or text", *format)
	}
	rs, flights, results, err := sc.run("screen", fs.Args(), stdin)
	if err != nil {
		return err
	}
	if *format == "text" {
		return writeText(stdout, rs, flights, results)
	}
	return writeJSON(stdout, screenOutput{results})
}

// screening holds the flags that screen and report share: what to
// evaluate the flights of the input files against, and when.
type screening struct {
	rules, lists, list, country, now *string
	depersonalised                   *bool
}

func screenFlags(fs *flag.FlagSet) *screening {
	return &screening{
		rules: fs.String("rules", "", "rules `file`: JSON (risk.Compile) or a GTAS UDR file, told apart by content"),
		lists: fs.String("lists", "", "reference lists `file` the rules' member_of names (JSON, risk.ReadLists)"),
		list: fs.String("list", "", "watchlist `file`: national list as .csv or .json, or the UN consolidated list as .xml; "+
			"named after the file, its version the first 12 hex digits of the SHA-256 of its bytes"),
		country: fs.String("country", "", "the receiving state (ISO 3166 alpha-2), for each flight's direction"),
		now:     fs.String("now", "", "time of evaluation, RFC 3339 (default: the current time)"),
		depersonalised: fs.Bool("depersonalised", false, "the FILEs are depersonalised (piu mask): identifying data and "+
			"pseudonyms evaluate as masked, and no watchlist is screened"),
	}
}

// run builds the flights of the files and evaluates each.
func (sc *screening) run(cmd string, files []string, stdin io.Reader) (*risk.Ruleset, []*manifest.Flight, []*risk.Result, error) {
	if (*sc.rules == "" && *sc.list == "") || len(files) == 0 {
		return nil, nil, nil, fmt.Errorf("%s: usage: piu %s -rules RULES [-lists LISTS] [-list LIST] [-country CC] FILE...", cmd, cmd)
	}
	if *sc.lists != "" && *sc.rules == "" {
		return nil, nil, nil, fmt.Errorf("%s: -lists needs -rules", cmd)
	}
	// Pseudonyms are recognised only in data said to be depersonalised: in
	// data as received, a value in their form is the sender's.
	opts := risk.Options{Depersonalised: *sc.depersonalised}
	if opts.Depersonalised {
		opts.Masked = privacy.IsMasked
	}
	if *sc.now != "" {
		t, err := time.Parse(time.RFC3339, *sc.now)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: -now: want RFC 3339 (2026-11-25T00:30:00Z)", cmd)
		}
		opts.Now = t
	}
	var cfg risk.Config
	if *sc.rules != "" {
		rs, err := loadRules(*sc.rules, *sc.lists)
		if err != nil {
			return nil, nil, nil, err
		}
		cfg.Rules = rs
	}
	if *sc.list != "" {
		w, err := loadWatchlist(*sc.list)
		if err != nil {
			return nil, nil, nil, err
		}
		cfg.Watchlists = []risk.Watchlist{w}
	}
	e, err := risk.NewEngine(cfg)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", cmd, err)
	}
	b := manifest.NewBuilder()
	b.Country = *sc.country
	for _, name := range files {
		err := withInput(name, stdin, func(in *input, typ string) error { return addMessages(b, in, typ) })
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	flights := b.Build()
	results, err := evaluate(e, flights, opts)
	return cfg.Rules, flights, results, err
}

// evaluate runs the engine on every flight.
func evaluate(e *risk.Engine, flights []*manifest.Flight, opts risk.Options) ([]*risk.Result, error) {
	results := make([]*risk.Result, 0, len(flights))
	for _, f := range flights {
		r, err := e.EvaluateWith(context.Background(), f, opts)
		if err != nil {
			return nil, fmt.Errorf("screen: flight %s%s/%s: %w", f.Carrier, f.Number, f.Date, err)
		}
		results = append(results, r)
	}
	return results, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// loadRules compiles the rules file against the reference lists of the
// lists file (none when ""). Compile errors are all given, one a line, each
// with its rule and condition.
func loadRules(rules, lists string) (*risk.Ruleset, error) {
	refs, err := readListsFile(lists)
	if err != nil {
		return nil, fmt.Errorf("screen: lists %w", err)
	}
	f, err := readRulesFile(rules)
	if err != nil {
		return nil, fmt.Errorf("screen: rules %w", err)
	}
	rs, err := risk.CompileFile(f, &risk.CompileOptions{Lists: refs})
	var ce risk.CompileErrors
	if errors.As(err, &ce) {
		var b strings.Builder
		fmt.Fprintf(&b, "screen: rules %s: %d errors:", rules, len(ce))
		for _, e := range ce {
			b.WriteString("\n  " + e.Error())
		}
		return nil, errors.New(b.String())
	}
	if err != nil {
		return nil, fmt.Errorf("screen: rules %s: %w", rules, err)
	}
	return rs, nil
}

// readSmall reads a file of at most maxRulesFile bytes.
func readSmall(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRulesFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxRulesFile {
		return nil, fmt.Errorf("larger than %d MiB", maxRulesFile>>20)
	}
	return data, nil
}

// loadWatchlist loads and indexes a watchlist file. Its name is the file's
// base name without extension, its version "sha256:" and the first 12 hex
// digits of the SHA-256 of the file's bytes: the same list gives the same
// version wherever it is copied, and a changed one another.
func loadWatchlist(name string) (risk.Watchlist, error) {
	f, err := os.Open(name)
	if err != nil {
		return risk.Watchlist{}, err
	}
	defer f.Close()
	h := sha256.New()
	entries, err := loadList(name, io.TeeReader(f, h))
	if err != nil {
		return risk.Watchlist{}, fmt.Errorf("screen: list %s: %w", name, err)
	}
	if _, err := io.Copy(h, f); err != nil { // what the loader left unread
		return risk.Watchlist{}, fmt.Errorf("screen: list %s: %w", name, err)
	}
	idx, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		return risk.Watchlist{}, fmt.Errorf("screen: list %s: %w", name, err)
	}
	base := filepath.Base(name)
	return risk.Watchlist{
		Name:    strings.TrimSuffix(base, filepath.Ext(base)),
		Version: "sha256:" + hex.EncodeToString(h.Sum(nil))[:12],
		Index:   idx,
	}, nil
}

func loadList(name string, r io.Reader) ([]watchlist.Entry, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return watchlist.LoadCSV(r, nil)
	case ".json":
		return watchlist.LoadJSON(r, nil)
	case ".xml":
		return watchlist.LoadUN(r, nil)
	}
	return nil, errors.New("use .csv, .json or .xml (UN consolidated list)")
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
