package manifest

import (
	"encoding/binary"
	"hash/maphash"
	"slices"

	"github.com/openpiu/piu/civil"
)

// trips returns the trip of each of the flight's PNRs that has travellers:
// its itinerary, or this flight for a PNR without one. The PNRs of one
// itinerary (most of a flight's) get trips that share its legs, route and
// transits, worked out once: a Trip and its slices never change.
func (f *Flight) trips(n *numbers) []Trip {
	out := make([]Trip, len(f.PNRs))
	seed := maphash.MakeSeed()
	seen := newHashIndex(len(f.PNRs)) // the hash of each itinerary, to its first PNR
	defer seen.release()
	for k, p := range f.PNRs {
		if len(p.Travelers) == 0 {
			continue
		}
		legs, taken := f.Legs, false
		if len(p.Itinerary) > 0 {
			legs, taken = n.itineraryLegs(p.Itinerary), true
		}
		h := hashLegs(seed, legs)
		if same := sameLegs(seen, out, h, legs); same >= 0 {
			out[k] = out[same]
			if taken {
				n.dropLegs(len(legs))
			}
			continue
		}
		seen.add(h, int32(k))
		out[k].route(legs, n)
	}
	return out
}

// sameLegs returns the PNR of a trip in trips (found in seen by its legs'
// hash h) with the legs legs, or -1.
func sameLegs(seen *hashIndex, trips []Trip, h uint64, legs []Leg) int32 {
	for e := seen.lookup(h); e >= 0; e = seen.entries[e].next {
		if k := seen.entries[e].value; slices.Equal(trips[k].Legs, legs) {
			return k
		}
	}
	return -1
}

// hashLegs hashes the legs' designators, airports and times, written into
// a buffer on the stack (an itinerary's fields are short) and hashed at
// once.
func hashLegs(seed maphash.Seed, legs []Leg) uint64 {
	var buf [256]byte
	b := buf[:0]
	for i := range legs {
		l := &legs[i]
		for _, s := range [...]string{l.Carrier, l.Number, l.Departure.Airport, l.Arrival.Airport} {
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
