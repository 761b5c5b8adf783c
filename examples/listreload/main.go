// Listreload keeps screening while a new version of a watchlist is loaded:
// goroutines screen travellers in a loop against the index an
// atomic.Pointer holds, and a reloader builds each new version beside it
// (watchlist.NewIndex) and swaps it in with one Store. An Index never
// changes once built, so nothing is locked, and a screening in flight
// finishes on the version it started with. A user learns to tag every
// result with the list version it used (what an audit log must say) and
// that no query is lost or screened twice across a swap.
//
//	go run ./examples/listreload
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk/risktest"
	"github.com/openpiu/piu/watchlist"
)

// list is one version of the watchlist: immutable once stored.
type list struct {
	version int
	index   *watchlist.Index
}

// result is one screening, tagged with the list version it used.
type result struct {
	query   int // the query's number, 0..n-1
	worker  int
	version int
	entries []string // ids of the entries matched
}

const (
	workers = 4
	rounds  = 100 // each traveller of the flight screened this many times
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	results, err := screen(context.Background())
	if err != nil {
		return err
	}
	perVersion := map[int]int{}
	hits := map[int]map[string]int{}
	for _, r := range results {
		perVersion[r.version]++
		if hits[r.version] == nil {
			hits[r.version] = map[string]int{}
		}
		for _, id := range r.entries {
			hits[r.version][id]++
		}
	}
	fmt.Fprintf(w, "%d screenings on %d goroutines, 2 new list versions swapped in meanwhile\n", len(results), workers)
	for v := 1; v <= 3; v++ {
		fmt.Fprintf(w, "version %d: %d screenings, hits %v\n", v, perVersion[v], hits[v])
	}
	return nil
}

// screen screens every traveller of the scenario rounds times on workers
// goroutines while versions 2 and 3 of the list are built and swapped in.
// It returns the results in query order.
func screen(ctx context.Context) ([]result, error) {
	queries, err := travellers()
	if err != nil {
		return nil, err
	}
	versions, err := versions()
	if err != nil {
		return nil, err
	}
	first, err := watchlist.NewIndex(versions[0], watchlist.DefaultOptions())
	if err != nil {
		return nil, err
	}
	var current atomic.Pointer[list]
	current.Store(&list{version: 1, index: first})

	n := len(queries) * rounds
	jobs := make(chan int)
	out := make(chan result, workers)
	reload := make(chan struct{}, len(versions)-1)  // "a new file came"
	swapped := make(chan struct{}, len(versions)-1) // a new version is in use
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			for q := range jobs {
				l := current.Load() // once per query: the version it uses
				ms, err := l.index.Screen(ctx, queries[q%len(queries)])
				if err != nil {
					cancel(err)
					return
				}
				r := result{query: q, worker: k, version: l.version}
				for _, m := range ms {
					r.entries = append(r.entries, m.EntryID)
				}
				out <- r
			}
		})
	}
	// The reloader builds each new version while the workers screen on
	// the one before, and swaps it in when it is whole.
	wg.Go(func() {
		for v := 2; v <= len(versions); v++ {
			select {
			case <-reload:
			case <-ctx.Done():
				return
			}
			x, err := watchlist.NewIndex(versions[v-1], watchlist.DefaultOptions())
			if err != nil {
				cancel(err)
				return
			}
			current.Store(&list{version: v, index: x})
			swapped <- struct{}{}
		}
	})
	go func() {
		defer close(jobs)
		for q := range n {
			// Half-way through the work after each new file, the feeder
			// waits for its version to be in use, so that every version
			// screens some travellers however fast the machine builds.
			if q == n/2 || q == 5*n/6 {
				select {
				case <-swapped:
				case <-ctx.Done():
					return
				}
			}
			select {
			case jobs <- q:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	// New files "come" at a third and at two thirds of the work.
	var results []result
	for r := range out {
		results = append(results, r)
		if len(results) == n/3 || len(results) == 2*n/3 {
			reload <- struct{}{}
		}
	}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	slices.SortFunc(results, func(a, b result) int { return a.query - b.query })
	return results, nil
}

// travellers returns the watchlist queries of the scenario's travellers.
func travellers() ([]watchlist.Query, error) {
	b := manifest.NewBuilder()
	for _, data := range [][]byte{risktest.PAXLST(), risktest.PNRGOV()} {
		if _, err := b.Decode(data); err != nil {
			return nil, err
		}
	}
	var qs []watchlist.Query
	for _, f := range b.Build() {
		for _, t := range f.Travelers {
			qs = append(qs, t.Query())
		}
	}
	return qs, nil
}

// versions returns three versions of the scenario's list: as published;
// with a person added; and with the stolen passport taken off (found).
func versions() ([][]watchlist.Entry, error) {
	v1, err := watchlist.LoadJSON(bytes.NewReader(risktest.Watchlist()), nil)
	if err != nil {
		return nil, err
	}
	added := watchlist.Entry{ID: "DEMO-3", Source: risktest.ListName, Category: watchlist.CategoryIndividual,
		Names: []watchlist.Name{{Full: "TOMAS FERREIRA", Surname: "FERREIRA", Given: "TOMAS"}}}
	v2 := append(slices.Clone(v1), added)
	v3 := slices.DeleteFunc(slices.Clone(v2), func(e watchlist.Entry) bool { return e.ID == "DEMO-DOC-1" })
	return [][]watchlist.Entry{v1, v2, v3}, nil
}
