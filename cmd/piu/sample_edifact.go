package main

// The edifact sample is a bare interchange whose UNT
// miscounts, so that decode reports the defect.
func init() {
	samples["edifact"] = func() []byte {
		return []byte("UNA:+.? '\n" +
			"UNB+UNOA:4+SAMPLEAIR:ZZ+PIU:ZZ+261125:0900+1'\n" +
			"UNH+1+PAXLST:D:05B:UN:IATA+SAMPLE+01:F'\n" +
			"BGM+745'\n" +
			"UNT+9+1'\n" +
			"UNZ+1+1'\n")
	}
}
