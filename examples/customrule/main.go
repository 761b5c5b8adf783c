// Customrule adds a rule written in Go (a risk.Rule plug-in) beside the
// rules written as JSON: "seated far from every co-traveller of the
// booking", a courier indicator that compares two travellers' seats, which
// a JSON rule cannot say (its comparisons are of a field with a constant).
// A user learns the plug-in contract: Spec gives the metadata and scope,
// Evaluate reads the Env (env.Traveler, env.Flight), answers Unknown when
// the data it needs is missing, never a guess, and returns its own evidence
// with the values it observed; its hits come out with Source "plugin".
//
//	go run ./examples/customrule
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"

	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/risk"
	"github.com/openpiu/piu/risk/risktest"
)

// seatedApart holds for a traveller seated at least MinRows rows from every
// other traveller of the same booking. It is immutable, hence safe for
// concurrent use, as the engine requires.
type seatedApart struct {
	MinRows int
}

func (r seatedApart) Spec() risk.RuleSpec {
	return risk.RuleSpec{
		ID: "GO-1", Version: 1,
		Title:     "Seated far from every co-traveller of the booking",
		Rationale: "Synthetic example: couriers booked with others often sit apart from them.",
		Category:  "drugs", Severity: risk.SeverityMedium, Weight: 0.3,
		Scope: risk.Scope{Direction: manifest.DirectionInbound},
	}
}

func (r seatedApart) Evaluate(env *risk.Env) (risk.Truth, []risk.Evidence) {
	t := env.Traveler
	if len(t.CoTravelers) == 0 {
		return risk.False, nil // travelling alone: nobody to sit apart from
	}
	row, ok := seatRow(t.Features.Seat)
	if !ok {
		return risk.Unknown, []risk.Evidence{observe("seat", risk.Unknown, risk.MissingOf(risk.TypeCode))}
	}
	ev := []risk.Evidence{observe("seat", risk.True, risk.Code(t.Features.Seat))}
	truth := risk.True
	for i, id := range t.CoTravelers {
		co := traveler(env.Flight, id)
		coRow, ok := -1, false
		if co != nil {
			coRow, ok = seatRow(co.Features.Seat)
		}
		if !ok {
			truth = risk.Unknown // unless another co-traveller sits near
			e := observe("coTravelerSeat", risk.Unknown, risk.MissingOf(risk.TypeCode))
			e.Collection, e.Element = "coTravelers", &i
			ev = append(ev, e)
			continue
		}
		gap := max(row-coRow, coRow-row)
		held := risk.False
		if gap >= r.MinRows {
			held = risk.True
		}
		e := risk.Evidence{Condition: "coTravelerSeat", Truth: held, Collection: "coTravelers", Element: &i,
			Conditions: []risk.Evidence{observe("seat", risk.True, risk.Code(co.Features.Seat)),
				{Condition: "rowGap", Truth: held, Op: risk.OpGe, Value: json.RawMessage(strconv.Itoa(r.MinRows)), Observed: ptr(risk.Number(float64(gap)))}}}
		if held == risk.False {
			return risk.False, nil // someone of the booking sits near
		}
		ev = append(ev, e)
	}
	return truth, ev
}

// seatRow reads the row of a seat as sent ("014B", "9C").
func seatRow(seat string) (int, bool) {
	n := 0
	for n < len(seat) && seat[n] >= '0' && seat[n] <= '9' {
		n++
	}
	row, err := strconv.Atoi(seat[:n])
	return row, err == nil && row > 0
}

// traveler finds a traveller of the flight by its ID.
func traveler(f *manifest.Flight, id string) *manifest.Traveler {
	for _, t := range f.Travelers {
		if t.ID == id {
			return t
		}
	}
	return nil
}

func observe(cond string, t risk.Truth, v risk.Value) risk.Evidence {
	return risk.Evidence{Condition: cond, Truth: t, Observed: &v}
}

func ptr[T any](v T) *T { return &v }

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	b := manifest.NewBuilder()
	b.Country = risktest.Country
	for _, data := range [][]byte{risktest.PAXLST(), risktest.PNRGOV()} {
		if _, err := b.Decode(data); err != nil {
			return err
		}
	}
	cfg, err := risktest.Config() // the JSON rules and the watchlist, as in examples/quickstart
	if err != nil {
		return err
	}
	// The plug-in goes beside the compiled rules; NewEngine refuses an id
	// that one of them already has.
	cfg.Plugins = []risk.Rule{seatedApart{MinRows: 15}}
	engine, err := risk.NewEngine(cfg)
	if err != nil {
		return err
	}
	for _, f := range b.Build() {
		res, err := engine.EvaluateWith(context.Background(), f, risk.Options{Now: risktest.Now})
		if err != nil {
			return err
		}
		for i, tr := range res.Travelers {
			t := f.Travelers[i]
			for _, h := range tr.Hits {
				fmt.Fprintf(w, "%s %s %s: %s %s %q, weight %.1f, score %.2f\n", t.ID, t.Surname, t.GivenNames, h.Source, h.Rule, h.Title, h.Weight, tr.Score)
				if h.Source == "plugin" {
					data, err := json.Marshal(h.Conditions)
					if err != nil {
						return err
					}
					fmt.Fprintf(w, "  evidence %s\n", data)
				}
			}
		}
	}
	return nil
}
