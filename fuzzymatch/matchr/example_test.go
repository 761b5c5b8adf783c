package matchr_test

import (
	"fmt"
	"strings"

	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/fuzzymatch/matchr"
	"github.com/openpiu/piu/fuzzymatch/matchtest"
)

// Evaluating matchers from another module: read labelled pairs, run the
// harness for each matcher, compare F1.
func Example() {
	csv := `case_group,schema,name1,name2,is_match,quality,category,notes
demo,Person,SMITH/JOHNMR,John Smith,true,STRONG,airline title,
demo,Person,MUELLER/JUERGEN,Jürgen Müller,true,STRONG,diacritics,
demo,Person,PUTIN/VLADIMIR,Владимир Путин,true,STRONG,Cyrillic,
demo,Person,SMITH/JOHN,Jane Smith,false,STRONG,different given name,
demo,Person,PETROV/IVAN,Ivan Sidorov,false,STRONG,different surname,
`
	cases, err := matchtest.ReadCases(strings.NewReader(csv))
	if err != nil {
		panic(err)
	}
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	ours := matchtest.Evaluate(c, cases, matchtest.Options{Threshold: c.Threshold()})
	theirs := matchtest.Evaluate(matchr.TokenJaroWinkler, cases, matchtest.Options{})
	fmt.Printf("comparator F1 %.2f, matchr Jaro-Winkler best F1 %.2f\n", ours.At.F1, theirs.Best.F1)
	// Output: comparator F1 1.00, matchr Jaro-Winkler best F1 0.75
}
