package fuzzymatch

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Prepare's output is pinned: TestPrepareGolden compares, for a broad
// corpus, everything a prepared name holds with what the implementation
// computed when testdata/prepare.golden was written, so that a change
// meant to make Prepare faster is proven not to change what it computes.
// A change that is meant to change it (a new transliteration table, a
// token rule) rewrites the file with
//
//	go test ./fuzzymatch -run TestPrepareGolden -update
//	PIU_TESTDATA=/work/shared/data go test ./fuzzymatch -run TestPrepareGolden -update
//
// and the diff of the file shows which names changed (the summaries) and
// how many (the hashes). The second command also pins the names of the
// shared lists (one hash per source, as the files may not be copied).
var update = flag.Bool("update", false, "rewrite testdata/prepare.golden from the current Prepare")

const goldenPath = "testdata/prepare.golden"

// dumpName writes every field of a prepared name, and of each of its
// tokens, in a fixed order. TestDumpCoversFields fails when a field is
// added to Name or token and not here.
func dumpName(n *Name) string {
	var b strings.Builder
	fmt.Fprintf(&b, "raw=%q tokens=%q keys=%q joins=%q joinSets=%x\n", n.raw, n.Tokens(), n.Keys(), n.joins, n.joinSets)
	for i := range n.toks {
		t := &n.toks[i]
		fmt.Fprintf(&b, " tok %d: formBits=%x joinedBits=%x kind=%d script=%d seg=%d patLen=%d ending=%d ascii=%t weight=%v dm=%x dms=%x stem=%t skMask=%x print=%x\n",
			i, t.formBits, t.joinedBits, t.kind, t.script, t.seg, t.patLen, t.ending, t.ascii, t.weight, t.dm, t.dms, t.stem, t.skMask, t.print)
		fmt.Fprintf(&b, "  forms=%q sets=%x joined=%q single=%q groups=%v skels=%q skSets=%x coarse=%q crSets=%x\n",
			t.forms, t.sets, t.joined, t.single, t.groups, t.skels, t.skSets, t.coarse, t.crSets)
	}
	return b.String()
}

// dumpedFields are the fields dumpName writes.
var dumpedFields = map[string][]string{
	"Name":      {"raw", "toks", "joins", "joinSets"}, // tokens and keys: Tokens() and Keys() are dumped
	"token":     {"tokenData"},
	"tokenData": {"dms", "stem", "formBits", "joinedBits", "kind", "script", "seg", "patLen", "ending", "ascii", "weight", "dm", "skMask", "print", "forms", "sets", "joined", "single", "groups", "skels", "skSets", "coarse", "crSets"},
}

func TestDumpCoversFields(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[Name](), reflect.TypeFor[token](), reflect.TypeFor[tokenData]()} {
		var got []string
		for i := range typ.NumField() {
			got = append(got, typ.Field(i).Name)
		}
		want := slices.Clone(dumpedFields[typ.Name()])
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s has fields %v, dumpName writes %v: update dumpName and dumpedFields", typ.Name(), got, want)
		}
	}
}

func nameHash(n *Name) string {
	h := sha256.Sum256([]byte(dumpName(n)))
	return hex.EncodeToString(h[:8])
}

// summary is the readable part of a golden line: the tokens with their
// forms, and the keys.
func summary(n *Name) string {
	var b strings.Builder
	for i := range n.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(n.toks[i].forms, "|"))
	}
	fmt.Fprintf(&b, " keys=%d", len(n.Keys()))
	return b.String()
}

// goldenTokens are name parts in every script Prepare reads, from which
// generatedNames builds names (synthetic: common name words of each
// language written for the test).
var goldenTokens = [][]string{
	strings.Fields("SMITH JOHN MARY MÜLLER JÜRGEN GARCÍA JOSÉ MÁRQUEZ ØDEGÅRD STRAßE O'BRIEN D'ARCY AL-BASHIR ABD EL KARIM ABU BIN IBN VAN DER DE LA MR MRS DR JR SCHWARZ NICHOLS CHIARA MOHAMMED MUHAMMAD ALI HASSAN IVANOV SERGEI VIKTOROVICH PETROVNA ŁUKASZ ŻÓŁĆ NGUYỄN ÇELIK ŞAHIN KIM LEE PARK WANG LI ZHANG SINGH KUMAR SECH1N A B J. ST SAINT DOS SANTOS CO LTD BANK"),
	strings.Fields("Владимир Путин Сергей Иванов Викторович Юлия Тимошенко Ёлкин Щукин Олександр Євген Ґонта Ђорђе Џеко Нұрсұлтан Әбішев Луций Дмитрий Медведев Хабиб Цой Ксения Бъчваров Ольга Андреевна Зайцев"),
	strings.Fields("Γεώργιος Παπαδόπουλος Αθηνά Ευάγγελος Χρήστος Νικόλαος Ψυχάρης Δημήτρης"),
	strings.Fields("علي حسن محمد عبد الكريم البشير أسامة بن لادن إبراهيم عبدالله يوسف فاطمة موسى الرحمن عمر شيرين"),
	strings.Fields("דוד כהן משה לוי ג׳ורג׳ יצחק אברהם שרה צ׳רלי רחל"),
	strings.Fields("Արամ Պետրոսյան Գևորգ Սարգսյան Աննա"),
	strings.Fields("გიორგი ბერიძე ნინო ჯავახიშვილი"),
	strings.Fields("김정은 이순신 박 지성 최 정 김 리 설주 문재인"),
	strings.Fields("タナカ ヤマダ さくら ケン ワタナベ"),
	strings.Fields("毛泽东 王 小明 राम शर्मा สมชาย ใจดี"),
}

