package fuzzymatch

import "testing"

// The readings of one Cyrillic or Georgian J (ДЖ, ჯ) under every scheme,
// and an English DG before E, I or Y, share one skeleton, and a name's consonants survive its vowels.
func TestSkeleton(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"DZHON", "JN"}, {"JON", "JN"}, {"DSCHON", "JN"}, {"DJON", "JN"}, {"DZON", "JN"},
		{"DZHAVAKHISHVILI", "JFHSFL"}, {"JAVAKHISHVILI", "JFHSFL"},
		{"CAMBRIDGE", "KMBRJ"}, {"KEMBRIDZH", "KMBRJ"}, {"EDGAR", "ATGR"},
		{"TCOI", "S"}, {"TSOI", "S"}, {"MITCKEVICH", "MSKFS"}, {"TCHAIKOVSKY", "TSKFSK"},
		{"DSAMBUL", "TSMBL"}, {"WALKER", "FLKR"}, {"ABDULLAH", "ABTL"},
	} {
		var buf [64]byte
		if got := string(skeletonInto(buf[:0], tt.in)); got != tt.want {
			t.Errorf("skeleton(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
