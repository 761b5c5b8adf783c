package privacy_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// fill sets every field reachable from v: each string a value of its own,
// each slice two elements, each pointer a value, each date a full date. A
// field added to a model is thereby met by the tests below before anyone
// decides whether it identifies a person.
func fill(v reflect.Value, n *int) {
	switch v.Kind() {
	case reflect.String:
		*n++
		v.SetString(fmt.Sprintf("QV%05d", *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		if v.Type() == reflect.TypeOf(civil.Date{}.Month) {
			v.SetInt(4)
			return
		}
		v.SetInt(12)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(civil.Date{}) {
			v.Set(reflect.ValueOf(civil.Date{Year: 1980, Month: 4, Day: 12}))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	}
}

// survivors returns the paths (by field name, without indices) of the
// strings that are not masked and the dates that are full: numbers and
// flags identify nobody.
func survivors(v reflect.Value, path string, out map[string]bool) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); s != "" && !privacy.IsMasked(s) {
			out[path] = true
		}
	case reflect.Pointer:
		if !v.IsNil() {
			survivors(v.Elem(), path, out)
		}
	case reflect.Slice:
		for i := range v.Len() {
			survivors(v.Index(i), path, out)
		}
	case reflect.Struct:
		if d, ok := v.Interface().(civil.Date); ok {
			if d.Valid() {
				out[path] = true
			}
			return
		}
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				survivors(v.Field(i), path+"."+f.Name, out)
			}
		}
	}
}

// kept reports whether a path is one the masking keeps.
func kept(path string, keep []string) bool {
	for _, k := range keep {
		if path == k || strings.HasSuffix(k, ".") && strings.HasPrefix(path, k) {
			return true
		}
	}
	return false
}

