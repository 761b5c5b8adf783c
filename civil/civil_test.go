package civil

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPivotYear(t *testing.T) {
	msg := Date{2020, 5, 6}
	for _, tc := range []struct {
		yy   int
		ref  Date
		past bool
		want int
	}{
		{32, msg, true, 1932},  // birth date 321210 in a 2020 message
		{13, msg, true, 2013},  // birth date 130414 in a 2020 message
		{20, msg, true, 2020},  // same year: ExpandDate decides by the full date
		{15, msg, false, 2015}, // an expiry five years back stays in this century
		{30, msg, false, 2030},
		{69, msg, false, 2069}, // 49 years ahead
		{71, msg, false, 1971}, // further ahead than 49 years: last century
		{99, Date{}, false, 1999},
		{49, Date{}, false, 2049},
		{5, Date{2099, 1, 1}, false, 2105},
	} {
		if got := PivotYear(tc.yy, tc.ref, tc.past); got != tc.want {
			t.Errorf("PivotYear(%d, %v, %v) = %d, want %d", tc.yy, tc.ref, tc.past, got, tc.want)
		}
	}
}

func TestExpandDate(t *testing.T) {
	msg := Date{2020, 5, 6}
	if got := ExpandDate(20, 12, 5, msg, true); got != (Date{1920, 12, 5}) {
		t.Errorf("birth date after the message moved to %v, want 1920-12-05", got)
	}
	if got := ExpandDate(20, 1, 5, msg, true); got != (Date{2020, 1, 5}) {
		t.Errorf("got %v", got)
	}
	if got := ExpandDate(21, 1, 3, msg, false); got != (Date{2021, 1, 3}) {
		t.Errorf("expiry got %v", got)
	}
}

func TestFormatParse(t *testing.T) {
	d := Date{1972, 9, 7}
	dt := DateTime{Date: Date{2013, 6, 21}, Hour: 22}
	if d.String() != "1972-09-07" || dt.String() != "2013-06-21T22:00" {
		t.Errorf("String: %q %q", d, dt)
	}
	if s := (DateTime{Date: d, Hour: 1, Minute: 2, Second: 3}).String(); s != "1972-09-07T01:02:03" {
		t.Errorf("with seconds: %q", s)
	}
	if (Date{}).String() != "" || (DateTime{}).String() != "" {
		t.Error("zero values must format as empty")
	}
	type rec struct {
		D Date     `json:"d"`
		T DateTime `json:"t"`
		Z Date     `json:"z"`
	}
	b, err := json.Marshal(rec{D: d, T: dt})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"d":"1972-09-07","t":"2013-06-21T22:00","z":""}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	var back rec
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rec{D: d, T: dt}, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"1972-13-01", "1972-02-30", "72-09-07", "1972-09-07T25:00", "1972-09-07 10:00", "abcd-ef-gh"} {
		if _, err := ParseDate(bad); err == nil {
			if _, err := ParseDateTime(bad); err == nil {
				t.Errorf("%q parsed", bad)
			}
		}
	}
}

func TestCompare(t *testing.T) {
	a := DateTime{Date: Date{2013, 6, 21}, Hour: 9}
	b := DateTime{Date: Date{2013, 6, 21}, Hour: 22}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Error("Compare")
	}
	if !(Date{2015, 12, 31}).Before(Date{2016, 1, 1}) {
		t.Error("Before")
	}
	if got := (Date{2016, 2, 28}).AddDays(2); got != (Date{2016, 3, 1}) {
		t.Errorf("AddDays = %v", got)
	}
	if got := b.In(time.UTC); got.Hour() != 22 || got.Location() != time.UTC {
		t.Errorf("In = %v", got)
	}
}

func FuzzParseDateTime(f *testing.F) {
	for _, s := range []string{"2013-06-21T22:00", "2013-06-21T22:00:59", "", "2013-06-21", "9999-12-31T23:59"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseDateTime(s)
		if err != nil {
			return
		}
		if v.IsZero() {
			return
		}
		again, err := ParseDateTime(v.String())
		if err != nil || again != v {
			t.Fatalf("%q → %v → %q does not round trip", s, v, v.String())
		}
	})
}

func TestPartialDate(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    Date
		partial bool
	}{
		{"", Date{}, false},
		{"1971", Date{Year: 1971}, true},
		{"1971-05", Date{Year: 1971, Month: 5}, true},
		{"1971-05-03", Date{1971, 5, 3}, false},
		{"2000-02-29", Date{2000, 2, 29}, false},
	} {
		got, err := ParsePartialDate(tt.in)
		if err != nil {
			t.Errorf("ParsePartialDate(%q): %v", tt.in, err)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("ParsePartialDate(%q) (-want +got):\n%s", tt.in, d)
		}
		if got.String() != tt.in || got.Partial() != tt.partial || !got.IsZero() && !got.ValidPartial() {
			t.Errorf("%q: String %q, Partial %v, ValidPartial %v", tt.in, got, got.Partial(), got.ValidPartial())
		}
		var back Date
		if err := back.UnmarshalText([]byte(tt.in)); err != nil || back != got {
			t.Errorf("UnmarshalText(%q) = %v, %v", tt.in, back, err)
		}
	}
	for _, bad := range []string{"0000", "1971-00", "1971-13", "1971-5", "197a", "+971", "1971-05-00", "1971-02-30", "1971/05", "19710"} {
		if d, err := ParsePartialDate(bad); err == nil {
			t.Errorf("ParsePartialDate(%q) = %v, want an error", bad, d)
		}
	}
	if _, err := ParseDate("1971"); err == nil {
		t.Error("ParseDate takes full dates only")
	}
	for _, d := range []Date{{Year: 1971, Day: 3}, {Month: 5}, {Year: 1971, Month: 13}} {
		if d.ValidPartial() {
			t.Errorf("%#v: ValidPartial", d)
		}
	}
}

// TestValidMatchesTime checks Valid, which avoids time.Date, against it.
func TestValidMatchesTime(t *testing.T) {
	for y := -1; y <= 10001; y++ {
		if y > 2500 && y < 9990 && y%97 != 0 {
			continue
		}
		for m := time.Month(0); m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				tm := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				want := y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && tm.Day() == d && tm.Month() == m
				if got := (Date{y, m, d}).Valid(); got != want {
					t.Fatalf("Date{%d, %d, %d}.Valid() = %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}
