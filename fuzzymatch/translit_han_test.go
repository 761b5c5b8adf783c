package fuzzymatch

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Han names: the surname reading, compound surnames, pinyin and Wade-Giles,
// Ü as YU and U.
func TestHanWords(t *testing.T) {
	tests := []struct {
		in   string
		want [][]string
	}{
		{"张晓明", [][]string{{"ZHANG", "CHANG"}, {"XIAOMING", "HSIAOMING"}}},
		{"單田芳", [][]string{{"SHAN"}, {"TIANFANG", "TIENFANG"}}},
		{"曾国藩", [][]string{{"ZENG", "TSENG"}, {"GUOFAN", "KUOFAN"}}},
		{"区志强", [][]string{{"OU"}, {"ZHIQIANG", "CHIHCHIANG"}}},
		{"欧阳修", [][]string{{"OUYANG"}, {"XIU", "HSIU"}}},
		{"吕布", [][]string{{"LYU", "LU"}, {"BU", "PU"}}},
		{"周恩来", [][]string{{"ZHOU", "CHOU"}, {"ENLAI"}}},
		{"李", [][]string{{"LI"}}},
		{"司马相如", [][]string{{"SIMA"}, {"XIANGRU", "HSIANGJU"}}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, hanWords(tt.in, false)); d != "" {
			t.Errorf("hanWords(%q) -want +got:\n%s", tt.in, d)
		}
	}
}

// Wade-Giles: the syllables the generator spells otherwise than pinyin.
func TestHanWadeGiles(t *testing.T) {
	want := map[string]string{
		"ZHANG": "CHANG", "XIAO": "HSIAO", "QIN": "CHIN", "ZI": "TZU", "CI": "TZU", "SI": "SSU", "SHI": "SHIH",
		"ZHI": "CHIH", "RI": "JIH", "ER": "ERH", "CONG": "TSUNG", "GUO": "KUO", "LUO": "LO", "YAN": "YEN",
		"JIAN": "CHIEN", "XUE": "HSUEH", "YUE": "YUEH", "YOU": "YU", "LIE": "LIEH", "HE": "HO", "GE": "KO",
		"YONG": "YUNG", "XIONG": "HSIUNG", "GUI": "KUEI", "RUI": "JUI", "JIU": "CHIU", "YE": "YEH", "LV": "LU",
		"ZHONG": "CHUNG", "BO": "PO", "DUO": "TO", "ZHUO": "CHO", "QUAN": "CHUAN", "XUN": "HSUN", "CAO": "TSAO",
		"BIAN": "PIEN", "XIANG": "HSIANG", "JU": "CHU", "XU": "HSU", "LVE": "LUEH", "YI": "I", "E": "O",
	}
	got := map[string]string{}
	for i, s := range hanSyllables {
		got[s] = hanWadeGiles[i]
	}
	for py, wg := range want {
		if got[py] != wg {
			t.Errorf("%s: Wade-Giles %q, want %q", py, got[py], wg)
		}
	}
}

// Han names against their pinyin and Wade-Giles spellings, joined, split and
// hyphenated, and a pair that must stay apart.
func TestHanMatches(t *testing.T) {
	c := NewComparator(DefaultOptions())
	tests := []struct {
		a, b  string
		match bool
	}{
		{"习近平", "XI JINPING", true},
		{"毛泽东", "MAO ZEDONG", true},
		{"毛澤東", "MAO TSE-TUNG", true},
		{"周恩来", "CHOU EN-LAI", true},
		{"邓小平", "TENG HSIAO-PING", true},
		{"张晓明", "ZHANG XIAO MING", true},
		{"张晓明", "ZHANG/XIAO-MING", true},
		{"張曉明", "CHANG HSIAO-MING", true},
		{"单田芳", "SHAN TIANFANG", true},
		{"曾国藩", "TSENG KUO-FAN", true},
		{"吕布", "LYU BU", true},
		{"吕布", "LU BU", true},
		{"司马迁", "SIMA QIAN", true},
		{"习近平", "MAO ZEDONG", false},
	}
	for _, tt := range tests {
		s := c.Match(tt.a, tt.b)
		if (s >= c.Threshold()) != tt.match {
			t.Errorf("Match(%q, %q) = %.3f, want match=%v (%v)", tt.a, tt.b, s, tt.match, Prepare(tt.a).Tokens())
		}
	}
}

// A name written in several words is split already: its words are read
// whole (欧阳 stays OUYANG, 晓明 stays XIAOMING). A one-character surname
// before a slash stays first (surnameLast takes it for an initial); the
// comparison does not depend on order.
func TestHanNameInWords(t *testing.T) {
	for in, want := range map[string][]string{
		"张 晓明": {"ZHANG", "XIAOMING"}, "张/晓明": {"ZHANG", "XIAOMING"}, "欧阳 修": {"OUYANG", "XIU"}, "张晓明": {"ZHANG", "XIAOMING"},
	} {
		if d := cmp.Diff(want, Prepare(in).Tokens()); d != "" {
			t.Errorf("Prepare(%q).Tokens() -want +got:\n%s", in, d)
		}
	}
}
