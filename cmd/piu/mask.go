package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/privacy"
)

// maskCmd runs `piu mask`: the PAXLST or PNRGOV messages of a file
// depersonalised (privacy.Masker) or, with -unmask, restored; or, with
// -newkeys, a new set of keys. What was masked (counts by category, never
// a value) goes to standard error; the sealed values of each message, one
// base64 line per message, to the -sealed file, which -unmask reads back.
// No key reaches any output: errors name the file, never its content.
func maskCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("mask")
	keyFile := fs.String("key", "", "the host key file (32 bytes, or their hex): pseudonyms")
	sealFile := fs.String("seal", "", "the sealing key file: public to mask, private with -unmask")
	sealedFile := fs.String("sealed", "", "where the sealed values go (mask) or come from (-unmask)")
	unmask := fs.Bool("unmask", false, "restore a masked file")
	newKeys := fs.String("newkeys", "", "write new keys to PREFIX.key, PREFIX.seal.pub and PREFIX.seal, and stop")
	format := fs.String("format", "edifact", "output: edifact or json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	const use = "mask: usage: piu mask -key KEYFILE [-seal SEALFILE -sealed OUT] [-format edifact|json] FILE\n" +
		"       piu mask -unmask -seal SEALFILE -sealed IN [-format edifact|json] FILE\n" +
		"       piu mask -newkeys PREFIX"
	if *newKeys != "" {
		return writeKeys(*newKeys, stderr)
	}
	if fs.NArg() != 1 || (*format != "edifact" && *format != "json") || *unmask && (*sealFile == "" || *sealedFile == "") ||
		!*unmask && (*keyFile == "" || (*sealFile == "") != (*sealedFile == "")) {
		return errors.New(use)
	}
	var t transform
	var err error
	if *unmask {
		t, err = newUnmasking(*sealFile, *sealedFile)
	} else {
		t, err = newMasking(*keyFile, *sealFile, *sealedFile, stderr)
	}
	if err != nil {
		return err
	}
	defer t.close()
	return withInput(fs.Arg(0), stdin, func(in *input, typ string) error {
		write := func(m any, encode func() ([]byte, error)) error {
			return writeMessage(stdout, *format, m, func() ([]byte, error) {
				b, err := encode()
				if err != nil {
					return nil, fmt.Errorf("mask: %w", err)
				}
				return b, nil
			})
		}
		switch typ {
		case "PNRGOV":
			return pnrgovMessages(in, func(m *pnrgov.Message) error {
				out, err := t.pnrgov(m)
				if err != nil {
					return err
				}
				return write(out, func() ([]byte, error) { return pnrgov.Encode(out, pnrgov.EncodeOptions{LineBreaks: true}) })
			})
		case "PAXLST":
			_, err := paxlstMessages(in, false, func(m *paxlst.Message) error {
				out, err := t.paxlst(m)
				if err != nil {
					return err
				}
				return write(out, func() ([]byte, error) { return paxlst.Encode(out, paxlst.EncodeOptions{LineBreaks: true}) })
			})
			return err
		}
		return fmt.Errorf("mask: a %q message: PAXLST or PNRGOV expected", typ)
	})
}

// transform is masking or unmasking, message by message.
type transform interface {
	pnrgov(*pnrgov.Message) (*pnrgov.Message, error)
	paxlst(*paxlst.Message) (*paxlst.Message, error)
	close() error
}

// readKey reads a key file; its errors name the file only.
func readKey[K any](name, what string, parse func([]byte) (K, error)) (K, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		var zero K
		return zero, fmt.Errorf("mask: %s: %w", what, err)
	}
	k, err := parse(b)
	clear(b)
	if err != nil {
		return k, fmt.Errorf("mask: %s %s: %w", what, name, err)
	}
	return k, nil
}

type masking struct {
	m      *privacy.Masker
	sealed *os.File
	w      *bufio.Writer
	report *json.Encoder
	n      int
}

