package watchlist

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/openpiu/piu/internal/benchcpu"
)

// Benchmarks. Targets (issue 6) are in the comment beside each one; run
//
//	PIU_TESTDATA=/work/shared/data go test -run '^$' -bench . -benchtime 2000x ./watchlist/
//
// The one-million-entry benchmarks build their index once and share it;
// BenchmarkBuild1M builds its own and is best run alone (its peak memory
// is the process's):
//
//	go test -run '^$' -bench Build1M -benchtime 1x ./watchlist/
//
// No Test builds a million entries: they run only under -bench.

// heapInUse returns the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// buildMeasured builds an index and returns it with the heap it holds per
// entry (the entries themselves included, as the index copies them).
func buildMeasured(b *testing.B, entries []Entry, o Options) (*Index, float64) {
	before := heapInUse()
	x, err := NewIndex(entries, o)
	if err != nil {
		b.Fatal(err)
	}
	after := heapInUse()
	runtime.KeepAlive(x)
	return x, float64(after-before) / float64(x.Len())
}

// realQueries are travellers against the real lists: every listed
// individual's primary name with a typing error or spelling variant (so
// that most queries hit), alternated with synthetic people not listed.
func realQueries(entries []Entry, n int) []Query {
	var qs []Query
	unlisted := synthQueries(synthEntries(100, 5), n, 6)
	for i := range entries {
		e := &entries[i]
		if e.Category != CategoryIndividual || len(qs) >= n {
			continue
		}
		nm := e.Names[0]
		q := Query{Surname: nm.Surname, Given: nm.Given, Name: nm.Full}
		if len(qs)%2 == 1 {
			q = unlisted[len(qs)]
		}
		qs = append(qs, q)
	}
	return qs
}

// BenchmarkScreenRealLists: one traveller against the full OFAC SDN and UN
// lists, with every category indexed (all) and with the default categories
// (individuals, unknown and documents: what traveller screening uses).
// Target: ≤ 100 µs per query.
func BenchmarkScreenRealLists(b *testing.B) {
	entries := loadReal(b)
	all := DefaultOptions()
	all.Categories = []Category{CategoryUnknown, CategoryIndividual, CategoryEntity, CategoryVessel, CategoryAircraft, CategoryDocument}
	for _, c := range []struct {
		name string
		o    Options
	}{{"all", all}, {"default", DefaultOptions()}} {
		b.Run(c.name, func(b *testing.B) {
			x, perEntry := buildMeasured(b, entries, c.o)
			qs := realQueries(entries, 1000)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				x.Screen(ctx, qs[i%len(qs)])
				i++
			}
			b.ReportMetric(perEntry, "index-bytes/entry")
		})
	}
}

// BenchmarkScreenReal: one traveller against the full OFAC SDN and UN
// lists with the default options, for a listed traveller (a listed
// individual's primary name) and for one who is not listed (a synthetic
// person). Run with -cpu 1. Target (issue 15): ≤ 30 µs of CPU per query
// for both.
func BenchmarkScreenReal(b *testing.B) {
	entries := loadReal(b)
	x, err := NewIndex(entries, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	var listed []Query
	for i := range entries {
		if e := &entries[i]; e.Category == CategoryIndividual {
			nm := e.Names[0]
			listed = append(listed, Query{Surname: nm.Surname, Given: nm.Given, Name: nm.Full})
		}
	}
	unlisted := synthQueries(synthEntries(100, 5), 1000, 6)
	var plain []Query
	for _, q := range unlisted {
		if m, err := x.Screen(context.Background(), q); err == nil && len(m) == 0 {
			plain = append(plain, q)
		}
	}
	for _, c := range []struct {
		name string
		qs   []Query
	}{{"listed", listed}, {"unlisted", plain}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			i := 0
			benchcpu.Report(b, func() {
				x.Screen(ctx, c.qs[i%len(c.qs)])
				i++
			})
		})
	}
}

