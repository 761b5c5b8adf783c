package risk_test

import (
	"encoding/json"
	"testing"

	"github.com/openpiu/piu/risk"
)

func TestDescribe(t *testing.T) {
	cases := map[string]string{
		`{"field":"booking.leadHours","op":"lt","value":48}`: "booking.leadHours is less than 48",
		`{"all":[{"field":"trip.oneWay","op":"eq","value":true},{"any":[{"field":"traveler.nationality","op":"in","value":["XXA","XXB"]},` +
			`{"field":"traveler.nationality","op":"member_of","value":"watch"}]}]}`: "trip.oneWay is true and (traveler.nationality is one of XXA, XXB or traveler.nationality is on the list watch)",
		`{"any":"documents","where":{"all":[{"field":"document.type","op":"eq","value":"P"},{"field":"document.expiresInDays","op":"between","value":[0,30]}]}}`: "some of the documents where (document.type is P and document.expiresInDays is between 0 and 30)",
		`{"count":"legs","where":{"field":"leg.thisFlight","op":"eq","value":false},"op":"ge","value":2}`:                                                        "the number of legs where leg.thisFlight is false is at least 2",
		`{"not":{"none":"payments","where":{"field":"payment.type","op":"not_starts_with","value":"C"}}}`:                                                        "not none of the payments where payment.type does not start with C",
		`{"field":"traveler.surname","op":"name_like","value":{"name":"DOE","threshold":0.85}}`:                                                                  `traveler.surname is a name like "DOE" (similarity at least 0.85)`,
		`{"field":"document.issueDate","op":"within","value":["-30d","0d"]}`:                                                                                     "document.issueDate is within -30d and 0d of departure",
		`{"field":"traveler.residence","op":"exists"}`:                                                                                                           "traveler.residence is known",
		`{"field":"traveler.nationality","op":"in","value":["A","B","C","D","E","F","G","H"]}`:                                                                   "traveler.nationality is one of A, B, C, D, E, F and 2 more",
	}
	for in, want := range cases {
		var c risk.Condition
		if err := json.Unmarshal([]byte(in), &c); err != nil {
			t.Fatal(err)
		}
		if got := c.String(); got != want {
			t.Errorf("%s:\n got %s\nwant %s", in, got, want)
		}
	}
	if got := (risk.Scope{Direction: "inbound", Carriers: []string{"ZZ"}, Airports: []string{"ICN"}}).String(); got != "inbound flights of ZZ at ICN" {
		t.Errorf("scope: %s", got)
	}
}
