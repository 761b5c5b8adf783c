//go:build !race

package fuzzymatch

const raceEnabled = false
