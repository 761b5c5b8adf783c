//go:build race

package fuzzymatch

// raceEnabled: the race detector slows Prepare some tenfold, so the
// golden test leaves the shared lists (470,000 names) to the run without it.
const raceEnabled = true
