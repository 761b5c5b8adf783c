package main

import "github.com/openpiu/piu/pnrgov/pnrgovtest"

// PNRGOV: decode prints what pnrgov.Result's JSON contract (documented in
// the pnrgov package) describes; the sample is a synthetic push written by the
// encoder.
func init() {
	samples["pnrgov"] = pnrgovtest.Sample
}
