// Command piu decodes and validates airline passenger data files.
//
//	piu decode FILE...     print what the library decodes, as JSON (-assemble: the
//	                       FILEs are parts of one multi-part message; -manifest:
//	                       the flights of the FILEs, API and PNR travellers linked)
//	piu validate FILE...   print the diagnostics of a strict reading; exit 1 on errors
//	piu sample NAME        print a built-in synthetic sample interchange
//	piu screen -rules RULES [-lists LISTS] [-list LIST] FILE...
//	                       evaluate the flights of the FILEs with the rule engine
//	                       (package risk): criteria hits, watchlist hits, rules
//	                       not evaluable, as JSON or (-format text) for an officer
//	piu demo               the whole chain on the synthetic flight of risktest
//	piu rules check RULES  compile a ruleset and print each rule in plain language
//	piu report -o FILE     screen's evaluation as the HTML page an officer reviews
//	piu filter FILE        a PNRGOV file without its sensitive data (package privacy)
//	piu mask -key KEY FILE a PAXLST or PNRGOV file depersonalised; -unmask restores it
//
// FILE may be - for standard input. The JSON of decode is described in README.md.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const usage = `usage:
  piu decode [-strict] [-compact] [-assemble | -manifest] FILE...
                                            print the decoded data as JSON; -assemble reads
                                            the FILEs as the parts of one multi-part message;
                                            -manifest prints their flights, travellers linked
  piu validate FILE...                      print diagnostics of a strict reading; exit 1 on errors
  piu sample NAME                           print a built-in synthetic sample interchange
  piu screen [-rules RULES [-lists LISTS]] [-list LIST] [-country CC] [-format json|text] [-now TIME] [-depersonalised] FILE...
                                            evaluate the flights of PAXLST/PNRGOV files with the rule
                                            engine: RULES a rules file (JSON), LISTS the reference lists
                                            its member_of names, LIST a watchlist (.csv or .json national
                                            list, .xml UN list; named after the file, versioned by the
                                            first 12 hex digits of the SHA-256 of its bytes); -rules or
                                            -list or both. JSON: {"flights": [risk.Result...]}; text: the
                                            hits for an officer. TIME is RFC 3339 (default: now);
                                            -depersonalised for files masked by piu mask
  piu rules check [-lists LISTS] RULES      compile a ruleset (this SDK's JSON or GTAS UDR) and
                                            print each rule in plain language, errors by rule
  piu report [screen's flags] [-o FILE] FILE...
                                            screen's evaluation as one self-contained HTML page per
                                            flight, for the officer who reviews the hits
  piu filter [-format edifact|json] FILE    the PNRGOV messages without sensitive data (special meals,
                                            medical SSRs, sensitive free text); removals on stderr
  piu mask -key KEYFILE [-seal SEALFILE -sealed OUT] [-format edifact|json] FILE
                                            the PAXLST/PNRGOV messages depersonalised: identifying
                                            values as pseudonyms (HMAC-SHA-256 under the host key),
                                            dates of birth as their year; with -seal (the public
                                            sealing key) the masked values sealed into OUT, one line
                                            per message; counts of what was masked on stderr
  piu mask -unmask -seal SEALFILE -sealed IN [-format edifact|json] FILE
                                            restore a masked file with the private sealing key
  piu mask -newkeys PREFIX                  write a host key and a sealing key pair (hex, mode 0600)
  piu demo [-format text|json] [-html FILE] the whole chain on a synthetic flight (the quick start):
                                            decode its API list and PNR push, build the flight, evaluate
                                            it with synthetic rules and a watchlist; json: everything

FILE may be - for standard input.
`

// memoryLimit is the soft memory limit piu runs under unless GOMEMLIMIT is
// set. The decoders hold one message (paxlst) or one PNR (pnrgov) at a time;
// the limit makes the garbage collector run before the heap doubles past
// that. The largest message the default limits admit, a PAXLST of 32,768
// segments, is about 45 MB live while it is built, and the peak resident
// memory stays under 80 MB whatever the input (about 55 MB on an idle
// machine; a loaded one lets the heap grow further while a collection runs).
const memoryLimit = 40 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "decode":
		err = decodeCmd(args[1:], stdin, stdout)
	case "validate":
		err = validateCmd(args[1:], stdin, stdout)
	case "sample":
		err = sampleCmd(args[1:], stdout)
	case "demo":
		err = demoCmd(args[1:], stdout)
	case "screen":
		err = screenCmd(args[1:], stdin, stdout)
	case "rules":
		err = rulesCmd(args[1:], stdout)
	case "report":
		err = reportCmd(args[1:], stdin, stdout)
	case "filter":
		err = filterCmd(args[1:], stdin, stdout, stderr)
	case "mask":
		err = maskCmd(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "piu: unknown command %q\n%s", args[0], usage)
		return 2
	}
	var exit exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return int(exit)
	default:
		fmt.Fprintln(stderr, "piu:", err)
		return 1
	}
}

// exitError ends the command with a status and no further message.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}
