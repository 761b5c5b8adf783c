package fuzzymatch

import (
	"sort"
	"strings"
)

// Han characters (Chinese hanzi; Japanese kanji and Korean hanja are read
// the same way, as Mandarin) are read as toneless Hanyu Pinyin (ISO
// 7098:2015), the spelling of PRC passports and of most lists, and as
// Wade-Giles, the spelling of older documents and of Taiwanese names
// (CHANG HSIAO-MING). The readings come from the generated table in
// translit_han_table.go (pinyin-data, through go-pinyin): the commonest
// reading of each character.
//
// A name written as one word (张晓明) is a surname and a given name: the
// surname is its first character, or its first two when they are a compound
// surname (欧阳, 司马), and takes its surname reading (单 SHAN, not DAN); the
// given name is one token in its joined spelling (XIAOMING), which the
// comparator also pairs with the hyphenated and split spellings of the
// other side (XIAO-MING, XIAO MING), as for Korean.

// hanReadingOf returns the index in hanSyllables of the commonest reading
// of r, and whether r has one.
func hanReadingOf(r rune) (int, bool) {
	if r < 0x3000 || r-0x3000 >= 1<<19 {
		return 0, false
	}
	key := uint32(r-0x3000) << 13
	i := sort.Search(len(hanReadings), func(i int) bool { return hanReadings[i] >= key })
	if i < len(hanReadings) && hanReadings[i]>>13 == key>>13 {
		return int(hanReadings[i] & (1<<11 - 1)), true
	}
	return 0, false
}

// isHan reports whether r is a Han character with a reading.
func isHan(r rune) bool {
	_, ok := hanReadingOf(r)
	return ok
}

// hanSurnames are the readings of surnames whose surname reading is not the
// commonest reading of the character, and the compound surnames, after the
// readings of the Hundred Family Surnames (百家姓) as given by the Xiandai
// Hanyu Cidian (7th ed.) and the Ministry of Public Security's passport
// spellings; simplified and traditional forms. The first reading is the
// usual one; a second is a real alternative (覃 QIN or TAN).
var hanSurnames = map[string][]string{
	"单": {"SHAN"}, "單": {"SHAN"}, "曾": {"ZENG"}, "区": {"OU"}, "區": {"OU"}, "解": {"XIE"},
	"仇": {"QIU"}, "朴": {"PIAO"}, "查": {"ZHA"}, "盖": {"GE", "GAI"}, "蓋": {"GE", "GAI"}, "乐": {"YUE", "LE"},
	"樂": {"YUE", "LE"}, "种": {"CHONG"}, "種": {"CHONG"}, "覃": {"QIN", "TAN"}, "召": {"SHAO"}, "缪": {"MIAO"},
	"繆": {"MIAO"}, "秘": {"BI"}, "宓": {"MI", "FU"}, "员": {"YUN"}, "員": {"YUN"}, "能": {"NAI"},
	"黑": {"HE"}, "重": {"CHONG"}, "折": {"SHE"}, "句": {"GOU"}, "洗": {"XIAN"}, "冼": {"XIAN"},
	"莘": {"SHEN"}, "柏": {"BAI"}, "薄": {"BO"}, "藏": {"ZANG"}, "贲": {"BEN"}, "隗": {"WEI"},
	"朝": {"CHAO"}, "長": {"ZHANG"}, "长": {"ZHANG"}, "沈": {"SHEN"}, "瀋": {"SHEN"}, "吕": {"LYU", "LU"},
	"呂": {"LYU", "LU"}, "女": {"NYU"}, "尉": {"WEI", "YU"}, "翟": {"ZHAI", "DI"}, "都": {"DU"},
	"纪": {"JI"}, "紀": {"JI"}, "任": {"REN"}, "华": {"HUA"}, "華": {"HUA"}, "过": {"GUO"},
	"過": {"GUO"}, "石": {"SHI"}, "车": {"CHE"}, "車": {"CHE"}, "曲": {"QU"}, "佘": {"SHE"},
	"燕": {"YAN"}, "谌": {"CHEN"}, "諶": {"CHEN"}, "阚": {"KAN"}, "闞": {"KAN"}, "郇": {"XUN", "HUAN"},
	"欧阳": {"OUYANG"}, "歐陽": {"OUYANG"}, "司马": {"SIMA"}, "司馬": {"SIMA"}, "诸葛": {"ZHUGE"},
	"諸葛": {"ZHUGE"}, "上官": {"SHANGGUAN"}, "东方": {"DONGFANG"}, "東方": {"DONGFANG"}, "皇甫": {"HUANGFU"},
	"尉迟": {"YUCHI"}, "尉遲": {"YUCHI"}, "公孙": {"GONGSUN"}, "公孫": {"GONGSUN"}, "慕容": {"MURONG"},
	"令狐": {"LINGHU"}, "长孙": {"ZHANGSUN"}, "長孫": {"ZHANGSUN"}, "宇文": {"YUWEN"}, "司徒": {"SITU"},
	"夏侯": {"XIAHOU"}, "轩辕": {"XUANYUAN"}, "軒轅": {"XUANYUAN"}, "端木": {"DUANMU"}, "澹台": {"TANTAI"},
	"万俟": {"MOQI"}, "萬俟": {"MOQI"}, "申屠": {"SHENTU"}, "西门": {"XIMEN"}, "西門": {"XIMEN"},
	"南宫": {"NANGONG"}, "南宮": {"NANGONG"}, "呼延": {"HUYAN"}, "闻人": {"WENREN"}, "聞人": {"WENREN"},
	"赫连": {"HELIAN"}, "赫連": {"HELIAN"}, "钟离": {"ZHONGLI"}, "鍾離": {"ZHONGLI"}, "独孤": {"DUGU"},
	"獨孤": {"DUGU"}, "拓跋": {"TUOBA"}, "太史": {"TAISHI"}, "百里": {"BAILI"},
}

