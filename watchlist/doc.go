// Package watchlist screens travellers against watchlists: national and
// international lists of people (names, aliases, dates of birth,
// nationalities, documents) and lists of lost or stolen documents.
//
// Lists are read by loaders that take an io.Reader and return []Entry:
// LoadUN (UN Security Council consolidated list, XML), LoadOFAC (OFAC SDN,
// legacy CSV sdn/alt/add), and LoadCSV and LoadJSON for national lists in
// the formats documented on those functions.
package watchlist
