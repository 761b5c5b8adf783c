// Package report writes the evaluation of a flight (a risk.Result) as one
// self-contained HTML page for the officer who reviews its hits: the flight
// and its legs, summary counts, each traveller with a hit (highest score
// first) with the names, documents and booking the manifest has, then the
// other travellers in a table, and the ruleset hash, list versions and times
// an audit needs.
//
// Watchlist hits and criteria hits are shown in sections of their own (EU
// directive 2016/681 art. 6(3) keeps them apart). A watchlist hit shows the
// listed name beside the traveller's, the name parts paired and how, and the
// evidence that moved its score; a criteria hit shows its rule and the tree
// of conditions with the value observed for each. Rules that could not be
// evaluated for want of data, and hits cleared earlier, are listed too.
// No hit is a decision: the page says so.
//
// The page has no script and loads nothing (style inline, printable). Names
// come from airlines and lists and are hostile input: every value is escaped
// by html/template, and bidirectional and other control characters are shown
// as their codes. The same inputs give the same bytes.
//
//	res, err := engine.Evaluate(ctx, flight)
//	if err != nil {
//		return err
//	}
//	var page bytes.Buffer
//	if err := report.HTML(&page, flight, res, &report.Options{Ruleset: "national criteria 2026-12"}); err != nil {
//		return err
//	}
//
// The page's layout and wording are for people and are not stable across
// versions; hosts that need data should keep the risk.Result, as JSON.
package report
