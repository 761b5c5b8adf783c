package main

import (
	"fmt"
	"io"
	"sort"
)

// samples are built-in synthetic interchanges, registered by the format files,
// so that the quick start runs without any data.
var samples = map[string]func() []byte{}

func sampleCmd(args []string, stdout io.Writer) error {
	if len(args) != 1 || samples[args[0]] == nil {
		var names []string
		for n := range samples {
			names = append(names, n)
		}
		sort.Strings(names)
		return fmt.Errorf("sample: name one of %v", names)
	}
	_, err := stdout.Write(samples[args[0]]())
	return err
}
