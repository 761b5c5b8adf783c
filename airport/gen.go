//go:build ignore

// gen.go writes table.go from the shared airport data:
//
//	PIU_TESTDATA=/path/to/shared/data go generate ./airport/
//
// PIU_TESTDATA names the shared data folder (default ../../shared/data,
// relative to this directory); the sources are in its airports directory.
// It prints how each conflict between the sources was settled to stderr.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/openpiu/piu/airport/internal/tablegen"
)

func main() {
	date := flag.String("date", time.Now().UTC().Format(time.DateOnly), "generation date written in the header")
	out := flag.String("o", "table.go", "output file")
	flag.Parse()
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	src, st, err := tablegen.Generate(filepath.Join(dir, "airports"), *date)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen.go:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen.go:", err)
		os.Exit(1)
	}
	st.Report(os.Stderr) // after writing: a closed stderr must not lose the table
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes\n", *out, len(src))
}
