package manifest

import (
	"hash/maphash"
	"math/bits"
)

// Salts of the kinds of key of the linker's indexes.
const (
	saltLocator = iota + 1
	saltDocument
	saltSurname
)

// indexLocators indexes the PNRs that have travellers by record locator.
func (l *linker) indexLocators(npnr int) {
	l.byLocator = newHashIndex(2 * npnr)
	for k := range npnr {
		if l.first[k] == l.first[k+1] {
			continue // no travellers to link
		}
		for _, loc := range l.pnr[l.first[k]].p.Locators {
			if loc.Locator != "" {
				l.byLocator.add(hashKey(l.seed, saltLocator, loc.Locator), int32(k))
			}
		}
	}
}

// unlinked reports whether a passenger and a PNR traveller are both left
// unlinked: else the rules after the locator's have nothing to look for.
func (l *linker) unlinked() bool {
	api := false
	for i := range l.api {
		if l.toPNR[i] < 0 && !l.api[i].p.Role.Crew() {
			api = true
			break
		}
	}
	if !api {
		return false
	}
	for j := range l.toAPI {
		if l.toAPI[j] < 0 {
			return true
		}
	}
	return false
}

// indexKeys indexes by document and surname the travellers not linked yet:
// the rules after the locator's look up those only (candidate refuses a
// linked one), and in a flight whose API persons carry their record
// locators they are few.
func (l *linker) indexKeys() {
	n := 0
	for j := range l.toAPI {
		if l.toAPI[j] < 0 {
			n++
		}
	}
	l.byKey = newHashIndex(2 * n)
	var buf [maxDocument]byte
	for j := range l.pnr {
		if l.toAPI[j] >= 0 {
			continue
		}
		t := &l.pnr[j]
		for i := range t.t.Documents {
			if d := &t.t.Documents[i]; d.IssuingCountry != "" {
				if n := docNumber(&buf, d.Number); n != nil {
					l.byKey.add(l.docHash(d.IssuingCountry, n), int32(j))
				}
			}
		}
		l.byKey.add(hashKey(l.seed, saltSurname, t.surname), int32(j))
	}
}

// docHash is the index's hash of a document's country and normalised
// number.
func (l *linker) docHash(country string, number []byte) uint64 {
	return hashKey(l.seed, saltDocument, country) ^ bits.RotateLeft64(maphash.Bytes(l.seed, number), 17)
}
