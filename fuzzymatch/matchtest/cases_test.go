package matchtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadCases(t *testing.T) {
	in := "case_group,schema,name1,name2,is_match,quality,category,notes\n" +
		"g,Person,A B,A C,true,STRONG,typo,\n" +
		"g,Company,X,Y,0,,,note\n"
	got, err := ReadCases(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{
		{Group: "g", Schema: "Person", A: "A B", B: "A C", Match: true, Quality: "STRONG", Category: "typo", Line: 2},
		{Group: "g", Schema: "Company", A: "X", B: "Y", Match: false, Notes: "note", Line: 3},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("ReadCases -want +got:\n%s", d)
	}
}

func TestReadCasesErrors(t *testing.T) {
	tests := []struct {
		in         string
		line       int
		column     string
		wantHeader bool
	}{
		{in: "", wantHeader: true},
		{in: "a,b,c\n1,2,3\n", wantHeader: true},
		{in: "name1,name2,is_match\nA,B,maybe\n", line: 2, column: "is_match"},
		{in: "name1,name2,is_match\nA,B,true\nA,B,\"x\n", line: 3},
		{in: "name1,name2,is_match\nA,B\n", line: 2, column: "is_match"},
	}
	for _, tt := range tests {
		_, err := ReadCases(strings.NewReader(tt.in))
		if tt.wantHeader {
			if !errors.Is(err, ErrCaseHeader) {
				t.Errorf("ReadCases(%q) = %v, want ErrCaseHeader", tt.in, err)
			}
			continue
		}
		var ce *CaseError
		if !errors.As(err, &ce) {
			t.Errorf("ReadCases(%q) = %v, want *CaseError", tt.in, err)
			continue
		}
		if ce.Line != tt.line || (tt.column != "" && ce.Column != tt.column) {
			t.Errorf("ReadCases(%q): line %d column %s, want line %d column %s", tt.in, ce.Line, ce.Column, tt.line, tt.column)
		}
		if strings.Contains(ce.Error(), "A,B") {
			t.Errorf("error text carries names: %v", ce)
		}
	}
}
