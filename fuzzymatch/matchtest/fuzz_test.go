package matchtest

import (
	"errors"
	"strings"
	"testing"
)

// FuzzReadCases: no panic; errors are ErrCaseHeader, a *CaseError or a
// wrapped CSV error, and never quote the names.
func FuzzReadCases(f *testing.F) {
	f.Add("name1,name2,is_match\nA,B,true\n")
	f.Add("case_group,schema,name1,name2,is_match,quality,category,notes\ng,Person,\"X, Y\",Z,false,,,\n")
	f.Add("name1,name2,is_match\n\"unterminated\n")
	f.Fuzz(func(t *testing.T, in string) {
		cases, err := ReadCases(strings.NewReader(in))
		if err == nil {
			for _, c := range cases {
				if c.Line <= 0 {
					t.Fatalf("line %d", c.Line)
				}
			}
			return
		}
		var ce *CaseError
		if errors.As(err, &ce) && ce.Line <= 0 {
			t.Fatalf("CaseError without a line: %v", err)
		}
		if !strings.HasPrefix(err.Error(), "matchtest: ") {
			t.Fatalf("error text %q", err)
		}
	})
}
