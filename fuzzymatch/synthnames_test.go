package fuzzymatch_test

import (
	"math/rand/v2"
)

// The synthetic Korean, Chinese and Arabic names of the negatives corpus are
// made here, deterministically, from small tables written for this test: each
// entry is a part as written in its script and its Latin readings as they
// appear in passports and lists (the first is the one the generator writes
// on the Latin side; the others are the alternatives a traveller may give).
// The readings are this project's own, from the standards the tables of the
// package cite (Revised Romanization and McCune-Reischauer for Korean, Hanyu
// Pinyin for Chinese, common English spellings for Arabic), so that recall
// is checked against readings the package did not produce.

type part struct {
	script string
	latin  []string
}

// Korean surnames with the spellings used on DPRK lists first (RI, PAK,
// CHOE), and given-name syllables in McCune-Reischauer (as the DPRK writes
// them) and Revised Romanization.
var (
	koSurnames = []part{
		{"김", []string{"KIM", "GIM"}}, {"리", []string{"RI", "LEE"}}, {"박", []string{"PAK", "PARK"}},
		{"최", []string{"CHOE", "CHOI"}}, {"정", []string{"JONG", "JEONG", "CHONG"}}, {"강", []string{"KANG"}},
		{"조", []string{"JO", "CHO"}}, {"윤", []string{"YUN", "YOON"}}, {"장", []string{"JANG", "CHANG"}},
		{"한", []string{"HAN"}}, {"오", []string{"O", "OH"}}, {"신", []string{"SIN", "SHIN"}},
		{"권", []string{"KWON", "GWON"}}, {"황", []string{"HWANG"}}, {"안", []string{"AN", "AHN"}},
		{"송", []string{"SONG"}}, {"홍", []string{"HONG"}}, {"전", []string{"JON", "JEON"}},
	}
	koGiven = []part{
		{"철", []string{"CHOL", "CHEOL"}}, {"호", []string{"HO"}}, {"민", []string{"MIN"}},
		{"수", []string{"SU", "SOO"}}, {"영", []string{"YONG", "YEONG"}}, {"일", []string{"IL"}},
		{"성", []string{"SONG", "SEONG", "SUNG"}}, {"준", []string{"JUN"}}, {"혁", []string{"HYOK", "HYEOK"}},
		{"남", []string{"NAM"}}, {"광", []string{"KWANG", "GWANG"}}, {"명", []string{"MYONG", "MYEONG"}},
		{"진", []string{"JIN"}}, {"현", []string{"HYON", "HYEON"}}, {"석", []string{"SOK", "SEOK"}},
		{"은", []string{"UN", "EUN"}}, {"동", []string{"DONG", "TONG"}}, {"국", []string{"GUK", "KUK"}},
		{"룡", []string{"RYONG"}}, {"혜", []string{"HYE"}}, {"경", []string{"GYONG", "KYONG", "GYEONG"}},
	}
)

// Chinese surnames and given-name syllables (Hanyu Pinyin without tones).
var (
	zhSurnames = []part{
		{"王", []string{"WANG"}}, {"李", []string{"LI"}}, {"张", []string{"ZHANG"}}, {"刘", []string{"LIU"}},
		{"陈", []string{"CHEN"}}, {"杨", []string{"YANG"}}, {"黄", []string{"HUANG"}}, {"赵", []string{"ZHAO"}},
		{"吴", []string{"WU"}}, {"周", []string{"ZHOU"}}, {"徐", []string{"XU"}}, {"孙", []string{"SUN"}},
		{"马", []string{"MA"}}, {"朱", []string{"ZHU"}}, {"胡", []string{"HU"}}, {"郭", []string{"GUO"}},
		{"何", []string{"HE"}}, {"林", []string{"LIN"}}, {"高", []string{"GAO"}}, {"罗", []string{"LUO"}},
	}
	zhGiven = []part{
		{"伟", []string{"WEI"}}, {"芳", []string{"FANG"}}, {"娜", []string{"NA"}}, {"敏", []string{"MIN"}},
		{"静", []string{"JING"}}, {"丽", []string{"LI"}}, {"强", []string{"QIANG"}}, {"磊", []string{"LEI"}},
		{"军", []string{"JUN"}}, {"洋", []string{"YANG"}}, {"勇", []string{"YONG"}}, {"艳", []string{"YAN"}},
		{"杰", []string{"JIE"}}, {"涛", []string{"TAO"}}, {"明", []string{"MING"}}, {"超", []string{"CHAO"}},
		{"秀", []string{"XIU"}}, {"霞", []string{"XIA"}}, {"平", []string{"PING"}}, {"刚", []string{"GANG"}},
		{"华", []string{"HUA"}}, {"建", []string{"JIAN"}}, {"国", []string{"GUO"}}, {"文", []string{"WEN"}},
	}
)