// pnrgovKept are the PNRGOV values that identify nobody directly (see
// fields.go): a path ending in "." keeps everything under it.
var pnrgovKept = []string{
	".Envelope.", ".Version", ".PushType", ".Sender.", ".Flight.",
	".PNRs.Locators.Airline", ".PNRs.Locators.ControlType", ".PNRs.Locators.Created.",
	".PNRs.Created.", ".PNRs.LastTransaction.", ".PNRs.Dates.", ".PNRs.Agency.",
	".PNRs.Addresses.Function", ".PNRs.Addresses.Purpose", ".PNRs.Addresses.State", ".PNRs.Addresses.Country",
	".PNRs.Contacts.Kind", ".PNRs.Contacts.Use", ".PNRs.Contacts.Source",
	".PNRs.Contacts.Address.Function", ".PNRs.Contacts.Address.Purpose", ".PNRs.Contacts.Address.State", ".PNRs.Contacts.Address.Country",
	".PNRs.ExcessBaggage", ".PNRs.Travelers.ExcessBaggage", ".PNRs.Travelers.Fares",
	".PNRs.Travelers.Name.SurnameQualifier", ".PNRs.Travelers.Name.Title", ".PNRs.Travelers.Name.Type", ".PNRs.Travelers.Name.Ref", ".PNRs.Travelers.Name.InfantIndicator",
	".PNRs.Travelers.InfantRef", ".PNRs.Travelers.AdultRef",
	".PNRs.Travelers.FrequentFlyers.Airline", ".PNRs.Travelers.FrequentFlyers.Tier", ".PNRs.Travelers.FrequentFlyers.TierName", ".PNRs.Travelers.FrequentFlyers.Alliance",
	".PNRs.Travelers.UniqueIDs.Qualifier",
	".PNRs.Travelers.Addresses.Function", ".PNRs.Travelers.Addresses.Purpose", ".PNRs.Travelers.Addresses.State", ".PNRs.Travelers.Addresses.Country",
	".PNRs.Travelers.Documents.Type", ".PNRs.Travelers.Documents.IssuingCountry", ".PNRs.Travelers.Documents.Nationality",
	".PNRs.Travelers.Documents.Gender", ".PNRs.Travelers.Documents.ExpiryDate", ".PNRs.Travelers.Documents.Holder", ".PNRs.Travelers.Documents.Source",
	".PNRs.Travelers.Visas.Type", ".PNRs.Travelers.Visas.IssueDate", ".PNRs.Travelers.Visas.Country",
	".PNRs.Travelers.TravelAddresses.Type", ".PNRs.Travelers.TravelAddresses.Country", ".PNRs.Travelers.TravelAddresses.State",
	".PNRs.Tickets.Type", ".PNRs.Tickets.Booklets", ".PNRs.Tickets.More", ".PNRs.Tickets.Amounts.", ".PNRs.Tickets.Pricing", ".PNRs.Tickets.Taxes", ".PNRs.Tickets.Dates.",
	".PNRs.Payments.Forms.Type", ".PNRs.Payments.Forms.Indicator", ".PNRs.Payments.Forms.Amount", ".PNRs.Payments.Forms.Vendor",
	".PNRs.Payments.BillingAddress.Function", ".PNRs.Payments.BillingAddress.Purpose", ".PNRs.Payments.BillingAddress.State", ".PNRs.Payments.BillingAddress.Country",
	".PNRs.Itinerary.Flight.", ".PNRs.Itinerary.Class", ".PNRs.Itinerary.OperatedBy.", ".PNRs.Itinerary.Status", ".PNRs.Itinerary.Equipment",
	".PNRs.Itinerary.Locators.Airline", ".PNRs.Itinerary.Locators.ControlType", ".PNRs.Itinerary.Locators.Created.",
	".PNRs.Itinerary.CheckIns.Dates.", ".PNRs.Itinerary.CheckIns.Agent.",
	".PNRs.Itinerary.CheckIns.Boardings.Processing", ".PNRs.Itinerary.CheckIns.Boardings.Number", ".PNRs.Itinerary.CheckIns.Boardings.Field2",
	".PNRs.Itinerary.CheckIns.Boardings.Field3", ".PNRs.Itinerary.CheckIns.Boardings.TravelerRef", ".PNRs.Itinerary.CheckIns.Boardings.Seat",
	".PNRs.Itinerary.CheckIns.Boardings.Cabin", ".PNRs.Itinerary.CheckIns.Boardings.Bags.",
	".PNRs.Itinerary.CheckIns.Boardings.Traveler.SurnameQualifier", ".PNRs.Itinerary.CheckIns.Boardings.Traveler.Title",
	".PNRs.Itinerary.CheckIns.Boardings.Traveler.Type", ".PNRs.Itinerary.CheckIns.Boardings.Traveler.Ref", ".PNRs.Itinerary.CheckIns.Boardings.Traveler.InfantIndicator",
	".PNRs.Splits.Locators.Airline", ".PNRs.Splits.Locators.ControlType", ".PNRs.Splits.Locators.Created.",
	".PNRs.NonAir.MSG", ".PNRs.History.Source", ".PNRs.History.Dates.",
	".PNRs.History.Changes.SAC", ".PNRs.History.Changes.Action", ".PNRs.History.Changes.Bags.", ".PNRs.History.Changes.Legs.Flight.",
	".PNRs.History.Changes.Legs.Class", ".PNRs.History.Changes.Legs.Status",
	".PNRs.History.Changes.Traveler.SurnameQualifier", ".PNRs.History.Changes.Traveler.Title", ".PNRs.History.Changes.Traveler.Type",
	".PNRs.History.Changes.Traveler.Ref", ".PNRs.History.Changes.Traveler.InfantIndicator",
}

// ssrKept are the SSR values kept wherever SSRs are.
var ssrKept = []string{"Code", "Status", "Quantity", "Airline", "Field5", "Field6", "Board", "Off",
	"Details.Seat", "Details.Characteristic", "Details.TravelerRef"}

// remarkKept are the remark values kept wherever remarks are.
var remarkKept = []string{"Qualifier", "Type", "Field3", "Airline", "Language"}

