package matchtest_test

import (
	"fmt"
	"strings"

	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// Evaluating the comparator against a token Jaro-Winkler baseline on
// labelled pairs.
func ExampleEvaluate() {
	csv := `case_group,schema,name1,name2,is_match,quality,category,notes
demo,Person,SMITH/JOHNMR,John Smith,true,STRONG,airline title,
demo,Person,ABDELKARIM/OMAR,Omar Abd el-Karim,true,STRONG,particles,
demo,Person,SMITH/JOHN,Jane Smith,false,STRONG,different given name,
demo,Person,PUTIN/VLADIMIR,Владимир Путин,true,STRONG,Cyrillic,
demo,Company,Siemens Aktiengesellschaft,Siemens AG,true,STRONG,legal form,
`
	cases, err := matchtest.ReadCases(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	r := matchtest.Evaluate(c, cases, matchtest.Options{Threshold: c.Threshold()})
	base := matchtest.Evaluate(matchtest.Tokenwise(fuzzymatch.JaroWinkler), cases, matchtest.Options{})
	fmt.Printf("F1 %.2f, Person F1 %.2f, baseline best F1 %.2f\n", r.At.F1, r.BySchema["Person"].F1, base.Best.F1)
	// Output: F1 1.00, Person F1 1.00, baseline best F1 0.89
}

// Tokenwise turns any token metric into a baseline Matcher.
func ExampleTokenwise() {
	exact := matchtest.Tokenwise(func(a, b string) float64 {
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
