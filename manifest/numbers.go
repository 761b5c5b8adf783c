package manifest

import "github.com/openpiu/piu/pnrgov"

// numbers hands out the derived values of a flight from shared chunks: a
// value never changes once given, so a full chunk is left as it is and a new
// one, twice as large (up to maxChunk values), takes its place.
type numbers struct {
	floats   []float64
	ints     []int
	bools    []bool
	strings  []string
	boards   []Boarding
	legs     []Leg
	transits []Transit
	trips    []Trip
}

const maxChunk = 1024

// take returns an empty slice of capacity k from the chunk c.
func take[T any](c *[]T, k int) []T {
	if cap(*c)-len(*c) < k {
		*c = make([]T, 0, max(k, min(2*cap(*c), maxChunk), 16))
	}
	out := (*c)[len(*c) : len(*c) : len(*c)+k]
	*c = (*c)[:len(*c)+k]
	return out
}

// one returns a pointer to v in the chunk c.
func one[T any](c *[]T, v T) *T {
	s := take(c, 1)[:1]
	s[0] = v
	return &s[0]
}

func (n *numbers) float(v float64) *float64 { return one(&n.floats, v) }
func (n *numbers) int(v int) *int           { return one(&n.ints, v) }
func (n *numbers) bool(v bool) *bool        { return one(&n.bools, v) }

// boardings returns an empty slice of capacity k; trimBoardings gives
// back what the last one did not use.
func (n *numbers) boardings(k int) []Boarding { return take(&n.boards, k) }

func (n *numbers) trimBoardings(unused int) { n.boards = n.boards[:len(n.boards)-unused] }

func (n *numbers) strs(k int) []string { return take(&n.strings, k) }

// itineraryLegs returns the PNR's flights as legs.
func (n *numbers) itineraryLegs(it []pnrgov.Leg) []Leg {
	legs := take(&n.legs, len(it))
	for i := range it {
		l := &it[i]
		c, num := designator(l.Carrier, l.FlightNumber)
		legs = append(legs, Leg{c, num, Stop{l.Departure.Airport, l.Departure.Time}, Stop{l.Arrival.Airport, l.Arrival.Time}})
	}
	return legs
}

// trip returns a new empty trip.
func (n *numbers) trip() *Trip { return one(&n.trips, Trip{}) }