// BenchmarkBuild1M builds an index of 1,000,000 synthetic entries
// (synthMixedEntries: names of eight cultures, a fifth with a name in
// Cyrillic or Arabic script) on GOMAXPROCS goroutines. It reports the
// build time (build-s), the index heap per entry (HeapAlloc after a
// collection, after minus before the build, per entry, the entries' own
// copy included), the peak heap sampled every 10 ms during the build
// (HeapInuse + StackInuse, peak-heap-MB), the CPU time of the build
// (build-cpu-s: on a machine shared with other work, wall time also
// counts the waiting) and the process's peak resident
// memory (getrusage maxrss, maxrss-MB, which includes the generated
// entries and is meaningful only when the benchmark runs alone). Targets
// (issue 15): ≤ 10 s on 2 cores, ≤ 1,536 index-bytes/entry, peak ≤ 3 GB.
// The peak is where the heap meets the collector's goal, about twice the
// live heap at the last collection: run with GOMEMLIMIT=3GiB to see the
// build under a limit (2026-12-03: 3,024 MB peak, build-cpu-s 46 against
// 38 without).
func BenchmarkBuild1M(b *testing.B) { benchBuild(b, 1_000_000) }

// BenchmarkBuild100k is BenchmarkBuild1M at a tenth of the size, quick
// enough to profile.
func BenchmarkBuild100k(b *testing.B) { benchBuild(b, 100_000) }

func benchBuild(b *testing.B, n int) {
	entries := synthMixedEntries(n, 1)
	for b.Loop() {
		before := heapInUse()
		stop, peak := samplePeak()
		start, cpu0 := time.Now(), benchcpu.Time().Seconds()
		x, err := NewIndex(entries, DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		secs, cpu := time.Since(start).Seconds(), benchcpu.Time().Seconds()-cpu0
		stop()
		after := heapInUse()
		runtime.KeepAlive(x)
		b.ReportMetric(secs, "build-s")
		b.ReportMetric(cpu, "build-cpu-s")
		b.ReportMetric(float64(after-before)/float64(x.Len()), "index-bytes/entry")
		b.ReportMetric(float64(*peak)/(1<<20), "peak-heap-MB")
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
			b.ReportMetric(float64(ru.Maxrss)/1024, "maxrss-MB")
		}
	}
}

// samplePeak samples HeapInuse + StackInuse every 10 ms until stop is
// called, keeping the largest value in *peak.
func samplePeak() (stop func(), peak *uint64) {
	peak = new(uint64)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse+m.StackInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }, peak
}

var (
	millionOnce  sync.Once
	millionIndex *Index
	millionQs    []Query
	millionBytes float64
)

// million builds the one-million-entry synthetic index once.
func million(b *testing.B) *Index {
	millionOnce.Do(func() {
		entries := synthMixedEntries(1_000_000, 1)
		before := heapInUse()
		x, err := NewIndex(entries, DefaultOptions())
		if err != nil {
			panic(err)
		}
		millionBytes = float64(heapInUse()-before) / float64(x.Len())
		millionIndex = x
		millionQs = synthQueries(entries, 2000, 7)
	})
	return millionIndex
}

// BenchmarkScreen1M: one traveller against 1,000,000 synthetic entries.
// Target: ≤ 2 ms per query.
func BenchmarkScreen1M(b *testing.B) {
	x := million(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Screen(ctx, millionQs[i%len(millionQs)])
		i++
	}
	b.ReportMetric(millionBytes, "index-bytes/entry")
}

// BenchmarkRecall1M measures the recall of Screen against a brute-force
// scan of the same 1,000,000 entries at the default threshold, on 200
// queries (each brute-force scan scores every name: about a second).
// Target: ≥ 99.5 %. The loop times the indexed queries.
func BenchmarkRecall1M(b *testing.B) {
	benchRecall(b, million(b))
}

// benchRecall reports x's recall against brute force on the first 200
// million-entry queries (scanned on GOMAXPROCS goroutines), then times
// Screen over all the queries.
func benchRecall(b *testing.B, x *Index) {
	qs := millionQs[:200]
	var found, total int
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				f, t := recallVsBruteForce(x, qs[i:i+1])
				mu.Lock()
				found, total = found+f, total+t
				mu.Unlock()
			}
		})
	}
	for i := range qs {
		next <- i
	}
	close(next)
	wg.Wait()
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Screen(ctx, millionQs[i%len(millionQs)])
		i++
	}
	b.ReportMetric(100*float64(found)/float64(total), "recall-%")
	b.ReportMetric(float64(total), "brute-force-matches")
}

