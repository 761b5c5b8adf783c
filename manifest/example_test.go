package manifest_test

import (
	"fmt"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// A PNRGOV push and the passenger list of the same flight, decoded from
// their bytes in any order, make one flight whose travellers are linked.
func Example() {
	push, _ := pnrgov.Encode(pnrgovtest.Push(2, 7), pnrgov.EncodeOptions{})
	res, _ := pnrgov.Decode(push, nil)
	list, _ := paxlst.Encode(listFor(res.Messages[0]), paxlst.EncodeOptions{})

	b := manifest.NewBuilder()
	for _, in := range [][]byte{list, push} {
		if _, err := b.Decode(in); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, f := range b.Build() {
		fmt.Printf("%s %s %s, %d travellers\n", f.Carrier, f.Number, f.Date, len(f.Travelers))
		for _, t := range f.Travelers {
			fmt.Printf("%s %s/%s: %s link, PNR %s, with %v\n", t.ID, t.Surname, t.GivenNames, t.Link.Method, t.PNR.Locator, t.CoTravelers)
		}
	}
	// Output:
	// ZZ 100 2026-11-25, 3 travellers
	// t1 O/NASRDR: locator link, PNR Z00000, with []
	// t2 FERREIRA/NASRMS: locator link, PNR Z00001, with [t3]
	// t3 FERREIRA/KEVIN MICHAEL: locator link, PNR Z00001, with [t2]
}
