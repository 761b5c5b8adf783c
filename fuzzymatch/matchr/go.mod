module github.com/openpiu/piu/fuzzymatch/matchr

go 1.26.0

require (
	github.com/antzucaro/matchr v0.0.0-20221106193745-7bed6ef61ef9
	github.com/openpiu/piu v0.0.0
)

require golang.org/x/text v0.44.0 // indirect

replace github.com/openpiu/piu => ../..