func newMasking(keyFile, sealFile, sealedFile string, stderr io.Writer) (*masking, error) {
	host, err := readKey(keyFile, "host key", privacy.ParseHostKey)
	if err != nil {
		return nil, err
	}
	t := &masking{report: json.NewEncoder(stderr)}
	var sk privacy.SealKey
	if sealFile != "" {
		if sk, err = readKey(sealFile, "sealing key", privacy.ParseSealKey); err != nil {
			return nil, err
		}
		if t.sealed, err = os.OpenFile(sealedFile, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600); err != nil {
			return nil, fmt.Errorf("mask: %w", err)
		}
		t.w = bufio.NewWriter(t.sealed)
	}
	t.m = privacy.NewMasker(host, sk)
	return t, nil
}

func (t *masking) done(r *privacy.Masking) error {
	t.n++
	if err := t.report.Encode(struct {
		Message int                      `json:"message"`
		Masked  map[privacy.Category]int `json:"masked"`
	}{t.n, r.Masked}); err != nil {
		return err
	}
	if t.w == nil {
		return nil
	}
	t.w.WriteString(base64.StdEncoding.EncodeToString(r.Sealed))
	return t.w.WriteByte('\n')
}

// pnrgov masks m in place: the command decoded it only to mask it.
func (t *masking) pnrgov(m *pnrgov.Message) (*pnrgov.Message, error) {
	r, err := t.m.MaskPNRGOV(m)
	if err != nil {
		return nil, err
	}
	return m, t.done(r)
}

// paxlst masks m in place.
func (t *masking) paxlst(m *paxlst.Message) (*paxlst.Message, error) {
	r, err := t.m.MaskPAXLST(m)
	if err != nil {
		return nil, err
	}
	return m, t.done(r)
}

func (t *masking) close() error {
	if t.sealed == nil {
		return nil
	}
	err := t.w.Flush()
	return errors.Join(err, t.sealed.Close())
}

type unmasking struct {
	u      *privacy.Unmasker
	sealed *os.File
	lines  *bufio.Scanner
	n      int
}

func newUnmasking(sealFile, sealedFile string) (*unmasking, error) {
	k, err := readKey(sealFile, "unsealing key", privacy.ParseUnsealKey)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(sealedFile)
	if err != nil {
		return nil, fmt.Errorf("mask: %w", err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, wholeLimit)
	return &unmasking{u: privacy.NewUnmasker(k), sealed: f, lines: sc}, nil
}

// next returns the sealed values of the next message.
func (t *unmasking) next() ([]byte, error) {
	t.n++
	if !t.lines.Scan() {
		if err := t.lines.Err(); err != nil {
			return nil, fmt.Errorf("mask: sealed values: %w", err)
		}
		return nil, fmt.Errorf("mask: sealed values: none for message %d", t.n)
	}
	b, err := base64.StdEncoding.DecodeString(t.lines.Text())
	if err != nil {
		return nil, fmt.Errorf("mask: sealed values of message %d: not base64", t.n)
	}
	return b, nil
}

func (t *unmasking) pnrgov(m *pnrgov.Message) (*pnrgov.Message, error) {
	s, err := t.next()
	if err != nil {
		return nil, err
	}
	out, err := t.u.PNRGOV(m, s)
	if err != nil {
		return nil, fmt.Errorf("mask: message %d: %w", t.n, err)
	}
	return out, nil
}

func (t *unmasking) paxlst(m *paxlst.Message) (*paxlst.Message, error) {
	s, err := t.next()
	if err != nil {
		return nil, err
	}
	out, err := t.u.PAXLST(m, s)
	if err != nil {
		return nil, fmt.Errorf("mask: message %d: %w", t.n, err)
	}
	return out, nil
}

func (t *unmasking) close() error { return t.sealed.Close() }

// writeKeys writes a new host key and sealing key pair, as hex, readable
// by the owner only; the public sealing key goes to whoever masks, the
// private one to the authority that approves unmasking.
func writeKeys(prefix string, stderr io.Writer) error {
	h, s, u, err := privacy.NewKeys()
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{prefix + ".key", h.AppendText(nil)}, {prefix + ".seal.pub", s.AppendText(nil)}, {prefix + ".seal", u.AppendText(nil)}} {
		if err := os.WriteFile(f.name, append(f.b, '\n'), 0o600); err != nil {
			return fmt.Errorf("mask: %w", err)
		}
		fmt.Fprintln(stderr, "wrote", f.name)
	}
	return nil
}