func init() {
	for _, at := range []string{".PNRs.", ".PNRs.Travelers.", ".PNRs.Itinerary.", ".PNRs.History.Changes."} {
		for _, k := range ssrKept {
			pnrgovKept = append(pnrgovKept, at+"SSRs."+k)
		}
	}
	for _, at := range []string{".PNRs.", ".PNRs.Travelers.", ".PNRs.Itinerary.", ".PNRs.History.Changes.", ".PNRs.Payments.", ".PNRs.Tickets."} {
		for _, k := range remarkKept {
			pnrgovKept = append(pnrgovKept, at+"Remarks."+k)
		}
	}
	for _, at := range []string{".PNRs.", ".PNRs.Travelers.", ".PNRs.Itinerary.", ".PNRs.Tickets.", ".PNRs.Payments.", ".PNRs.Splits.",
		".PNRs.NonAir.", ".PNRs.History.", ".PNRs.History.Changes.", ".PNRs.History.Changes.Legs.", ".PNRs.Itinerary.CheckIns.",
		".PNRs.Itinerary.CheckIns.Boardings.", "."} {
		pnrgovKept = append(pnrgovKept, at+"Unknown.Tag")
	}
}

var paxlstKept = []string{
	".Envelope.", ".ListType", ".Function", ".MessageFunction", ".TransactionRef", ".Revision",
	".ReportingParty.", ".Flights.Stage", ".Flights.FlightNumber", ".Flights.Carrier", ".Flights.CarrierCodeList", ".Flights.TransportMode",
	".Flights.Departure.", ".Flights.Arrival.", ".Flights.Places.", ".Totals.",
	".Persons.Role", ".Persons.Address.Region", ".Persons.Address.RegionName", ".Persons.Address.Country",
	".Persons.Gender", ".Persons.Nationality", ".Persons.Residence", ".Persons.BirthPlace.Code",
	".Persons.Embarkation", ".Persons.Debarkation", ".Persons.Clearance",
	".Persons.Documents.Type", ".Persons.Documents.CodeList", ".Persons.Documents.Agency", ".Persons.Documents.IssuingCountry",
	".Persons.Documents.ExpiryDate", ".Persons.Documents.IssueDate",
	".Persons.Seat", ".Persons.Bags.", ".Persons.OtherRefs.Qualifier", ".Persons.Verification", ".Persons.CrewFunction.",
	".Persons.Contacts.Type",
}

func init() {
	for _, at := range []string{".", ".Flights.", ".Persons.", ".Persons.Documents."} {
		paxlstKept = append(paxlstKept, at+"Unknown.Tag", at+"Extra.Segment", at+"Extra.Qualifier")
	}
	paxlstKept = append(paxlstKept, ".Trailing.Tag")
}

// TestEveryFieldClassified fills every field of the models, masks, and
// checks that exactly the fields known not to identify anyone survive: a
// field added to pnrgov or paxlst fails here until fields.go or the list
// above says what it is.
func TestEveryFieldClassified(t *testing.T) {
	m := masker(t, false)
	check := func(t *testing.T, masked any, keep []string) {
		got := map[string]bool{}
		survivors(reflect.ValueOf(masked), "", got)
		var leaked, over []string
		for p := range got {
			if !kept(p, keep) {
				leaked = append(leaked, p)
			}
		}
		for _, k := range keep {
			if strings.HasSuffix(k, ".") {
				continue
			}
			if !got[k] {
				over = append(over, k)
			}
		}
		slices.Sort(leaked)
		slices.Sort(over)
		if len(leaked) > 0 {
			t.Errorf("not masked, and not listed as kept:\n%s", strings.Join(leaked, "\n"))
		}
		if len(over) > 0 {
			t.Errorf("listed as kept, but masked or absent:\n%s", strings.Join(over, "\n"))
		}
	}
	t.Run("PNRGOV", func(t *testing.T) {
		var msg pnrgov.Message
		n := 0
		fill(reflect.ValueOf(&msg).Elem(), &n)
		out, _, err := m.PNRGOV(&msg)
		if err != nil {
			t.Fatal(err)
		}
		if out.Segments != nil || out.PNRs[0].Segments != nil {
			t.Error("segments as received kept")
		}
		check(t, out, pnrgovKept)
	})
	t.Run("PAXLST", func(t *testing.T) {
		var msg paxlst.Message
		n := 0
		fill(reflect.ValueOf(&msg).Elem(), &n)
		out, _, err := m.PAXLST(&msg)
		if err != nil {
			t.Fatal(err)
		}
		if out.Persons[0].BirthDate != (civil.Date{Year: 1980}) {
			t.Errorf("birth date %v, want the year alone", out.Persons[0].BirthDate)
		}
		check(t, out, paxlstKept)
	})
}

