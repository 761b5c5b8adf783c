package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/openpiu/piu/manifest"
)

// peekSize bounds how far an input is read ahead to find the message type of
// its first UNH: the UNA, UNB and UNG before it rarely take more than a few
// hundred bytes; past the bound the input is read as generic EDIFACT.
const peekSize = 64 << 10

// input is one FILE argument, opened for streaming.
type input struct {
	name string
	*bufio.Reader
	close func() error
}

// openInput opens a FILE argument; "-" is standard input. Nothing is read yet.
func openInput(name string, stdin io.Reader) (*input, error) {
	if name == "-" {
		return &input{name, bufio.NewReaderSize(stdin, peekSize), func() error { return nil }}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &input{name, bufio.NewReaderSize(f, peekSize), f.Close}, nil
}

// withInput opens name, runs fn on it with the message type of its first UNH
// ("" when none is found within peekSize) and closes it.
func withInput(name string, stdin io.Reader, fn func(in *input, typ string) error) error {
	in, err := openInput(name, stdin)
	if err != nil {
		return err
	}
	defer in.close()
	return fn(in, in.messageType())
}

// messageType returns the UNH 0065 of the first message, from a bounded peek
// that consumes nothing.
func (in *input) messageType() string {
	buf, _ := in.Peek(peekSize)
	return manifest.Detect(buf)
}

// smallInput reads the input whole when it holds at most limit bytes; for a
// larger one it returns nil and a reader that gives back what was read and the
// rest. It serves the formats whose decoders do not stream every feature.
func smallInput(r io.Reader, limit int) ([]byte, io.Reader, error) {
	head, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, nil, err
	}
	if len(head) <= limit {
		return head, nil, nil
	}
	return nil, io.MultiReader(bytes.NewReader(head), r), nil
}

// errTooLarge is returned for an input a non-streaming format cannot hold.
var errTooLarge = errors.New("input too large")

func tooLarge(format string, limit int) error {
	return fmt.Errorf("%s: %w: more than %d MiB, and its decoder reads whole inputs", format, errTooLarge, limit>>20)
}
