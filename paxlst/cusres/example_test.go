package cusres_test

import (
	"fmt"
	"strings"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
)

func ExampleRespond() {
	res, err := paxlst.Decode([]byte(request), nil)
	if err != nil {
		panic(err)
	}
	r, err := cusres.Respond(res.Messages[0], []cusres.Decision{
		{Person: 0, Status: cusres.StatusOKToBoard},
		{Person: 1, Status: cusres.StatusNoBoard, Text: []string{"CONTACT GOVERNMENT"}},
	}, cusres.RespondOptions{ControlRef: "900"})
	if err != nil {
		panic(err)
	}
	data, err := cusres.Encode(r, paxlst.EncodeOptions{LineBreaks: true})
	if err != nil {
		panic(err)
	}
	fmt.Print(strings.SplitN(string(data), "UNH", 2)[1])
	// Output:
	// +1+CUSRES:D:05B:UN:IATA'
	// BGM+962'
	// RFF+TN:BATCH42'
	// RFF+AF:XX100'
	// DTM+189:2403011030:201'
	// DTM+232:2403011445:201'
	// LOC+125+AAA'
	// LOC+87+BBB'
	// ERP+2'
	// RFF+AVF:LOC001'
	// RFF+ABO:PAX001'
	// ERC+0Z'
	// ERP+2'
	// RFF+AVF:LOC001'
	// RFF+ABO:PAX002'
	// ERC+1Z'
	// FTX+AAP+++CONTACT GOVERNMENT'
	// UNT+18+1'
	// UNE+1+900'
	// UNZ+1+900'
}
