//go:build !race

package paxlst_test

const raceEnabled = false
