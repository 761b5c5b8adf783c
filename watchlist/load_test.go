package watchlist

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/civil"
)

func openTestdata(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestLoadUNSample(t *testing.T) {
	got, err := LoadUN(openTestdata(t, "un_sample.xml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{
			ID: "UN:900001", Source: "UN", Programs: []string{"Al-Qaida"}, Category: CategoryIndividual,
			Reference: "QDi.900", ListedOn: civil.Date{Year: 2010, Month: 3, Day: 4}, Titles: []string{"Sheikh"},
			Names: []Name{
				{Full: "KARIM FAWZI AL-QASIRI", Given: "KARIM", Surname: "FAWZI AL-QASIRI"},
				{Full: "كريم فوزي القصيري", Kind: NameOriginalScript},
				{Full: "Karim Fawzi al-Kasiri", Kind: NameAlias},
				{Full: "Abu Fawzi", Kind: NameAlias, Quality: QualityWeak},
				{Full: "Karim Qasiri", Kind: NameFormer},
			},
			BirthDates: []BirthDate{
				ExactBirthDate(1971, time.May, 3),
				{From: civil.Date{Year: 1969}, To: civil.Date{Year: 1969}, Approximate: true},
				BirthYearRange(1968, 1972),
				{From: civil.Date{Year: 1970, Month: time.November}, To: civil.Date{Year: 1970, Month: time.November}},
			},
			BirthPlaces:   []string{"Mosul, Iraq"},
			Nationalities: []string{"Iraq", "Syrian Arab Republic"},
			Gender:        GenderMale,
			Documents:     []Document{{Type: "Passport", Number: "A 1234567", IssuingCountry: "Iraq"}},
			Addresses:     []string{"Mosul, Iraq"},
			Remarks:       "Designation: Financier\nSynthetic entry for tests.",
		},
		{
			ID: "UN:900002", Source: "UN", Programs: []string{"DPRK"}, Category: CategoryIndividual,
			Names: []Name{
				{Full: "OLGA PETROVNA ZIMINA", Given: "OLGA", Surname: "PETROVNA ZIMINA"},
				{Full: "Ольга Петровна Зимина", Kind: NameOriginalScript},
			},
			BirthDates: []BirthDate{BirthYear(1980)},
			Gender:     GenderFemale,
		},
		{
			ID: "UN:900100", Source: "UN", Programs: []string{"DPRK"}, Category: CategoryEntity,
			Names:     []Name{{Full: "NORTHERN EXAMPLE TRADING COMPANY"}, {Full: "NETCO", Kind: NameAlias}},
			Addresses: []string{"Pyongyang, Democratic People's Republic of Korea"},
		},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("LoadUN mismatch (-want +got):\n%s", d)
	}
}

func TestLoadOFACSample(t *testing.T) {
	got, err := LoadOFAC(openTestdata(t, "ofac_sdn.csv"), openTestdata(t, "ofac_alt.csv"), openTestdata(t, "ofac_add.csv"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{
			ID: "OFAC:101", Source: "OFAC SDN", Programs: []string{"SDGT", "IRAQ2"}, Category: CategoryIndividual,
			Names: []Name{
				{Full: "QASIRI, Karim Fawzi", Surname: "QASIRI", Given: "Karim Fawzi"},
				{Full: "ABU FAWZI", Kind: NameAlias, Quality: QualityWeak},
				{Full: "AL-QASIRI, Karim", Surname: "AL-QASIRI", Given: "Karim", Kind: NameAlias},
				{Full: "KASIRI, Karim", Surname: "KASIRI", Given: "Karim", Kind: NameFormer},
			},
			BirthDates: []BirthDate{
				ExactBirthDate(1971, time.May, 3),
				{From: civil.Date{Year: 1969}, To: civil.Date{Year: 1969}, Approximate: true},
				BirthYearRange(1968, 1972),
			},
			BirthPlaces:   []string{"Mosul, Iraq"},
			Nationalities: []string{"Iraq", "Syria"},
			Gender:        GenderMale,
			Documents: []Document{
				{Type: "Passport", Number: "A1234567", IssuingCountry: "Iraq"},
				{Type: "National ID No.", Number: "55-66-77", IssuingCountry: "Iraq"},
			},
			Addresses: []string{"Mosul"},
			Remarks:   "DOB 03 May 1971; alt. DOB circa 1969; alt. DOB 1968 to 1972; POB Mosul, Iraq; nationality Iraq; citizen Syria; Gender Male; Passport A1234567 (Iraq) expires 2030; National ID No. 55-66-77 (Iraq); a.k.a. 'ABU FAWZI'.",
		},
		{
			ID: "OFAC:102", Source: "OFAC SDN", Programs: []string{"IRAN"}, Category: CategoryEntity,
			Names:     []Name{{Full: "EXAMPLE SHIPPING LINE"}, {Full: "ESL", Kind: NameAlias}},
			Addresses: []string{"1 Example Street, Tehran, Iran, (main office)"},
		},
		{
			ID: "OFAC:103", Source: "OFAC SDN", Programs: []string{"IRAN"}, Category: CategoryVessel,
			Names:   []Name{{Full: "SEA EXAMPLE"}},
			Remarks: "call sign: 9XYZ\nvessel type: Tanker\nGRT: 5000\nvessel flag: Iran",
		},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("LoadOFAC mismatch (-want +got):\n%s", d)
	}
}

func TestLoadNationalSamples(t *testing.T) {
	got, err := LoadCSV(openTestdata(t, "national.csv"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{
			ID: "NAT-1", Source: "Example national list", Category: CategoryIndividual, Programs: []string{"terror"},
			Names: []Name{
				{Full: "JANE MARY DOE", Surname: "DOE", Given: "JANE MARY"},
				{Full: "JANE MARIE DOE", Kind: NameAlias},
				{Full: "J M DOE", Kind: NameAlias},
				{Full: "JD", Kind: NameAlias, Quality: QualityWeak},
			},
			BirthDates:    []BirthDate{ExactBirthDate(1980, time.February, 29), {From: civil.Date{Year: 1981}, To: civil.Date{Year: 1981}, Approximate: true}},
			Gender:        GenderFemale,
			Nationalities: []string{"GBR", "IRL"},
			Documents:     []Document{{Type: "P", IssuingCountry: "GBR", Number: "123456789"}, {Type: "I", Number: "AB-12-34"}},
			Remarks:       "invented, for tests",
		},
		{
			ID: "NAT-2", Source: "Example national list", Category: CategoryDocument, Programs: []string{"lost"},
			Documents: []Document{{Type: "P", IssuingCountry: "FRA", Number: "09AA12345"}},
			Remarks:   "stolen blank passport",
		},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("LoadCSV mismatch (-want +got):\n%s", d)
	}

	gotJSON, err := LoadJSON(openTestdata(t, "national.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := []Entry{{
		ID: "NAT-10", Source: "Example", Category: CategoryIndividual,
		Names: []Name{
			{Full: "ROE, RICHARD", Surname: "ROE", Given: "RICHARD"},
			{Full: "DICK ROE", Kind: NameAlias, Quality: QualityWeak},
		},
		BirthDates:    []BirthDate{BirthYearRange(1975, 1977)},
		Gender:        GenderMale,
		Nationalities: []string{"USA"},
		Documents:     []Document{{Type: "P", Number: "X1234567", IssuingCountry: "USA"}},
	}}
	if d := cmp.Diff(wantJSON, gotJSON); d != "" {
		t.Errorf("LoadJSON mismatch (-want +got):\n%s", d)
	}
}

// TestRoundTrip writes what the loaders read and reads it back.
func TestRoundTrip(t *testing.T) {
	entries, err := LoadCSV(openTestdata(t, "national.csv"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, entries); err != nil {
		t.Fatal(err)
	}
	back, err := LoadCSV(&buf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(entries, back); d != "" {
		t.Errorf("CSV round trip (-first +second):\n%s", d)
	}
	un, err := LoadUN(openTestdata(t, "un_sample.xml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := WriteJSON(&buf, un); err != nil {
		t.Fatal(err)
	}
	backJSON, err := LoadJSON(&buf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(un, backJSON); d != "" {
		t.Errorf("JSON round trip (-first +second):\n%s", d)
	}
}

// TestLoadErrors checks the sentinel, the position and that no listed
// value leaks into the message.
func TestLoadErrors(t *testing.T) {
	const secret = "ZEBEDEE"
	tests := []struct {
		name     string
		load     func() error
		sentinel error
		line     int
		path     string
		field    string
	}{
		{"UN missing DATAID", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>"+secret+"</FIRST_NAME></INDIVIDUAL>\n<INDIVIDUAL><DATAID>1</DATAID></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"), nil)
			return err
		}, ErrMissing, 3, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[1]", "DATAID"},
		{"UN bad date", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>"+secret+"</FIRST_NAME></INDIVIDUAL>\n<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>A</FIRST_NAME><INDIVIDUAL_DATE_OF_BIRTH><DATE>19"+secret+"</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"), nil)
			return err
		}, ErrValue, 3, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[2]", "INDIVIDUAL_DATE_OF_BIRTH"},
		{"UN duplicate", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>7</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>\n<INDIVIDUAL><DATAID>7</DATAID><FIRST_NAME>B</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"), nil)
			return err
		}, ErrDuplicate, 2, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[2]", "DATAID"},
		{"UN broken XML", func() error {
			_, err := LoadUN(strings.NewReader("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>"+secret+"</SECOND_NAME>"), nil)
			return err
		}, ErrSyntax, 3, "/CONSOLIDATED_LIST[1]/INDIVIDUALS[1]/INDIVIDUAL[1]", ""},
		{"UN wrong root", func() error {
			_, err := LoadUN(strings.NewReader("<LIST/>"), nil)
			return err
		}, ErrSyntax, 1, "/*[1]", ""},
		{"OFAC wrong field count", func() error {
			_, err := LoadOFAC(strings.NewReader("1,\"A, B\",\"individual\",\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n2,\""+secret+"\",-0-\r\n"), nil, nil, nil)
			return err
		}, ErrSyntax, 2, "", ""},
		{"OFAC bad type", func() error {
			_, err := LoadOFAC(strings.NewReader("1,\""+secret+"\",\"spaceship\",\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"), nil, nil, nil)
			return err
		}, ErrValue, 1, "", "SDN_Type"},
		{"OFAC alt to unknown entry", func() error {
			_, err := LoadOFAC(strings.NewReader("1,\"A\",-0-,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"), strings.NewReader("1,1,\"aka\",\"B\",-0-\r\n9,2,\"aka\",\""+secret+"\",-0-\r\n"), nil, nil)
			return err
		}, ErrReference, 2, "", "ent_num"},
		{"OFAC duplicate", func() error {
			_, err := LoadOFAC(strings.NewReader("1,\"A\",-0-,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n1,\""+secret+"\",-0-,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"), nil, nil, nil)
			return err
		}, ErrDuplicate, 2, "", "ent_num"},
		{"CSV unknown column", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname,nickname\n1,X,"+secret+"\n"), nil)
			return err
		}, ErrValue, 1, "", "column 3"},
		{"CSV bad birth date", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname,birth_dates\n1,A,1970\n2,"+secret+",1970-13-01\n"), nil)
			return err
		}, ErrValue, 3, "", "birth_dates"},
		{"CSV no name", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname\n1,\n"), nil)
			return err
		}, ErrMissing, 2, "", "names"},
		{"CSV duplicate id", func() error {
			_, err := LoadCSV(strings.NewReader("id,surname\nX,A\nX,"+secret+"\n"), nil)
			return err
		}, ErrDuplicate, 3, "", "id"},
		{"CSV bad document", func() error {
			_, err := LoadCSV(strings.NewReader("id,documents\nX,"+secret+"\n"), nil)
			return err
		}, ErrValue, 2, "", "documents"},
		{"JSON not an array", func() error {
			_, err := LoadJSON(strings.NewReader(`{"id":"`+secret+`"}`), nil)
			return err
		}, ErrSyntax, 0, "", ""},
		{"JSON unknown field", func() error {
			_, err := LoadJSON(strings.NewReader(`[{"id":"a","names":[{"full":"A"}]},{"id":"b","`+secret+`":1}]`), nil)
			return err
		}, ErrValue, 0, "/1", ""},
		{"JSON bad gender type", func() error {
			_, err := LoadJSON(strings.NewReader(`[{"id":"a","names":[{"full":"`+secret+`"}],"birthDates":[{"from":"19`+secret+`"}]}]`), nil)
			return err
		}, ErrValue, 0, "/0", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("error %v, want %v", err, tt.sentinel)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError", err)
			}
			if pe.Line != tt.line || pe.Path != tt.path || pe.Field != tt.field {
				t.Errorf("position line %d path %q field %q, want line %d path %q field %q", pe.Line, pe.Path, pe.Field, tt.line, tt.path, tt.field)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error text leaks listed data: %q", err)
			}
			if !strings.HasPrefix(err.Error(), "watchlist: ") {
				t.Errorf("error text %q does not start with the package name", err)
			}
		})
	}
}
