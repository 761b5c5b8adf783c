//go:build race

package paxlst_test

// raceEnabled: the race detector is on (it makes the million-list stream
// take minutes).
const raceEnabled = true
