package risk_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/risk"
)

// gtasOpts compare Files: conditions by their exported fields, values as
// JSON whatever their spacing.
var gtasOpts = cmp.Options{cmpopts.IgnoreUnexported(risk.Condition{}), cmp.Comparer(func(x, y json.RawMessage) bool {
	var a, b bytes.Buffer
	if json.Compact(&a, x) != nil || json.Compact(&b, y) != nil {
		return bytes.Equal(x, y)
	}
	return bytes.Equal(a.Bytes(), b.Bytes())
})}

// readGTAS converts data, and checks that the File compiles against the
// built-in catalogue.
func readGTAS(t *testing.T, data []byte) *risk.File {
	t.Helper()
	f, err := risk.ReadGTAS(data)
	if err != nil {
		t.Fatalf("ReadGTAS: %v", err)
	}
	if _, err := risk.CompileFile(f, nil); err != nil {
		t.Fatalf("CompileFile: %v", err)
	}
	return f
}

func fileOf(t *testing.T, rules string) *risk.File {
	t.Helper()
	var f risk.File
	if err := json.Unmarshal([]byte(`{"name":"GTAS UDR","rules":[`+rules+`]}`), &f); err != nil {
		t.Fatal(err)
	}
	return &f
}

func TestReadGTASFiles(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"young-one-way-cash.json", `{"id":"GTAS-101","version":1,"title":"Young one-way cash",
			"rationale":"Travellers under 25 on an inbound one-way trip paid in cash.","category":"gtas-1",
			"author":"analyst1","status":"active","effectiveFrom":"2026-01-01","effectiveTo":"2027-12-31","hitCap":20,
			"when":{"id":"c1","all":[
			  {"id":"6f1d2a3e-0001","field":"traveler.ageYears","op":"lt","value":25},
			  {"id":"6f1d2a3e-0002","field":"trip.type","op":"eq","value":"oneWay"},
			  {"id":"c1.3.payments","any":"payments","where":{"id":"6f1d2a3e-0003","field":"payment.type","op":"eq","value":"CA"}},
			  {"id":"6f1d2a3e-0004","field":"flight.direction","op":"eq","value":"inbound"}]}}`},
		{"document-nationality.json", `{"id":"GTAS-1","version":1,"title":"Watched nationality, short-lived document",
			"rationale":"Nationals of XXA or XXB with an XXA document about to expire.","category":"gtas-3",
			"author":"analyst2","status":"active","effectiveFrom":"2026-06-01",
			"when":{"id":"c1","all":[
			  {"id":"a1","field":"traveler.nationality","op":"in","value":["XXA","XXB"]},
			  {"id":"c1.2.documents","any":"documents","where":{"all":[
			    {"id":"a2","field":"document.issuingCountry","op":"eq","value":"XXA"},
			    {"id":"a3","field":"document.type","op":"ne","value":"V"}]}},
			  {"id":"c1.3","any":[
			    {"id":"c1.3.1.documents","any":"documents","where":{"id":"c1.3.1","field":"document.expiryDate","op":"lt","value":"2027-01-01"}},
			    {"id":"c1.3.2.contacts","any":"contacts","where":{"all":[
			      {"field":"contact.kind","op":"eq","value":"email"},
			      {"id":"c1.3.2","field":"contact.emailDomain","op":"eq","value":"example.org"}]}}]},
			  {"id":"a4","field":"booking.created","op":"between","value":["2026-11-30T00:00:00Z","2026-11-30T23:59:59.999999999Z"]}]}}`},
		{"age-between.json", `{"id":"GTAS-7","version":1,"title":"Young, or booked at short notice",
			"rationale":"Draft under review.","category":"gtas-2","author":"analyst1","status":"draft",
			"effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31",
			"when":{"id":"c1","any":[
			  {"id":"b1","field":"traveler.ageYears","op":"between","value":[18,30]},
			  {"id":"b2","field":"booking.leadDays","op":"le","value":2},
			  {"id":"c1.3","not":{"field":"traveler.birthDate","op":"exists"}}]}}`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "gtas", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if !risk.IsGTAS(data) {
				t.Error("IsGTAS is false")
			}
			if diff := cmp.Diff(fileOf(t, tc.want), readGTAS(t, data), gtasOpts); diff != "" {
				t.Errorf("ReadGTAS (-want +got):\n%s", diff)
			}
		})
	}
}

