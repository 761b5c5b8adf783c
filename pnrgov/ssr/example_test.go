package ssr_test

import (
	"fmt"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov/ssr"
)

func ExampleParseDOCS() {
	ref := civil.Date{Year: 2013, Month: 5, Day: 27} // the message date, for two-digit years
	d, err := ssr.ParseDOCS("/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISAB ELLE RUTH/", ref)
	fmt.Println(d.Type, d.IssuingCountry, d.Number, d.BirthDate, d.Gender, d.ExpiryDate, d.Surname, d.Given, err)
	// Output: P GBR 509229987 1978-07-01 female 2022-11-12 BELT ISAB ELLE RUTH <nil>
}

func ExampleDecodeEmail() {
	fmt.Println(ssr.DecodeEmail("/JOHN..DOE//MAIL./BOX.ORG/EN"))
	// Output: JOHN_DOE@MAIL-BOX.ORG
}

func ExampleSensitive() {
	for _, code := range []string{"KSML", "WCHR", "DOCS"} {
		r, ok := ssr.Sensitive(code)
		fmt.Println(code, r, ok)
	}
	// Output:
	// KSML meal true
	// WCHR medical true
	// DOCS  false
}
