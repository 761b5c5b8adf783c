package fuzzymatch_test

import (
	"fmt"

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
