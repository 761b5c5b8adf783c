package edifact

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
)

func ackOf(t *testing.T, input string, opts AckOptions) string {
	t.Helper()
	doc, err := Parse([]byte(input), nil)
	if err != nil {
		t.Fatal(err)
	}
	opts.Prepared = civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 25}, Hour: 9, Minute: 1}
	ack := Acknowledge(doc.Interchanges[0], doc.Diagnostics, opts)
	out, err := Marshal(ack, &Writer{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestAcknowledge(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		opts        AckOptions
		want        string
	}{
		{
			name: "accepted",
			input: "UNB+UNOA:4+AIR:ZZ+PIU+261125:0900+77'UNG+PAXLST+AIR+PIU+261125:0900+5+UN+D:05B'" +
				"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNE+1+5'UNZ+1+77'",
			want: "UNB+UNOA:4+PIU+AIR:ZZ+261125:0901+1'\nUNH+1+CONTRL:4:1:UN'\nUCI+77+AIR:ZZ+PIU+7'\nUCF+5+AIR+PIU+7'\n" +
				"UCM+1+PAXLST:D:05B:UN:IATA+7'\nUNT+5+1'\nUNZ+1+1'\n",
		},
		{
			name:  "count mismatch rejected in strict mode",
			input: "UNB+UNOA:4+AIR+PIU+261125:0900+77'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+9+1'UNZ+1+77'",
			opts:  AckOptions{Strict: true, ControlRef: "900"},
			want: "UNB+UNOA:4+PIU+AIR+261125:0901+900'\nUNH+1+CONTRL:4:1:UN'\nUCI+77+AIR+PIU+7'\n" +
				"UCM+1+PAXLST:D:05B:UN:IATA+4+29+UNT+1'\nUNT+4+1'\nUNZ+1+900'\n",
		},
		{
			name:  "count mismatch accepted leniently",
			input: "UNB+UNOA:4+AIR+PIU+261125:0900+77'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+9+1'UNZ+1+77'",
			want: "UNB+UNOA:4+PIU+AIR+261125:0901+1'\nUNH+1+CONTRL:4:1:UN'\nUCI+77+AIR+PIU+7'\n" +
				"UCM+1+PAXLST:D:05B:UN:IATA+7'\nUNT+4+1'\nUNZ+1+1'\n",
		},
		{
			name:  "bad character reported by segment and element",
			input: "UNB+UNOA:3+AIR+PIU+261125:0900+77'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++doe'UNT+4+1'UNZ+1+77'",
			opts:  AckOptions{Strict: true},
			want: "UNB+UNOA:3+PIU+AIR+261125:0901+1'\nUNH+1+CONTRL:D:3:UN'\nUCI+77+AIR+PIU+7'\n" +
				"UCM+1+PAXLST:D:05B:UN:IATA+4'\nUCS+3+21'\nUNT+5+1'\nUNZ+1+1'\n",
		},
		{
			name:  "interchange reference mismatch",
			input: "UNB+UNOA:4+AIR+PIU+261125:0900+77'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+78'",
			opts:  AckOptions{Strict: true},
			want: "UNB+UNOA:4+PIU+AIR+261125:0901+1'\nUNH+1+CONTRL:4:1:UN'\nUCI+77+AIR+PIU+4+28+UNZ+2'\n" +
				"UCM+1+PAXLST:D:05B:UN:IATA+7'\nUNT+4+1'\nUNZ+1+1'\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ackOf(t, tc.input, tc.opts)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestAcknowledgeSharedSample answers the crew list whose UNT miscounts, as
// FACTS.md describes it.
func TestAcknowledgeSharedSample(t *testing.T) {
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: the shared samples are not available")
	}
	data, err := os.ReadFile(dir + "/edifact/paxlst/wco-ig_ex5.2_crew_ZZ123_SYD-HNL_D15B_1crew.edi")
	if err != nil {
		t.Fatal(err)
	}
	got := ackOf(t, string(data), AckOptions{Strict: true})
	if !strings.Contains(got, "UCM+PAX001+PAXLST:D:15B:UN:IATA+4+29+UNT+1'") {
		t.Errorf("CONTRL does not reject the message for its count:\n%s", got)
	}
}

func ExampleAcknowledge() {
	in := "UNB+UNOA:4+AIRLINE+PIU+261125:0900+1001'" +
		"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+2+1'UNZ+1+1001'"
	doc, _ := Parse([]byte(in), nil)
	ack := Acknowledge(doc.Interchanges[0], doc.Diagnostics, AckOptions{Strict: true, ControlRef: "5001",
		Prepared: civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 25}, Hour: 9, Minute: 1}})
	out, _ := Marshal(ack, &Writer{LineBreaks: true})
	fmt.Print(string(out))
	// Output:
	// UNB+UNOA:4+PIU+AIRLINE+261125:0901+5001'
	// UNH+1+CONTRL:4:1:UN'
	// UCI+1001+AIRLINE+PIU+7'
	// UCM+1+PAXLST:D:05B:UN:IATA+4+29+UNT+1'
	// UNT+4+1'
	// UNZ+1+5001'
}