// Arabic given names (also used as the father's name) and family names.
var (
	arGiven = []part{
		{"محمد", []string{"MUHAMMAD", "MOHAMMED", "MOHAMED"}}, {"أحمد", []string{"AHMAD", "AHMED"}},
		{"علي", []string{"ALI"}}, {"حسن", []string{"HASAN", "HASSAN"}}, {"حسين", []string{"HUSSEIN", "HUSAYN"}},
		{"عمر", []string{"OMAR", "UMAR"}}, {"خالد", []string{"KHALID", "KHALED"}}, {"يوسف", []string{"YOUSEF", "YUSUF"}},
		{"إبراهيم", []string{"IBRAHIM"}}, {"سعيد", []string{"SAID", "SAEED"}}, {"كريم", []string{"KARIM", "KAREEM"}},
		{"محمود", []string{"MAHMOUD", "MAHMUD"}}, {"مصطفى", []string{"MUSTAFA", "MOSTAFA"}}, {"طارق", []string{"TARIQ", "TAREK"}},
		{"فيصل", []string{"FAISAL", "FAYSAL"}}, {"ناصر", []string{"NASSER", "NASIR"}}, {"جمال", []string{"JAMAL", "GAMAL"}},
		{"صالح", []string{"SALEH", "SALIH"}}, {"رشيد", []string{"RASHID", "RACHID"}}, {"سليمان", []string{"SULAIMAN", "SULEIMAN"}},
		{"زياد", []string{"ZIAD", "ZIYAD"}}, {"هشام", []string{"HISHAM", "HICHAM"}}, {"وليد", []string{"WALID", "WALEED"}},
		{"عادل", []string{"ADEL", "ADIL"}}, {"ماجد", []string{"MAJID", "MAJED"}}, {"نبيل", []string{"NABIL", "NABEEL"}},
	}
	arFamily = []part{
		{"الحسيني", []string{"AL-HUSSEINI", "ALHUSSEINI"}}, {"العمري", []string{"AL-OMARI", "ALOMARI"}},
		{"الشمري", []string{"AL-SHAMMARI", "ALSHAMMARI"}}, {"القحطاني", []string{"AL-QAHTANI", "ALQAHTANI"}},
		{"الزهراني", []string{"AL-ZAHRANI", "ALZAHRANI"}}, {"الدوسري", []string{"AL-DOSARI", "ALDOSARI"}},
		{"المطيري", []string{"AL-MUTAIRI", "ALMUTAIRI"}}, {"العتيبي", []string{"AL-OTAIBI", "ALOTAIBI"}},
		{"الغامدي", []string{"AL-GHAMDI", "ALGHAMDI"}}, {"الحربي", []string{"AL-HARBI", "ALHARBI"}},
		{"منصور", []string{"MANSOUR", "MANSUR"}}, {"حداد", []string{"HADDAD"}}, {"خوري", []string{"KHOURY", "KHOURI"}},
		{"نجار", []string{"NAJJAR", "NAJAR"}}, {"عباس", []string{"ABBAS"}}, {"يونس", []string{"YOUNES", "YUNUS"}},
		{"درويش", []string{"DARWISH", "DERVISH"}}, {"عثمان", []string{"OTHMAN", "OSMAN"}}, {"شريف", []string{"SHARIF", "SHERIF"}},
		{"البغدادي", []string{"AL-BAGHDADI", "ALBAGHDADI"}},
	}
)

