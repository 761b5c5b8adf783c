package leakcheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// buildPiu builds the piu command into a temporary directory.
func buildPiu(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "piu")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/piu").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// cliInputs writes a sample of every message corpus to files.
func cliInputs(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for name, inputs := range messageCorpora() {
		for i := 0; i < len(inputs); i += 13 {
			f := filepath.Join(dir, fmt.Sprintf("%s-%04d.edi", name, i))
			if err := os.WriteFile(f, inputs[i], 0o600); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	return files
}

// runAll runs piu with args and files, going on after a file that stops the
// command (its name is on standard error), and gives each run's outputs to fn.
func runAll(t *testing.T, bin string, args, files []string, fn func(stdout, stderr []byte)) {
	t.Helper()
	for len(files) > 0 {
		cmd := exec.Command(bin, append(append([]string{}, args...), files...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		fn(stdout.Bytes(), stderr.Bytes())
		if err == nil {
			return
		}
		next := len(files)
		for i, f := range files {
			if strings.Contains(stderr.String(), f+":") {
				next = i + 1
			}
		}
		if next == len(files) && !strings.Contains(stderr.String(), files[len(files)-1]) {
			t.Logf("%v stopped without naming a file: %s", args, stderr.Bytes())
		}
		files = files[next:]
	}
}

// decodeOutput adds everything in decode's JSON documents that is not the
// decoded data: the format and each diagnostic.
func (c *collector) decodeOutput(t *testing.T, source string, stdout []byte) {
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var doc map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Errorf("decode -compact wrote a line that is not a JSON document: %v", err)
			continue
		}
		c.add(finding{source, "format", "format", string(doc["format"])})
		var diags []struct{ Code, Tag, Message string }
		if err := json.Unmarshal(doc["diagnostics"], &diags); err != nil {
			t.Errorf("decode diagnostics: %v", err)
		}
		for _, d := range diags {
			c.add(finding{source, d.Code, "tag", d.Tag})
			c.add(finding{source, d.Code, "text", d.Message})
		}
	}
}

// validateLine finds the code of a validate line ("FILE: severity code: ...").
var validateLine = regexp.MustCompile(`: (?:info|warning|error) ([a-z0-9-]+)`)

// validateOutput adds each line validate prints, by its diagnostic code.
func (c *collector) validateOutput(stdout []byte) {
	for _, line := range strings.Split(string(stdout), "\n") {
		code := "line"
		if m := validateLine.FindStringSubmatch(line); m != nil {
			code = m[1]
		}
		c.add(finding{"piu validate", code, "text", line})
	}
}

func TestNoPassengerDataInCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the piu binary")
	}
	bin := buildPiu(t)
	files := cliInputs(t)
	c := newCollector()
	runAll(t, bin, []string{"decode", "-compact"}, files, func(stdout, stderr []byte) {
		c.decodeOutput(t, "piu decode", stdout)
		c.add(finding{"piu decode", "error", "stderr", string(stderr)})
	})
	runAll(t, bin, []string{"decode", "-compact", "-strict"}, files, func(stdout, stderr []byte) {
		c.decodeOutput(t, "piu decode -strict", stdout)
		c.add(finding{"piu decode -strict", "error", "stderr", string(stderr)})
	})
	// validate reads every file whatever it finds (exit 1 means errors).
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"validate"}, files...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_ = cmd.Run()
	c.validateOutput(stdout.Bytes())
	c.add(finding{"piu validate", "error", "stderr", stderr.String()})
	dir := t.TempDir()
	list := filepath.Join(dir, "list.csv")
	if err := os.WriteFile(list, []byte(csvList), 0o600); err != nil {
		t.Fatal(err)
	}
	runAll(t, bin, []string{"screen", "-list", list}, files, func(_, stderr []byte) {
		c.add(finding{"piu screen", "error", "stderr", string(stderr)})
	})
	// Broken lists: screen's error names the list, never its content.
	for i, l := range loaders[:3] {
		ext := []string{".csv", ".json", ".xml"}[i]
		for j, data := range listMutations(l.base, uint64(20+i))[:30] {
			f := filepath.Join(dir, fmt.Sprintf("list%d%s", j, ext))
			if err := os.WriteFile(f, data, 0o600); err != nil {
				t.Fatal(err)
			}
			out, _ := exec.Command(bin, "screen", "-list", f, files[0]).CombinedOutput()
			if bytes.HasPrefix(out, []byte("piu:")) {
				c.add(finding{"piu screen -list " + ext, "error", "stderr", string(out)})
			}
		}
	}
	t.Logf("%d inputs through decode, decode -strict, validate and screen", len(files))
	c.report(t)
}
