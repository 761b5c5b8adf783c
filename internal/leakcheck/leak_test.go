// Package leakcheck checks, by test only, that no diagnostic, error or CLI
// output other than the decoded data itself carries passenger data: it puts
// distinctive names and document numbers in every position of synthetic
// messages and list files, mutates them with seeded mutations, and runs every
// decoder and loader, lenient and strict, and the piu commands.
package leakcheck

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/pnrgov"
)

// known are the leaks other changes are fixing, by finding key (see
// finding.key): they are still reported, marked KNOWN, so that the lead sees
// which remain after a merge.
var known = map[string]string{}

// finding is one leak: where it was seen and the text that carried it.
type finding struct {
	source string // the decoder, loader or command
	code   string // the diagnostic code, or "error"
	field  string // tag, text (message or String) or error
	text   string
}

func (f finding) key() string {
	if f.code == "error" {
		return f.source + " error"
	}
	return f.source + " " + f.code + " " + f.field
}

// collector gathers findings, one example per key.
type collector struct {
	count   map[string]int
	example map[string]finding
}

func newCollector() *collector {
	return &collector{count: map[string]int{}, example: map[string]finding{}}
}

func (c *collector) add(f finding) {
	if len(leaks(f.text)) == 0 {
		return
	}
	k := f.key()
	if c.count[k] == 0 {
		c.example[k] = f
	}
	c.count[k]++
}

func (c *collector) diagnostics(source string, diags []edifact.Diagnostic) {
	for _, d := range diags {
		c.add(finding{source, string(d.Code), "tag", d.Tag})
		c.add(finding{source, string(d.Code), "text", d.Message + "\x00" + d.String()})
	}
}

func (c *collector) err(source string, err error) {
	if err != nil {
		c.add(finding{source, "error", "error", err.Error()})
	}
}

// report fails the test once per leak key, marking the known ones.
func (c *collector) report(t *testing.T) {
	t.Helper()
	keys := make([]string, 0, len(c.count))
	for k := range c.count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		mark := "LEAK"
		why, ok := known[k]
		if !ok {
			why, ok = known[c.example[k].code]
		}
		if ok {
			mark = "KNOWN LEAK (" + why + ")"
		}
		t.Errorf("%s: %s: %d inputs, e.g. %q", mark, k, c.count[k], strings.ReplaceAll(c.example[k].text, "\x00", " | "))
	}
}

// decoders are every message decoder, given an input and strict mode.
var decoders = []struct {
	name string
	run  func(c *collector, data []byte, strict bool)
}{
	{"edifact.Parse", func(c *collector, data []byte, strict bool) {
		doc, err := edifact.Parse(data, &edifact.ReadOptions{Strict: strict})
		c.diagnostics("edifact.Parse", doc.Diagnostics)
		c.err("edifact.Parse", err)
	}},
	{"paxlst.Decode", func(c *collector, data []byte, strict bool) {
		res, err := paxlst.Decode(data, &paxlst.DecodeOptions{Strict: strict})
		c.err("paxlst.Decode", err)
		if res == nil {
			return
		}
		c.diagnostics("paxlst.Decode", res.Diagnostics)
		for _, m := range res.Messages {
			for _, f := range paxlst.Validate(m, paxlst.ValidateOptions{}) {
				c.add(finding{"paxlst.Validate", string(f.Code), "text", f.Path + " " + f.Message})
			}
		}
	}},
	{"cusres.Decode", func(c *collector, data []byte, strict bool) {
		res, err := cusres.Decode(data, &paxlst.DecodeOptions{Strict: strict})
		c.err("cusres.Decode", err)
		if res != nil {
			c.diagnostics("cusres.Decode", res.Diagnostics)
		}
	}},
	{"pnrgov.Decode", func(c *collector, data []byte, strict bool) {
		res, err := pnrgov.Decode(data, &pnrgov.DecodeOptions{Strict: strict})
		c.err("pnrgov.Decode", err)
		if res != nil {
			c.diagnostics("pnrgov.Decode", res.Diagnostics)
		}
	}},
}

// messageCorpora are the synthetic messages with the secrets, and how many
// mutations of each to run (a few seconds in all).
func messageCorpora() map[string][][]byte {
	return map[string][][]byte{
		"PAXLST": corpus(paxlstBase(), 1, 600),
		"CUSRES": corpus(cusresBase(), 2, 400),
		"PNRGOV": corpus(pnrgovBase(), 3, 300),
	}
}

func TestNoPassengerDataInDecoders(t *testing.T) {
	c := newCollector()
	inputs := 0
	for _, name := range []string{"PAXLST", "CUSRES", "PNRGOV"} {
		for _, data := range messageCorpora()[name] {
			for _, d := range decoders {
				d.run(c, data, false)
				d.run(c, data, true)
			}
			inputs++
		}
	}
	t.Logf("%d inputs through %d decoders, lenient and strict", inputs, len(decoders))
	c.report(t)
}

func ExampleFinding() {
	f := finding{"paxlst.Decode", "paxlst-unknown-segment", "tag", secretName}
	fmt.Println(f.key(), len(leaks(f.text)))
	// Output: paxlst.Decode paxlst-unknown-segment tag 1
}
