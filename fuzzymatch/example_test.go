package fuzzymatch_test

import (
	"fmt"
	"strings"

	"github.com/openpiu/piu/fuzzymatch"
)

func Example() {
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	passenger := fuzzymatch.Prepare("PUTIN/VLADIMIRMR")
	listed := fuzzymatch.Prepare("Владимир Путин")
	fmt.Println(passenger.Tokens(), listed.Tokens())
	fmt.Println(c.Score(passenger, listed) >= c.Threshold())
	// Output:
	// [VLADIMIR PUTIN] [VLADIMIR PUTIN]
	// true
}

func ExampleJaroWinkler() {
	fmt.Printf("%.4f\n", fuzzymatch.JaroWinkler("MARTHA", "MARHTA"))
	// Output: 0.9611
}

func ExampleDoubleMetaphone() {
	fmt.Println(fuzzymatch.DoubleMetaphone("SCHMIDT"))
	// Output: XMT SMT
}

func ExampleEvaluate() {
	csv := `case_group,schema,name1,name2,is_match,quality,category,notes
demo,Person,SMITH/JOHNMR,John Smith,true,STRONG,airline title,
demo,Person,ABDELKARIM/OMAR,Omar Abd el-Karim,true,STRONG,particles,
demo,Person,SMITH/JOHN,Jane Smith,false,STRONG,different given name,
demo,Company,Siemens Aktiengesellschaft,Siemens AG,true,STRONG,legal form,
`
	cases, err := fuzzymatch.ReadCases(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	r := fuzzymatch.Evaluate(c, cases, fuzzymatch.EvalOptions{Threshold: c.Threshold()})
	fmt.Printf("F1 %.2f, Person F1 %.2f\n", r.At.F1, r.BySchema["Person"].F1)
	// Output: F1 1.00, Person F1 1.00
}

func ExampleComparator_Explain() {
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	e := c.Explain(fuzzymatch.Prepare("HASSAN/MOHD ALI"), fuzzymatch.Prepare("Muhammad Ali Hassan"))
	for _, p := range e.Pairs {
		fmt.Printf("%s = %s (%s)\n", p.A, p.B, p.Reason)
	}
	fmt.Println(e.Match)
	// Output:
	// MOHD = MUHAMMAD (equivalentGivenNames)
	// ALI = ALI (sameSpelling)
	// HASSAN = HASSAN (sameSpelling)
	// true
}

// Tokenwise turns any token metric into a baseline Matcher for the harness.
func ExampleTokenwise() {
	exact := fuzzymatch.Tokenwise(func(a, b string) float64 {
		if a == b {
			return 1
		}
		return 0
	})
	fmt.Println(exact.Match("John Smith", "SMITH, John"))
	fmt.Println(exact.Match("John Smith", "Jon Smith"))
	// Output:
	// 1
	// 0.5
}
