package watchlist_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/watchlist"
)

// A national list in the CSV format, screened for one traveller.
func ExampleIndex_Screen() {
	const list = `id,surname,given,birth_dates,gender,nationalities,documents
NAT-1,DOE,JANE MARY,1980-02-29,F,GBR,P:GBR:123456789
NAT-2,ROE,RICHARD,1975..1977,M,USA,
`
	entries, err := watchlist.LoadCSV(strings.NewReader(list), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	index, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	traveller := watchlist.Query{Surname: "DOE", Given: "JANE MARY", BirthDate: civil.Date{Year: 1980, Month: 2, Day: 29}, Nationality: "GBR"}
	matches, err := index.Screen(context.Background(), traveller)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range matches {
		fmt.Printf("%s score %.2f\n", m.EntryID, m.Score)
		for _, e := range m.Evidence[1:] { // the first is the name
			fmt.Printf("  %s %s %+.2f\n", e.Kind, e.Grade, e.Effect)
		}
	}
	// Output:
	// NAT-1 score 1.00
	//   birthDate exact +0.05
	//   nationality match +0.02
}

// Document numbers are compared in a normalised form.
func ExampleNormalizeDocumentNumber() {
	fmt.Println(watchlist.NormalizeDocumentNumber("OB 024-3318"))
	fmt.Println(watchlist.NormalizeDocumentNumber("x12.i34"))
	// Output:
	// 0B0243318
	// X12134
}

// A listed birth year compared with a traveller's date of birth.
func ExampleBirthDate_Compare() {
	listed := watchlist.BirthYearRange(1968, 1972)
	fmt.Println(listed.Compare(civil.Date{Year: 1971, Month: 5, Day: 3}, 1))
	fmt.Println(listed.Compare(civil.Date{Year: 1973, Month: 5, Day: 3}, 1))
	fmt.Println(listed.Compare(civil.Date{Year: 1990, Month: 1, Day: 1}, 1))
	// Output:
	// inRange
	// near
	// conflict
}

// A flight screened at once; results come in passenger order.
func ExampleIndex_ScreenBatch() {
	entries := []watchlist.Entry{{ID: "L:1", Category: watchlist.CategoryIndividual,
		Names: []watchlist.Name{{Surname: "PETROV", Given: "IVAN", Full: "PETROV, IVAN"}}}}
	index, _ := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	flight := []watchlist.Query{
		{Ref: "PAX1", Surname: "SMITH", Given: "ANNA"},
		{Ref: "PAX2", Surname: "PETROV", Given: "IVAN"},
	}
	results, err := index.ScreenBatch(context.Background(), flight)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range results {
		fmt.Println(flight[i].Ref, len(r))
	}
	// Output:
	// PAX1 0
	// PAX2 1
}
