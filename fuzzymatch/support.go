package fuzzymatch

// Supporting evidence of a token pairing: consonant skeletons, where the
// script leaves vowels unwritten, and sound codes, never alone.

// skeletonSim is the similarity of two tokens' consonant skeletons (and
// coarse skeletons, for abjads or with CoarseAll across scripts), or when
// exact 1 for equal skeletons (less for two letters, see
// shortSkeletonSupport) and 0 otherwise, scaled by
// the skeleton factor f, the support of the readings' Jaro-Winkler jw and the
// spelling slope. Skeleton pairs whose upper bound is under
// skFloor are not compared.
func (c *Comparator) skeletonSim(a, b *token, f float32, jw float64, slope float32, skFloor float64, exact bool) float32 {
	var sk float64
	if exact {
		// Two consonants (HATTIE and ХЭТТИ, TARA and DURI) say less than
		// three: the spelling must support them more.
		var s float32
		for _, sa := range a.skels[:min(len(a.skels), maxSkeletons)] {
			for _, sb := range b.skels[:min(len(b.skels), maxSkeletons)] {
				if len(sa) >= 3 && sa == sb {
					return f * (c.support + (1-c.support)*float32(jw))
				}
				if len(sa) == 2 && sa == sb {
					sup := c.support - shortSkeletonSupport
					s = f * (sup + (1-sup)*float32(jw))
				}
			}
		}
		return s
	}
	// Between Latin spellings, a skeleton of two consonants (JOHN and
	// JANE: JN) says too little.
	minSkel := 2
	if a.script == b.script {
		minSkel = 3
	}
	// The skeletons may differ in at most one consonant in length: the
	// vowels an abjad leaves out explain letters missing from the
	// skeleton-less side, not consonants (WILLIAMS and ولی, WLI, share
	// their first consonants only).
	for ia, sa := range a.skels[:min(len(a.skels), maxSkeletons)] {
		for ib, sb := range b.skels[:min(len(b.skels), maxSkeletons)] {
			if len(sa) >= minSkel && len(sb) >= minSkel && lenClose(sa, sb) &&
				jwUpper(a.skSets[ia], len(sa), b.skSets[ib], len(sb)) >= max(skFloor, sk) {
				sk = max(sk, JaroWinkler(sa, sb))
			}
		}
	}
	if sk < 0.95 && (leavesVowels(a.script) || leavesVowels(b.script) || c.o.CoarseAll && a.script != b.script) {
		for ia, sa := range a.coarse[:min(len(a.coarse), maxSkeletons)] {
			for ib, sb := range b.coarse[:min(len(b.coarse), maxSkeletons)] {
				if lenClose(sa, sb) && jwUpper(a.crSets[ia], len(sa), b.crSets[ib], len(sb)) >= max(skFloor, sk) {
					sk = max(sk, JaroWinkler(sa, sb))
				}
			}
		}
	}
	support := c.support + (1-c.support)*float32(jw)
	return f * support * c.spelling(sk, slope)
}

// soundSim is the similarity that a shared sound supports: for leading
// readings with one whole Double Metaphone code and first letter,
// PhoneticSimilarity when they differ only in what the code abstracts
// (soundAlike), else the spelling similarity jw at half the slope, up to
// PhoneticSimilarity; 0 without a shared code.
func (c *Comparator) soundSim(a, b *token, jw float64, slope float32) float32 {
	var best float32
	for ia, fa := range a.forms[:min(len(a.forms), maxSpellForms)] {
		da := a.dms[ia]
		for ib, fb := range b.forms[:min(len(b.forms), maxSpellForms)] {
			if fa[0] != fb[0] {
				continue
			}
			// Longer than the code's four sounds, readings that differ
			// only in one inner vowel run (NURISTANI and NOORISTANI) sound
			// alike too; a final vowel often marks another name (MARIO,
			// MARIA).
			if da != 0 && b.dms[ib] == da && soundAlike(fa, fb, true) || soundAlike(fa, fb, false) {
				return c.phon
			}
			if da != 0 && b.dms[ib] == da {
				best = min(c.phon, c.spelling(jw, slope/2))
			}
		}
	}
	return best
}

// soundAlike reports whether two readings differ only in what a sound code
// abstracts: the same consonants after folding (one skeleton), vowels in
// the same places, and at most one run of vowels spelled otherwise (AKI and
// AQI, LADEN and LADIN; not BASHAR and BUSHRA, whose vowels moved, nor
// MOORE and MARIE, two vowels apart). Unless lastVowel, the vowel run that
// differs may not end either reading.
func soundAlike(a, b string, lastVowel bool) bool {
	// The vowels first: they settle most pairs without a skeleton.
	i, j, differ := 0, 0, 0
	for i < len(a) && j < len(b) {
		va, vb := isVowel(a[i]), isVowel(b[j])
		if va != vb {
			return false
		}
		ei, ej := i, j
		for ei < len(a) && isVowel(a[ei]) == va {
			ei++
		}
		for ej < len(b) && isVowel(b[ej]) == vb {
			ej++
		}
		if va && a[i:ei] != b[j:ej] {
			if !lastVowel && (ei == len(a) || ej == len(b)) {
				return false
			}
			differ++
		}
		i, j = ei, ej
	}
	return i == len(a) && j == len(b) && differ <= 1 && sameConsonants(a, b)
}

// shortSkeletonSupport is how much less of the similarity of two equal
// skeletons of two consonants needs no support from the spelling.
const shortSkeletonSupport = 0.25

// lenClose reports whether two skeletons differ in length by at most one
// consonant.
func lenClose(a, b string) bool { return len(a)-len(b) <= 1 && len(b)-len(a) <= 1 }