var goldenSeps = []string{" ", " ", " ", "-", "/", ", ", ".", " - ", "  "}

// generatedNames returns n names of one to six parts, each mostly in one
// script with now and then a part from another, deterministic.
func generatedNames(n int) []string {
	r := rand.New(rand.NewPCG(15, 6))
	out := make([]string, n)
	for i := range out {
		sc := r.IntN(len(goldenTokens))
		parts := 1 + r.IntN(6)
		var b strings.Builder
		for p := range parts {
			if p > 0 {
				b.WriteString(goldenSeps[r.IntN(len(goldenSeps))])
			}
			pool := goldenTokens[sc]
			if r.IntN(10) == 0 {
				pool = goldenTokens[r.IntN(len(goldenTokens))]
			}
			w := pool[r.IntN(len(pool))]
			switch r.IntN(8) {
			case 0:
				w = strings.ToLower(w)
			case 1:
				w = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
			}
			b.WriteString(w)
		}
		out[i] = b.String()
	}
	return out
}

func readCorpus(t *testing.T) []string {
	f, err := os.Open("testdata/prepare_corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// A long hostile name (Prepare reads its first 1 KiB).
	return append(out, strings.Repeat("Ab-Cé Дж ", 300))
}

// sharedNameSources returns, when PIU_TESTDATA is set, the names of the
// shared lists and evaluation files by source.
func sharedNameSources(t *testing.T) map[string][]string {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" || raceEnabled && !*update {
		return nil
	}
	src := map[string][]string{}
	csvColumn := func(rel string, cols ...int) []string {
		f, err := os.Open(dir + "/" + rel)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.FieldsPerRecord, r.LazyQuotes = -1, true
		var out []string
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cols {
				if c < len(rec) {
					out = append(out, rec[c])
				}
			}
		}
		return out
	}
	src["ofac_sdn"] = csvColumn("watchlists/ofac_sdn.csv", 1)
	src["ofac_alt"] = csvColumn("watchlists/ofac_alt.csv", 3)
	src["nomenklatura"] = csvColumn("names/nomenklatura_name_bench_cases.csv", 2, 3)
	src["un"] = unNames(t, dir+"/watchlists/un_consolidated.xml")
	for _, lang := range []string{"russian", "arabic", "hebrew"} {
		var ws []string
		for _, p := range loadWikidata(t, lang, 0) {
			ws = append(ws, p.latin, p.script)
		}
		src["wikidata_"+lang] = ws
	}
	return src
}

// unNames returns the text of every name element of the UN list, and
// the name parts of each record joined as one name.
func unNames(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	var out, parts []string
	var in string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			in = e.Name.Local
		case xml.EndElement:
			if e.Name.Local == "INDIVIDUAL" || e.Name.Local == "ENTITY" {
				out = append(out, strings.Join(parts, " "))
				parts = parts[:0]
			}
			in = ""
		case xml.CharData:
			s := strings.TrimSpace(string(e))
			switch in {
			case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME":
				parts = append(parts, s)
				out = append(out, s)
			case "ALIAS_NAME", "NAME_ORIGINAL_SCRIPT":
				out = append(out, s)
			}
		}
	}
	return out
}

