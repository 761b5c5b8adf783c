package edifact

import "bytes"

// parseUNA reads a service string advice at b (b[0:3] is "UNA"). It returns
// the separators and the bytes consumed. Real traffic sends UNA with white
// space before the UNB, with a position missing, or declaring a typographic
// apostrophe the body does not use; each is read by what the body does, with
// a diagnostic.
func (r *Reader) parseUNA(b []byte, off int64) (Separators, int, bool) {
	next := unaNext(b)
	body := b[3:]
	space := int64(-1) // where white space with spaces or tabs before the UNB starts
	contradicted := false
	if next >= 0 {
		raw := b[3:next]
		body = bytes.TrimRight(raw, " \t\r\n")
		if bytes.ContainsAny(raw[len(body):], " \t") {
			space = off + 3 + int64(len(body))
		}
	} else if len(body) > 6 {
		body = body[:6]
	}
	r.typo = false
	var sep Separators
	n := 3 + len(body)
	switch {
	case len(body) == 6:
		sep = Separators{body[0], body[1], body[2], body[3], body[4], body[5]}
	case len(body) == 8 && bytes.Equal(body[5:], []byte("\u2019")):
		sep = Separators{body[0], body[1], body[2], body[3], body[4], '\''}
		if r.asciiTerminates(b, next, sep) {
			contradicted = true
			break
		}
		sep.Terminator = 0x99
		r.typo = true
		r.report(CodeSeparators, off, -1, "", "UNA declares a typographic apostrophe as terminator")
	case len(body) == 5:
		var msg string
		sep, msg = r.fiveUNA(body, b, next)
		r.report(CodeUNA, off, -1, "", "UNA has five service characters; "+msg)
	case len(body) == 4:
		sep = Separators{body[0], body[1], '.', body[2], ' ', body[3]}
		r.report(CodeUNA, off, -1, "", "UNA has four service characters; decimal mark and repetition taken as absent")
	default:
		if len(body) < 4 {
			return Separators{}, 0, false
		}
		r.report(CodeUNA, off, -1, "", "UNA is not followed by UNB; its first six characters are used")
		sep = Separators{body[0], body[1], body[2], body[3], body[4], body[5]}
		n = 3 + 6
	}
	if sep.Release == ' ' {
		sep.Release = 0
	}
	declaredRep := sep.Repetition
	sep.Repetition = 0 // applied once UNB declares syntax version 4
	check := sep
	if declaredRep != ' ' {
		check.Repetition = declaredRep
	}
	if r.typo {
		check.Terminator = '\''
	}
	if err := check.Validate(); err != nil {
		r.report(CodeUNA, off, -1, "", "UNA service characters are not distinct and usable")
	}
	if sep != DefaultSeparators || declaredRep != ' ' && declaredRep != '*' {
		if !r.typo {
			r.report(CodeSeparators, off, -1, "", "separators differ from the defaults")
		}
	}
	if contradicted {
		r.report(CodeUNA, off+3+5, -1, "", "UNA declares a typographic apostrophe (U+2019) as terminator, "+
			"but the segments end with an ASCII apostrophe: the ASCII apostrophe is used")
	}
	if space >= 0 {
		r.report(CodeWhiteSpace, space, -1, "", "white space between UNA and UNB, skipped")
	}
	r.unaRep = declaredRep
	return sep, n, true
}

// unaMaxSpace bounds the white space looked through between UNA and UNB.
const unaMaxSpace = 64

// unaNext returns the index in b of the UNB (or UNH) that follows the UNA at
// b[0], or -1: right after four to twelve service characters, or after six,
// five or four of them and white space.
func unaNext(b []byte) int {
	isStart := func(i int) bool {
		return i+3 <= len(b) && b[i] == 'U' && b[i+1] == 'N' && (b[i+2] == 'B' || b[i+2] == 'H')
	}
	for i := 3 + 3; i < min(len(b), 3+12); i++ {
		if isStart(i) {
			return i
		}
	}
	for k := 6; k >= 4; k-- {
		j := 3 + k
		for j < len(b) && j < 3+k+unaMaxSpace && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n') {
			j++
		}
		if j > 3+k && isStart(j) {
			return j
		}
	}
	return -1
}

// bodyWindow returns the part of b after the UNA that startsHere may look
// at, and whether it runs to the end of the input.
func (r *Reader) bodyWindow(b []byte, next int) ([]byte, bool) {
	end := min(len(b), startLookahead)
	if next < 0 || next >= end {
		return nil, false
	}
	return b[next:end], r.eof && end == len(b)
}

// asciiTerminates reports whether the body after a UNA that declares U+2019
// as terminator ends its first segment with an ASCII apostrophe instead: an
// unreleased ' that comes before any U+2019 and is followed by a segment tag.
func (r *Reader) asciiTerminates(b []byte, next int, sep Separators) bool {
	w, atEOF := r.bodyWindow(b, next)
	typo := bytes.Index(w, []byte("\u2019"))
	for i, c := range w {
		if typo >= 0 && i >= typo {
			return false
		}
		if c != '\'' || released(w[:i], sep.Release) {
			continue
		}
		if tagFollows(w, i+1, sep.Element, atEOF) {
			return true
		}
	}
	return false
}

// released reports whether b ends with an odd number of release characters.
func released(b []byte, rel byte) bool {
	if rel == 0 || rel == ' ' {
		return false
	}
	n := 0
	for j := len(b) - 1; j >= 0 && b[j] == rel; j-- {
		n++
	}
	return n%2 == 1
}

// fiveUNA chooses the reading of a UNA with five service characters under
// which the body tokenizes consistently: the position taken as missing is the
// one whose absence leaves a decimal mark that is '.' or ',', usable
// separators, and release characters that release service characters only.
// Ties go to the repetition position, then the decimal mark, then the release
// character. It returns the separators and which position was taken as missing.
func (r *Reader) fiveUNA(body, b []byte, next int) (Separators, string) {
	c := body
	readings := []struct {
		sep Separators
		msg string
	}{
		{Separators{c[0], c[1], c[2], c[3], ' ', c[4]}, "the repetition position is taken as absent"},
		{Separators{c[0], c[1], '.', c[2], c[3], c[4]}, "the decimal mark is taken as missing ('.')"},
		{Separators{c[0], c[1], c[2], ' ', c[3], c[4]}, "the release position is taken as absent"},
	}
	w, _ := r.bodyWindow(b, next)
	best, bestScore := 0, -1
	for i, rd := range readings {
		if s := unaScore(rd.sep, w); bestScore < 0 || s < bestScore {
			best, bestScore = i, s
		}
	}
	return readings[best].sep, readings[best].msg
}

// unaScore counts what speaks against reading the body w with sep: a decimal
// mark other than '.' or ',' and unusable separators weigh most, then each
// release character that releases something other than a service character.
func unaScore(sep Separators, w []byte) int {
	score := 0
	if sep.Decimal != '.' && sep.Decimal != ',' {
		score += 1000
	}
	check := sep
	if check.Release == ' ' {
		check.Release = 0
	}
	if check.Repetition == ' ' {
		check.Repetition = 0
	}
	if check.Validate() != nil {
		score += 1000
	}
	if check.Release == 0 {
		return score
	}
	service := func(x byte) bool {
		return x == check.Component || x == check.Element || x == check.Terminator || x == check.Release ||
			check.Repetition != 0 && x == check.Repetition
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != check.Release {
			continue
		}
		if !service(w[i+1]) {
			score++
		}
		i++ // the released character
	}
	return score
}
