// Package matchr adapts the metrics and phonetic codes of
// github.com/antzucaro/matchr to the matchtest.Matcher interface, so that
// they can be used as matchers and compared with fuzzymatch's own comparator
// and metrics in the evaluation harness, package fuzzymatch/matchtest.
//
// Licence: this nested module is GPL-2.0-or-later, because
// github.com/antzucaro/matchr is. It is a separate Go module so that the
// main module (github.com/openpiu/piu, Apache-2.0) never depends on GPL code:
// importing this package brings the GPL into your program, importing
// github.com/openpiu/piu/fuzzymatch does not.
//
//	m := matchr.TokenJaroWinkler // a matchtest.Matcher
//	r := matchtest.Evaluate(m, cases, matchtest.Options{})
//	fmt.Println(r.Best.F1)
package matchr