// flightKept are the values of a built flight that the masking keeps: its
// PNRs' and records' as above, and what the flight derived that identifies
// nobody.
func flightKept() []string {
	keep := []string{
		".Carrier", ".Number", ".Date", ".Direction", ".Legs.", ".Codeshares.", ".Sources.",
		".Links.Kind",
		".Travelers.ID", ".Travelers.Role", ".Travelers.Title", ".Travelers.Gender", ".Travelers.Nationality", ".Travelers.Residence",
		".Travelers.Documents.Type", ".Travelers.Documents.IssuingCountry", ".Travelers.Documents.ExpiryDate",
		".Travelers.Documents.IssueDate", ".Travelers.Documents.Source",
		".Travelers.Contacts.Kind", ".Travelers.Contacts.Country", ".Travelers.Contacts.Source",
		".Travelers.FrequentFlyers.Airline", ".Travelers.FrequentFlyers.Tier", ".Travelers.FrequentFlyers.TierName", ".Travelers.FrequentFlyers.Alliance",
		".Travelers.Boardings.", ".Travelers.Link.", ".Travelers.Conflicts.Field", ".Travelers.Conflicts.API", ".Travelers.Conflicts.PNR", ".Travelers.CoTravelers",
		".Travelers.Features.", ".Travelers.Trip.",
		".Travelers.Booking.Created.", ".Travelers.Booking.Agency.",
		".Travelers.Booking.Payments.Type", ".Travelers.Booking.Payments.Vendor",
		".Travelers.Booking.Contacts.Kind", ".Travelers.Booking.Contacts.Country", ".Travelers.Booking.Contacts.Source",
	}
	for _, k := range pnrgovKept {
		if strings.HasPrefix(k, ".PNRs.") {
			keep = append(keep, k)
		}
		if t, ok := strings.CutPrefix(k, ".PNRs.Travelers."); ok {
			keep = append(keep, ".Travelers.PNR.Traveler."+t)
		}
	}
	for _, k := range paxlstKept {
		if t, ok := strings.CutPrefix(k, ".Persons."); ok {
			keep = append(keep, ".Travelers.API.Person."+t)
		}
	}
	return keep
}

func TestFlightFieldsClassified(t *testing.T) {
	var f manifest.Flight
	n := 0
	fill(reflect.ValueOf(&f).Elem(), &n)
	f.Links[0].Kind = manifest.LinkCard
	f.Travelers[0].Conflicts[0].Field = "nationality"
	out, _, err := masker(t, false).Flight(&f)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	survivors(reflect.ValueOf(out), "", got)
	keep := flightKept()
	var leaked []string
	for p := range got {
		if !kept(p, keep) {
			leaked = append(leaked, p)
		}
	}
	slices.Sort(leaked)
	if len(leaked) > 0 {
		t.Errorf("not masked, and not listed as kept:\n%s", strings.Join(leaked, "\n"))
	}
	if out.Travelers[0].Conflicts[1].API == f.Travelers[0].Conflicts[1].API {
		t.Error("a conflict on another field than gender or nationality kept its values")
	}
	for _, k := range []string{".Travelers.Nationality", ".Travelers.Documents.IssuingCountry", ".Travelers.Booking.Payments.Vendor"} {
		if !got[k] {
			t.Errorf("%s masked", k)
		}
	}
}
