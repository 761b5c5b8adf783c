package risk

import (
	"time"

	"github.com/openpiu/piu/manifest"
)

// flightAttributes are the flight's: the same for every traveller on it.
func flightAttributes() []Attribute {
	return []Attribute{
		{Path: "flight.carrier", Name: "Carrier", Type: TypeCode, Entity: EntityFlight,
			Doc: "The operating carrier's designator (IATA, or ICAO when sent so); unknown when not sent.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeCode)
				}
				return Code(e.Flight.Carrier)
			}},
		{Path: "flight.number", Name: "Flight number", Type: TypeCode, Entity: EntityFlight,
			Doc: "The flight number without the carrier and leading zeros (602, 1234A); unknown when not sent.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeCode)
				}
				return Code(e.Flight.Number)
			}},
		{Path: "flight.direction", Name: "Direction", Type: TypeCode, Entity: EntityFlight,
			Doc: "The flight's direction relative to the receiving state: inbound, outbound, domestic or through; " +
				"unknown when the state is not set, the flight does not touch it, or an airport is not in the table.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeCode)
				}
				return Code(string(e.Flight.Direction))
			}},
		{Path: "flight.date", Name: "Flight date", Type: TypeDate, Entity: EntityFlight,
			Doc: "The local departure date of the flight's first leg; unknown when no message gives it.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeDate)
				}
				return Date(e.Flight.Date)
			}},
		{Path: "flight.departure", Name: "Departure", Type: TypeDateTime, Entity: EntityFlight,
			Doc: "The instant (UTC) of the first leg's departure, its local time read in the airport's zone; " +
				"unknown when the time or the zone is.",
			Get: func(e *Env) Value {
				if t, ok := departure(e.Flight); ok {
					return DateTime(t)
				}
				return MissingOf(TypeDateTime)
			}},
		{Path: "flight.arrival", Name: "Arrival", Type: TypeDateTime, Entity: EntityFlight,
			Doc: "The instant (UTC) of the last leg's arrival, its local time read in the airport's zone; " +
				"unknown when the time or the zone is.",
			Get: func(e *Env) Value {
				if e.Flight == nil || len(e.Flight.Legs) == 0 {
					return MissingOf(TypeDateTime)
				}
				return stopTime(e.Flight.Legs[len(e.Flight.Legs)-1].Arrival)
			}},
		{Path: "flight.origin", Name: "Origin", Type: TypeCode, Entity: EntityFlight,
			Doc: "The IATA code of the airport the first leg leaves from; unknown without legs.",
			Get: func(e *Env) Value { return Code(origin(e.Flight)) }},
		{Path: "flight.destination", Name: "Destination", Type: TypeCode, Entity: EntityFlight,
			Doc: "The IATA code of the airport the last leg lands at; unknown without legs.",
			Get: func(e *Env) Value { return Code(destination(e.Flight)) }},
		{Path: "flight.originCountry", Name: "Origin country", Type: TypeCode, Entity: EntityFlight,
			Doc: "The ISO 3166 alpha-2 country of the origin airport; unknown when the airport is not in the table.",
			Get: func(e *Env) Value { return country(origin(e.Flight)) }},
		{Path: "flight.destinationCountry", Name: "Destination country", Type: TypeCode, Entity: EntityFlight,
			Doc: "The ISO 3166 alpha-2 country of the destination airport; unknown when the airport is not in the table.",
			Get: func(e *Env) Value { return country(destination(e.Flight)) }},
		{Path: "flight.legs", Name: "Flight legs", Type: TypeNumber, Entity: EntityFlight,
			Doc: "The number of legs (take-offs) of the flight the messages name; always known.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeNumber)
				}
				return count(len(e.Flight.Legs))
			}},
		{Path: "flight.passengers", Name: "Passengers", Type: TypeNumber, Entity: EntityFlight,
			Doc: "The number of travellers on the flight whose role is passenger (crew not counted); always known.",
			Get: func(e *Env) Value {
				if e.Flight == nil {
					return MissingOf(TypeNumber)
				}
				// Counted once per flight and env: the engine keeps one env
				// for every traveller of the flight.
				if e.passengersOf != e.Flight {
					e.passengers, e.passengersOf = 0, e.Flight
					for _, t := range e.Flight.Travelers {
						if t.Role == manifest.RolePassenger {
							e.passengers++
						}
					}
				}
				return count(e.passengers)
			}},
		{Path: "flight.hoursToDeparture", Name: "Hours to departure", Type: TypeDuration, Entity: EntityFlight,
			Doc: "The hours from the evaluation (Env.Now) to the flight's departure, negative once it has left; " +
				"unknown when the departure or the evaluation time is.",
			Get: func(e *Env) Value {
				t, ok := departure(e.Flight)
				if !ok || e.Now.IsZero() {
					return MissingOf(TypeDuration)
				}
				return hoursBetween(e.Now, t)
			}},
	}
}

