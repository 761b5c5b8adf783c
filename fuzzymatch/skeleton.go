package fuzzymatch

import "strings"

// skeletonInto reduces an uppercase Latin reading to the consonants that survive
// transliteration into and out of scripts that do not write short vowels
// (Arabic, Hebrew) or that respell foreign names by sound (Russian practical
// transcription): the first letter is kept as a vowel marker if it is one,
// later vowels, H after a vowel and doubled letters are dropped, and
// consonants that scripts merge are folded together (C/K/Q, V/W/F... see the
// switch). Two readings of the same name usually share a skeleton or differ
// in one letter, while unrelated names rarely do. It appends the skeleton
// of s to out (of capacity 64 or more), so that comparisons can compute one
// without allocating.
//
// It is longer than 80 lines because its switch is the folding table, one
// case per letter, kept whole so that it reads as a table.
func skeletonInto(out []byte, s string) []byte {
	var last byte
	for i := 0; i < len(s) && len(out) < cap(out)-2; i++ {
		c := s[i]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		var k byte
		switch c {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			if i == 0 {
				k = 'A'
			} else {
				last = 'A'
				continue
			}
		case 'H':
			// H after a vowel and before a consonant or at the end is
			// silent (German EHR, Arabic -AH): dropped.
			if i > 0 && isVowel(s[i-1]) && (next == 0 || !isVowel(next)) || last == 'H' {
				continue
			}
			k = 'H'
		case 'K', 'Q', 'G':
			switch {
			case c == 'K' && next == 'H':
				k = 'H' // KH and H: Russian and Arabic Х/خ for a Latin H
				i++
			case c == 'G' && next == 'H':
				k = 'K'
				i++
			case c == 'G':
				k = 'G'
			default:
				k = 'K'
			}
		case 'C':
			switch next {
			case 'H':
				k = 'S' // CH: SH/TSH/KH all vary across schemes
				i++
			case 'E', 'I', 'Y':
				k = 'S'
			case 'K':
				k = 'K'
				i++
			case 'Z':
				k = 'S'
				i++
			default:
				k = 'K'
			}
		case 'X':
			out = append(out, 'K')
			k = 'S'
		case 'S', 'Z':
			k = 'S'
			if next == 'H' || (c == 'S' && next == 'Z') {
				i++
			} else if c == 'S' && next == 'C' && i+2 < len(s) && s[i+2] == 'H' {
				i += 2
			}
		case 'T':
			k = 'T'
			if next == 'H' {
				i++
			} else if next == 'S' || next == 'Z' {
				k = 'S'
				i++
			} else if next == 'C' && (i+2 >= len(s) || s[i+2] != 'H') {
				// TC is GOST R 52535.1's Ц (Цой = TCOI): TS. TCH is
				// CH, read by the C.
				k = 'S'
				i++
			}
		case 'D':
			k = 'T'
			switch {
			case next == 'H':
				i++
			case next == 'Z' && i+2 < len(s) && s[i+2] == 'H':
				// DZH, the ICAO and English reading of Cyrillic ДЖ, is J
				// as much as DZ or DJ: its H must not count.
				k = 'J'
				i += 2
			case strings.HasPrefix(s[i+1:], "SCH"):
				// DSCH, the German reading of ДЖ (Dschingis), is J too.
				k = 'J'
				i += 3
			case next == 'Z' || next == 'J':
				k = 'J'
				i++
			case next == 'G' && i+2 < len(s) && (s[i+2] == 'E' || s[i+2] == 'I' || s[i+2] == 'Y'):
				// English DGE (Cambridge, Bridget) is the J that Russian
				// writes ДЖ.
				k = 'J'
				i++
			}
		case 'P', 'B':
			k = 'B'
			if c == 'P' && next == 'H' {
				k = 'F'
				i++
			}
		case 'F', 'V', 'W':
			k = 'F'
		case 'J':
			k = 'J'
		default:
			k = c
		}
		if k == last {
			continue
		}
		out = append(out, k)
		last = k
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'A', 'E', 'I', 'O', 'U', 'Y':
		return true
	}
	return false
}

// coarseSkeletonBytes writes into buf a coarser skeleton for scripts whose letters stand for
// several Latin consonants (Hebrew ב is B or V, פ is P or F, Arabic ج is J
// or G and stands for a foreign G): vowels, H and doubled letters dropped,
// labials (B P F V W), velars (C G J K Q X), sibilants (S Z SH CH TS ZH) and
// dentals (T D TH DH) each folded into one letter. It is compared only
// when one of the names was written in such a script.
func coarseSkeletonBytes(s string, buf *[64]byte) []byte {
	out := buf[:0]
	var last byte
	for i := 0; i < len(s) && len(out) < len(buf)-2; i++ {
		c := s[i]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		var k byte
		switch c {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			if i == 0 {
				k = 'A'
			} else {
				last = 'A'
				continue
			}
		case 'H':
			continue
		case 'B', 'P', 'F', 'V', 'W':
			k = 'B'
		case 'G', 'J', 'K', 'Q':
			k = 'K'
		case 'X':
			out = append(out, 'K')
			k = 'S'
		case 'C':
			switch next {
			case 'H':
				k = 'S'
			case 'E', 'I', 'Y':
				k = 'S'
			default:
				k = 'K'
			}
		case 'S', 'Z':
			k = 'S'
		case 'T', 'D':
			k = 'T'
			if next == 'S' || next == 'Z' {
				k = 'S'
				i++
			}
		default:
			k = c
		}
		if k == last {
			continue
		}
		out = append(out, k)
		last = k
	}
	return out
}
