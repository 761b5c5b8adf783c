package watchlist

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadLimits checks every loader limit and the positions LoadJSON and
// LoadUN report, with small limits where the defaults would need large
// inputs.
func TestLoadLimits(t *testing.T) {
	const secret = "ZQXSECRET"
	small := func(file int64, value, depth int) *LoadOptions {
		return &LoadOptions{Limits{MaxFileSize: file, MaxValueSize: value, MaxDepth: depth}}
	}
	sdnRow := "1,\"A\",-0-,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"
	un := func(s string) string {
		return "<CONSOLIDATED_LIST><INDIVIDUALS>\n" + s + "</INDIVIDUALS></CONSOLIDATED_LIST>"
	}
	longText := un("<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>" + strings.Repeat(secret, 10) + "</FIRST_NAME></INDIVIDUAL>")
	okJSON := `{"id":"a","names":[{"full":"A"}]}`
	type want struct {
		Sentinel error
		Line     int
		Offset   int64
		Path     string
		Field    string
	}
	tests := []struct {
		name string
		load func() error
		want want
	}{
		{"CSV field", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname\n1,A\n2,"+secret+"\n"), small(0, 8, 0))
			return err
		}, want{ErrLimit, 3, -1, "", "column 2 (byte 3)"}},
		{"CSV header field", func() error {
			_, err := LoadCSV(strings.NewReader("id,"+secret+"\n"), small(0, 8, 0))
			return err
		}, want{ErrLimit, 1, -1, "", "column 2 (byte 4)"}},
		{"CSV file", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname\n1,A\n2,"+secret+"\n"), small(20, 0, 0))
			return err
		}, want{ErrLimit, 0, 20, "", ""}},
		{"OFAC field", func() error {
			_, err := LoadOFAC(strings.NewReader(sdnRow+"2,\""+secret+"\",-0-,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"), nil, nil, small(0, 8, 0))
			return err
		}, want{ErrLimit, 2, -1, "", "column 2 (byte 3)"}},
		{"OFAC alt file", func() error {
			_, err := LoadOFAC(strings.NewReader(sdnRow), strings.NewReader("1,1,\"aka\",\""+secret+"\",-0-\r\n1,2,\"aka\",\""+secret+"\",-0-\r\n"), nil, small(int64(len(sdnRow)), 0, 0))
			return err
		}, want{ErrLimit, 0, int64(len(sdnRow)), "", ""}},
		{"JSON string", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`, {"id":"`+secret+`"}]`), small(0, 8, 0))
			return err
		}, want{ErrLimit, 0, int64(len(`[` + okJSON + `, {"id":`)), "/1", ""}},
		{"JSON nesting", func() error {
			_, err := LoadJSON(strings.NewReader(`[{"id":"a","names":[[[[]]]]}]`), small(0, 0, 4))
			return err
		}, want{ErrLimit, 0, int64(len(`[{"id":"a","names":[[`)), "/0", ""}},
		{"JSON nested a million deep", func() error {
			_, err := LoadJSON(strings.NewReader(strings.Repeat("[", 1_000_000)), nil)
			return err
		}, want{ErrLimit, 0, 64, "/0", ""}},
		{"JSON truncated entry", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`,{"id":"b","names":[{"full":"`+secret), nil)
			return err
		}, want{ErrSyntax, 0, int64(len(`[` + okJSON + `,{"id":"b","names":[{"full":"` + secret)), "/1", ""}},
		{"JSON syntax error in an entry", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`,   {"id": `+secret+`}]`), nil)
			return err
		}, want{ErrSyntax, 0, int64(len(`[` + okJSON + `,   {"id": `)), "/1", ""}},
		{"JSON invalid UTF-8", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`,{"id":"b","names":[{"full":"`+secret+"\xff"+`"}]}]`), nil)
			return err
		}, want{ErrValue, 0, int64(len(`[` + okJSON + `,{"id":"b","names":[{"full":"` + secret)), "/1", ""}},
		{"JSON invalid entry points at its start", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`, {"id":"b"}]`), nil)
			return err
		}, want{ErrMissing, 0, int64(len(`[` + okJSON + `, `)), "/1", "names"}},
		{"JSON file", func() error {
			_, err := LoadJSON(strings.NewReader(`[`+okJSON+`]`), small(10, 0, 0))
			return err
		}, want{ErrLimit, 0, 10, "", ""}},
		{"UN text node", func() error {
			_, err := LoadUN(strings.NewReader(longText), small(0, 50, 0))
			return err
		}, want{ErrLimit, 2, int64(strings.Index(longText, "<FIRST_NAME>") + 1 + 50), "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[1]", ""}},
		{"UN file", func() error {
			_, err := LoadUN(strings.NewReader(longText), small(40, 0, 0))
			return err
		}, want{ErrLimit, 2, 40, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]", ""}},
		{"UN nesting, names not echoed", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST><"+secret+"A><"+secret+"B/><"+secret+"C><"+secret+"D>"), small(0, 0, 3))
			return err
		}, want{ErrLimit, 1, -2, "/CONSOLIDATED_LIST[1]/*[1]/*[2]/*[1]", ""}},
		{"UN broken XML, names not echoed", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST>\n<"+secret+"></"+secret+"X>"), nil)
			return err
		}, want{ErrSyntax, 2, -2, "/CONSOLIDATED_LIST[1]/*[1]", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			got := want{tt.want.Sentinel, pe.Line, pe.Offset, pe.Path, pe.Field}
			if tt.want.Offset == -2 {
				got.Offset = -2 // the XML decoder's offset, not checked
			}
			if !errors.Is(err, tt.want.Sentinel) {
				got.Sentinel = pe.Err
			}
			if d := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); d != "" {
				t.Errorf("%v (-want +got):\n%s", err, d)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error text leaks the input: %q", err)
			}
		})
	}
}

func TestLoadDefaultsFitRealLists(t *testing.T) {
	l := (*LoadOptions)(nil).limits()
	if d := cmp.Diff(Limits{MaxFileSize: 256 << 20, MaxValueSize: 1 << 20, MaxDepth: 64}, l); d != "" {
		t.Errorf("defaults (-want +got):\n%s", d)
	}
	// A partial limit keeps the other defaults.
	if got := (&LoadOptions{Limits{MaxDepth: 3}}).limits(); got.MaxDepth != 3 || got.MaxFileSize != l.MaxFileSize || got.MaxValueSize != l.MaxValueSize {
		t.Errorf("partial limits: %+v", got)
	}
}
