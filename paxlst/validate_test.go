package paxlst_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/paxlst"
)

func findings(fs []paxlst.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Path+" "+string(f.Code))
	}
	return out
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name   string
		edit   func(m *paxlst.Message)
		opts   paxlst.ValidateOptions
		want   []string
		sev    edifact.Severity // of the first finding
		nofind bool
	}{
		{name: "clean list", edit: func(*paxlst.Message) {}, nofind: true},
		{
			name: "document expires before the flight",
			edit: func(m *paxlst.Message) { m.Persons[3].Documents[0].ExpiryDate = date(2025, 6, 1) },
			want: []string{"persons[3].documents[0].expiryDate paxlst-document-expired"}, sev: edifact.Error,
		},
		{
			name: "document valid on the flight day",
			edit: func(m *paxlst.Message) { m.Persons[3].Documents[0].ExpiryDate = date(2025, 6, 2) }, nofind: true,
		},
		{
			name: "flight date option",
			edit: func(*paxlst.Message) {}, opts: paxlst.ValidateOptions{FlightDate: date(2030, 3, 1)},
			want: []string{"persons[0].documents[0].expiryDate paxlst-document-expired",
				"persons[1].documents[0].expiryDate paxlst-document-expired"}, sev: edifact.Error,
		},
		{
			name: "missing mandatory values",
			edit: func(m *paxlst.Message) {
				p := &m.Persons[1]
				p.Surname, p.Gender, p.BirthDate, p.Nationality = "", "", civil.Date{}, ""
				p.Documents[0] = paxlst.Document{Type: paxlst.DocumentPassport}
			},
			want: []string{"persons[1].surname paxlst-required", "persons[1].gender paxlst-required",
				"persons[1].birthDate paxlst-required", "persons[1].nationality paxlst-required",
				"persons[1].documents[0].number paxlst-required", "persons[1].documents[0].issuingCountry paxlst-required",
				"persons[1].documents[0].expiryDate paxlst-required"}, sev: edifact.Error,
		},
		{
			name: "codes outside their lists",
			edit: func(m *paxlst.Message) {
				p := &m.Persons[0]
				p.Role, p.Gender, p.Nationality, p.Residence, p.Verification = "ZZ", "Q", "GB", "gbr", "9"
				p.Documents[0].Type, p.Documents[0].IssuingCountry = "9", "G1R"
				m.ListType, m.Function = "999", "ZZ"
				m.Flights[0].Stage, m.Flights[0].Arrival.Airport = "11", "HN"
			},
			want: []string{"listType paxlst-invalid-code", "function paxlst-invalid-code",
				"flights[0].stage paxlst-invalid-code", "flights[0].arrival.airport paxlst-invalid-code",
				"persons[0].role paxlst-invalid-code", "persons[0].gender paxlst-invalid-code",
				"persons[0].nationality paxlst-invalid-code", "persons[0].residence paxlst-invalid-code",
				"persons[0].debarkation paxlst-route", // HNL is no longer an airport of the flight
				"persons[0].verification paxlst-invalid-code", "persons[0].documents[0].type paxlst-invalid-code",
				"persons[0].documents[0].issuingCountry paxlst-invalid-code",
				"persons[1].debarkation paxlst-route", "persons[2].debarkation paxlst-route",
				"persons[3].debarkation paxlst-route"}, sev: edifact.Error,
		},
		{
			name: "implausible dates",
			edit: func(m *paxlst.Message) {
				m.Persons[0].BirthDate = date(2025, 6, 3)
				m.Persons[1].BirthDate = date(1890, 1, 1)
				m.Persons[2].Documents[0].IssueDate = date(2031, 1, 1)
			},
			want: []string{"persons[0].birthDate paxlst-implausible-date", "persons[1].birthDate paxlst-implausible-date",
				"persons[2].documents[0].issueDate paxlst-implausible-date"}, sev: edifact.Error,
		},
		{
			name: "roles, route and totals",
			edit: func(m *paxlst.Message) {
				m.Persons[0].Role = paxlst.RoleCrew
				m.Persons[1].Documents = nil
				m.Totals.Passengers = nil
				m.Flights = append(m.Flights, paxlst.Leg{Stage: "20", FlightNumber: "XX2",
					Departure: paxlst.Stop{Airport: "LAX", Time: dt(2025, time.June, 3, 1, 0)},
					Arrival:   paxlst.Stop{Airport: "SFO", Time: dt(2025, time.June, 3, 2, 0)}})
			},
			want: []string{"flights[1].departure.airport paxlst-route", "persons[0].role paxlst-role",
				"persons[1].documents paxlst-no-document", "totals.passengers paxlst-totals"}, sev: edifact.Warning,
		},
		{
			name: "embarkation outside the flight",
			edit: func(m *paxlst.Message) { m.Persons[2].Embarkation, m.Persons[3].Debarkation = "LAX", "SYD" },
			want: []string{"persons[2].embarkation paxlst-route"}, sev: edifact.Warning,
		},
		{
			name: "empty list and leg",
			edit: func(m *paxlst.Message) {
				m.Persons, m.ListType = nil, ""
				m.Flights[0] = paxlst.Leg{Stage: "20"}
			},
			want: []string{"listType paxlst-required", "flights[0].flightNumber paxlst-required",
				"flights[0].departure.airport paxlst-required", "flights[0].departure.time paxlst-required",
				"flights[0].arrival.airport paxlst-required", "flights[0].arrival.time paxlst-required",
				"persons paxlst-required"}, sev: edifact.Error,
		},
		{
			name: "flight status needs no persons",
			edit: func(m *paxlst.Message) {
				m.Persons, m.ListType, m.Function = nil, paxlst.ListFlightStatus, paxlst.FunctionCloseOnBoard
			},
			nofind: true,
		},
		{
			name: "US profile",
			edit: func(m *paxlst.Message) {
				m.Envelope.Group = nil
				m.Persons[0].Surname = "O'NEIL-SMITH"
				m.Persons[1].Documents[0].CodeList, m.Persons[1].Documents[0].Agency = "110", "111"
			},
			opts: paxlst.ValidateOptions{Profile: "US"},
			want: []string{"persons[0].surname paxlst-name-characters", "persons[0].documents[0].type paxlst-profile",
				"persons[2].documents[0].type paxlst-profile", "persons[3].documents[0].type paxlst-profile",
				"envelope.group paxlst-profile", "envelope.recipient.id paxlst-profile"}, sev: edifact.Error,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := bigMessage(4)
			c.edit(m)
			fs := paxlst.Validate(m, c.opts)
			if c.nofind {
				if len(fs) != 0 {
					t.Errorf("findings %v", fs)
				}
				return
			}
			if d := cmp.Diff(c.want, findings(fs)); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
			if len(fs) > 0 && fs[0].Severity != c.sev {
				t.Errorf("severity %v, want %v", fs[0].Severity, c.sev)
			}
		})
	}
}

// TestValidateSample: the first shared sample holds documents that expired
// before its 2020-05-06 flight, and a passenger without data.
func TestValidateSample(t *testing.T) {
	res, err := paxlst.Decode(readSample(t, "minelytics_sample01_D02B_YY123_IAD-BRU_10pax_badUNT.edi"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var expired []string
	for _, f := range paxlst.Validate(res.Messages[0], paxlst.ValidateOptions{}) {
		if f.Code == paxlst.RuleExpired {
			expired = append(expired, f.Path)
		}
	}
	want := []string{"persons[1].documents[0].expiryDate", "persons[2].documents[0].expiryDate",
		"persons[3].documents[0].expiryDate", "persons[4].documents[0].expiryDate", "persons[5].documents[0].expiryDate"}
	if d := cmp.Diff(want, expired); d != "" {
		t.Errorf("expired documents (-want +got):\n%s", d)
	}
}