// udrOf is a UDR of id 1 whose query is an AND group of terms.
func udrOf(terms ...string) string {
	return `{"id":1,"summary":{"title":"t","enabled":true},"details":{"condition":"AND","rules":[` + strings.Join(terms, ",") + `]}}`
}

func termOf(entity, field, op string, values ...string) string {
	v, _ := json.Marshal(values)
	return `{"entity":"` + entity + `","field":"` + field + `","operator":"` + op + `","value":` + string(v) + `}`
}

func TestReadGTASTerms(t *testing.T) {
	for _, tc := range []struct {
		name  string
		terms []string
		want  string // the members of the root group
	}{
		{"lenient EQUALS", []string{termOf("passenger", "gender", "EQUALS", "F")},
			`{"id":"c1.1","field":"traveler.gender","op":"eq","value":"F"}`},
		{"NOT_IS_NULL", []string{termOf("Passenger", "middleName", "NOT_IS_NULL")},
			`{"id":"c1.1","field":"traveler.middleName","op":"exists"}`},
		{"IS_NOT_NULL", []string{termOf("Passenger", "seat", "IS_NOT_NULL", "")},
			`{"id":"c1.1","field":"traveler.seat","op":"exists"}`},
		{"IS_EMPTY", []string{termOf("Passenger", "residencyCountry", "IS_EMPTY")},
			`{"id":"c1.1","field":"traveler.residence","op":"is_empty"}`},
		{"IS_NOT_EMPTY", []string{termOf("Passenger", "residencyCountry", "IS_NOT_EMPTY")},
			`{"id":"c1.1","not":{"field":"traveler.residence","op":"is_empty"}}`},
		{"NOT_IN", []string{termOf("Flight", "carrier", "NOT_IN", "ZZ", "YY")},
			`{"id":"c1.1","field":"flight.carrier","op":"not_in","value":["ZZ","YY"]}`},
		{"IN on numbers", []string{termOf("Pnr", "passengerCount", "IN", "1", "2")},
			`{"id":"c1.1","field":"booking.partySize","op":"in","value":[1,2]}`},
		{"IN on a date", []string{termOf("Passenger", "dob", "IN", "1990-01-01", "1991-02-03")},
			`{"id":"c1.1","any":[{"field":"traveler.birthDate","op":"eq","value":"1990-01-01"},
			  {"field":"traveler.birthDate","op":"eq","value":"1991-02-03"}]}`},
		{"NOT_IN one day", []string{termOf("Flight", "etd", "NOT_IN", "2026-12-05")},
			`{"id":"c1.1","field":"flight.departure","op":"not_between","value":["2026-12-05T00:00:00Z","2026-12-05T23:59:59.999999999Z"]}`},
		{"NOT_IN on an instant's days", []string{termOf("Flight", "etd", "NOT_IN", "2026-12-05", "2026-12-06 08:00")},
			`{"id":"c1.1","not":{"any":[{"field":"flight.departure","op":"between","value":["2026-12-05T00:00:00Z","2026-12-05T23:59:59.999999999Z"]},
			  {"field":"flight.departure","op":"eq","value":"2026-12-06T08:00:00Z"}]}}`},
		{"instant", []string{termOf("Flight", "etd", "GREATER", "2026-12-05 10:30")},
			`{"id":"c1.1","field":"flight.departure","op":"gt","value":"2026-12-05T10:30:00Z"}`},
		{"instant with seconds", []string{termOf("Flight", "eta", "LESS", "2026-12-05T10:30:15")},
			`{"id":"c1.1","field":"flight.arrival","op":"lt","value":"2026-12-05T10:30:15Z"}`},
		{"up to a day", []string{termOf("Pnr", "dateBooked", "LESS_OR_EQUAL", "2026-11-30")},
			`{"id":"c1.1","field":"booking.created","op":"le","value":"2026-11-30T23:59:59.999999999Z"}`},
		{"after a day", []string{termOf("Pnr", "dateBooked", "GREATER", "2026-11-30")},
			`{"id":"c1.1","field":"booking.created","op":"gt","value":"2026-11-30T23:59:59.999999999Z"}`},
		{"from a day", []string{termOf("Pnr", "dateBooked", "GREATER_OR_EQUAL", "2026-11-30")},
			`{"id":"c1.1","field":"booking.created","op":"ge","value":"2026-11-30T00:00:00Z"}`},
		{"between days", []string{termOf("Pnr", "bookingDate", "NOT_BETWEEN", "2026-11-01", "2026-11-30")},
			`{"id":"c1.1","field":"booking.created","op":"not_between","value":["2026-11-01T00:00:00Z","2026-11-30T23:59:59.999999999Z"]}`},
		{"not on a day", []string{termOf("Pnr", "bookingDate", "NOT_EQUAL", "2026-11-30")},
			`{"id":"c1.1","field":"booking.created","op":"not_between","value":["2026-11-30T00:00:00Z","2026-11-30T23:59:59.999999999Z"]}`},
		{"days to hours", []string{termOf("Pnr", "tripDuration", "GREATER", "3")},
			`{"id":"c1.1","field":"trip.hours","op":"gt","value":72}`},
		{"dwell hours", []string{termOf("DwellTime", "dwellTime", "GREATER_OR_EQUAL", "12.5")},
			`{"id":"c1.1.transits","any":"transits","where":{"id":"c1.1","field":"transit.dwellHours","op":"ge","value":12.5}}`},
		{"directions", []string{termOf("Flight", "direction", "IN", "o", "C")},
			`{"id":"c1.1","field":"flight.direction","op":"in","value":["outbound","through"]}`},
		{"crew", []string{termOf("Passenger", "passengerType", "EQUAL", "C")},
			`{"id":"c1.1","field":"traveler.role","op":"eq","value":"crew"}`},
		{"text operators", []string{termOf("Passenger", "lastName", "BEGINS_WITH", "MAC"), termOf("Passenger", "firstName", "NOT_ENDS_WITH", "A"),
			termOf("Email", "address", "NOT_CONTAINS", "@example"), termOf("Agency", "city", "NOT_BEGINS_WITH", "X")},
			`{"id":"c1.1","field":"traveler.surname","op":"starts_with","value":"MAC"},
			 {"id":"c1.2","field":"traveler.givenNames","op":"not_ends_with","value":"A"},
			 {"id":"c1.3.contacts","any":"contacts","where":{"all":[{"field":"contact.kind","op":"eq","value":"email"},
			   {"id":"c1.3","field":"contact.value","op":"not_contains","value":"@example"}]}},
			 {"id":"c1.4","field":"booking.agencyCity","op":"not_starts_with","value":"X"}`},
		{"entities apart", []string{termOf("CREDIT_CARD", "cardType", "EQUAL", "VI"), termOf("PaymentForm", "wholeDollarAmount", "GREATER", "5000"),
			termOf("Phone", "number", "ENDS_WITH", "1234"), termOf("CreditCard", "accountHolder", "CONTAINS", "SMITH")},
			`{"id":"c1.1.payments","any":"payments","where":{"all":[{"id":"c1.1","field":"payment.vendor","op":"eq","value":"VI"},
			   {"id":"c1.4","field":"payment.holder","op":"contains","value":"SMITH"}]}},
			 {"id":"c1.2.payments","any":"payments","where":{"id":"c1.2","field":"payment.amount","op":"gt","value":5000}},
			 {"id":"c1.3.contacts","any":"contacts","where":{"all":[{"field":"contact.kind","op":"eq","value":"phone"},
			   {"id":"c1.3","field":"contact.value","op":"ends_with","value":"1234"}]}}`},
		{"or keeps elements apart", []string{`{"condition":"OR","rules":[` + termOf("Seat", "number", "EQUAL", "1A") + `,` +
			termOf("Seat", "cabinClass", "EQUAL", "J") + `]}`, termOf("BookingDetail", "origin", "EQUAL", "XXX"), termOf("TravelAgency", "identifier", "EQUAL", "123")},
			`{"id":"c1.1","any":[{"id":"c1.1.1.boardings","any":"boardings","where":{"id":"c1.1.1","field":"boarding.seat","op":"eq","value":"1A"}},
			   {"id":"c1.1.2.boardings","any":"boardings","where":{"id":"c1.1.2","field":"boarding.cabin","op":"eq","value":"J"}}]},
			 {"id":"c1.2.legs","any":"legs","where":{"id":"c1.2","field":"leg.origin","op":"eq","value":"XXX"}},
			 {"id":"c1.3","field":"booking.agency","op":"eq","value":"123"}`},
		{"uuid used twice", []string{`{"entity":"Passenger","field":"age","operator":"GREATER","value":["30"],"uuid":"u"}`,
			`{"entity":"Passenger","field":"age","operator":"LESS","value":["60"],"uuid":"u"}`},
			`{"id":"u","field":"traveler.ageYears","op":"gt","value":30},{"id":"c1.2","field":"traveler.ageYears","op":"lt","value":60}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := readGTAS(t, []byte(udrOf(tc.terms...)))
			want := fileOf(t, `{"id":"GTAS-1","version":1,"title":"t","status":"active","when":{"id":"c1","all":[`+tc.want+`]}}`)
			if diff := cmp.Diff(want, got, gtasOpts); diff != "" {
				t.Errorf("ReadGTAS (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadGTASHits runs a converted rule: the document terms of the AND
// group are about one document, so a traveller whose XXA document is not
// the one about to expire is not hit.
func TestReadGTASHits(t *testing.T) {
	f := readGTAS(t, []byte(`[{"id":42,"summary":{"title":"Expiring XXA document","startDate":"2026-01-01","enabled":true},
	 "details":{"condition":"AND","rules":[
	  {"entity":"PASSENGER","field":"nationality","operator":"IN","value":["XXA","XXB"],"uuid":"nat"},
	  {"entity":"DOCUMENT","field":"issuanceCountry","operator":"EQUAL","value":["XXA"],"uuid":"issuer"},
	  {"entity":"FLIGHT","field":"direction","operator":"EQUAL","value":["O"],"uuid":"dir"},
	  {"entity":"DOCUMENT","field":"expirationDate","operator":"LESS","value":["2027-06-01"],"uuid":"expiry"}]}}]`))
	rs, err := risk.CompileFile(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(c string, exp civil.Date) paxlst.Document {
		return paxlst.Document{Type: "P", Number: "N" + c, IssuingCountry: c, ExpiryDate: exp}
	}
	soon, later := civil.Date{Year: 2027, Month: 1, Day: 1}, civil.Date{Year: 2030, Month: 1, Day: 1}
	born := civil.Date{Year: 1990, Month: 1, Day: 1}
	fl := flightOf(t, pax("SOON", "XXA", born, doc("XXA", soon)), pax("LATER", "XXA", born, doc("XXA", later)),
		pax("APART", "XXB", born, doc("XXA", later), doc("XXB", soon)), pax("OTHER", "XXC", born, doc("XXA", soon)))
	res := evaluate(t, rs, fl, risk.Options{})
	for i, want := range []string{"GTAS-42", "", "", ""} {
		if got := outcome(res.Travelers[i]); got != want {
			t.Errorf("%s: %q, want %q", fl.Travelers[i].Surname, got, want)
		}
	}
	if h := res.Travelers[0].Hits; len(h) == 1 {
		var ids []string
		var walk func([]risk.Evidence)
		walk = func(es []risk.Evidence) {
			for _, e := range es {
				ids = append(ids, e.Condition)
				walk(e.Conditions)
			}
		}
		walk(h[0].Conditions)
		if got := strings.Join(ids, " "); !strings.Contains(got, "issuer") || !strings.Contains(got, "expiry") {
			t.Errorf("evidence %q names neither issuer nor expiry", got)
		}
	}
}

func TestReadGTASErrors(t *testing.T) {
	udr := func(id, summary, details string) string {
		return `{"id":` + id + `,"summary":` + summary + `,"details":` + details + `}`
	}
	okSummary := `{"title":"t","enabled":true}`
	and := func(terms ...string) string { return `{"condition":"AND","rules":[` + strings.Join(terms, ",") + `]}` }
	age := termOf("Passenger", "age", "GREATER", "30")
	for _, tc := range []struct {
		name, doc string
		want      risk.CompileErrors
	}{
		{"unknown entity", udrOf(`{"entity":"Spaceship","field":"age","operator":"EQUAL","value":["1"],"uuid":"u-1"}`),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "u-1", Reason: `unknown entity "Spaceship"`}}},
		{"unknown field", udrOf(termOf("Passenger", "shoeSize", "EQUAL", "44")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "unknown field Passenger.shoeSize"}}},
		{"no attribute", udrOf(termOf("FREQUENTFLYER", "number", "EQUAL", "123"), termOf("Address", "state", "EQUAL", "VA")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "FrequentFlyer.number: the catalogue has no attribute for it"},
				{Rule: "GTAS-1", Condition: "c1.2", Reason: "Address.state: the catalogue has no attribute for it"}}},
		{"unknown operator", udrOf(termOf("Passenger", "lastName", "LIKE", "DOE%")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: `Passenger.lastName: unknown operator "LIKE"`}}},
		{"operator for another type", udrOf(termOf("Passenger", "age", "BEGINS_WITH", "3")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "Passenger.age: operator BEGINS_WITH does not apply to traveler.ageYears (number)"}}},
		{"bad values", udrOf(termOf("Passenger", "age", "LESS", "young"), termOf("Document", "expirationDate", "LESS", "01/02/2027"),
			termOf("Flight", "direction", "EQUAL", "X"), termOf("Flight", "etd", "GREATER", "noon"), termOf("Passenger", "lastName", "EQUAL", " ")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: `Passenger.age: value "young": want a number`},
				{Rule: "GTAS-1", Condition: "c1.2", Reason: `Document.expirationDate: value "01/02/2027": want a date, yyyy-MM-dd`},
				{Rule: "GTAS-1", Condition: "c1.3", Reason: `Flight.direction: value "X": want one of GTAS's codes for flight.direction`},
				{Rule: "GTAS-1", Condition: "c1.4", Reason: `Flight.etd: value "noon": want a date and time, yyyy-MM-dd HH:mm, or a date`},
				{Rule: "GTAS-1", Condition: "c1.5", Reason: `Passenger.lastName: value "": want a non-empty string`}}},
		{"value counts", udrOf(termOf("Passenger", "age", "EQUAL", "1", "2"), termOf("Passenger", "age", "BETWEEN", "1"),
			termOf("Passenger", "nationality", "IN")),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "Passenger.age: operator EQUAL: want one value, not 2"},
				{Rule: "GTAS-1", Condition: "c1.2", Reason: "Passenger.age: operator BETWEEN: want two values, not 1"},
				{Rule: "GTAS-1", Condition: "c1.3", Reason: "Passenger.nationality: operator IN: no value"}}},
		{"empty group", udr("3", okSummary, and(age, `{"condition":"OR","rules":[]}`)),
			risk.CompileErrors{{Rule: "GTAS-3", Condition: "c1.2", Reason: "an empty OR group"}}},
		{"empty root", udr("3", okSummary, `{"condition":"AND","rules":[]}`),
			risk.CompileErrors{{Rule: "GTAS-3", Condition: "c1", Reason: "an empty AND group"}}},
		{"bad condition", udr("3", okSummary, `{"condition":"XOR","rules":[`+age+`]}`),
			risk.CompileErrors{{Rule: "GTAS-3", Condition: "c1", Reason: `condition "XOR": want AND or OR`}}},
		{"node shapes", udrOf(`{"operator":"EQUAL"}`, `{"condition":"AND","rules":[`+age+`],"entity":"Passenger","field":"age"}`),
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "neither a group (condition, rules) nor a term (entity, field)"},
				{Rule: "GTAS-1", Condition: "c1.2", Reason: "both a group (condition, rules) and a term (entity, field)"}}},
		{"metadata", `[` + udr("null", `{"title":" ","startDate":"2026-13-01","endDate":"tomorrow","overMaxHits":2.5}`, and(age)) + `,` +
			udr("null", `{"title":"t","startDate":"2026-12-01","endDate":"2026-11-01"}`, and(age)) + `,` +
			`{"id":true,"details":` + and(age) + `}` + `]`,
			risk.CompileErrors{{Rule: "GTAS-1", Reason: "summary: no title"},
				{Rule: "GTAS-1", Reason: `summary: startDate "2026-13-01": want yyyy-MM-dd`},
				{Rule: "GTAS-1", Reason: `summary: endDate "tomorrow": want yyyy-MM-dd`},
				{Rule: "GTAS-1", Reason: "summary: overMaxHits: want a whole number"},
				{Rule: "GTAS-2", Reason: "summary: endDate is before startDate"},
				{Rule: "GTAS-3", Reason: "id: want a number, a string or null"},
				{Rule: "GTAS-3", Reason: "no summary"}}},
		{"no details", udr("9", okSummary, "null"), risk.CompileErrors{{Rule: "GTAS-9", Reason: "no details: the query"}}},
		{"ids", `[` + udr("2", okSummary, and(age)) + `,` + udr("null", okSummary, and(age)) + `]`,
			risk.CompileErrors{{Rule: "GTAS-2", Reason: "the id is used by another rule"}}},
		{"every rule's errors", `[` + udrOf(termOf("Passenger", "foo", "EQUAL", "1"), termOf("Passenger", "age", "EQUAL", "x")) + `,` +
			udr(`"R9"`, okSummary, and(termOf("Bag", "weight", "GREATER", "30"))) + `]`,
			risk.CompileErrors{{Rule: "GTAS-1", Condition: "c1.1", Reason: "unknown field Passenger.foo"},
				{Rule: "GTAS-1", Condition: "c1.2", Reason: `Passenger.age: value "x": want a number`},
				{Rule: "GTAS-R9", Condition: "c1.1", Reason: "Bag.weight: the catalogue has no attribute for it"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := risk.ReadGTAS([]byte(tc.doc))
			var got risk.CompileErrors
			if !errors.As(err, &got) {
				t.Fatalf("ReadGTAS: %v (%v), want CompileErrors", err, f)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadGTASSyntax(t *testing.T) {
	for _, tc := range []struct {
		name, doc    string
		line, column int
	}{
		{"not JSON", "{\"id\": 1,\n  \"details\": {\"condition\": \"AND\",,", 2, 35},
		{"truncated", "[{\"id\": 1}", 1, 11},
		{"values are strings", "{\"id\": 1, \"details\": {\"condition\": \"AND\", \"rules\": [\n {\"entity\": \"Passenger\", \"field\": \"age\", \"operator\": \"LESS\", \"value\": [25]}]}}", 2, 74},
		{"not an object", `42`, 1, 3},
		{"rules not a list", `{"details": {"condition": "AND", "rules": {}}}`, 1, 44},
		{"trailing data", `{"id": 1} {"id": 2}`, 1, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := risk.ReadGTAS([]byte(tc.doc))
			var se *risk.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ReadGTAS: %v, want a *SyntaxError", err)
			}
			if se.Line != tc.line || se.Column != tc.column {
				t.Errorf("line %d, column %d, want %d, %d (%v)", se.Line, se.Column, tc.line, tc.column, err)
			}
		})
	}
}

func TestIsGTAS(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		want bool
	}{
		{udrOf(termOf("Passenger", "age", "LESS", "25")), true},
		{`[` + udrOf(termOf("Passenger", "age", "LESS", "25")) + `]`, true},
		{` {"details": {"@class": "QueryObject", "condition": "OR"}}`, true},
		{`{"name":"national criteria","version":"1","rules":[{"id":"R-1","title":"t","when":{"field":"traveler.nationality","op":"eq","value":"XXA"}}]}`, false},
		{`{"details": "AND"}`, false},
		{`{"summary": {"title": "t"}}`, false},
		{`{"condition": "AND", "rules": []}`, false}, // a bare query is not a UDR
		{`[]`, false},
		{`[1]`, false},
		{`not json`, false},
		{``, false},
	} {
		if got := risk.IsGTAS([]byte(tc.doc)); got != tc.want {
			t.Errorf("IsGTAS(%.60s) = %v, want %v", tc.doc, got, tc.want)
		}
	}
}

// FuzzReadGTAS: any document converts or gives an error, never a panic,
// and a File it gives compiles or gives an error, never a panic.
func FuzzReadGTAS(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "gtas", "*.json"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(udrOf(termOf("Pnr", "bookingDate", "NOT_IN", "2026-11-30"), termOf("Email", "domain", "IS_NOT_EMPTY"),
		`{"condition":"OR","rules":[`+termOf("Flight", "direction", "IN", "I", "O")+`]}`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := risk.ReadGTAS(data)
		if err != nil {
			return
		}
		_, _ = risk.CompileFile(file, nil)
	})
}

func BenchmarkReadGTAS(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "gtas", "document-nationality.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := risk.ReadGTAS(data); err != nil {
			b.Fatal(err)
		}
	}
}
