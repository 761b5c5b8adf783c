package main

import (
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// PNRGOV: decode prints a pnrgov.Result, whose JSON is the contract the
// pnrgov package documents; validate adds the PNRGOV-level findings to the
// syntax-level ones; the sample is a synthetic push written by the encoder.
func init() {
	formats["PNRGOV"] = func(data []byte, strict bool) (any, error) {
		return pnrgov.Decode(data, &pnrgov.DecodeOptions{Strict: strict})
	}
	validators["PNRGOV"] = func(data []byte) ([]edifact.Diagnostic, error) {
		res, err := pnrgov.Decode(data, nil)
		if err != nil {
			return nil, err
		}
		return ownDiagnostics(res.Diagnostics, "pnrgov-"), nil
	}
	samples["pnrgov"] = pnrgovtest.Sample
}