// synthPerson is one synthetic person: the indices of its parts in the
// tables of its culture, the name in its script, and its Latin spelling.
type synthPerson struct {
	parts  [3]int
	script string
	latin  string
	alt    string // the Latin name written another way (see synthPeople)
}

// synthPeople returns n distinct persons of one culture, deterministically.
// Korean and Chinese persons are a surname and two given-name syllables,
// written in their script as one word (리철호, 王伟明) and in Latin as a
// surname and the given name joined, hyphenated or apart (RI CHOL HO, RI
// CHOL-HO, RI CHOLHO); Arabic ones a given name, the father's name and a
// family name (محمد علي العمري, MUHAMMAD ALI AL-OMARI). Each person's alt is
// its Latin name written the other way: the given name apart when it was
// joined or hyphenated and hyphenated when apart; for Arabic names the family
// name first, after a comma, with each part's next reading.
func synthPeople(culture string, n int, seed uint64) []synthPerson {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	seen := map[[3]int]bool{}
	var out []synthPerson
	for len(out) < n {
		var p synthPerson
		var t [3][]part
		switch culture {
		case "korean":
			t = [3][]part{koSurnames, koGiven, koGiven}
		case "chinese":
			t = [3][]part{zhSurnames, zhGiven, zhGiven}
		default:
			t = [3][]part{arGiven, arGiven, arFamily}
		}
		for i := range p.parts {
			p.parts[i] = r.IntN(len(t[i]))
		}
		if p.parts[1] == p.parts[2] && culture != "arabic" || seen[p.parts] {
			continue
		}
		seen[p.parts] = true
		a, b, c := t[0][p.parts[0]], t[1][p.parts[1]], t[2][p.parts[2]]
		// The Latin side uses a reading chosen by the person's number, so
		// that every spelling of the tables occurs.
		k := len(out)
		pick := func(x part) string { return x.latin[k%len(x.latin)] }
		next := func(x part) string { return x.latin[(k+1)%len(x.latin)] }
		if culture == "arabic" {
			p.script = a.script + " " + b.script + " " + c.script
			p.latin = pick(a) + " " + pick(b) + " " + pick(c)
			p.alt = next(c) + ", " + next(a) + " " + next(b)
		} else {
			p.script = a.script + b.script + c.script
			s, g1, g2 := pick(a), pick(b), pick(c)
			switch k % 3 {
			case 0:
				p.latin, p.alt = s+" "+g1+" "+g2, s+" "+g1+"-"+g2
			case 1:
				p.latin, p.alt = s+" "+g1+"-"+g2, s+" "+g1+g2
			default:
				p.latin, p.alt = s+" "+g1+g2, s+" "+g1+" "+g2
			}
		}
		out = append(out, p)
	}
	return out
}

// different reports whether two synthetic persons are different people by
// name: the family name (or surname) differs and at most one other part is
// shared, in whatever position (names are compared independently of their
// order, so a given name and a father's name swapped are the same parts).
// Two persons sharing two of three parts may be one person giving his
// names differently; those pairs are not used as negatives.
func different(a, b synthPerson, culture string) bool {
	fam, g0 := 0, 1 // the family part, and the first of the two parts drawn from one table
	if culture == "arabic" {
		fam, g0 = 2, 0
	}
	if a.parts[fam] == b.parts[fam] {
		return false
	}
	shared := 0
	used := [2]bool{}
	for i := g0; i < g0+2; i++ {
		for j := g0; j < g0+2; j++ {
			if !used[j-g0] && a.parts[i] == b.parts[j] {
				used[j-g0] = true
				shared++
				break
			}
		}
	}
	return shared <= 1
}