// BenchmarkFlight1M: a flight of 500 travellers against 1,000,000 entries
// with ScreenBatch on GOMAXPROCS goroutines. Target: ≤ 1 s on 2 cores.
func BenchmarkFlight1M(b *testing.B) {
	x := million(b)
	flight := millionQs[:500]
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.ScreenBatch(ctx, flight); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocLookup10M: a document number looked up among 10,000,000,
// for a listed number (hit) and for one that is not (miss, what nearly
// every traveller presents). Targets: ≤ 200 ns per lookup, ≤ 32 bytes per
// document.
func BenchmarkDocLookup10M(b *testing.B) {
	const n = 10_000_000
	var bl docIndexBuilder
	bl.Grow(n)
	var hits, misses []string
	for i := range n {
		// Passport-like numbers: two letters and seven digits.
		s := fmt.Sprintf("%c%c%07d", 'A'+i%26, 'A'+(i/26)%26, (i*7919)%10_000_000)
		bl.Add(s, uint32(i))
		if i%(n/4096) == 0 && len(hits) < 4096 {
			hits = append(hits, s)
			misses = append(misses, fmt.Sprintf("%010d", i)) // ten characters: never held
		}
	}
	x := bl.Build()
	for _, c := range []struct {
		name    string
		numbers []string
	}{{"hit", hits}, {"miss", misses}} {
		b.Run(c.name, func(b *testing.B) {
			buf := make([]uint32, 0, 8)
			b.ReportAllocs()
			i, found := 0, 0
			for b.Loop() {
				buf = x.AppendLookup(buf[:0], c.numbers[i%len(c.numbers)])
				found += len(buf)
				i++
			}
			if (found > 0) != (c.name == "hit") {
				b.Fatalf("%s: %d ids found in %d lookups", c.name, found, i)
			}
			b.ReportMetric(float64(x.Bytes())/float64(x.Len()), "bytes/doc")
		})
	}
}

// withSecondPair returns a view of x that screens with Options.SecondPair
// (the index data is shared; only the option differs).
func (x *Index) withSecondPair() *Index {
	y := &Index{opts: x.opts, cmp: x.cmp, entries: x.entries, names: x.names, keyset: x.keyset, nkeys: x.nkeys,
		post: x.post, docs: x.docs, docRefs: x.docRefs, nats: x.nats,
		texts: x.texts, vocab: x.vocab, vocabID: x.vocabID, vocabKeys: x.vocabKeys, shapes: x.shapes, tokOff: x.tokOff, toks: x.toks,
		ntoks: x.ntoks, minor: x.minor}
	y.opts.SecondPair = true
	n, v, t, k := len(y.names), len(y.vocab), y.texts, y.keyset.idBound()
	y.scratch.New = func() any { return newScratch(n, v, t, k) }
	return y
}

// BenchmarkRecall1MSecondPair: as BenchmarkRecall1M with
// Options.SecondPair, which widens blocking at a cost (about 20 ms per
// query at 1M on 2 cores, 2026-11-26).
func BenchmarkRecall1MSecondPair(b *testing.B) {
	benchRecall(b, million(b).withSecondPair())
}

// BenchmarkRecallScripts measures Screen's recall against a brute-force
// scan on 100,000 synthetic entries, Latin only (synthEntries) and with
// names in original script (synthMixedEntries), on 150 queries, and counts
// the brute-force matches missed on original-script names: a Latin query
// shares no blocking key with a Cyrillic or Arabic name unless a reading
// of it does, so what the comparator accepts across scripts on looser
// evidence than a shared reading (a skeleton, a phonetic code) is missed.
// Target: ≥ 99.5 % (issue 15). The loop times the indexed queries.
func BenchmarkRecallScripts(b *testing.B) {
	for _, c := range []struct {
		name    string
		entries func() []Entry
	}{{"latin", func() []Entry { return synthEntries(100_000, 1) }}, {"mixed", func() []Entry { return synthMixedEntries(100_000, 1) }}} {
		b.Run(c.name, func(b *testing.B) {
			entries := c.entries()
			x, err := NewIndex(entries, DefaultOptions())
			if err != nil {
				b.Fatal(err)
			}
			qs := synthQueries(entries, 150, 7)
			var total, found, missOriginal int
			for i := range qs {
				got, _ := x.Screen(context.Background(), qs[i])
				ids := map[string]bool{}
				for _, m := range got {
					ids[m.EntryID] = true
				}
				for _, m := range x.bruteForce(&qs[i]) {
					total++
					switch {
					case ids[m.EntryID]:
						found++
					case m.Name.Kind == NameOriginalScript:
						missOriginal++
					}
				}
			}
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				x.Screen(ctx, qs[i%len(qs)])
				i++
			}
			b.ReportMetric(100*float64(found)/float64(max(1, total)), "recall-%")
			b.ReportMetric(float64(total), "brute-force-matches")
			b.ReportMetric(float64(missOriginal), "missed-original-script")
		})
	}
}
