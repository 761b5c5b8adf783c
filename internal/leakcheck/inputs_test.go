package leakcheck

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// The distinctive passenger values: a name and a document number no code
// list, tag or message text holds.
const (
	secretName = "ZZQXSECRET"
	secretDoc  = "99SECRET99"
)

var secrets = []string{secretName, secretDoc}

// leaks returns the secrets that s contains.
func leaks(s string) []string {
	var out []string
	for _, v := range secrets {
		if strings.Contains(s, v) {
			out = append(out, v)
		}
	}
	return out
}

// interchange wraps message segments (no terminators) in UNB, UNH, UNT and
// UNZ with the counts right.
func interchange(typ string, body ...string) []byte {
	segs := append([]string{"UNH+M1+" + typ}, body...)
	segs = append(segs, fmt.Sprintf("UNT+%d+M1", len(segs)+1))
	return []byte("UNB+UNOA:4+AIR+GOV+260301:0800+1'" + strings.Join(segs, "'") + "'UNZ+1+1'")
}

// paxlstBase is a one-passenger list with the secrets in every passenger
// field.
func paxlstBase() []byte {
	n, d := secretName, secretDoc
	return interchange("PAXLST:D:05B:UN:IATA", "BGM+745", "RFF+TN:"+d, "NAD+MS+++"+n,
		"TDT+20+XX100", "LOC+125+AAA", "DTM+189:2603011030:201", "LOC+87+BBB", "DTM+232:2603011445:201",
		"NAD+FL+++"+n+":"+n+":"+n+"+"+n+"+"+n+"++"+n, "ATT+2++M", "DTM+329:850504", "LOC+178+AAA",
		"NAT+2+XXA", "RFF+AVF:"+d, "RFF+ABO:"+d, "RFF+SEA:"+d, "DOC+P:110:111+"+d, "DTM+36:310630", "LOC+91+XXA",
		"FTX+BAG+++"+n, "CNT+42:1")
}

// cusresBase is an answer naming the passenger by the secrets.
func cusresBase() []byte {
	n, d := secretName, secretDoc
	return interchange("CUSRES:D:05B:UN:IATA", "BGM+962", "RFF+TN:"+d, "RFF+AF:XX100",
		"DTM+189:2603011030:201", "LOC+125+AAA", "LOC+87+BBB", "ERP+2", "RFF+AVF:"+d, "RFF+ABO:"+n,
		"ERC+0Z", "FTX+AAP+++"+n+":"+d)
}

// pnrgovBase is a synthetic push whose first traveller's surname and first
// document number are replaced by the secrets wherever they appear.
func pnrgovBase() []byte {
	m := pnrgovtest.Push(1, 7)
	data, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
	if err != nil {
		panic("leakcheck: pnrgovtest push does not encode: " + err.Error())
	}
	res, err := pnrgov.Decode(data, nil)
	if err != nil {
		panic("leakcheck: pnrgovtest push does not decode: " + err.Error())
	}
	for _, p := range res.Messages[0].PNRs {
		for _, t := range p.Travelers {
			data = replaceValue(data, t.Surname, secretName)
			for _, doc := range t.Documents {
				data = replaceValue(data, doc.Number, secretDoc)
			}
		}
	}
	return data
}

// replaceValue replaces old by repl where it stands as a whole value, between
// separators (the pnrgov free text's '/' included).
func replaceValue(data []byte, old, repl string) []byte {
	if len(old) < 3 {
		return data
	}
	re := regexp.MustCompile(`([+:/])` + regexp.QuoteMeta(old) + `([+:/'])`)
	for range 2 { // adjacent values share a separator
		data = re.ReplaceAll(data, []byte("${1}"+repl+"${2}"))
	}
	return data
}

// positions puts the secrets in every position of every segment of an
// interchange: in place of the tag, as an extra element and component, and as
// a segment of its own after it.
func positions(data []byte) [][]byte {
	segs := strings.Split(strings.TrimSuffix(string(data), "'"), "'")
	var out [][]byte
	variant := func(i int, repl ...string) {
		v := append(append(append([]string{}, segs[:i]...), repl...), segs[i+1:]...)
		out = append(out, []byte(strings.Join(v, "'")+"'"))
	}
	for i, s := range segs {
		tag, rest, _ := strings.Cut(s, "+")
		variant(i, secretName+"+"+rest)
		variant(i, secretDoc+strings.TrimPrefix(s, tag))
		variant(i, s+"+"+secretName+":"+secretDoc)
		variant(i, s, secretName+"+FL")
		variant(i, s, secretDoc)
		if len(tag) == 3 {
			variant(i, tag+secretName+"+"+rest) // glued to the tag
		}
	}
	return out
}

// separators are the characters a mutation prefers: they move structure.
const separators = "'+:?*\n UNHTZ"

// mutate applies one to three seeded mutations: truncation, byte flips,
// separator changes, a segment tag moved, a byte deleted or doubled.
func mutate(r *rand.Rand, data []byte) []byte {
	b := append([]byte(nil), data...)
	for range 1 + r.IntN(3) {
		if len(b) == 0 {
			return b
		}
		i := r.IntN(len(b))
		switch r.IntN(6) {
		case 0:
			b = b[:i]
		case 1:
			b[i] = byte(r.IntN(256))
		case 2:
			b[i] = separators[r.IntN(len(separators))]
		case 3: // move the tag of the segment at i after its first separator
			if j := bytes.IndexByte(b[i:], '\''); j >= 0 && i+j+4 < len(b) {
				k := i + j + 1
				tag := append([]byte(nil), b[k:k+3]...)
				b = append(b[:k], append(b[k+3:k+4:k+4], append(tag, b[k+4:]...)...)...)
			}
		case 4:
			b = append(b[:i], b[i+1:]...)
		case 5:
			b = append(b[:i+1], b[i:]...)
		}
	}
	return b
}

// corpus returns the positioned variants of base and n seeded mutations of
// them and of base.
func corpus(base []byte, seed uint64, n int) [][]byte {
	out := append([][]byte{base}, positions(base)...)
	r := rand.New(rand.NewPCG(seed, 0x1eacc))
	for range n {
		out = append(out, mutate(r, out[r.IntN(len(out))]))
	}
	return out
}
