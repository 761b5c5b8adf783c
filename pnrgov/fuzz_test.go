package pnrgov_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpiu/piu/edifact"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

// FuzzDecode: no panic on any input, and every decoded message survives
// encoding: decode(encode(m)) equals m.
func FuzzDecode(f *testing.F) {
	if data, err := os.ReadFile("testdata/allgroups.edi"); err == nil {
		f.Add(data)
	}
	f.Add(pnrgovtest.Sample())
	mp := pnrgovtest.Push(4, 9)
	mp.Parts = 2
	if b, err := pnrgov.Encode(mp, pnrgov.EncodeOptions{}); err == nil {
		f.Add(b)
	}
	f.Add(push(withHeader("SRC", "TIF+DOE:I+JOHN:A:1", "TVL+280918:1220:1505+LHR+FRA+XX+500:Y", "DAT", "TRI++X:::1", "TBD++1")...))
	if dir := os.Getenv("PIU_TESTDATA"); dir != "" {
		for _, n := range []string{fixedSample, origSample} {
			if data, err := os.ReadFile(filepath.Join(dir, "edifact", "pnrgov", n)); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := pnrgov.Decode(data, nil)
		if err != nil {
			return
		}
		for _, m := range res.Messages {
			b, err := pnrgov.Encode(m, pnrgov.EncodeOptions{})
			if err != nil {
				// Values that no separator set can carry (a NUL byte) cannot
				// be written; that is reported, not a panic.
				continue
			}
			res2, err := pnrgov.Decode(b, nil)
			if err != nil || len(res2.Messages) != 1 {
				t.Fatalf("re-decode: %v (%d messages)\n%q", err, len(res2.Messages), b)
			}
			// modelOpts's comparison, with reflect.DeepEqual on copies
			// stripped of what it ignores: cmp's filters made this target
			// run at a few executions a second; cmp explains a difference.
			m2 := res2.Messages[0]
			if !reflect.DeepEqual(stripped(m), stripped(m2)) {
				t.Fatalf("decode(encode(m)) differs (-m +decoded):\n%s\n%q", cmp.Diff(m, m2, modelOpts), b)
			}
		}
	})
}

// stripped returns a deep copy of m without what modelOpts ignores: the
// segments as received and the positions of segments.
func stripped(m *pnrgov.Message) *pnrgov.Message {
	c := reflect.New(reflect.TypeOf(m).Elem())
	copyStripped(c.Elem(), reflect.ValueOf(m).Elem())
	return c.Interface().(*pnrgov.Message)
}

var segmentType = reflect.TypeOf(edifact.Segment{})

// copyStripped copies src into dst (settable, of src's type) as stripped
// describes.
func copyStripped(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if !src.IsNil() {
			dst.Set(reflect.New(src.Type().Elem()))
			copyStripped(dst.Elem(), src.Elem())
		}
	case reflect.Slice:
		if !src.IsNil() {
			dst.Set(reflect.MakeSlice(src.Type(), src.Len(), src.Len()))
			for i := range src.Len() {
				copyStripped(dst.Index(i), src.Index(i))
			}
		}
	case reflect.Struct:
		for i := range src.NumField() {
			f := src.Type().Field(i)
			if f.Name == "Segments" && f.Type.Elem() == segmentType || src.Type() == segmentType && (f.Name == "Offset" || f.Name == "Index") {
				continue
			}
			copyStripped(dst.Field(i), src.Field(i))
		}
	case reflect.Map:
		panic("stripped: the model has no maps; copy " + src.Type().String() + " here")
	default:
		dst.Set(src)
	}
}

// FuzzSplitTitle: SplitTitle never panics, and a title it finds is cut from
// the given names.
func FuzzSplitTitle(f *testing.F) {
	for _, s := range []string{"MOLLYMRS", "ISABELLE MRS", "AMR", "KEVINMICHAELMR", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, title, _ := pnrgov.SplitTitle(s)
		if title != "" && len(g) >= len(s) {
			t.Fatalf("SplitTitle(%q) = %q, %q", s, g, title)
		}
	})
}

// TestStripped: stripped ignores what modelOpts ignores, and only that.
func TestStripped(t *testing.T) {
	m := decodeOne(t, pnrgovtest.Sample())
	m2 := decodeOne(t, pnrgovtest.Sample())
	m2.Segments = nil
	m2.PNRs[0].Segments[0].Offset++
	if len(m2.PNRs[0].Unknown) == 0 {
		m.PNRs[0].Unknown = []edifact.Segment{{Tag: "ZZZ", Offset: 1}}
		m2.PNRs[0].Unknown = []edifact.Segment{{Tag: "ZZZ", Offset: 2, Index: 7}}
	}
	if !reflect.DeepEqual(stripped(m), stripped(m2)) {
		t.Fatalf("stripped differ where modelOpts ignores: %s", cmp.Diff(m, m2, modelOpts))
	}
	m2.PNRs[0].Travelers[0].Name.Surname += "X"
	if reflect.DeepEqual(stripped(m), stripped(m2)) {
		t.Error("stripped equal after a surname changed")
	}
}
