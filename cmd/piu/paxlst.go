package main

import "github.com/openpiu/piu/paxlst/paxlsttest"

// The built-in samples of `piu sample` and `piu demo` come from paxlsttest.
func init() {
	samples["paxlst"] = paxlsttest.Sample
	samples["cusres"] = paxlsttest.SampleCUSRES
}
