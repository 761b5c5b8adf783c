package manifest

import (
	"encoding/binary"
	"hash/maphash"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/pnrgov"
)

// trips returns the trip of each of the flight's PNRs that has travellers
// (nil for one without): its itinerary, or this flight for a PNR without
// one. The PNRs of one itinerary (most of a flight's) share one Trip,
// worked out once (a Trip never changes): an itinerary is known again by
// the fields its legs are made of, before any leg is made.
func (f *Flight) trips(n *numbers) []*Trip {
	out := make([]*Trip, len(f.PNRs))
	var own *Trip // this flight's legs, for the PNRs without an itinerary
	seed := maphash.MakeSeed()
	seen := newHashIndex(len(f.PNRs)) // the hash of each itinerary, to its first PNR
	defer seen.release()
	for k, p := range f.PNRs {
		switch {
		case len(p.Travelers) == 0:
		case len(p.Itinerary) == 0:
			if own == nil {
				own = n.trip()
				own.route(f.Legs, n)
			}
			out[k] = own
		default:
			h := hashItinerary(seed, p.Itinerary)
			if same := sameItinerary(seen, f.PNRs, h, p.Itinerary); same >= 0 {
				out[k] = out[same]
				continue
			}
			seen.add(h, int32(k))
			out[k] = n.trip()
			out[k].route(n.itineraryLegs(p.Itinerary), n)
		}
	}
	return out
}

// sameItinerary returns a PNR of pnrs (found in seen by its itinerary's
// hash h) whose itinerary makes the same legs as it, or -1.
func sameItinerary(seen *hashIndex, pnrs []*pnrgov.PNR, h uint64, it []pnrgov.Leg) int32 {
	for e := seen.lookup(h); e >= 0; e = seen.entries[e].next {
		if k := seen.entries[e].value; sameLegs(pnrs[k].Itinerary, it) {
			return k
		}
	}
	return -1
}

// sameLegs reports whether two itineraries have the fields that legs are
// made of (itineraryLegs) alike; a pnrgov.Leg is large: not copied.
func sameLegs(a, b []pnrgov.Leg) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.Carrier != y.Carrier || x.FlightNumber != y.FlightNumber ||
			x.Departure.Airport != y.Departure.Airport || x.Departure.Time != y.Departure.Time ||
			x.Arrival.Airport != y.Arrival.Airport || x.Arrival.Time != y.Arrival.Time {
			return false
		}
	}
	return true
}

// hashItinerary hashes the fields of an itinerary's legs that sameLeg
// compares, written into a buffer on the stack (an itinerary's fields are
// short) and hashed at once.
func hashItinerary(seed maphash.Seed, it []pnrgov.Leg) uint64 {
	var buf [256]byte
	b := buf[:0]
	for i := range it {
		l := &it[i]
		for _, s := range [...]string{l.Carrier, l.FlightNumber, l.Departure.Airport, l.Arrival.Airport} {
			b = append(append(b, s...), 0)
		}
		b = binary.LittleEndian.AppendUint64(b, packTime(l.Departure.Time))
		b = binary.LittleEndian.AppendUint64(b, packTime(l.Arrival.Time))
	}
	return maphash.Bytes(seed, b)
}

// packTime folds a date and time into 64 bits for hashing (not one to one
// for every value, which the comparison of the legs makes up for).
func packTime(t civil.DateTime) uint64 {
	return uint64(t.Year)<<40 ^ uint64(t.Month)<<32 ^ uint64(t.Day)<<24 ^ uint64(t.Hour)<<16 ^ uint64(t.Minute)<<8 ^ uint64(t.Second)
}