// hanForms returns the readings of a run of Han characters, joined: pinyin
// and Wade-Giles. Ü (V in the table) is written YU as PRC passports write
// it since 2012 (吕 LYU) and U as older documents do (LU). Characters
// without a reading are read by the fallback.
func hanForms(w []rune) []string {
	var py, wg strings.Builder
	for _, r := range w {
		i, ok := hanReadingOf(r)
		if !ok {
			if f := fallbackForms(string(r)); len(f) > 0 {
				py.WriteString(f[0])
				wg.WriteString(f[0])
			}
			continue
		}
		py.WriteString(hanSyllables[i])
		wg.WriteString(hanWadeGiles[i])
	}
	return withUmlaut([]string{py.String(), wg.String()})
}

// withUmlaut writes the V of pinyin Ü as YU, then as U.
func withUmlaut(forms []string) []string {
	out := make([]string, 0, len(forms)+2)
	var plain []string
	for _, f := range forms {
		if strings.Contains(f, "V") {
			out = append(out, strings.ReplaceAll(f, "V", "YU"))
			plain = append(plain, strings.ReplaceAll(f, "V", "U"))
			continue
		}
		out = append(out, f)
	}
	return dedupe(append(out, plain...))
}

// hanSurnameForms returns the readings of a surname: its surname reading
// when it has one, then its readings as a word.
func hanSurnameForms(s []rune) []string {
	// A surname is read by its commonest reading (and that in Wade-Giles)
	// only: the second readings of characters are rare words' readings,
	// not surnames' (潘 PAN, not BO).
	forms := hanForms(s)
	if conv, ok := hanSurnames[string(s)]; ok {
		var wg []string
		for _, c := range conv {
			if len(s) == 1 {
				if i := hanSyllableIndex(c); i >= 0 {
					wg = append(wg, hanWadeGiles[i])
				}
			}
		}
		// The surname reading replaces the others: 单 is SHAN, never DAN.
		forms = dedupe(append(append(append([]string(nil), conv...), wg...), withUmlaut([]string{conv[0]})...))
	}
	return forms
}

// hanSyllableIndex returns the index of a syllable in hanSyllables, or -1.
func hanSyllableIndex(s string) int {
	s = strings.ReplaceAll(s, "YU", "V")
	for i, t := range hanSyllables {
		if t == s {
			return i
		}
	}
	return -1
}

// hanWords splits a Chinese personal name written as one word into a
// surname word and a given-name word; other runs of Han, and the words of a
// name written in several words (whole), are read whole: a surname then
// gets its surname reading first.
func hanWords(w string, whole bool) [][]string {
	rs := []rune(w)
	for _, r := range rs {
		if !isHan(r) {
			return [][]string{hanForms(rs)}
		}
	}
	if whole {
		if _, ok := hanSurnames[string(rs)]; ok || len(rs) == 1 {
			return [][]string{dedupe(append(hanSurnameForms(rs), hanForms(rs)...))}
		}
		return [][]string{hanForms(rs)}
	}
	if len(rs) >= 3 && len(rs) <= 4 {
		if _, ok := hanSurnames[string(rs[:2])]; ok {
			return [][]string{hanSurnameForms(rs[:2]), hanForms(rs[2:])}
		}
	}
	switch {
	case len(rs) == 1:
		return [][]string{dedupe(append(hanSurnameForms(rs), hanForms(rs)...))}
	case len(rs) <= 4:
		return [][]string{hanSurnameForms(rs[:1]), hanForms(rs[1:])}
	}
	return [][]string{hanForms(rs)}
}
