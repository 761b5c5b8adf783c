package main

import (
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/paxlst/paxlsttest"
)

func init() {
	formats["PAXLST"] = decodePAXLST
	validators["PAXLST"] = validatePAXLST
	samples["paxlst"] = paxlsttest.Sample
	formats["CUSRES"] = decodeCUSRES
	validators["CUSRES"] = validateCUSRES
	samples["cusres"] = paxlsttest.SampleCUSRES
}

// decodeCUSRES returns a *cusres.Result, whose JSON is the contract
// documented in package paxlst/cusres.
func decodeCUSRES(data []byte, strict bool) (any, error) {
	return cusres.Decode(data, &paxlst.DecodeOptions{Strict: strict})
}

// validateCUSRES returns the content diagnostics of the CUSRES decoder.
func validateCUSRES(data []byte) ([]edifact.Diagnostic, error) {
	res, err := cusres.Decode(data, nil)
	if err != nil {
		return nil, err
	}
	return ownDiagnostics(res.Diagnostics, "paxlst-"), nil
}

// decodePAXLST returns a *paxlst.Result, whose JSON is the contract
// documented in package paxlst.
func decodePAXLST(data []byte, strict bool) (any, error) {
	return paxlst.Decode(data, &paxlst.DecodeOptions{Strict: strict})
}

// validatePAXLST returns the content diagnostics of the decoder (the syntax
// ones validate already has) and the findings of paxlst.Validate, placed at
// the UNH of their message.
func validatePAXLST(data []byte) ([]edifact.Diagnostic, error) {
	res, err := paxlst.Decode(data, nil)
	if err != nil {
		return nil, err
	}
	out := ownDiagnostics(res.Diagnostics, "paxlst-")
	for _, m := range res.Messages {
		for _, f := range paxlst.Validate(m, paxlst.ValidateOptions{}) {
			out = append(out, edifact.Diagnostic{Severity: f.Severity, Code: f.Code, Segment: -1, Tag: "UNH",
				Message: "message " + m.Envelope.Header.Reference + ": " + f.Path + ": " + f.Message})
		}
	}
	return out, nil
}
