// Iapi answers an interactive API request: a passenger list (PAXLST) sent
// at check-in is screened within a deadline against a watchlist and the
// criteria, with the PNR push already received for the flight, and a CUSRES
// board / no-board answer goes back for each passenger. A user learns how
// a manifest traveller leads back to its person in the list (Traveler.API),
// how to turn hits into cusres.Decisions, and how to bound the work with a
// context deadline, since the airline's check-in waits for the answer.
//
// A watchlist hit or a criteria hit of high or critical severity gives
// 1Z (no board) with "CONTACT GOVERNMENT": the passenger is held until an
// officer has reviewed the hit; no hit is a decision by itself.
//
//	go run ./examples/iapi
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/paxlst"
	"github.com/openpiu/piu/paxlst/cusres"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// deadline is what the PIU allows itself to answer: check-in systems time
// out after a few seconds and then apply a default.
const deadline = 2 * time.Second

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	engine, err := newEngine()
	if err != nil {
		return err
	}
	// The PNR push came a day before departure and is kept decoded.
	pushes, err := pnrgov.Decode(risktest.PNRGOV(), nil)
	if err != nil {
		return err
	}
	request, err := request()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	a, err := answer(ctx, engine, pushes.Messages[0], request)
	if err != nil {
		return err
	}
	for _, l := range a.lines {
		fmt.Fprintln(w, l)
	}
	n := len(a.response.Results)
	fmt.Fprintf(w, "answered %d passengers in %v: %v per passenger (evaluation alone %v); deadline %v\n",
		n, a.total.Round(time.Microsecond), (a.total / time.Duration(max(n, 1))).Round(time.Microsecond),
		a.evaluation.Round(time.Microsecond), deadline)
	fmt.Fprintf(w, "CUSRES, %d bytes:\n%s", len(a.cusres), bytes.ReplaceAll(a.cusres, []byte("'"), []byte("'\n")))
	return nil
}

// An answered request: the response, its bytes, a line per passenger and
// the time taken.
type answered struct {
	response          *cusres.Response
	cusres            []byte
	lines             []string
	total, evaluation time.Duration
}

// answer decides on every passenger of a PAXLST request and writes the
// CUSRES. ctx bounds the work.
func answer(ctx context.Context, engine *risk.Engine, push *pnrgov.Message, request []byte) (*answered, error) {
	start := time.Now()
	// Decoded once, so that the person indices the answer names are those
	// of this message.
	res, err := paxlst.Decode(request, nil)
	if err != nil {
		return nil, err
	}
	list := res.Messages[0]
	b := manifest.NewBuilder()
	b.Country = risktest.Country
	b.AddPNRGOV(push)
	b.AddPAXLST(list)
	flights := b.Build()
	if len(flights) != 1 {
		return nil, fmt.Errorf("iapi: the list names %d flights, want 1", len(flights))
	}
	f := flights[0]
	evaluating := time.Now()
	out, err := engine.EvaluateWith(ctx, f, risk.Options{Now: risktest.Now})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("iapi: no answer within the deadline: %w", err)
		}
		return nil, err
	}
	a := &answered{evaluation: time.Since(evaluating)}

	var decisions []cusres.Decision
	for i, tr := range out.Travelers {
		t := f.Travelers[i]
		// Only the persons of this list are answered: a PNR traveller
		// without API, or one of an earlier list, is not.
		if t.API == nil || f.Sources[t.API.Source].Reference != list.Envelope.Header.Reference {
			continue
		}
		d := cusres.Decision{Person: t.API.Index, Status: cusres.StatusOKToBoard}
		why := refer(tr)
		if why != "" {
			d.Status, d.Text = cusres.StatusNoBoard, []string{"CONTACT GOVERNMENT"}
			why = " (" + why + ")"
		}
		line := fmt.Sprintf("%-4s %-8s %-20s %s%s", t.ID, t.API.Person.PassengerRef, t.Surname+" "+t.GivenNames, d.Status, why)
		decisions = append(decisions, d)
		a.lines = append(a.lines, line)
	}
	a.response, err = cusres.Respond(list, decisions, cusres.RespondOptions{Prepared: prepared, ControlRef: "R1"})
	if err != nil {
		return nil, err
	}
	if a.cusres, err = cusres.Encode(a.response, paxlst.EncodeOptions{}); err != nil {
		return nil, err
	}
	a.total = time.Since(start)
	return a, nil
}

// prepared is the time written in the answer's UNB: the scenario's, so that
// the output does not change between runs.
var prepared = civil.DateTime{Date: civil.Date{Year: 2026, Month: 11, Day: 25}, Hour: 7, Minute: 1}

// request is the check-in system's PAXLST: the scenario's list with what an
// iAPI request carries besides, a transaction reference (RFF+TN) the answer
// echoes and a unique passenger reference (RFF+ABO) for each person, without
// which the answers about two travellers of one booking look alike.
func request() ([]byte, error) {
	list := risktest.List()
	list.TransactionRef = "IAPI0001"
	for i := range list.Persons {
		list.Persons[i].PassengerRef = fmt.Sprintf("UPR%04d", i+1)
	}
	return paxlst.Encode(list, paxlst.EncodeOptions{})
}

// refer says why a traveller is held for an officer, or "" to let board.
func refer(tr risk.TravelerResult) string {
	for _, h := range tr.WatchlistHits {
		return "watchlist " + h.Match.EntryID
	}
	for _, h := range tr.Hits {
		if h.Severity == risk.SeverityHigh || h.Severity == risk.SeverityCritical {
			return "rule " + h.Rule
		}
	}
	return ""
}

// newEngine compiles the scenario's rules and indexes its watchlist, once:
// an iAPI service does this at start and on each new list version, never
// per request.
func newEngine() (*risk.Engine, error) {
	cfg, err := risktest.Config() // the rules compiled, the watchlist indexed
	if err != nil {
		return nil, err
	}
	return risk.NewEngine(cfg)
}