// goldenLines computes the golden file's lines: one per corpus name (hash
// and summary), one per generated name (hash), one per shared source
// (count and hash of all its names' dumps).
func goldenLines(t *testing.T) []string {
	var lines []string
	for _, raw := range readCorpus(t) {
		n := Prepare(raw)
		lines = append(lines, fmt.Sprintf("corpus %s %q %s", nameHash(n), raw, summary(n)))
	}
	for i, raw := range generatedNames(3000) {
		lines = append(lines, fmt.Sprintf("generated %d %s", i, nameHash(Prepare(raw))))
	}
	srcs := sharedNameSources(t)
	names := make([]string, 0, len(srcs))
	for k := range srcs {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		h := sha256.New()
		for _, raw := range srcs[k] {
			io.WriteString(h, dumpName(Prepare(raw)))
		}
		lines = append(lines, fmt.Sprintf("shared %s %d %s", k, len(srcs[k]), hex.EncodeToString(h.Sum(nil)[:8])))
	}
	return lines
}

// TestPrepareGolden checks Prepare against testdata/prepare.golden (see
// update above). Shared sources are checked only when PIU_TESTDATA is set;
// their lines are kept when the file is rewritten without it.
func TestPrepareGolden(t *testing.T) {
	got := goldenLines(t)
	data, err := os.ReadFile(goldenPath)
	if err != nil && !*update {
		t.Fatalf("%v (write it with -update)", err)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if *update {
		if os.Getenv("PIU_TESTDATA") == "" {
			for _, l := range want {
				if strings.HasPrefix(l, "shared ") {
					got = append(got, l)
				}
			}
		}
		if err := os.WriteFile(goldenPath, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantSet := map[string]bool{}
	for _, l := range want {
		wantSet[l] = true
	}
	corpus := readCorpus(t)
	gen := generatedNames(3000)
	bad := 0
	for i, l := range got {
		if wantSet[l] {
			continue
		}
		bad++
		if bad > 10 {
			continue
		}
		raw := ""
		switch {
		case i < len(corpus):
			raw = corpus[i]
		case i < len(corpus)+len(gen):
			raw = gen[i-len(corpus)]
		}
		t.Errorf("Prepare changed: %s is not in %s\n%s", l, goldenPath, dumpName(Prepare(raw)))
	}
	if bad > 10 {
		t.Errorf("... %d lines differ in all", bad)
	}
	switch {
	case os.Getenv("PIU_TESTDATA") == "":
		t.Log("PIU_TESTDATA is not set: the names of the shared lists were not checked")
	case raceEnabled:
		t.Log("race detector on: the names of the shared lists are checked by the run without it")
	}
	shared := 0
	for _, l := range got {
		if strings.HasPrefix(l, "shared ") {
			shared++
		}
	}
	if n := len(got) - shared; n != len(want)-countPrefix(want, "shared ") {
		t.Errorf("%d lines for the corpus and generated names, %s has %d", n, goldenPath, len(want)-countPrefix(want, "shared "))
	}
}

func countPrefix(ls []string, p string) int {
	c := 0
	for _, l := range ls {
		if strings.HasPrefix(l, p) {
			c++
		}
	}
	return c
}

// TestPrepareScratchNotShared checks that a prepared name holds nothing of
// Prepare's pooled scratch: names prepared earlier do not change while
// later names (long ones, in other scripts) reuse it.
func TestPrepareScratchNotShared(t *testing.T) {
	corpus := readCorpus(t)
	first := make([]*Name, len(corpus))
	dumps := make([]string, len(corpus))
	for i, raw := range corpus {
		first[i] = Prepare(raw)
		dumps[i] = dumpName(first[i])
	}
	for _, raw := range generatedNames(2000) {
		Prepare(raw)
	}
	for i := len(corpus) - 1; i >= 0; i-- {
		Prepare(corpus[i])
	}
	for i, n := range first {
		if got := dumpName(n); got != dumps[i] {
			t.Errorf("Prepare(%q) changed after later calls:\n%s\nwas\n%s", corpus[i], got, dumps[i])
		}
	}
}

// TestPrepareConcurrent prepares the corpus from several goroutines at
// once (the pooled scratch, the tables built on first use): each name
// must come out as prepared alone. Run with -race, it also checks that
// they share nothing unsynchronised.
func TestPrepareConcurrent(t *testing.T) {
	corpus := readCorpus(t)
	if len(corpus) > 3000 {
		corpus = corpus[:3000]
	}
	want := make([]string, len(corpus))
	for i, raw := range corpus {
		want[i] = dumpName(Prepare(raw))
	}
	const workers = 4
	errs := make(chan string, workers)
	for w := range workers {
		go func() {
			bad := ""
			for k := range corpus {
				i := (k*7 + w*len(corpus)/workers) % len(corpus)
				if got := dumpName(Prepare(corpus[i])); got != want[i] && bad == "" {
					bad = fmt.Sprintf("Prepare(%q) from goroutine %d:\n%s\nalone:\n%s", corpus[i], w, got, want[i])
				}
			}
			errs <- bad
		}()
	}
	for range workers {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
