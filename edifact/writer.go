package edifact

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/openpiu/piu/civil"
)

// Writer writes EDIFACT segments and whole interchanges.
//
// Set its fields before the first write. WriteInterchange computes every
// control count and reference (UNT, UNE, UNZ) itself, writes a UNA when the
// separators differ from the defaults, and encodes values to the character set
// that UNB declares.
type Writer struct {
	// Separators to write with. The zero value means the interchange's own
	// (Interchange.Separators) or, failing that, DefaultSeparators.
	Separators Separators
	// LineBreaks writes a line feed after each segment terminator.
	LineBreaks bool
	// UNA writes a service string advice even when the separators are the defaults.
	UNA bool

	w       *bufio.Writer
	enc     *encoder
	charset *charSet
	reject  *[256]bool // bytes refused under charset
	buf     []byte
	err     error
	// segments written since the last WriteInterchange began, for positions in errors
	index int
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 32<<10)}
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

func (w *Writer) separators(ic *Interchange) Separators {
	switch {
	case w.Separators != Separators{}:
		return w.Separators
	case ic != nil && ic.Separators != Separators{}:
		return ic.Separators
	}
	return DefaultSeparators
}

// WriteSegment writes one segment with the Writer's separators, releasing
// separator characters inside values. It counts nothing; use WriteInterchange
// for envelopes with control counts.
func (w *Writer) WriteSegment(s Segment) error {
	if w.enc == nil {
		w.enc = newEncoder(w.separators(nil), true)
	}
	return w.segment(&s)
}

func (w *Writer) segment(s *Segment) error {
	if w.err != nil {
		return w.err
	}
	if !validTag(s.Tag) {
		w.err = fmt.Errorf("%w: segment %d: tag is not three letters or digits", ErrSegment, w.index)
		return w.err
	}
	if s.Tag == "UNA" {
		// Readers take UNA for a service string advice that starts a new
		// interchange, never for a segment; WriteInterchange writes the UNA.
		w.err = fmt.Errorf("%w: segment %d: UNA is the service string advice, not a segment", ErrSegment, w.index)
		return w.err
	}
	if s.Tag == "UNB" {
		// A UNB written segment by segment sets the character set of what follows.
		w.charset = lookupCharset(s.Value(0, 0))
		w.reject = writerRejects(w.charset)
	}
	if err := w.checkRepertoire(s); err != nil {
		w.err = err
		return err
	}
	src := s
	if w.charset != nil && !w.charset.utf8 {
		var err error
		if src, err = w.encodeValues(s); err != nil {
			w.err = err
			return err
		}
	}
	var ok bool
	w.buf, ok = w.enc.appendSegment(w.buf[:0], src)
	if !ok {
		w.err = fmt.Errorf("%w: segment %d (%s): a value holds a separator and there is no release character, or repeats without a repetition separator",
			ErrSegment, w.index, s.Tag)
		return w.err
	}
	if w.LineBreaks {
		w.buf = append(w.buf, '\n')
	}
	w.index++
	_, w.err = w.w.Write(w.buf)
	return w.err
}

// checkRepertoire refuses values the reader would not read back as written:
// line breaks in any set (readers remove them as wrapped lines), and under the
// ASCII-only sets (UNOA, UNOB, IATA, IATB) characters outside the repertoire.
// Strict where data is written.
func (w *Writer) checkRepertoire(s *Segment) error {
	reject := w.reject
	if reject == nil {
		reject = writerRejects(w.charset)
		w.reject = reject
	}
	for i, e := range s.Elements {
		for j, c := range e.Components {
			if rejected(reject, c) {
				return w.repertoireError(s, i, j)
			}
		}
		for _, r := range e.Repetitions {
			for j, c := range r {
				if rejected(reject, c) {
					return w.repertoireError(s, i, j)
				}
			}
		}
	}
	return nil
}

func rejected(reject *[256]bool, v string) bool {
	for k := 0; k < len(v); k++ {
		if reject[v[k]] {
			return true
		}
	}
	return false
}

func (w *Writer) repertoireError(s *Segment, i, j int) error {
	return fmt.Errorf("%w: segment %d (%s) element %d component %d: character not allowed in %s",
		ErrCharacter, w.index, s.Tag, i+1, j+1, w.charsetName())
}

func (w *Writer) charsetName() string {
	if w.charset == nil {
		return "the undeclared character set"
	}
	return w.charset.ID
}

