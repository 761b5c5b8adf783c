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
	// [PUTIN VLADIMIR] [VLADIMIR PUTIN]
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
