package risk

import "strings"

// gtasEntity is how a GTAS entity maps onto the catalogue: scalar entities
// (Passenger, Flight, Pnr) onto attributes read once per traveller, element
// entities onto a collection, whose quantifier ReadGTAS writes.
type gtasEntity struct {
	name string // as error messages spell it
	coll string // the collection of an element entity; "" for a scalar one
	// kind is the contact.kind of Address, Phone and Email, which share
	// the contacts collection: the quantifier asks it first, so that a
	// phone term is not met by an e-mail.
	kind   string
	fields map[string]gtasField // by lower-case field name
}

// gtasField is a GTAS field's attribute. A zero path is a field GTAS has
// that no built-in attribute expresses: ReadGTAS refuses it by name rather
// than as an unknown field.
type gtasField struct {
	path string
	// codes translates GTAS's codes (upper case) to the attribute's; a
	// value not in it does not fit.
	codes map[string]string
	// days: GTAS counts the value in days, the attribute in hours.
	days bool
}

// gtasEntities is the mapping table, by entity name upper case without
// underscores. Where the catalogue reads a close but not identical value,
// the line says so: PNR bag counts become this flight's checked bags, and
// countries are compared as GTAS wrote them, though flight.originCountry
// and the other airport countries are ISO alpha-2 where GTAS mostly writes
// alpha-3.
var gtasEntities = func() map[string]*gtasEntity {
	f := func(path string) gtasField { return gtasField{path: path} }
	none := gtasField{}
	direction := map[string]string{"I": "inbound", "O": "outbound", "C": "through"}
	paxType := map[string]string{"P": "passenger", "C": "crew"}
	tripType := map[string]string{"ONE-WAY": "oneWay", "ONEWAY": "oneWay", "ONE WAY": "oneWay",
		"ROUND-TRIP": "return", "ROUNDTRIP": "return", "ROUND TRIP": "return", "RETURN": "return",
		"OPEN-JAW": "openJaw", "OPENJAW": "openJaw", "OPEN JAW": "openJaw"}
	passenger := map[string]gtasField{
		"age": f("traveler.ageYears"), "dob": f("traveler.birthDate"), "gender": f("traveler.gender"),
		"nationality": f("traveler.nationality"), "citizenshipcountry": f("traveler.nationality"),
		"residencycountry": f("traveler.residence"),
		"firstname":        f("traveler.givenNames"), "lastname": f("traveler.surname"), "middlename": f("traveler.middleName"),
		"embarkation": f("traveler.embarkation"), "debarkation": f("traveler.debarkation"),
		"embarkcountry": f("traveler.embarkationCountry"), "debarkcountry": f("traveler.debarkationCountry"),
		"passengertype": {path: "traveler.role", codes: paxType}, "seat": f("traveler.seat"),
	}
	flight := map[string]gtasField{
		"origin": f("flight.origin"), "destination": f("flight.destination"),
		"origincountry": f("flight.originCountry"), "destinationcountry": f("flight.destinationCountry"),
		"carrier": f("flight.carrier"), "flightnumber": f("flight.number"),
		"direction": {path: "flight.direction", codes: direction},
		"etd":       f("flight.departure"), "eta": f("flight.arrival"), "flightdate": f("flight.date"),
	}
	pnr := map[string]gtasField{
		"bookingdate": f("booking.created"), "datebooked": f("booking.created"),
		"daysbookedbeforetravel": f("booking.leadDays"),
		// The PNR's bags: the catalogue has those checked on this flight.
		"bagcount": f("traveler.bags"), "totalbagcount": f("traveler.bags"),
		"baggageweight": f("traveler.bagWeight"), "totalbagweight": f("traveler.bagWeight"),
		"passengercount": f("booking.partySize"), "triptype": {path: "trip.type", codes: tripType},
		"tripduration": {path: "trip.hours", days: true}, "recordlocator": f("booking.locator"),
	}
	return map[string]*gtasEntity{
		"PASSENGER": {name: "Passenger", fields: passenger},
		"DOCUMENT": {name: "Document", coll: "documents", fields: map[string]gtasField{
			"documenttype": f("document.type"), "documentnumber": f("document.number"),
			"issuancecountry": f("document.issuingCountry"), "expirationdate": f("document.expiryDate"),
			"issuancedate": f("document.issueDate")}},
		"FLIGHT": {name: "Flight", fields: flight},
		"PNR":    {name: "Pnr", fields: pnr},
		"ADDRESS": {name: "Address", coll: "contacts", kind: "address", fields: map[string]gtasField{
			"line1": f("contact.value"), "city": f("contact.city"), "country": f("contact.country"),
			"postalcode": f("contact.postalCode"), "line2": none, "line3": none, "state": none}},
		"PHONE": {name: "Phone", coll: "contacts", kind: "phone", fields: map[string]gtasField{"number": f("contact.value")}},
		"EMAIL": {name: "Email", coll: "contacts", kind: "email", fields: map[string]gtasField{
			"address": f("contact.value"), "domain": f("contact.emailDomain")}},
		"CREDITCARD": {name: "CreditCard", coll: "payments", fields: map[string]gtasField{
			"number": f("payment.account"), "cardtype": f("payment.vendor"), "accountholder": f("payment.holder"),
			"expiration": none}},
		"PAYMENTFORM": {name: "PaymentForm", coll: "payments", fields: map[string]gtasField{
			"wholedollaramount": f("payment.amount"), "paymenttype": f("payment.type")}},
		"FREQUENTFLYER": {name: "FrequentFlyer", fields: map[string]gtasField{"carrier": none, "number": none}},
		"AGENCY": {name: "Agency", fields: map[string]gtasField{
			"identifier": f("booking.agency"), "country": f("booking.agencyCountry"), "city": f("booking.agencyCity"),
			"name": none, "location": none}},
		"BOOKINGDETAIL": {name: "BookingDetail", coll: "legs", fields: map[string]gtasField{
			"origin": f("leg.origin"), "destination": f("leg.destination"), "origincountry": f("leg.originCountry"),
			"destinationcountry": f("leg.destinationCountry"), "flightnumber": f("leg.number"),
			"carrier": f("leg.carrier"), "etd": f("leg.departure"), "eta": f("leg.arrival")}},
		"DWELLTIME": {name: "DwellTime", coll: "transits", fields: map[string]gtasField{
			"location": f("transit.airport"), "dwelltime": f("transit.dwellHours")}},
		"BAG":  {name: "Bag", fields: map[string]gtasField{"bagid": none, "airline": none, "weight": none}},
		"SEAT": {name: "Seat", coll: "boardings", fields: map[string]gtasField{"number": f("boarding.seat"), "cabinclass": f("boarding.cabin")}},
		"FLIGHTPAX": {name: "FlightPax", fields: map[string]gtasField{
			"embarkation": f("traveler.embarkation"), "debarkation": f("traveler.debarkation"),
			"bagcount": f("traveler.bags"), "bagweight": f("traveler.bagWeight")}},
		"HITSSUMMARY": {name: "HitsSummary", fields: map[string]gtasField{}},
	}
}()

// gtasAliases are other spellings of an entity seen in UDRs.
var gtasAliases = map[string]string{"TRAVELAGENCY": "AGENCY", "FORMOFPAYMENT": "PAYMENTFORM", "PAYMENT": "PAYMENTFORM",
	"DOCUMENTS": "DOCUMENT", "PASSENGERS": "PASSENGER"}

// gtasEntityOf finds an entity case-insensitively, with or without
// underscores (CREDIT_CARD, CreditCard).
func gtasEntityOf(name string) *gtasEntity {
	key := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(name), "_", ""))
	if a, ok := gtasAliases[key]; ok {
		key = a
	}
	return gtasEntities[key]
}
