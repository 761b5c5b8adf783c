package edifact

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestSentinels checks errors.Is and errors.As for every sentinel error.
func TestSentinels(t *testing.T) {
	const env = "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+X:D:1:UN'"
	cases := []struct {
		sentinel error
		code     Code
		in       string
		opts     ReadOptions
	}{
		{ErrUNA, CodeUNA, "UNA::.? 'UNB:UNOA:4'", ReadOptions{Strict: true}},
		{ErrSyntaxID, CodeSyntaxID, "UNB+QQQQ:4+S+R+200101:1200+1'", ReadOptions{Strict: true}},
		{ErrCharacter, CodeLowerCase, env + "FTX+abc'", ReadOptions{Strict: true}},
		{ErrCharacter, CodeCharacter, env + "FTX+A#'", ReadOptions{Strict: true}},
		{ErrSegment, CodeEmptySegment, env + "''", ReadOptions{Strict: true}},
		{ErrSegment, CodeBadTag, env + "B$M+1'", ReadOptions{Strict: true}},
		{ErrTerminator, CodeMissingTerminator, env + "BGM+1", ReadOptions{Strict: true}},
		{ErrRelease, CodeDanglingRelease, env + "FTX+A?\nB'", ReadOptions{Strict: true}},
		{ErrEnvelope, CodeMissingUNT, env + "UNZ+1+1'", ReadOptions{Strict: true}},
		{ErrEnvelope, CodeMissingUNZ, env + "UNT+2+1'", ReadOptions{Strict: true}},
		{ErrEnvelope, CodeTrailingBytes, env + "UNT+2+1'UNZ+1+1'JUNK", ReadOptions{Strict: true}},
		{ErrControlCount, CodeSegmentCount, env + "UNT+9+1'UNZ+1+1'", ReadOptions{Strict: true}},
		{ErrControlCount, CodeMessageCount, env + "UNT+2+1'UNZ+9+1'", ReadOptions{Strict: true}},
		{ErrReference, CodeReference, env + "UNT+2+9'UNZ+1+1'", ReadOptions{Strict: true}},
		{ErrLimit, CodeLimit, env + "FTX+" + strings.Repeat("A", 200) + "'", ReadOptions{Limits: Limits{MaxSegmentSize: 100}}},
		{ErrNotEDIFACT, CodeMissingUNB, "hello, world", ReadOptions{}},
		{ErrNotEDIFACT, CodeLeadingBytes, "ZCZC\n" + env, ReadOptions{Strict: true}},
	}
	all := []error{ErrUNA, ErrSyntaxID, ErrCharacter, ErrSegment, ErrTerminator, ErrRelease, ErrEnvelope,
		ErrControlCount, ErrReference, ErrLimit, ErrNotEDIFACT}
	for _, c := range cases {
		t.Run(string(c.code), func(t *testing.T) {
			opts := c.opts
			_, err := Parse([]byte(c.in), &opts)
			if !errors.Is(err, c.sentinel) {
				t.Fatalf("got %v, want errors.Is %v", err, c.sentinel)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%v is not a *SyntaxError", err)
			}
			if se.Code != c.code {
				t.Errorf("code %s, want %s", se.Code, c.code)
			}
			for _, other := range all {
				if other != c.sentinel && errors.Is(err, other) && !(c.code == CodeMissingUNB && other == ErrEnvelope) {
					t.Errorf("%v also matches %v", err, other)
				}
			}
			if !strings.HasPrefix(err.Error(), "edifact: ") {
				t.Errorf("error text %q does not begin with the package name", err)
			}
			if !strings.HasPrefix(c.sentinel.Error(), "edifact: ") {
				t.Errorf("sentinel text %q does not begin with the package name", c.sentinel)
			}
			b, jerr := json.Marshal(se)
			if jerr != nil || !strings.Contains(string(b), `"code":"`+string(c.code)+`"`) {
				t.Errorf("JSON %s, %v", b, jerr)
			}
		})
	}
}

// TestCodesComplete checks that every code has a severity, a sentinel and a
// CONTRL code where it needs one.
func TestCodesComplete(t *testing.T) {
	for c, info := range codes {
		if info.err == nil || !strings.HasPrefix(info.err.Error(), "edifact: ") {
			t.Errorf("%s: sentinel %v", c, info.err)
		}
		if info.severity >= Warning && info.contrl == "" {
			t.Errorf("%s: a %s without a CONTRL syntax error code", c, info.severity)
		}
		if c.Severity() != info.severity || c.Err() != info.err || c.SyntaxErrorCode() != info.contrl {
			t.Errorf("%s: accessors disagree with the table", c)
		}
	}
	if Code("no-such-code").Severity() != Error {
		t.Error("unknown code is not an error")
	}
}

// TestNoValuesInErrors reads interchanges whose every value is a marker and
// that trigger many diagnostics, in both modes; no diagnostic, message or
// error text may contain the marker.
func TestNoValuesInErrors(t *testing.T) {
	const v = "SECRETNAME"
	inputs := []string{
		"UNB+UNOA:4+" + v + "+" + v + "+" + v + ":" + v + "+" + v + "'UNH+" + v + "+" + v + "'" +
			"NAD+FL+++" + v + ":" + v + "?'" + v + "'" + // released terminator
			"FTX+" + strings.ToLower(v) + "#\u00c9+" + v + "?\n" + v + "'" + // lower case, bad characters, dangling release, wrap
			v + "+" + v + "'" + // a line of free text that lost its tag
			v + ":" + v + "'" + // and one with a component separator
			"UNT+" + v + "+" + v + "X'UNE+" + v + "+" + v + "'UNZ+" + v + "+" + v + "Y'" + v,
		"UNA:+.? 'UNB+" + v + ":9+" + v + "'UNG+" + v + "'UNH+1+" + v + "'UNH+2+" + v + "'UNZ+1+" + v + "'",
		v + "+" + v + "'" + v + "'", // no interchange at all
		"UNB+UNOA:4+S+R+" + v + "+1'UNH+1+X:D:1:UN'DOC+P+" + v + "'UNT+3+1'UNZ+1+1'" + v + v,
	}
	check := func(t *testing.T, what, s string) {
		t.Helper()
		if strings.Contains(strings.ToUpper(s), v) {
			t.Errorf("%s contains a value: %q", what, s)
		}
	}
	for i, in := range inputs {
		for _, strict := range []bool{false, true} {
			doc, err := Parse([]byte(in), &ReadOptions{Strict: strict})
			if err != nil {
				check(t, "error", err.Error())
				b, _ := json.Marshal(err)
				check(t, "error JSON", string(b))
			}
			if !strict && len(doc.Diagnostics) < 2 && i != 2 {
				t.Errorf("input %d: only %d diagnostics; the test needs defects", i, len(doc.Diagnostics))
			}
			for _, d := range doc.Diagnostics {
				check(t, "diagnostic", d.String())
				check(t, "diagnostic tag", d.Tag)
				b, _ := json.Marshal(d)
				check(t, "diagnostic JSON", string(b))
			}
		}
	}
}

// TestSeverityText checks the text forms of Severity.
func TestSeverityText(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		b, _ := s.MarshalText()
		var back Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: round trip gave %v, %v", s, back, err)
		}
	}
	var s Severity
	if err := s.UnmarshalText([]byte("fatal")); err == nil {
		t.Error("unknown severity accepted")
	}
	if got := Severity(7).String(); got != "severity(7)" {
		t.Errorf("Severity(7) = %q", got)
	}
}
