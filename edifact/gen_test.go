package edifact

import (
	"fmt"
	"testing"

	"github.com/openpiu/piu/civil"
)

// paxlstInterchange builds a deterministic, synthetic PAXLST interchange with n
// passengers through the Writer: the realistic input of the benchmarks and of
// the larger round-trip tests. Every passenger carries the segments a real
// API message carries (NAD, ATT, DTM, LOC x4, NAT, RFF x2, DOC, DTM, LOC), and
// some values need releasing (an apostrophe in one surname in ten)
// so that the release path is exercised at a realistic rate.
func paxlstInterchange(tb testing.TB, n int) []byte {
	tb.Helper()
	b, err := Marshal(paxlstTree(n), &Writer{LineBreaks: false})
	if err != nil {
		tb.Fatalf("Marshal: %v", err)
	}
	return b
}

// paxlstTree is the interchange paxlstInterchange writes.
func paxlstTree(n int) *Interchange {
	surnames := []string{"SMITH", "O'NEILL", "GARCIA", "MULLER", "NGUYEN", "ROSSI", "KOWALSKI", "DUBOIS", "TANAKA", "SILVA"}
	given := []string{"ANNA", "JOHN", "MARIA", "PETER", "LI", "AHMED", "SOFIA", "JEAN PAUL", "KENJI", "ANA"}
	nat := []string{"GBR", "USA", "ESP", "DEU", "VNM", "ITA", "POL", "FRA", "JPN", "BRA"}
	segs := []Segment{
		NewSegment("BGM", E("745")),
		NewSegment("RFF", E("TN", "BA123456789", "", "", "1")),
		NewSegment("NAD", E("MS"), E(), E(), E("SYNTHETIC AIRLINE OPS")),
		NewSegment("COM", E("000 000 0000", "TE")),
		NewSegment("TDT", E("20"), E("ZZ123"), E(), E(), E("ZZ")),
		NewSegment("LOC", E("125"), E("SYD")),
		NewSegment("DTM", E("189", "2606210900", "201")),
		NewSegment("LOC", E("87"), E("HNL")),
		NewSegment("DTM", E("232", "2606212200", "201")),
	}
	for i := range n {
		k := i % 10
		sex := "M"
		if i%2 == 1 {
			sex = "F"
		}
		segs = append(segs,
			NewSegment("NAD", E("FL"), E(), E(), E(surnames[k], given[(i/10)%10]),
				E(fmt.Sprintf("%d HIGH STREET FLAT %d", 1+i%300, 1+i%9)), E("TOWN"), E(), E(fmt.Sprintf("ZZ%04d", i)), E(nat[(k+3)%10])),
			NewSegment("ATT", E("2"), E(), E(sex)),
			NewSegment("DTM", E("329", fmt.Sprintf("%02d%02d%02d", 40+i%50, 1+i%12, 1+i%28))),
			NewSegment("LOC", E("22"), E("HNL")),
			NewSegment("LOC", E("178"), E("SYD")),
			NewSegment("LOC", E("179"), E("HNL")),
			NewSegment("LOC", E("174"), E(nat[k])),
			NewSegment("NAT", E("2"), E(nat[k])),
			NewSegment("RFF", E("AVF", fmt.Sprintf("PNR%03d", i%997))),
			NewSegment("RFF", E("ABO", fmt.Sprintf("ZZ123%04d", i))),
			NewSegment("DOC", E("P", "", "", "110", "111"), E(fmt.Sprintf("X%08d", 10000000+i*7919))),
			NewSegment("DTM", E("36", fmt.Sprintf("%02d%02d%02d", 27+i%10, 1+i%12, 1+i%28))),
			NewSegment("LOC", E("91"), E(nat[k])),
		)
	}
	segs = append(segs, NewSegment("CNT", E("42", fmt.Sprint(n))))
	prepared := civil.DateTime{Date: civil.Date{Year: 2026, Month: 6, Day: 20}, Hour: 9}
	return &Interchange{
		Header: InterchangeHeader{
			Syntax:     SyntaxIdentifier{ID: "UNOA", Version: "4"},
			Sender:     Party{ID: "ZZAIRLINE"},
			Recipient:  Party{ID: "CUSTOMS"},
			Prepared:   prepared,
			ControlRef: "000000001",
		},
		Groups: []*Group{{
			Header: GroupHeader{ID: "PAXLST", Sender: Party{ID: "ZZAIRLINE"}, Recipient: Party{ID: "CUSTOMS"},
				Prepared: prepared, Reference: "1", Agency: "UN", Version: "D:05B"},
			Messages: []*Message{{
				Header: MessageHeader{Reference: "PAX001",
					ID: MessageID{Type: "PAXLST", Version: "D", Release: "05B", Agency: "UN", Association: "IATA"}},
				Segments: segs,
			}},
		}},
	}
}
