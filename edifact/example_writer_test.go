package edifact_test

import (
	"fmt"
	"os"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
)

func ExampleWriter_WriteInterchange() {
	ic := &edifact.Interchange{
		Header: edifact.InterchangeHeader{
			Syntax:     edifact.SyntaxIdentifier{ID: "UNOA", Version: "4"},
			Sender:     edifact.Party{ID: "AIRLINE", Qualifier: "ZZ"},
			Recipient:  edifact.Party{ID: "PIU", Qualifier: "ZZ"},
			Prepared:   civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 25}, Hour: 9},
			ControlRef: "1001",
		},
		Messages: []*edifact.Message{{
			Header: edifact.MessageHeader{Reference: "1",
				ID: edifact.MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}},
			Segments: []edifact.Segment{
				edifact.NewSegment("BGM", edifact.E("745")),
				edifact.NewSegment("NAD", edifact.E("FL"), edifact.E(), edifact.E(), edifact.E("O'BRIEN", "JOHN")),
			},
		}},
	}
	w := edifact.NewWriter(os.Stdout)
	w.LineBreaks = true
	if err := w.WriteInterchange(ic); err != nil {
		fmt.Println(err)
	}
	w.Flush()
	// Output:
	// UNB+UNOA:4+AIRLINE:ZZ+PIU:ZZ+261125:0900+1001'
	// UNH+1+PAXLST:D:05B:UN:IATA'
	// BGM+745'
	// NAD+FL+++O?'BRIEN:JOHN'
	// UNT+4+1'
	// UNZ+1+1001'
}
