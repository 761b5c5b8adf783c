package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/openpiu/piu/internal/textsafe"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
)

//go:embed template.html
var pageTemplate string

// page is parsed once: a template is safe for concurrent execution.
// page is parsed on first use, not at start-up: programs that link the
// package but write no report (the piu command decoding a file) do not
// pay for it.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageTemplate))
})

// Options are the parts of a report that are not in the flight or the
// result. A nil *Options is the zero Options.
type Options struct {
	// Title heads the page; empty is "Screening report" with the flight's
	// designator and date.
	Title string
	// Ruleset describes the ruleset the result was evaluated with, as the
	// host names it ("national criteria 2026-12"): the result carries only
	// its hash.
	Ruleset string
	// GeneratedAt is the time the report says it was written; zero is the
	// result's EvaluatedAt, so that the same inputs give the same page.
	GeneratedAt time.Time
}

// HTML writes one self-contained HTML page of the evaluation r of flight f:
// the flight, a summary, every traveller with a hit (watchlist hits and
// criteria hits in sections of their own, with their evidence), the others
// in a table, and the ruleset hash and list versions the hits depend on.
//
// The page has no script and loads nothing: its style is inline and it
// prints. Every value is escaped by html/template, and the bidirectional
// controls and other control characters that names sent by airlines may hold
// are shown as their code ("[U+202E]") so that they cannot reorder the page.
// The same inputs give the same bytes. Nothing is written when HTML fails.
//
// f may be nil (the result alone is reported, travellers by ID); r may not.
func HTML(w io.Writer, f *manifest.Flight, r *risk.Result, o *Options) error {
	if r == nil {
		return fmt.Errorf("report: nil result")
	}
	if o == nil {
		o = &Options{}
	}
	var buf bytes.Buffer
	if err := page().Execute(&buf, build(f, r, o)); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	_, err := w.Write(neutralise(buf.Bytes()))
	return err
}

// neutralise replaces, in the page as written, every character that could
// change how the text around it is shown without being seen itself: the
// bidirectional embeddings, overrides, isolates and marks (an RTL override
// in a surname would reverse the rest of its line) and the C0 and C1
// controls but tab, newline and carriage return. The template holds none,
// so each one came from the data; its code is printed in its place, in
// ASCII, which is safe in every context the template puts data in.
// Invalid UTF-8 becomes U+FFFD for the same reason. It works on the whole
// page rather than on each value so that no field can be forgotten.
func neutralise(b []byte) []byte {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if hidden(r, n) {
			break
		}
		i += n
	}
	if i == len(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	out = append(out, b[:i]...)
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			out = utf8.AppendRune(out, utf8.RuneError)
		case hidden(r, n):
			out = fmt.Appendf(out, "[U+%04X]", r)
		default:
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

// hidden reports a rune neutralise replaces (n is its encoded length, to
// tell invalid UTF-8 from a real U+FFFD).
func hidden(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return true
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case textsafe.Bidi(r):
		return true
	}
	return false
}
