// Package watchlist screens travellers against watchlists: national and
// international lists of people (names, aliases, dates of birth,
// nationalities, documents) and lists of lost or stolen documents.
//
// # Loading lists
//
// Loaders take an io.Reader and a *LoadOptions (nil for the defaults) and
// return []Entry; their errors are *ParseError values that give the line,
// byte offset or element path and never the listed data (nor, for XML, the
// file's own element names). LoadOptions.Limits bounds the file size, the
// size of one CSV field, JSON string or XML text node, and the nesting
// depth; each violation wraps ErrLimit:
//
//   - LoadUN: the UN Security Council consolidated list (XML).
//   - LoadOFAC: OFAC's SDN list in the legacy CSV layout (sdn, alt, add;
//     "-0-" is empty). Remarks are read for dates and places of birth,
//     nationality, gender, documents and weak a.k.a.s.
//   - LoadCSV and LoadJSON (with WriteCSV and WriteJSON): the formats for
//     national lists, documented on LoadCSV and LoadJSON.
//
// # Dates
//
// Dates are civil.Date values. A list often gives only a year or a year and a
// month of birth: those are partial civil.Dates (zero Day, or zero Month and
// Day), written YYYY or YYYY-MM. BirthDate adds ranges and "approximately".
//
// # JSON
//
// Every JSON this package writes or reads uses camelCase keys and camelCase
// words for its own enumerations: Entry and the national-list format of
// LoadJSON and WriteJSON ("birthDates", "listedOn", "birthPlaces"; a name's
// "givenNames"; a document's "issuingCountry"; name kind "originalScript"),
// Query ("birthDate"), Match ("entryId", "nameScore", "nameIndex",
// "nameExplanation"), Evidence kinds and grades ("aliasQuality",
// "birthDate"; "inRange", "sameCountry", "otherCountry"), Options and Stats.
// Earlier versions wrote snake_case ("birth_dates", "entry_id", "country");
// such files must be renamed to load. The national CSV format keeps its
// snake_case column headers (documented on LoadCSV).
//
// # Screening
//
// NewIndex builds an Index once from entries; it never changes and is safe
// for concurrent use, so a new list version is a new Index swapped in by the
// caller. Screening a traveller (a Query: surname and given names as API or
// PNR data carry them, date of birth, gender, nationality, documents) runs
// in three steps:
//
//  1. Candidate generation by blocking keys. Every listed name is filed
//     under fuzzymatch's keys (each token's readings and transliterations,
//     canonical given names, phonetic codes), the one-letter deletions of
//     each token (so that any single typing error still meets), the
//     deletions of two adjacent letters of long tokens, the beginnings of
//     long tokens, and pairs of adjacent tokens joined. A traveller's token
//     looks up itself, its one-letter deletions (and two-letter ones when
//     long), the listed tokens it begins or that begin it, and its
//     neighbour joined to it, all hashed first and resolved in one batch: a
//     Bloom filter answers most absent keys, and a table of key hashes
//     (the keys themselves are not kept: the index is built from their
//     hashes, on every core, and identical tokens of different names share
//     their prepared data) the present ones. A
//     name becomes a candidate when it shares keys with enough of the
//     traveller's tokens (two, or a third of the longer name's); a query
//     touches a small fraction of the list, and on large lists the marking
//     is split across goroutines by ranges of names.
//  2. Scoring: fuzzymatch's name score, then birth-date evidence (exact,
//     month, year, range, day and month swapped, near within a tolerance,
//     conflict), gender, nationality and weak-alias quality move it by the
//     amounts in Options. Document numbers, normalised (case, spaces,
//     dashes, O read as 0 and I as 1), are looked up in a compact hash table
//     and set a floor on the score.
//  3. Every match comes with its evidence and the fuzzymatch explanation of
//     the name pairing; results are sorted by score, then entry id.
//
// Options.SecondPair widens step 1 to names that share keys with a single
// traveller token but have a second token the comparator would pair: slower,
// and closer to a brute-force scan when the comparator accepts loosely
// similar tokens.
//
// ScreenBatch screens a flight on GOMAXPROCS goroutines and honours its
// context.
//
// # Example
//
//	entries, err := watchlist.LoadUN(file, nil)
//	if err != nil { ... }
//	index, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
//	if err != nil { ... }
//	matches, err := index.Screen(ctx, watchlist.Query{
//		Surname: "DOE", Given: "JANE", BirthDate: civil.Date{Year: 1980, Month: 2, Day: 29},
//	})
//	for _, m := range matches {
//		fmt.Println(m.EntryID, m.Score, m.Evidence)
//	}
//
// Explanations, evidence grades and scores are for officers reviewing hits;
// their text is not stable across versions.
package watchlist
