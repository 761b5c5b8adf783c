package fuzzymatch

import "testing"

func TestPalladiusOf(t *testing.T) {
	for py, want := range map[string]string{
		"MAO": "мао", "ZE": "цзэ", "DONG": "дун", "ZI": "цзы", "SI": "сы", "SHI": "ши", "XUAN": "сюань",
		"JU": "цзюй", "JUN": "цзюнь", "LV": "люй", "HUI": "хуэй", "GUI": "гуй", "WEI": "вэй", "YONG": "юн",
		"LIU": "лю", "GUO": "го", "BO": "бо", "XIANG": "сян", "QING": "цин", "M": "", "N": "",
	} {
		if got := palladiusOf(py); got != want {
			t.Errorf("palladiusOf(%s) = %q, want %q", py, got, want)
		}
	}
}

func TestPalladiusReading(t *testing.T) {
	for in, want := range map[string]string{
		"маоцзэдун": "MAOZEDONG", "сяосюань": "XIAOXUAN", "цзинъюань": "JINGYUAN", "чжан": "ZHANG",
		"люй": "LU", "хуэйцзе": "HUIJIE",
		"сергей": "", "владимир": "", "иванов": "",
	} {
		b, ok := palladiusReading(nil, []rune(in))
		if got := string(b); ok != (want != "") || got != want {
			t.Errorf("palladiusReading(%s) = %q, %t, want %q", in, got, ok, want)
		}
	}
}
