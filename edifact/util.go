package edifact

import "time"

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func monthOf(m int) time.Month { return time.Month(m) }
