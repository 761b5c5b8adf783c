package fuzzymatch

import "strings"

// kanaTable romanises Japanese kana (katakana, and hiragana folded onto
// it). Scheme 0 is modified Hepburn as used in Japanese passports (Ministry
// of Foreign Affairs rules: シ → SHI, チ → CHI, ツ → TSU, ジ → JI, long vowels
// not marked); scheme 1 reads katakana spellings of foreign names back
// towards their source (ル → L, ヴ → V, and the vowels katakana adds after a
// final consonant dropped: バラク → BARAK). Kanji have no reading here.
var kanaTable = func() *altTable {
	t := &altTable{
		standard: "modified Hepburn (MOFA passport rules); foreign names in katakana",
		schemes:  2,
		letters:  map[string][]string{},
		final:    map[string][]string{},
	}
	rows := strings.Fields(`
ア=A イ=I ウ=U エ=E オ=O カ=KA キ=KI ク=KU ケ=KE コ=KO サ=SA シ=SHI ス=SU セ=SE ソ=SO
タ=TA チ=CHI ツ=TSU テ=TE ト=TO ナ=NA ニ=NI ヌ=NU ネ=NE ノ=NO ハ=HA ヒ=HI フ=FU ヘ=HE ホ=HO
マ=MA ミ=MI ム=MU メ=ME モ=MO ヤ=YA ユ=YU ヨ=YO ラ=RA リ=RI ル=RU レ=RE ロ=RO ワ=WA ヲ=O ン=N
ガ=GA ギ=GI グ=GU ゲ=GE ゴ=GO ザ=ZA ジ=JI ズ=ZU ゼ=ZE ゾ=ZO ダ=DA ヂ=JI ヅ=ZU デ=DE ド=DO
バ=BA ビ=BI ブ=BU ベ=BE ボ=BO パ=PA ピ=PI プ=PU ペ=PE ポ=PO ヴ=BU
キャ=KYA キュ=KYU キョ=KYO シャ=SHA シュ=SHU ショ=SHO チャ=CHA チュ=CHU チョ=CHO ニャ=NYA ニュ=NYU ニョ=NYO
ヒャ=HYA ヒュ=HYU ヒョ=HYO ミャ=MYA ミュ=MYU ミョ=MYO リャ=RYA リュ=RYU リョ=RYO ギャ=GYA ギュ=GYU ギョ=GYO
ジャ=JA ジュ=JU ジョ=JO ビャ=BYA ビュ=BYU ビョ=BYO ピャ=PYA ピュ=PYU ピョ=PYO
ファ=FA フィ=FI フェ=FE フォ=FO ティ=TI ディ=DI トゥ=TU ドゥ=DU ウィ=WI ウェ=WE ウォ=WO シェ=SHE ジェ=JE チェ=CHE
ヴァ=BA ヴィ=BI ヴェ=BE ヴォ=BO ッ= ー= ァ=A ィ=I ゥ=U ェ=E ォ=O ャ=YA ュ=YU ョ=YO`)
	foreign := map[string]string{
		"ラ": "LA", "リ": "LI", "ル": "L", "レ": "LE", "ロ": "LO", "ヴ": "V", "ヴァ": "VA", "ヴィ": "VI", "ヴェ": "VE",
		"ヴォ": "VO", "ク": "K", "グ": "G", "ス": "S", "ズ": "Z", "ト": "T", "ド": "D", "フ": "F", "ブ": "B",
		"プ": "P", "ム": "M", "ツ": "TS",
	}
	for _, r := range rows {
		k, v, _ := strings.Cut(r, "=")
		alts := []string{v, v}
		if f, ok := foreign[k]; ok {
			alts[1] = f
		}
		if len([]rune(k)) == 1 && k != "ト" && k != "ド" && foreign[k] != "" && !strings.HasSuffix(foreign[k], "A") &&
			!strings.HasSuffix(foreign[k], "I") && !strings.HasSuffix(foreign[k], "E") && !strings.HasSuffix(foreign[k], "O") {
			// Consonant-only foreign readings stand for an added vowel:
			// inside a word keep the Hepburn vowel for scheme 1 too, except
			// before another consonant, which the table cannot see; the
			// final position is where katakana adds most.
			t.final[k] = []string{v, foreign[k]}
			alts[1] = v
			if k == "ル" {
				alts[1] = "LU"
			}
		}
		t.letters[k] = alts
		// Hiragana: the same syllables 0x60 code points lower.
		var h []rune
		for _, c := range k {
			if c >= 0x30A1 && c <= 0x30F6 {
				c -= 0x60
			}
			h = append(h, c)
		}
		t.letters[string(h)] = []string{v}
	}
	t.final["ト"] = []string{"TO", "T"}
	t.final["ド"] = []string{"DO", "D"}
	return t
}()
