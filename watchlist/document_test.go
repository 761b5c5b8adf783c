package watchlist

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalizeDocumentNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A 1234567", "A1234567"},
		{"ab-12.34/56", "AB123456"},
		{"OB 0243318", "0B0243318"},
		{"I0O1", "1001"},
		{"  ", ""},
		{"№ 12", "12"},
		{"X1234567890123456789012345678901234567890123456789", ""}, // too long
	}
	for _, tt := range tests {
		if got := NormalizeDocumentNumber(tt.in); got != tt.want {
			t.Errorf("NormalizeDocumentNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDocIndex(t *testing.T) {
	var b docIndexBuilder
	numbers := []string{"A1234567", "a-123 4567", "B7654321", "C0000001", "A1234567"}
	for i, n := range numbers {
		b.Add(n, uint32(i))
	}
	if b.Add("--", 9) {
		t.Error("an empty number was kept")
	}
	x := b.Build()
	tests := []struct {
		q    string
		want []uint32
	}{
		{"A1234567", []uint32{0, 1, 4}},
		{"A 123-4567", []uint32{0, 1, 4}},
		{"c0000001", []uint32{3}},
		{"CO000001", []uint32{3}}, // O read as 0
		{"Z9999999", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := x.AppendLookup(nil, tt.q)
		slices.Sort(got)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("lookup %q (-want +got):\n%s", tt.q, d)
		}
	}
	if x.Len() != 5 {
		t.Errorf("Len = %d, want 5", x.Len())
	}
}

// TestDocIndexMany checks every number is found among many, and that the
// table stays within 32 bytes per document.
func TestDocIndexMany(t *testing.T) {
	const n = 100000
	var b docIndexBuilder
	for i := range n {
		b.Add(fmt.Sprintf("P%08d", i), uint32(i))
	}
	x := b.Build()
	var buf []uint32
	for i := range n {
		buf = x.AppendLookup(buf[:0], fmt.Sprintf("P%08d", i))
		if !slices.Contains(buf, uint32(i)) {
			t.Fatalf("number %d not found", i)
		}
	}
	if per := float64(x.Bytes()) / n; per > 32 {
		t.Errorf("%.1f bytes per document, want at most 32", per)
	}
	if a := testing.AllocsPerRun(100, func() { buf = x.AppendLookup(buf[:0], "P00000042") }); a != 0 {
		t.Errorf("lookup allocates %v times", a)
	}
}