// encodeValues converts the values of s to the declared character set.
func (w *Writer) encodeValues(s *Segment) (*Segment, error) {
	var out *Segment
	// encodeAll converts the values of one occurrence (rep -1: Components,
	// else Repetitions[rep]) of element i, cloning s on the first change.
	encodeAll := func(i, rep int, vals []string) error {
		for j, c := range vals {
			enc, ok := w.charset.encode(c)
			if !ok {
				return fmt.Errorf("%w: segment %d (%s) element %d component %d: not representable in %s",
					ErrCharacter, w.index, s.Tag, i+1, j+1, w.charset.ID)
			}
			if enc == c {
				continue
			}
			if out == nil {
				cl := s.Clone()
				out = &cl
			}
			if rep < 0 {
				out.Elements[i].Components[j] = enc
			} else {
				out.Elements[i].Repetitions[rep][j] = enc
			}
		}
		return nil
	}
	for i, e := range s.Elements {
		if err := encodeAll(i, -1, e.Components); err != nil {
			return nil, err
		}
		for r, vals := range e.Repetitions {
			if err := encodeAll(i, r, vals); err != nil {
				return nil, err
			}
		}
	}
	if out == nil {
		return s, nil
	}
	return out, nil
}

// WriteInterchange writes ic with its UNA (when needed), UNB, groups, messages
// and trailers. Control counts and references are computed from the content
// and the headers; the Trailer fields of ic are ignored.
func (w *Writer) WriteInterchange(ic *Interchange) error {
	if w.err != nil {
		return w.err
	}
	sep := w.separators(ic)
	if err := sep.Validate(); err != nil {
		return err
	}
	w.enc = newEncoder(sep, true)
	w.index = 0
	w.charset = lookupCharset(ic.Header.Syntax.ID)
	w.reject = writerRejects(w.charset)
	if sep != DefaultSeparators || w.UNA || ic.UNA {
		una := sep.una()
		if w.LineBreaks {
			una += "\n"
		}
		if _, err := w.w.WriteString(una); err != nil {
			w.err = err
			return err
		}
	}
	if err := w.segment(unbSegment(&ic.Header)); err != nil {
		return err
	}
	count := 0
	for _, g := range ic.Groups {
		if err := w.segment(ungSegment(&g.Header)); err != nil {
			return err
		}
		for _, m := range g.Messages {
			if err := w.message(m); err != nil {
				return err
			}
		}
		if err := w.segment(trailer("UNE", len(g.Messages), g.Header.Reference)); err != nil {
			return err
		}
		count++
	}
	for _, m := range ic.Messages {
		if err := w.message(m); err != nil {
			return err
		}
		if len(ic.Groups) == 0 {
			count++
		}
	}
	if len(ic.Groups) > 0 && len(ic.Messages) > 0 {
		w.err = fmt.Errorf("%w: interchange has messages both inside and outside groups", ErrEnvelope)
		return w.err
	}
	return w.segment(trailer("UNZ", count, ic.Header.ControlRef))
}

func (w *Writer) message(m *Message) error {
	if err := w.segment(unhSegment(&m.Header)); err != nil {
		return err
	}
	for i := range m.Segments {
		if err := w.segment(&m.Segments[i]); err != nil {
			return err
		}
	}
	return w.segment(trailer("UNT", len(m.Segments)+2, m.Header.Reference))
}

// Marshal encodes ic with a Writer configured by template (nil for the defaults).
func Marshal(ic *Interchange, template *Writer) ([]byte, error) {
	var b bytes.Buffer
	w := NewWriter(&b)
	if template != nil {
		w.Separators, w.LineBreaks, w.UNA = template.Separators, template.LineBreaks, template.UNA
	}
	if err := w.WriteInterchange(ic); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func trailer(tag string, n int, ref string) *Segment {
	s := NewSegment(tag, E(strconv.Itoa(n)), E(ref))
	return &s
}

// dateElement writes S004 as YYMMDD:HHMM, the form airline traffic uses. A
// year outside the two-digit window ParseDateTime reads (1950..2049) is
// written as CCYYMMDD, and a time with seconds as HHMMSS (both ISO 9735 v4
// forms), so that writing never changes the date a reader gets back.
func dateElement(t civil.DateTime) Element {
	if t.IsZero() {
		return Element{}
	}
	date := fmt.Sprintf("%02d%02d%02d", t.Year%100, int(t.Month), t.Day)
	if t.Year < 1950 || t.Year > 2049 {
		date = fmt.Sprintf("%04d%02d%02d", t.Year, int(t.Month), t.Day)
	}
	clock := fmt.Sprintf("%02d%02d", t.Hour, t.Minute)
	if t.Second != 0 {
		clock += fmt.Sprintf("%02d", t.Second)
	}
	return E(date, clock)
}

func splitComponents(v string) []string {
	var out []string
	start := 0
	for i := 0; i < len(v); i++ {
		if v[i] == ':' {
			out = append(out, v[start:i])
			start = i + 1
		}
	}
	return append(out, v[start:])
}
