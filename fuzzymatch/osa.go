package fuzzymatch

// osa returns the optimal string alignment distance between a and b, counted
// in Unicode code points: the fewest insertions, deletions, substitutions and
// transpositions of two adjacent characters that turn a into b, where no
// substring is edited more than once (the "restricted" Damerau-Levenshtein
// distance; osa("CA", "ABC") is 3, not 2).
//
// Strings of up to 64 code points are compared without allocating.
func osa(a, b string) int {
	var ba, bb [64]rune
	ra, rb := toRunes(a, ba[:0]), toRunes(b, bb[:0])
	return osaRunes(ra, rb)
}

func osaRunes(a, b []rune) int {
	la, lb := len(a), len(b)
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	// Three rolling rows: two back (for transpositions), previous, current.
	var buf [3 * 65]int
	var rows []int
	if lb+1 <= 65 {
		rows = buf[:3*(lb+1)]
	} else {
		rows = make([]int, 3*(lb+1))
	}
	pp, prev, cur := rows[:lb+1], rows[lb+1:2*(lb+1)], rows[2*(lb+1):]
	for k := range prev {
		prev[k] = k
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for k := 1; k <= lb; k++ {
			cost := 1
			if a[i-1] == b[k-1] {
				cost = 0
			}
			d := min(prev[k]+1, cur[k-1]+1, prev[k-1]+cost)
			if i > 1 && k > 1 && a[i-1] == b[k-2] && a[i-2] == b[k-1] {
				d = min(d, pp[k-2]+1)
			}
			cur[k] = d
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[lb]
}
