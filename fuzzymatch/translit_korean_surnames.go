package fuzzymatch

import "strings"

// koreanSurnames are the spellings of Korean surnames found in passports
// and on lists, the usual South Korean passport spelling first: the
// National Institute of Korean Language's survey of surname spellings in
// passports (2007) and the Ministry of Foreign Affairs' list of
// recommended and accepted surname spellings (2009), with the North Korean
// forms of the DPRK's romanisation as the UN and OFAC lists print them (RI,
// RYU, RIM, RO, RA, RYANG, RYOM, JONG, JON, JO, PAK, PAEK, CHOE, HYON, SO,
// KIL). A North Korean writes 리, 류, 림, 로, 라, 량, 렴 where a South Korean
// writes 이, 유, 임, 노, 나, 양, 염 (the initial-sound rule, 두음법칙): both
// spellings of the syllable list the spellings of both.
var koreanSurnames = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(koreanSurnameTable, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		m[k] = strings.Fields(v)
	}
	return m
}()

const koreanSurnameTable = `
김 KIM GIM
이 LEE YI RI RHEE I RHIE
리 RI LEE YI LI RHEE
박 PARK PAK BAK BAHK
최 CHOI CHOE CHOY
정 JUNG JEONG CHUNG CHONG JONG
강 KANG GANG
조 CHO JO CHOH
윤 YOON YUN
장 JANG CHANG
임 LIM IM RIM YIM
림 RIM LIM IM
한 HAN
오 OH O
서 SEO SUH SO
신 SHIN SIN
권 KWON GWON
황 HWANG
안 AHN AN
송 SONG
류 RYU YOO YU RYOO LYU
유 YOO YU RYU
전 JEON JUN JON CHUN CHON
홍 HONG
고 KO GO KOH
문 MOON MUN
양 YANG RYANG
량 RYANG YANG
손 SON SOHN
배 BAE PAE
백 BAEK PAEK PAIK BAIK
허 HEO HUH HO
남 NAM
심 SHIM SIM
노 NOH NO ROH RO
로 RO ROH NOH NO
하 HA
곽 KWAK GWAK
성 SUNG SEONG SONG
차 CHA
주 JOO JU CHU CHOO
우 WOO U WU
구 KOO KU GU
민 MIN
진 JIN CHIN
나 NA RA LA
라 RA NA LA
지 JI CHI
엄 EOM UM OM
채 CHAE
원 WON
천 CHEON CHUN CHON
방 BANG PANG
공 KONG GONG
현 HYUN HYEON HYON
함 HAM
변 BYUN BYEON PYON
염 YEOM YUM YOM RYOM
렴 RYOM YEOM YOM
여 YEO YO RYO
려 RYO YEO YO
추 CHU CHOO
도 DO TO
소 SO
석 SEOK SUK SOK
선 SUN SEON SON
설 SEOL SUL SOL
마 MA
길 GIL KIL
연 YEON YUN YON
위 WI WEE
표 PYO
명 MYUNG MYEONG MYONG
기 KI GI
반 BAN PAN
왕 WANG
금 KEUM KUM GEUM
옥 OK
육 YOOK YUK
인 IN
맹 MAENG
제 JE CHE
모 MO
탁 TAK
국 KOOK KUK GUK
어 EO UH O
은 EUN UN
편 PYUN PYEON PYON
용 YONG RYONG
룡 RYONG YONG
경 KYUNG KYEONG KYONG
봉 BONG PONG
사 SA
부 BOO BU PU
동 DONG TONG
태 TAE
예 YE
남궁 NAMGUNG NAMKUNG
황보 HWANGBO HWANGPO
제갈 JEGAL CHEGAL
선우 SUNWOO SEONWOO SONU
독고 DOKGO TOKKO
사공 SAGONG SAKONG
서문 SEOMUN SOMUN
동방 DONGBANG TONGBANG
`
