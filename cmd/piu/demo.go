package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// demoCmd runs the main job on the built-in synthetic samples: each sample
// interchange is decoded as `piu decode` would, and the result printed as JSON.
// It needs no file and no network, so it is the README's quick start.
func demoCmd(args []string, stdout io.Writer) error {
	fs := newFlags("demo")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var names []string
	for n := range samples {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return fmt.Errorf("demo: no built-in samples are registered")
	}
	type result struct {
		Sample string `json:"sample"`
		Output any    `json:"output"`
	}
	var out []result
	for _, n := range names {
		decoded, err := decodeData(samples[n](), false)
		if err != nil {
			return fmt.Errorf("demo: sample %s: %w", n, err)
		}
		out = append(out, result{n, decoded})
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
