package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/risk/risktest"
)

// TestJSONStreamMatchesEncoder checks that the streamed document has the
// bytes json.Encoder writes for the whole value, indented and compact.
func TestJSONStreamMatchesEncoder(t *testing.T) {
	diag := edifact.Diagnostic{Severity: edifact.Warning, Code: "x", Segment: 2, Tag: "UNT", Message: "<m> & \"q\""}
	tests := []struct {
		name  string
		items []any
		diags []edifact.Diagnostic
	}{
		{"empty", nil, nil},
		{"one item", []any{map[string]any{"a": []int{1, 2}, "b": map[string]string{}}}, nil},
		{"items and diagnostics", []any{map[string]int{"a": 1}, []string{}, "s<>"}, []edifact.Diagnostic{diag, diag}},
	}
	for _, tt := range tests {
		for _, indent := range []bool{true, false} {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			if indent {
				enc.SetIndent("", "  ")
			}
			items, diags := tt.items, tt.diags
			if items == nil {
				items = []any{}
			}
			if diags == nil {
				diags = []edifact.Diagnostic{}
			}
			if err := enc.Encode(struct {
				Format      string               `json:"format"`
				Messages    []any                `json:"messages"`
				Diagnostics []edifact.Diagnostic `json:"diagnostics"`
			}{"F<", items, diags}); err != nil {
				t.Fatal(err)
			}
			s := &jsonStream{w: &got, indent: indent}
			s.begin("F<", "messages")
			for _, it := range tt.items {
				if err := s.item(it); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.end(tt.diags); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("%s, indent %v (-encoder +stream):\n%s", tt.name, indent, diff)
			}
		}
	}
}

func TestMessageTypeFromBoundedPeek(t *testing.T) {
	unh := "UNH+1+PAXLST:D:05B:UN:IATA'"
	unb := "UNB+UNOA:4+S+R+200101:1200+1'"
	long := "UNG+PAXLST+" + strings.Repeat("S", 4000) + "+R+200101:1200+1+UN+D:05B'" // a few KB before the UNH
	tests := []struct {
		name, input, want string
	}{
		{"first UNH", unb + unh, "PAXLST"},
		{"UNH a few KB in", unb + long + unh, "PAXLST"},
		{"UNA first", "UNA:+.? '" + unb + unh, "PAXLST"},
		{"no UNH", unb + "UNZ+0+1'", ""},
		{"UNH past the peek", unb + strings.Repeat("FTX+AAA+X'", peekSize/10) + unh, ""},
		{"UNH cut by the peek", unb + strings.Repeat("X", peekSize-len(unb)-10) + "'" + unh, ""},
		{"not EDIFACT", "hello", ""},
	}
	for _, tt := range tests {
		in, err := openInput("-", strings.NewReader(tt.input))
		if err != nil {
			t.Fatal(err)
		}
		if got := in.messageType(); got != tt.want {
			t.Errorf("%s: type %q, want %q", tt.name, got, tt.want)
		}
		// The peek consumes nothing.
		rest := new(bytes.Buffer)
		if _, err := rest.ReadFrom(in); err != nil || rest.String() != tt.input {
			t.Errorf("%s: input not read whole after the peek (%v)", tt.name, err)
		}
	}
}

func TestCUSRESTooLarge(t *testing.T) {
	head := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+CUSRES:D:05B:UN:IATA'"
	input := head + strings.Repeat("FTX+AAP+++X'", wholeLimit/12+1)
	code, _, errOut := runCmd(t, input, "decode", "-")
	if code != 1 || !strings.Contains(errOut, "CUSRES: input too large") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestPNRGOVStreamedAsWhole checks that a push decoded PNR by PNR (the path
// of inputs over wholeLimit) prints what pnrgov.Decode's whole result does,
// for decode (indented and compact) and screen.
func TestPNRGOVStreamedAsWhole(t *testing.T) {
	var push []byte
	for seed := range uint64(2) { // two interchanges, so two messages
		b, err := pnrgov.Encode(pnrgovtest.Push(40, seed), pnrgov.EncodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		push = append(push, b...)
	}
	list := filepath.Join(t.TempDir(), "list.json")
	if err := os.WriteFile(list, risktest.Watchlist(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"decode", "-"}, {"decode", "-compact", "-"}, {"screen", "-list", list, "-now", "2026-11-25T00:30:00Z", "-"}} {
		_, whole, _ := runCmd(t, string(push), args...)
		saved := wholeLimit
		wholeLimit = 0
		code, streamed, errOut := runCmd(t, string(push), args...)
		wholeLimit = saved
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if diff := cmp.Diff(whole, streamed); diff != "" {
			t.Errorf("%v (-whole +streamed):\n%s", args, diff)
		}
	}
}
