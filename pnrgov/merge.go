package pnrgov

// Merge applies a changes-only push (MSG 141) to the PNRs of an earlier push
// of the same flight, as a receiver must: a PNR of changes replaces the PNR
// with the same record locator, and a PNR not seen before is added. It
// returns a new list; base is not modified. PNRs without a locator are
// always added.
func Merge(base []*PNR, changes *Message) []*PNR {
	out := make([]*PNR, len(base), len(base)+len(changes.PNRs))
	copy(out, base)
	index := make(map[string]int, len(out))
	for i, p := range out {
		if l := p.Locator(); l != "" {
			index[l] = i
		}
	}
	for _, p := range changes.PNRs {
		l := p.Locator()
		if i, ok := index[l]; ok && l != "" {
			out[i] = p
			continue
		}
		if l != "" {
			index[l] = len(out)
		}
		out = append(out, p)
	}
	return out
}
