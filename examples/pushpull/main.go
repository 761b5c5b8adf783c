// Pushpull follows a flight's PNRs as an airline pushes them: a full push
// (PNRGOV MSG 22) a day before departure, then changes-only pushes (MSG
// 141) that resend just the PNRs that changed. A receiver merges each
// change into what it holds by record locator (pnrgov.Merge, which
// manifest.Builder applies in the order the pushes were prepared) and
// rebuilds the flight. A user learns how the pushes combine and how to
// tell what changed between two builds: a traveller added, one cancelled,
// a seat changed.
//
// A changes-only push replaces a PNR whole: a traveller taken off a
// booking is a PNR resent without that traveller.
//
//	go run ./examples/pushpull
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strconv"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/manifest"
	"github.com/openpiu/piu/pnrgov"
	"github.com/openpiu/piu/pnrgov/pnrgovtest"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// seed and pnrs choose pnrgovtest's synthetic flight. Push(n, seed) gives
// the same first PNRs for any n, so Push(pnrs+1, seed) holds one more.
const (
	seed = 1
	pnrs = 5
)

func run(w io.Writer) error {
	b := manifest.NewBuilder()
	var before map[string]snapshot
	for i, push := range pushes() {
		data, err := pnrgov.Encode(push, pnrgov.EncodeOptions{})
		if err != nil {
			return err
		}
		// The bytes as received: decoded and added to what came before.
		if _, err := b.Decode(data); err != nil {
			return err
		}
		flights := b.Build() // each Build builds anew from every push
		if len(flights) != 1 {
			return fmt.Errorf("pushpull: %d flights, want 1", len(flights))
		}
		f := flights[0]
		now := snapshots(f)
		fmt.Fprintf(w, "push %d (%s, %d PNRs, prepared %s): %d PNRs, %d travellers\n",
			i+1, push.PushType, len(push.PNRs), push.Envelope.Interchange.Prepared, len(f.PNRs), len(f.Travelers))
		for _, line := range changes(before, now) {
			fmt.Fprintln(w, "  "+line)
		}
		before = now
	}
	return nil
}

// pushes returns the full push and two changes-only pushes, each built on
// a fresh copy of the synthetic push and prepared later than the last.
func pushes() []*pnrgov.Message {
	full := pnrgovtest.Push(pnrs, seed)

	// Three hours later: a new booking, and a seat changed in another.
	c1 := changesOnly(2, 9)
	added := c1.PNRs[pnrs] // the one Push(pnrs+1) has beyond the full push
	moved := c1.PNRs[3]
	moved.Itinerary[0].CheckIns[0].Boardings[1].Seat = "012A"
	c1.PNRs = []*pnrgov.PNR{added, moved}

	// Six hours later: the second traveller of a booking taken off it.
	c2 := changesOnly(3, 12)
	p := c2.PNRs[2]
	p.Travelers = p.Travelers[:1]
	ref := p.Travelers[0].Ref
	for i := range p.Itinerary {
		for j := range p.Itinerary[i].CheckIns {
			ci := &p.Itinerary[i].CheckIns[j]
			ci.Boardings = slices.DeleteFunc(ci.Boardings, func(b pnrgov.Boarding) bool { return b.TravelerRef != ref })
		}
	}
	// Tickets name their traveller by index, payments their ticket: keep
	// those of the first traveller, renumbered.
	tickets, kept := p.Tickets[:0], map[int]int{-1: -1}
	for i, t := range p.Tickets {
		if t.Traveler == 0 {
			kept[i] = len(tickets)
			tickets = append(tickets, t)
		}
	}
	p.Tickets = tickets
	p.Payments = slices.DeleteFunc(p.Payments, func(pay pnrgov.Payment) bool {
		_, ok := kept[pay.Ticket]
		return !ok
	})
	for i := range p.Payments {
		p.Payments[i].Ticket = kept[p.Payments[i].Ticket]
	}
	c2.PNRs = []*pnrgov.PNR{p}
	return []*pnrgov.Message{full, c1, c2}
}

// changesOnly returns a copy of the push, one PNR more, as a changes-only
// push with interchange reference ref prepared at hour on the push's day.
func changesOnly(ref, hour int) *pnrgov.Message {
	m := pnrgovtest.Push(pnrs+1, seed)
	m.PushType = pnrgov.PushChanges
	ic := &m.Envelope.Interchange
	ic.ControlRef = strconv.Itoa(ref)
	ic.Prepared = civil.DateTime{Date: ic.Prepared.Date, Hour: hour, Minute: 30}
	return m
}

// snapshot is what this example compares of a traveller between builds.
type snapshot struct {
	name, seat string
}

// snapshots keys the flight's travellers by record locator and name
// reference: a manifest's traveller IDs are places in one build, and
// change from one build to the next.
func snapshots(f *manifest.Flight) map[string]snapshot {
	out := map[string]snapshot{}
	for _, t := range f.Travelers {
		if t.PNR == nil {
			continue
		}
		key := t.PNR.Locator + "/" + t.PNR.Traveler.Ref
		out[key] = snapshot{name: t.Surname + " " + t.GivenNames, seat: t.Features.Seat}
	}
	return out
}

// changes lists what differs between two builds, by key.
func changes(before, now map[string]snapshot) []string {
	if before == nil {
		return []string{fmt.Sprintf("%d travellers booked", len(now))}
	}
	var out []string
	for k, s := range now {
		switch old, ok := before[k]; {
		case !ok:
			out = append(out, fmt.Sprintf("added     %s %s, seat %s", k, s.name, s.seat))
		case old.seat != s.seat:
			out = append(out, fmt.Sprintf("seat      %s %s: %s -> %s", k, s.name, old.seat, s.seat))
		}
	}
	for k, s := range before {
		if _, ok := now[k]; !ok {
			out = append(out, fmt.Sprintf("cancelled %s %s", k, s.name))
		}
	}
	slices.Sort(out)
	return out
}