// departure is the flight's first departure in UTC.
func departure(f *manifest.Flight) (time.Time, bool) {
	if f == nil || len(f.Legs) == 0 {
		return time.Time{}, false
	}
	return f.Legs[0].Departure.UTC()
}

// origin is the flight's first departure airport, "" when unknown.
func origin(f *manifest.Flight) string {
	if f == nil || len(f.Legs) == 0 {
		return ""
	}
	return f.Legs[0].Departure.Airport
}

// destination is the flight's last arrival airport, "" when unknown.
func destination(f *manifest.Flight) string {
	if f == nil || len(f.Legs) == 0 {
		return ""
	}
	return f.Legs[len(f.Legs)-1].Arrival.Airport
}

// tripAttributes are the traveller's journey: the PNR's itinerary, shared
// by the PNR's travellers, or this flight's legs without a PNR.
func tripAttributes() []Attribute {
	isType := func(tt manifest.TripType) func(e *Env) Value {
		return func(e *Env) Value {
			tr := trip(e)
			if tr == nil || tr.Type == "" {
				return MissingOf(TypeBool)
			}
			return Bool(tr.Type == tt)
		}
	}
	return []Attribute{
		{Path: "trip.type", Name: "Trip type", Type: TypeCode, Entity: EntityTrip,
			Doc: "The shape of the itinerary: oneWay, return (back to the first airport) or openJaw (back to its " +
				"country, or with a surface gap); unknown without legs or when an airport is not in the table.",
			Get: func(e *Env) Value {
				if tr := trip(e); tr != nil {
					return Code(string(tr.Type))
				}
				return MissingOf(TypeCode)
			}},
		{Path: "trip.oneWay", Name: "One-way trip", Type: TypeBool, Entity: EntityTrip,
			Doc: "Whether the itinerary is one way; unknown when its type is.", Get: isType(manifest.TripOneWay)},
		{Path: "trip.return", Name: "Return trip", Type: TypeBool, Entity: EntityTrip,
			Doc: "Whether the itinerary comes back to its first airport; unknown when its type is.", Get: isType(manifest.TripReturn)},
		{Path: "trip.openJaw", Name: "Open-jaw trip", Type: TypeBool, Entity: EntityTrip,
			Doc: "Whether the itinerary is an open jaw; unknown when its type is.", Get: isType(manifest.TripOpenJaw)},
		{Path: "trip.hours", Name: "Trip hours", Type: TypeDuration, Entity: EntityTrip,
			Doc: "The hours from the itinerary's first departure to its last arrival; unknown when a time or a zone is.",
			Get: func(e *Env) Value {
				if tr := trip(e); tr != nil {
					return hoursOf(tr.Hours)
				}
				return MissingOf(TypeDuration)
			}},
		{Path: "trip.legs", Name: "Trip legs", Type: TypeNumber, Entity: EntityTrip,
			Doc: "The number of flights of the itinerary; unknown without a trip.",
			Get: func(e *Env) Value {
				if tr := trip(e); tr != nil {
					return count(len(tr.Legs))
				}
				return MissingOf(TypeNumber)
			}},
		{Path: "route.airports", Name: "Route airports", Type: TypeList, Entity: EntityTrip,
			Doc: "The IATA codes of the itinerary's airports in order of travel; unknown without legs.",
			Get: func(e *Env) Value {
				if tr := trip(e); tr != nil {
					return List(tr.Route)
				}
				return MissingOf(TypeList)
			}},
		{Path: "route.countries", Name: "Route countries", Type: TypeList, Entity: EntityTrip,
			Doc: "The ISO 3166 alpha-2 countries of the route's airports in order (an empty code for an airport " +
				"not in the table); unknown without legs.",
			Get: func(e *Env) Value {
				if tr := trip(e); tr != nil {
					return List(tr.RouteCountries)
				}
				return MissingOf(TypeList)
			}},
	}
}

// trip is the traveller's trip, nil when unknown.
func trip(e *Env) *manifest.Trip {
	if e.Traveler == nil {
		return nil
	}
	return e.Traveler.Trip
}
