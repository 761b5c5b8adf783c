package privacy_test

import (
	"fmt"
	"log"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
	"github.com/openpiu/piu/privacy"
)

// Depersonalise a push six months after its transfer, sealing the masked
// values for the authority that may approve re-personalisation.
func ExampleMasker() {
	res, err := pnrgov.Decode(pnrgovtest.Sample(), nil)
	if err != nil {
		log.Fatal(err)
	}
	// In production: the host key from the host's secret store, the
	// public sealing key from the authority (privacy.ParseHostKey,
	// privacy.ParseSealKey; `piu mask -newkeys` writes a set).
	host, seal, unseal, err := privacy.NewKeys()
	if err != nil {
		log.Fatal(err)
	}
	m := privacy.NewMasker(host, seal)
	masked, r, err := m.PNRGOV(res.Messages[0])
	if err != nil {
		log.Fatal(err)
	}
	t := masked.PNRs[0].Travelers[0]
	fmt.Println(privacy.IsMasked(t.Surname), t.Type, r.Masked[privacy.CategoryName] > 0)

	// With the authority's approval, and its private key:
	back, err := privacy.NewUnmasker(unseal).PNRGOV(masked, r.Sealed)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(back.PNRs[0].Travelers[0].Surname == res.Messages[0].PNRs[0].Travelers[0].Surname)
	// Output:
	// true adult true
	// true
}
