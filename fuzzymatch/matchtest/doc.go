// Package matchtest evaluates name matchers on labelled pairs, in the manner
// of net/http/httptest: it serves the tests and benchmarks of fuzzymatch, of
// the nested matchr module and of any matcher of your own, and is no part of
// screening.
//
// [ReadCases] reads labelled pairs from CSV (the columns of the nomenklatura
// name benchmark: case_group, schema, name1, name2, is_match, quality,
// category, notes). [Evaluate] scores every pair with a [Matcher] and reports
// precision, recall and F1 at every threshold, the best threshold, breakdowns
// per category and schema, and the time and allocations per pair.
// [Tokenwise] turns any token metric into a baseline matcher, so that
// matchers built on different metrics differ only in the metric.
//
//	f, _ := os.Open("pairs.csv")
//	cases, err := matchtest.ReadCases(f)
//	if err != nil {
//		return err
//	}
//	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
//	r := matchtest.Evaluate(c, cases, matchtest.Options{Threshold: c.Threshold()})
//	base := matchtest.Evaluate(matchtest.Tokenwise(fuzzymatch.JaroWinkler), cases, matchtest.Options{})
//	fmt.Println(r.At.F1, base.Best.F1, r.BySchema["Person"].F1, r.NsPerPair)
//
// A [Report] marshals to JSON with camelCase keys (thresholdUsed, byCategory,
// nsPerPair, allocsPerPair; a case is caseGroup, name1, name2, isMatch, ...);
// the CSV columns read by ReadCases keep the benchmark's own names.
//
// The package does not import fuzzymatch, so that fuzzymatch's own tests can
// use it.
package matchtest
