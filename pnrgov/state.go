package pnrgov

// level is the group the decoder is in: the PNRGOV grammar's Gr1..Gr12.
type level uint8

const (
	lvPNR        level = iota // Gr1 level: SRC, RCI, SSR, DAT, IFT, ORG, ADD, EBD, LTS
	lvTraveler                // Gr2: TIF FTI IFT REF EBD FAR SSR ADD
	lvTicket                  // Gr3: TKT MON PTK TXD DAT
	lvPayment                 // Gr4: FOP IFT ADD
	lvLeg                     // Gr5: TVL TRA RPI APD SSR RCI IFT
	lvCheckIn                 // Gr6: DAT ORG
	lvBoarding                // Gr7: TRI TIF SSD TBD
	lvSplit                   // Gr8: EQN RCI
	lvNonAir                  // Gr9: MSG TVL
	lvHistory                 // Gr10: ABI DAT
	lvChange                  // Gr11: SAC TIF SSR IFT TBD
	lvHistoryLeg              // Gr12: TVL RPI
)

// state is where the decoder is inside the open PNR. The indexes point at
// the last group of each kind opened.
type state struct {
	lv      level
	pnr     *PNR
	started bool // a Gr2..Gr10 group was opened: PNR-level segments are out of order
	chk     int  // in the current leg's CheckIns
	brd     int  // in the current check-in's Boardings
	chg     int  // in the current history's Changes
	hleg    int  // in the current change's Legs
}

func (s *state) traveler() *Traveler { return &s.pnr.Travelers[len(s.pnr.Travelers)-1] }
func (s *state) ticket() *Ticket     { return &s.pnr.Tickets[len(s.pnr.Tickets)-1] }
func (s *state) payment() *Payment   { return &s.pnr.Payments[len(s.pnr.Payments)-1] }
func (s *state) leg() *Leg           { return &s.pnr.Itinerary[len(s.pnr.Itinerary)-1] }
func (s *state) checkIn() *CheckIn   { return &s.leg().CheckIns[s.chk] }
func (s *state) boarding() *Boarding { return &s.checkIn().Boardings[s.brd] }
func (s *state) split() *Split       { return &s.pnr.Splits[len(s.pnr.Splits)-1] }
func (s *state) nonAir() *NonAir     { return &s.pnr.NonAir[len(s.pnr.NonAir)-1] }
func (s *state) history() *History   { return &s.pnr.History[len(s.pnr.History)-1] }
func (s *state) change() *Change     { return &s.history().Changes[s.chg] }
func (s *state) historyLeg() *HistoryLeg {
	return &s.change().Legs[s.hleg]
}

func (s *state) hasTraveler() bool { return len(s.pnr.Travelers) > 0 }

// known reports a tag of the PNRGOV message body.
func known(tag string) bool {
	_, ok := placements[tag]
	return ok
}
