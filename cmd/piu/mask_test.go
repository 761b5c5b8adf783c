package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk/risktest"
)

// TestMask: new keys, a push masked and sealed, restored byte for byte;
// a wrong or missing key is a clear error that shows no key.
func TestMask(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "k")
	if code, _, errOut := runCmd(t, "", "mask", "-newkeys", keys); code != 0 {
		t.Fatalf("newkeys: %s", errOut)
	}
	edi, err := pnrgov.Encode(risktest.Push(), pnrgov.EncodeOptions{LineBreaks: true})
	if err != nil {
		t.Fatal(err)
	}
	sealed := filepath.Join(dir, "sealed")
	code, masked, errOut := runCmd(t, string(edi), "mask", "-key", keys+".key", "-seal", keys+".seal.pub", "-sealed", sealed, "-")
	if code != 0 {
		t.Fatalf("mask: exit %d: %s", code, errOut)
	}
	for _, s := range []string{"SAMPEL", "OKAFOR", "X40017720", "411111", "EXAMPLE.ORG"} {
		if strings.Contains(strings.ToUpper(masked), s) {
			t.Errorf("masked output holds %s", s)
		}
	}
	if !strings.Contains(errOut, `"names":`) || !strings.Contains(masked, "UNH+") {
		t.Errorf("report %q", errOut)
	}
	code, back, errOut := runCmd(t, masked, "mask", "-unmask", "-seal", keys+".seal", "-sealed", sealed, "-")
	if code != 0 || back != string(edi) {
		t.Fatalf("unmask: exit %d: %s; restored equal: %v", code, errOut, back == string(edi))
	}
	key, err := os.ReadFile(keys + ".seal.pub")
	if err != nil {
		t.Fatal(err)
	}
	// The public key cannot unmask, and the error does not show it.
	code, _, errOut = runCmd(t, masked, "mask", "-unmask", "-seal", keys+".seal.pub", "-sealed", sealed, "-")
	if code == 0 || !strings.Contains(errOut, "another unsealing key") || strings.Contains(errOut, strings.TrimSpace(string(key))[:12]) {
		t.Errorf("unmask with the public key: exit %d: %s", code, errOut)
	}
	bad := filepath.Join(dir, "bad.key")
	if err := os.WriteFile(bad, []byte("not a key at all"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"mask", "-key", bad, "-"},
		{"mask", "-key", filepath.Join(dir, "missing.key"), "-"},
		{"mask", "-"},
	} {
		code, _, errOut := runCmd(t, string(edi), args...)
		if code == 0 || strings.Contains(errOut, "not a key at all") {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
}
