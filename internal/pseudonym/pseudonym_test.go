package pseudonym

import "testing"

func TestIs(t *testing.T) {
	for s, want := range map[string][2]bool{
		"=WYYNLC6Y4KS2O53B":          {true, true},
		"VI =WYYNLC6Y4KS2O53B 0929":  {false, true},
		"VI=WYYNLC6Y4KS2O53B=AAAAAA": {false, true},
		"=WYYNLC6Y4KS2O53BC":         {false, false}, // one character too many
		"=wyynlc6y4ks2o53b":          {false, false},
		"=WYYNLC6Y4KS2O531":          {false, false}, // 1 is not base32
		"SMITH":                      {false, false},
		"":                           {false, false},
	} {
		if Is(s) != want[0] || Holds(s) != want[1] {
			t.Errorf("%q: Is %v Holds %v, want %v", s, Is(s), Holds(s), want)
		}
	}
}
